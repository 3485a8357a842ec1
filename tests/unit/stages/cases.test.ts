/**
 * Case ids are page URLs (`/cases/<id>/`): unique in the corpus, the real corpus's unchanged, and
 * a copy of a document (the benchmark's scaled corpora, or two texts with a 云南大理 case) loses no
 * case to a clash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeScaledCorpus } from '../../../scripts/bench/scale-corpus.js';
import { caseStudiesOf } from '../../../scripts/emit/page-data.js';
import { readSources } from '../../../scripts/io/read-manifest.js';
import type { Document } from '../../../scripts/model/document.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { buildCases, type CaseEntry } from '../../../scripts/stages/cases.js';
import { claimDocumentId } from '../../../scripts/util/unique-id.js';

const work = mkdtempSync(join(tmpdir(), 'dj-cases-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let real: { roots: Document[]; cases: CaseEntry[] };
let x3: { roots: Document[]; cases: CaseEntry[] };
beforeAll(() => {
  const run = (manifest: string, sourcesDir: string) => {
    const roots = runPipeline(readSources(manifest, sourcesDir));
    return { roots, cases: buildCases(roots) };
  };
  real = run('content/manifest.yaml', 'content/sources');
  const scaled = writeScaledCorpus(3, join(work, 'x3'));
  x3 = run(scaled.manifest, scaled.sourcesDir);
}, 120_000);

describe('case ids', () => {
  test('every case of every copy is listed, under an id of its own', () => {
    expect(real.cases.length).toBeGreaterThan(10);
    expect(x3.cases).toHaveLength(3 * real.cases.length);
    expect(new Set(x3.cases.map((c) => c.id)).size).toBe(x3.cases.length);
  });

  test('the first copy keeps the real ids; a later copy’s clashing id names its document', () => {
    expect(x3.cases.filter((c) => !/-x\d+$/.test(c.rootId)).map((c) => c.id)).toEqual(real.cases.map((c) => c.id));
    for (const c of x3.cases.filter((e) => /-x\d+$/.test(e.rootId))) expect(c.id).toContain(c.rootId);
  });

  test('the case boxes of the reading pages name the ids the case pages have', () => {
    const ids = new Set(x3.cases.map((c) => c.id));
    const boxes = x3.roots.flatMap((r) => caseStudiesOf(r).map((c) => c.id));
    expect(boxes.length).toBe(x3.cases.filter((c) => c.kind === '创新案例').length);
    for (const id of boxes) expect(ids.has(id)).toBe(true);
  });
});

describe('claimDocumentId', () => {
  test('another document’s id gets the owner appended; a repeat in one document is numbered', () => {
    const taken = new Map<string, string>();
    expect(claimDocumentId('yunnan-dali', 'handbook', taken)).toBe('yunnan-dali');
    expect(claimDocumentId('yunnan-dali', 'handbook', taken)).toBe('yunnan-dali-2');
    expect(claimDocumentId('yunnan-dali', 'handbook-x1', taken)).toBe('yunnan-dali-handbook-x1');
    expect(claimDocumentId('yunnan-dali', 'handbook-x1', taken)).toBe('yunnan-dali-handbook-x1-2');
  });
});

describe('a case titled without its place', () => {
  test('a 案例选编’s numbered cases are filed under the province their titles open with', () => {
    const dir = 'tests/fixtures/unseen/case-collection-numbered';
    const cases = buildCases(runPipeline(readSources(join(dir, 'manifest.yaml'), dir)));
    expect(cases.map((c) => [c.place, c.province])).toEqual([
      ['', '浙江'],
      ['', '四川'],
      ['', '江苏'],
    ]);
  });
});

describe('a case of a section that ends before it', () => {
  test('a 通报’s last headed problem is listed without the closing paragraph and signature its section holds', () => {
    const dir = 'tests/fixtures/unseen/discipline-notice-headed-problems';
    const cases = buildCases(runPipeline(readSources(join(dir, 'manifest.yaml'), dir)));
    expect(cases.map((c) => c.paragraphs.length)).toEqual([1, 1, 1, 1]);
    expect(cases.at(-1)!.paragraphs[0]!.text).toBe('2024年1月，赵某某多次驾驶公务用车办理私事。赵某某受到诫勉处理。');
    expect(cases.at(-1)!.sectionUrl).toBe('/library/tongbao-sige/text/#s-4');
  });
});

describe('a case of one paragraph', () => {
  test('a 通报’s problems are listed with their paragraph, linked at its anchor', () => {
    const dir = 'tests/fixtures/unseen/official-notice-issuer-line';
    const cases = buildCases(runPipeline(readSources(join(dir, 'manifest.yaml'), dir)));
    expect(cases).toHaveLength(5);
    const first = cases[0]!;
    expect(first).toMatchObject({
      kind: '典型案例',
      title: '某某县农业农村局原党组书记、局长张某某违规收受礼品礼金问题',
    });
    expect(first.sectionUrl).toBe('/library/dianxing-wenti-tongbao/text/#p-0-3');
    expect(first.paragraphs.map((p) => [p.marker, p.lead, p.text.slice(0, 10)])).toEqual([
      ['1.', '某某县农业农村局原党组书记、局长张某某违规收受礼品礼金问题。', '2019年至2023'],
    ]);
    expect(first.figures.map((f) => f.value)).toContain('5.6万元');
  });
});
