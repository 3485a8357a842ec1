import { afterEach, describe, expect, test, vi } from 'vitest';
import { sourceFilePath } from '../../../scripts/util/errors.js';
import { decodeSource } from '../../../scripts/stages/decode.js';
import { processSources } from '../../../scripts/pipeline.js';
import type { SourceMeta } from '../../../scripts/model/document.js';
import type { DocId } from '../../../scripts/model/ids.js';

afterEach(() => vi.unstubAllEnvs());

describe('sourceFilePath: a source as the user knows it, in error messages', () => {
  test('in content/sources/ by default', () => {
    vi.stubEnv('DJ_SOURCES_DIR', '');
    expect(sourceFilePath('a.txt')).toBe('content/sources/a.txt');
  });

  test('in the folder DJ_SOURCES_DIR names, when a build reads its sources from there', () => {
    vi.stubEnv('DJ_SOURCES_DIR', '/srv/private-corpus/');
    expect(sourceFilePath('a.txt')).toBe('/srv/private-corpus/a.txt');
    // What a user sees for a file the pipeline cannot read.
    const meta: SourceMeta = {
      id: 'a' as DocId,
      file: 'a.txt',
      title: '测试',
      kind: 'handbook',
      language: 'zh',
      authors: [],
      manifestLine: 2,
    };
    const bytes = new Uint8Array([0xc4, 0xe3, 0x00, 0x01, 0x02]);
    expect(() => processSources([{ meta, bytes }])).toThrow(/^\/srv\/private-corpus\/a\.txt:1: binary file/);
    expect(() => decodeSource(bytes, sourceFilePath('a.txt'))).toThrow(/^\/srv\/private-corpus\/a\.txt/);
  });
});
