/**
 * The jieba thread (scripts/util/jieba-service.ts) cuts what the build's own segmenter cuts, asked
 * in advance or on request, and the pipeline that uses it gives the same documents and keyword
 * inputs; the texts asked in advance for word boundaries are exactly those the annotator asks about.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGlossary } from '../../scripts/io/read-glossary.js';
import { readSources } from '../../scripts/io/read-manifest.js';
import type { Glossary } from '../../scripts/model/concept.js';
import type { Document } from '../../scripts/model/document.js';
import { processSources, runPipeline, type RawSource } from '../../scripts/pipeline.js';
import { annotateConcepts, boundaryClauses } from '../../scripts/stages/annotate/concepts.js';
import { passagesOf, passageText } from '../../scripts/stages/concepts/passages.js';
import { clauseBoundaries, segmenterFor, type Segmenter } from '../../scripts/util/jieba.js';
import {
  isJiebaService,
  startJiebaService,
  startJiebaThread,
  type JiebaService,
} from '../../scripts/util/jieba-service.js';
import { isSourceError } from '../../scripts/util/errors.js';

let glossary: Glossary;
let sources: RawSource[];
let segmenter: Segmenter;
let service: JiebaService;
let roots: Document[];
let texts: string[];
beforeAll(() => {
  glossary = readGlossary('content/concepts.yaml');
  sources = readSources('content/manifest.yaml', 'content/sources');
  segmenter = segmenterFor(glossary);
  service = startJiebaService(glossary);
  roots = runPipeline(sources, glossary, { segmenter });
  texts = passagesOf(roots).map((p) => passageText(p.paragraph));
}, 120_000);
afterAll(() => service.close());

/** Every word end of `text` according to `boundaries`. */
const ends = (s: Segmenter, text: string): number[] => {
  const at = s.boundaries(text);
  return Array.from({ length: text.length + 1 }, (_, k) => k).filter(at);
};

describe('the jieba thread cuts as the segmenter does', () => {
  test('asked on request: every passage of the real corpus, plain and keyword cuts, and boundaries', () => {
    expect(isJiebaService(service)).toBe(true);
    expect(isJiebaService(segmenter)).toBe(false);
    expect(service.words).toEqual(segmenter.words);
    expect(texts.length).toBeGreaterThan(600);
    // Requests one by one are slow: every tenth passage (still every kind of text in the corpus).
    for (const text of texts.filter((_, k) => k % 10 === 0)) {
      expect(service.cut(text), text).toEqual(segmenter.cut(text));
      expect(service.cutForKeywords(text), text).toEqual(segmenter.cutForKeywords(text));
      expect(ends(service, text), text).toEqual(ends(segmenter, text));
    }
    expect(service.cut('')).toEqual([]);
    expect(service.cutForKeywords('')).toEqual([]);
  });

  test('asked in advance: a batch answers every text of it, in whatever order it is read, and is replaced by the next', () => {
    const plain = texts.slice(0, 300);
    const keyword = texts.slice(300, 600);
    const first = service.prefetch([...plain, ...plain], keyword);
    expect(first.plain).toHaveLength(new Set(plain).size);
    const second = service.prefetch(texts.slice(600), []);
    service.use(first);
    for (const text of [...keyword].reverse())
      expect(service.cutForKeywords(text)).toEqual(segmenter.cutForKeywords(text));
    for (const text of plain) expect(service.cut(text)).toEqual(segmenter.cut(text));
    service.use(second);
    // Texts of the earlier batch are cut on request again, with the same result.
    expect(service.cut(plain[0]!)).toEqual(segmenter.cut(plain[0]!));
    for (const text of texts.slice(600)) expect(ends(service, text)).toEqual(ends(segmenter, text));
  });
});

describe('startJiebaThread', () => {
  test('loads before it has words; takes one glossary, then cuts as its segmenter', () => {
    const thread = startJiebaThread();
    try {
      const early = thread.segmenter(glossary);
      expect(() => thread.segmenter(glossary)).toThrow(/already has its words/);
      expect(early.cut(texts[0]!)).toEqual(segmenter.cut(texts[0]!));
    } finally {
      thread.close();
    }
  });
});

describe('boundaryClauses', () => {
  test('every clause the concept annotator has cut for word boundaries, and a small part of the text', () => {
    const cutByAnnotator: string[] = [];
    const recording: Segmenter = {
      ...segmenter,
      boundaries: (text) =>
        clauseBoundaries(text, (clause) => {
          cutByAnnotator.push(clause);
          let at = 0;
          return segmenter.cut(clause).map((w) => (at += w.length));
        }),
    };
    const annotator = annotateConcepts(glossary, recording);
    const predicted = boundaryClauses(glossary);
    let clauseChars = 0;
    for (const root of roots) {
      cutByAnnotator.length = 0;
      annotator.run(root);
      const asked = new Set(predicted(root));
      expect(cutByAnnotator.filter((c) => !asked.has(c))).toEqual([]);
      clauseChars += [...asked].reduce((n, c) => n + c.length, 0);
    }
    const chars = texts.reduce((n, t) => n + t.length, 0);
    expect(clauseChars).toBeGreaterThan(0);
    expect(clauseChars).toBeLessThan(chars / 2);
  });
});

describe('processSources with the jieba thread', () => {
  test('the real corpus: the same documents and keyword inputs as the segmenter in this thread', () => {
    const done: number[] = [];
    const inThread = processSources(sources, glossary, { segmenter });
    const before = service.cutOnRequest;
    const threaded = processSources(sources, glossary, { segmenter: service, progress: (n) => done.push(n) });
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(inThread));
    // Every cut was asked for in advance: none waited for the thread on its own.
    expect(service.cutOnRequest).toBe(before);
    expect(done).toEqual([1, 2, 3, 4]);
  }, 120_000);

  test('bad input: the first bad source in manifest order, as a SourceError naming its file', () => {
    const bad = sources.map((s, i) => (i === 1 || i === 3 ? { ...s, bytes: new Uint8Array() } : s));
    let error: unknown;
    try {
      processSources(bad, glossary, { segmenter: service });
    } catch (e) {
      error = e;
    }
    expect(isSourceError(error)).toBe(true);
    expect((error as Error).message).toContain(sources[1]!.meta.file);
  });
});
