/**
 * Golden fixtures for the segmenter (remark-gfm style): each folder of tests/fixtures/segment/ is
 * a case named as a sentence, holding input.txt|md, meta.json and expected.json (the Document
 * without its echoed manifest entry). `UPDATE=1 npx vitest run …golden` rewrites expected.json;
 * review the diff. Every case must also pass the nothing-lost check.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../../scripts/model/document.js';
import { assertNothingLost } from '../../../../scripts/stages/coverage.js';
import { decodeSource } from '../../../../scripts/stages/decode.js';
import { normalizeSource } from '../../../../scripts/stages/normalize.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { ROOT, syntheticMeta } from './support.js';

const FIXTURES = join(ROOT, 'tests/fixtures/segment');

/** The document as stored in expected.json: `meta` (the manifest entry) left out at every level. */
const withoutMeta = (doc: Document): unknown => ({
  ...doc,
  meta: undefined,
  children: doc.children.map(withoutMeta),
});

describe.each(readdirSync(FIXTURES).sort())('%s', (name) => {
  const dir = join(FIXTURES, name);
  const input = ['input.txt', 'input.md'].map((f) => join(dir, f)).find(existsSync)!;
  const meta = syntheticMeta('', JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')));
  const decoded = decodeSource(readFileSync(input), meta.file);
  const doc = segmentSource(normalizeSource(decoded, meta));

  test('matches expected.json', () => {
    const actual = `${JSON.stringify(withoutMeta(doc), null, 2)}\n`;
    const expectedFile = join(dir, 'expected.json');
    if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });

  test('loses nothing', () => {
    expect(() => assertNothingLost(decoded.text, doc)).not.toThrow();
  });
});
