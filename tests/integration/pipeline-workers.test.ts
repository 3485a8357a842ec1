/**
 * The per-document pipeline in worker threads gives what one thread gives, document for document
 * and in manifest order, and bad input in a worker is reported as it would be without workers.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readGlossary } from '../../scripts/io/read-glossary.js';
import { readSources } from '../../scripts/io/read-manifest.js';
import type { Glossary } from '../../scripts/model/concept.js';
import { processSources, type RawSource } from '../../scripts/pipeline.js';
import { isSourceError } from '../../scripts/util/errors.js';
import { workersFor } from '../../scripts/pipeline-workers.js';

let glossary: Glossary;
let sources: RawSource[];
beforeAll(() => {
  glossary = readGlossary('content/concepts.yaml');
  sources = readSources('content/manifest.yaml', 'content/sources');
});

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
};

describe('workersFor', () => {
  test('one thread unless DJ_WORKERS asks for more (workers lost to one thread in the bench)', () => {
    const saved = process.env.DJ_WORKERS;
    try {
      delete process.env.DJ_WORKERS;
      expect(workersFor()).toBe(1);
      process.env.DJ_WORKERS = '2';
      expect(workersFor()).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.DJ_WORKERS;
      else process.env.DJ_WORKERS = saved;
    }
  });
});

describe('processSources with worker threads', () => {
  test('the real corpus: the same documents and keyword inputs as one thread, in manifest order', () => {
    const one = processSources(sources, glossary, { workers: 1 });
    const done: number[] = [];
    const two = processSources(sources, glossary, { workers: 2, progress: (n) => done.push(n) });
    expect(two.map((p) => p.document.id)).toEqual(sources.filter((s) => !s.meta.translationOf).map((s) => s.meta.id));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(done).toEqual([1, 2, 3, 4]);
  }, 120_000);

  test('bad input in a worker: the first bad source in manifest order, as a SourceError naming its file', () => {
    const bad = sources.map((s, i) => (i === 1 || i === 3 ? { ...s, bytes: new Uint8Array() } : s));
    const one = thrown(() => processSources(bad, glossary, { workers: 1 }));
    const two = thrown(() => processSources(bad, glossary, { workers: 2 }));
    expect(isSourceError(two)).toBe(true);
    expect((two as Error).message).toBe((one as Error).message);
    expect((two as Error).message).toContain(sources[1]!.meta.file);
  }, 120_000);
});
