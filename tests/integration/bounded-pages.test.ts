/**
 * Issue 11 on the real corpus: the published corpus split per document adds up to corpus.json
 * and its index stays small; the cited-works pages and the concept concordances are bounded and
 * lose nothing they promise (every citation on exactly one page; the shown lines a subset in
 * document order, one per section first); the OpenSearch export holds every passage once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeExport, type PassageDoc } from '../../scripts/export/opensearch.js';
import { forEachObject } from '../../scripts/quality/corpus-page.js';
import type { KnowledgeBase } from '../../scripts/emit/concepts-json.js';
import { emitAll, type EmittedFile } from '../../scripts/emit/index.js';
import { buildRealCorpus } from './support/real-build.js';
import type { CorpusJson } from '../../scripts/emit/corpus-json.js';
import {
  CORPUS_INDEX_PATH,
  joinCorpus,
  WHOLE_CORPUS_MAX_BYTES,
  type CorpusDocumentFile,
  type CorpusIndexJson,
} from '../../scripts/emit/corpus-split.js';
import {
  CONCORDANCE_LIMIT,
  concordanceLines,
  PACK_PASSAGES,
  strongestPassages,
} from '../../scripts/stages/concepts/strongest.js';
import { paragraphTexts } from '../../scripts/quality/paragraph-texts.js';
import { referencePages, worksInOrder } from '../../src/lib/reference-pages.js';
import type { CitedWork, ConceptsData } from '../../src/schemas/knowledge.js';

let kb: KnowledgeBase;
let roots: Parameters<typeof emitAll>[0];
let files: Map<string, string>;
const json = <T>(path: string): T => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`not emitted: ${path}`);
  return JSON.parse(text) as T;
};

beforeAll(() => {
  const real = buildRealCorpus();
  kb = real.kb;
  roots = real.roots;
  files = new Map(emitAll(real.roots, kb).map((f: EmittedFile) => [f.path, f.contents]));
}, 120_000);

describe('corpus split per document', () => {
  test('the index and the document files together are corpus.json: documents, concepts and every occurrence', () => {
    const whole = json<CorpusJson>('data/corpus.json');
    const index = json<CorpusIndexJson>(CORPUS_INDEX_PATH);
    const docs = index.documents.map((d) => json<CorpusDocumentFile>(d.file.slice(1)));
    expect(docs.map((d) => d.document)).toEqual(whole.documents);
    expect(whole.concepts?.length).toBeGreaterThan(100);
    const rebuilt = index.concepts!.map(({ count, ...c }) => {
      const occurrences = docs.flatMap((d) => d.concepts?.find((x) => x.id === c.id)?.occurrences ?? []);
      expect(occurrences.length, c.id).toBe(count);
      return { ...c, occurrences };
    });
    expect(rebuilt).toEqual(whole.concepts);
    // Nothing else is in data/corpus/: one file per root and the index.
    expect([...files.keys()].filter((p) => p.startsWith('data/corpus/')).length).toBe(whole.documents.length + 1);
  });

  test('the index is small: a few hundred bytes per document, sizes and URLs of the files it lists', () => {
    const index = json<CorpusIndexJson>(CORPUS_INDEX_PATH);
    const withoutConcepts = JSON.stringify({ ...index, concepts: undefined });
    expect(withoutConcepts.length / index.documents.length).toBeLessThan(400);
    for (const d of index.documents) {
      expect(d.file).toBe(`/data/corpus/documents/${d.id}.json`);
      expect(Buffer.byteLength(files.get(d.file.slice(1))!)).toBe(d.bytes);
    }
    // The index does not carry the occurrences: its concepts part is the glossary, not the text.
    expect(files.get(CORPUS_INDEX_PATH)!.length).toBeLessThan(files.get('data/corpus.json')!.length / 10);
  });

  test('the whole corpus.json is written and named while it is small enough, and not even serialised above the limit', () => {
    const whole = json<CorpusJson>('data/corpus.json');
    const index = json<CorpusIndexJson>(CORPUS_INDEX_PATH);
    expect(index.whole).toBe('/data/corpus.json');
    const splitBytes = index.documents.reduce((n, d) => n + d.bytes, 0);
    expect(splitBytes).toBeLessThanOrEqual(WHOLE_CORPUS_MAX_BYTES);
    // The whole file is the split's contents in one: the size the limit is checked on, within
    // 5 % (one more level of indentation), still well under the 25 MiB a static host takes.
    expect(Math.abs(Buffer.byteLength(files.get('data/corpus.json')!) / splitBytes - 1)).toBeLessThan(0.05);
    // A library past the limit: no corpus.json, an index without `whole`, the same split files.
    const large = new Map(
      emitAll(roots, kb, { wholeCorpusMaxBytes: splitBytes - 1 }).map((f: EmittedFile) => [f.path, f.contents]),
    );
    expect(large.has('data/corpus.json')).toBe(false);
    const largeIndex = JSON.parse(large.get(CORPUS_INDEX_PATH)!) as CorpusIndexJson;
    expect(largeIndex.whole).toBeUndefined();
    expect({ ...largeIndex, whole: index.whole }).toEqual(index);
    expect([...large.keys()].sort()).toEqual([...files.keys()].filter((p) => p !== 'data/corpus.json').sort());
    // What every reader of the corpus gets back from the split alone: corpus.json, exactly.
    const docs = largeIndex.documents.map((d) => JSON.parse(large.get(d.file.slice(1))!) as CorpusDocumentFile);
    expect(joinCorpus(largeIndex, docs)).toEqual(whole);
  });

  test('joining refuses a split from two builds instead of returning a corpus that never was', () => {
    const index = json<CorpusIndexJson>(CORPUS_INDEX_PATH);
    const docs = index.documents.map((d) => json<CorpusDocumentFile>(d.file.slice(1)));
    expect(() => joinCorpus(index, docs.slice(1))).toThrow(/lists \d+ documents, \d+ were read/);
    expect(() => joinCorpus(index, [...docs].reverse())).toThrow(/document file 1 holds/);
    const withConcepts = docs.findIndex((d) => (d.concepts?.length ?? 0) > 0);
    const fewer = docs.map((d, k) =>
      k === withConcepts
        ? { ...d, concepts: d.concepts!.map((c) => ({ ...c, occurrences: c.occurrences.slice(1) })) }
        : d,
    );
    expect(() => joinCorpus(index, fewer)).toThrow(/counts \d+ occurrences, the document files hold \d+/);
  });
});

describe('bounded knowledge pages', () => {
  test('cited works in pages: every citation exactly once, in listing order, no page over the size', () => {
    const works = json<{ works: CitedWork[] }>('data/references.json').works;
    const total = works.reduce((n, w) => n + w.citations.length, 0);
    expect(total).toBeGreaterThan(50);
    const { pages, startPage } = referencePages(works, 17);
    expect(pages.length).toBe(Math.ceil(total / 17));
    const laidOut = pages.flatMap((p) =>
      p.blocks.flatMap((b) => b.works.flatMap((w) => w.citations.map((c) => [w.work.id, c]))),
    );
    expect(laidOut).toEqual(worksInOrder(works).flatMap((w) => w.citations.map((c) => [w.id, c])));
    for (const p of pages)
      expect(p.blocks.flatMap((b) => b.works.flatMap((w) => w.citations)).length).toBeLessThanOrEqual(17);
    for (const w of works)
      expect(
        pages[startPage.get(w.id)! - 1]!.blocks.some((b) => b.works.some((x) => x.work === w && x.from === 0)),
        w.id,
      ).toBe(true);
  });

  test('concepts.json holds what the concept pages and topic packs show, not every occurrence', () => {
    const data = json<ConceptsData>('data/concepts.json');
    const capped = data.concepts.filter((c) => c.count > CONCORDANCE_LIMIT);
    expect(capped.length, 'no real concept occurs often enough to test the bound').toBeGreaterThan(0);
    for (const c of data.concepts) {
      expect(c.occurrences.length, c.id).toBe(Math.min(c.count, CONCORDANCE_LIMIT));
      expect(c.keyPassages.length, c.id).toBe(Math.min(c.paragraphCount, PACK_PASSAGES));
      expect(c.count, c.id).toBe(kb.occurrences.get(c.id)!.length);
    }
    // The corpus still lists every occurrence, for the search's concept filter.
    const whole = json<CorpusJson>('data/corpus.json');
    for (const c of data.concepts)
      expect(whole.concepts!.find((x) => x.id === c.id)!.occurrences.length, c.id).toBe(c.count);
  });

  test('concordances: at most the limit, a subset in document order, one line per section before any second', () => {
    const limit = 10;
    let bounded = 0;
    // The paragraph texts as the concept pages read them (from the emitted corpus).
    const texts = paragraphTexts(json<CorpusJson>('data/corpus.json').documents);
    for (const c of kb.concepts.concepts) {
      const all = kb.occurrences.get(c.id)!;
      const shown = concordanceLines(
        strongestPassages(all, [c.term, ...c.aliases], (o) => texts.get(`${o.docId}#${o.paragraphId}`)),
        all,
        limit,
      );
      expect(shown.length, c.id).toBe(Math.min(limit, all.length));
      const positions = shown.map((o) => all.indexOf(o));
      expect(
        positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!)),
        c.id,
      ).toBe(true);
      const sections = new Set(all.map((o) => `${o.docId} ${o.where}`));
      const shownSections = new Set(shown.map((o) => `${o.docId} ${o.where}`));
      expect(shownSections.size, c.id).toBe(Math.min(sections.size, shown.length));
      if (all.length > limit) bounded += 1;
    }
    expect(bounded, 'no real concept is long enough to test the bound').toBeGreaterThan(5);
  });
});

describe('OpenSearch export', () => {
  const out = mkdtempSync(join(tmpdir(), 'dj-opensearch-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('bulk files: every line parses, action before each passage, every paragraph of the corpus once, files under the size', () => {
    const corpus = json<CorpusJson>('data/corpus.json');
    const maxBytes = 128 * 1024;
    const { passages, files: written } = writeExport(corpus, out, 'ik', maxBytes);
    const bulk = written.filter((f) => f.endsWith('.ndjson'));
    expect(bulk.length, 'the size limit should split the real corpus').toBeGreaterThan(2);
    expect(readdirSync(out).sort()).toEqual([...written].sort());
    const docs: PassageDoc[] = [];
    const ids = new Set<string>();
    for (const f of bulk) {
      const body = readFileSync(join(out, f), 'utf8');
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(maxBytes);
      expect(body.endsWith('\n')).toBe(true);
      const lines = body
        .slice(0, -1)
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      for (let i = 0; i < lines.length; i += 2) {
        const id = (lines[i] as { index?: { _id?: string } }).index?._id;
        expect(typeof id, `${f}:${i + 1} is not an index action`).toBe('string');
        expect(ids.has(id!), `duplicate _id ${id}`).toBe(false);
        ids.add(id!);
        docs.push(lines[i + 1] as unknown as PassageDoc);
      }
    }
    expect(docs.length).toBe(passages);
    // Files are filled: each but the last is closed only because its successor's first pair would not fit.
    const bodies = bulk.map((f) => readFileSync(join(out, f), 'utf8'));
    for (let k = 0; k + 1 < bodies.length; k += 1) {
      const firstPair = bodies[k + 1]!.split('\n').slice(0, 2).join('\n') + '\n';
      expect(Buffer.byteLength(bodies[k]!) + Buffer.byteLength(firstPair)).toBeGreaterThan(maxBytes);
    }
    // Independently: every object of corpus.json with an anchor URL, text and marks is a paragraph.
    const paragraphs = new Map<string, Record<string, unknown>>();
    forEachObject(corpus.documents, (o) => {
      if (typeof o.url === 'string' && o.url.includes('#p') && typeof o.text === 'string' && Array.isArray(o.marks))
        paragraphs.set(o.url, o);
    });
    expect(paragraphs.size).toBeGreaterThan(600);
    expect(docs.map((d) => d.url).sort()).toEqual([...paragraphs.keys()].sort());
    for (const d of docs) {
      const p = paragraphs.get(d.url)!;
      expect(d.text).toBe(p.text);
      const marked = (p.marks as { kind: string; conceptId?: string }[])
        .filter((m) => m.kind === 'concept')
        .map((m) => m.conceptId);
      expect(new Set(d.concepts)).toEqual(new Set(marked));
    }
    expect(docs.some((d) => d.sectionPath.length >= 2 && d.concepts.length > 0)).toBe(true);
  });

  test('the mapping is valid JSON, strict, and maps exactly the fields the passages use', () => {
    const mapping = JSON.parse(readFileSync(join(out, 'mapping.json'), 'utf8')) as {
      mappings: { dynamic: string; properties: Record<string, { type: string; analyzer?: string }> };
    };
    expect(mapping.mappings.dynamic).toBe('strict');
    const used = new Set<string>();
    for (const f of readdirSync(out).filter((x) => x.endsWith('.ndjson'))) {
      const lines = readFileSync(join(out, f), 'utf8').trim().split('\n');
      for (let i = 1; i < lines.length; i += 2)
        for (const k of Object.keys(JSON.parse(lines[i]!) as object)) used.add(k);
    }
    expect([...used].sort()).toEqual(Object.keys(mapping.mappings.properties).sort());
    expect(mapping.mappings.properties.text).toMatchObject({ type: 'text', analyzer: 'ik_max_word' });
  });
});
