/**
 * Sources the pipeline was not written for, added the way a user adds a text: each folder of
 * tests/fixtures/unseen/ holds a source file, a `manifest.yaml` entry and `expectations.json`
 * (the outline a reader expects, paragraphs to check, removals, front matter, references). Every
 * one runs through the real `runPipeline` and emitter; the MDX must compile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Document, Paragraph, Section } from '../../scripts/model/document.js';
import { readSources } from '../../scripts/io/read-manifest.js';
import { runPipeline, type RawSource } from '../../scripts/pipeline.js';
import { emitAll } from '../../scripts/emit/index.js';
import { buildCorpusJson } from '../../scripts/emit/corpus-json.js';
import { passageSearch } from '../unit/search/passage-search.js';
import { lostCharacters } from '../../scripts/quality/char-coverage.js';
import { ROOT } from '../unit/stages/segment/support.js';

const FIXTURES = join(ROOT, 'tests/fixtures/unseen');

/** What a fixture's expectations.json may say. */
interface Expectations {
  /** Slugs of the reading pages (`text` for a single page). */
  pages: string[];
  /** Every heading of every page, depth first: `<level> <numbering><title>` (`(role)` appended unless body). */
  outline: string[];
  /** Paragraphs that must exist: found by `startsWith` (marker + lead + text), then compared. */
  paragraphs?: {
    startsWith: string;
    kind?: string;
    marker?: string | null;
    lead?: string | null;
    endsWith?: string;
    lines?: [number, number];
    /** A letter-like part set apart (`addressee`, `signature`; `null`: none). */
    role?: string | null;
    /** A compilation's passage: the work its source line names (`null`: none). */
    quotedFrom?: string | null;
    /** A table's merged cells, `[row, column, rows, columns]` each (`[]` for none). */
    merged?: [number, number, number, number][];
    /** How many levels a list item is nested under another (`null`: none). */
    depth?: number | null;
  }[];
  /** Removals that must be recorded, as `line:reason:text`. */
  removed?: string[];
  /** Reasons that must not occur (e.g. a thing that is text, not an artefact). */
  notRemovedText?: string[];
  /** Front matter fields (partial match). */
  front?: Record<string, unknown>;
  /** Front matter of a collection's items, by page slug (partial match): their bylines and 题注. */
  items?: Record<string, Record<string, unknown>>;
  /** A collection's pages by slug (partial match): their title and institution (the manifest's `items`). */
  itemPages?: Record<string, { title?: string; institution?: string }>;
  /** The case studies of every page, in order (partial match): kind, place, title, source. */
  cases?: Record<string, unknown>[];
  /** The part heading (`第二篇 党的建设`) of every page that opens a part of a book, by page slug; no other page has one. */
  parts?: Record<string, string>;
  /** Parsed references (partial match, in order). */
  references?: Record<string, unknown>[];
  /** Every body paragraph ends a sentence (hard-wrapped lines rejoined, never split mid-sentence). */
  paragraphsEndSentences?: boolean;
  /** Queries a reader would type, each with the passages the search must find, exactly (URLs after `/library/<id>/`). */
  searches?: Record<string, string[]>;
}

/** A fixture's sources as `readSources` gives them (the first hostile one gets a 200 KB line appended). */
function loadSources(name: string): RawSource[] {
  const dir = join(FIXTURES, name);
  const sources = readSources(join(dir, 'manifest.yaml'), dir);
  if (name !== 'hostile-input') return sources;
  const line = new TextEncoder().encode(`${'这是一个超长的段落，用来检验流水线对极长行的处理。'.repeat(2800)}\n`);
  return sources.map((s, i) => (i === 0 ? { ...s, bytes: new Uint8Array([...s.bytes, ...line]) } : s));
}

const allSections = (ss: Section[]): Section[] => ss.flatMap((s) => [s, ...allSections(s.sections)]);
const leaves = (d: Document): Document[] => (d.children.length ? d.children.flatMap(leaves) : [d]);
const pageParagraphs = (d: Document): Paragraph[] => [
  ...d.paragraphs,
  ...allSections(d.sections).flatMap((s) => s.paragraphs),
];
const fullText = (p: Paragraph): string => `${p.marker ?? ''}${p.lead ?? ''}${p.text}`;
const outline = (d: Document): string[] =>
  allSections(d.sections).map((s) => `${s.level} ${s.numbering}${s.title}${s.role === 'body' ? '' : ` (${s.role})`}`);

const names = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe.each(names)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expectations.json'), 'utf8')) as Expectations;
  const sources = loadSources(name);
  const roots = runPipeline(sources);
  const root = roots[0]!;
  const pages = leaves(root);
  const paragraphs = pages.flatMap(pageParagraphs);

  test('its reading pages and headings are the ones a reader expects', () => {
    expect(pages.map((p) => p.slug)).toEqual(expected.pages);
    expect(pages.flatMap(outline)).toEqual(expected.outline);
  });

  test('paragraphs and list items keep their text, marker and lead', () => {
    for (const want of expected.paragraphs ?? []) {
      const p = paragraphs.find((x) => fullText(x).startsWith(want.startsWith));
      expect(p, `paragraph starting ${want.startsWith}`).toBeDefined();
      if (want.kind !== undefined) expect(p!.kind, want.startsWith).toBe(want.kind);
      if (want.marker !== undefined) expect(p!.marker ?? null, want.startsWith).toBe(want.marker);
      if (want.lead !== undefined) expect(p!.lead ?? null, want.startsWith).toBe(want.lead);
      if (want.endsWith !== undefined)
        expect(p!.text.endsWith(want.endsWith), `${want.startsWith}… ends ${want.endsWith}`).toBe(true);
      if (want.lines !== undefined) expect(p!.provenance.lines, want.startsWith).toEqual(want.lines);
      if (want.role !== undefined) expect(p!.role ?? null, want.startsWith).toBe(want.role);
      if (want.quotedFrom !== undefined) expect(p!.quotedFrom ?? null, want.startsWith).toBe(want.quotedFrom);
      if (want.depth !== undefined) expect(p!.depth ?? null, want.startsWith).toBe(want.depth);
      if (want.merged !== undefined)
        expect(
          (p!.merged ?? []).map((m) => [m.row, m.column, m.rows, m.columns]),
          want.startsWith,
        ).toEqual(want.merged);
    }
    // Nowhere is a paragraph cut after a comma (a wrapped line taken for a paragraph end).
    for (const p of paragraphs) expect(fullText(p), 'a paragraph cut after a comma').not.toMatch(/[，、]$/);
    if (expected.paragraphsEndSentences) {
      for (const p of paragraphs) expect(fullText(p), 'a paragraph split mid-sentence').toMatch(/[。！？；：…”）]$/);
    }
  });

  test('artefacts and syntax are recorded in removed[] with their line and reason', () => {
    const removed = root.removed.map((r) => `${r.line}:${r.reason}:${r.text}`);
    for (const r of expected.removed ?? []) expect(removed).toContain(r);
    for (const t of expected.notRemovedText ?? []) expect(root.removed.map((r) => r.text)).not.toContain(t);
  });

  test('front matter and references', () => {
    if (expected.front) expect(root.front).toMatchObject(expected.front);
    for (const [slug, front] of Object.entries(expected.items ?? {}))
      expect(pages.find((p) => p.slug === slug)?.front, slug).toMatchObject(front);
    for (const [slug, page] of Object.entries(expected.itemPages ?? {})) {
      const found = pages.find((p) => p.slug === slug);
      expect({ title: found?.title, institution: found?.institution }, slug).toMatchObject(page);
    }
    if (expected.cases) {
      const cases = pages.flatMap((p) => p.caseStudies);
      expect(cases).toHaveLength(expected.cases.length);
      expected.cases.forEach((c, i) => expect(cases[i]).toMatchObject(c));
    }
    const parts = pages.flatMap((p) => (p.part ? [[p.slug, `${p.part.numbering} ${p.part.title}`]] : []));
    expect(Object.fromEntries(parts)).toEqual(expected.parts ?? {});
    if (expected.references) {
      expect(root.references).toHaveLength(expected.references.length);
      expected.references.forEach((r, i) => expect(root.references[i]).toMatchObject(r));
    }
  });

  test.runIf(expected.searches)('a reader’s searches find exactly the passages that say it', () => {
    const search = passageSearch(buildCorpusJson(roots));
    for (const [q, urls] of Object.entries(expected.searches!))
      expect(
        search(q).map((u) => u.replace(/^\/library\/[^/]+\//, '')),
        q,
      ).toEqual(urls);
  });

  test('nothing is lost (independent count) and the output is deterministic', () => {
    expect(
      lostCharacters(
        sources.map((s) => decodeForCount(s.bytes)),
        roots,
      ),
    ).toEqual([]);
    expect(JSON.stringify(runPipeline(sources))).toBe(JSON.stringify(roots));
  });

  test('the emitted MDX pages compile', async () => {
    const { compile } = await import('@mdx-js/mdx');
    const files = emitAll(roots).filter((f) => f.path.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const fm = /^---\n[\s\S]*?\n---\n/.exec(f.contents);
      await expect(compile(fm ? f.contents.slice(fm[0].length) : f.contents), f.path).resolves.toBeDefined();
    }
  }, 60_000);
});

/** Decode bytes the simple way (BOM, UTF-8, else GB18030) for the independent character count. */
function decodeForCount(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

describe('the child pages of a collection split by a 目录 without page numbers', () => {
  const root = runPipeline(loadSources('wechat-lecture-series'))[0]!;
  test('each 第X讲 is a page with its printed numbering and title', () => {
    expect(root.children.map((c) => [c.slug, c.numbering, c.title])).toEqual([
      ['ch01', '第一讲', '党章是立党治党管党的总章程'],
      ['ch02', '第二讲', '党员的义务和权利'],
      ['ch03', '第三讲', '党的纪律'],
    ]);
  });
});

describe('MDX-hostile Markdown keeps its visible text', () => {
  const md = runPipeline(loadSources('hostile-input'))[1]!;
  test('import/export lines, braces and unknown tags stay text; HTML tags go, their text stays; code spans lose only their backticks; a character reference is its character, but in code and a URL', () => {
    expect(pageParagraphs(md).map(fullText)).toEqual([
      "import x from 'y' 出现在行首。",
      'export const 党建 = 1;',
      '<script>alert("x")</script> 与 块 原样显示。',
      '{{变量}} 与 {} 以及 {代码} 和 含`反引号`的代码。',
      '& < { “显示为字符”，代码 &amp; 与网址 https://a.cn/?x=1&amp;y=2 保持原样，a < b 且 c > d。',
      '注释后的文字。',
      '-列表项 {1}',
      '-列表项 <2>',
      '引用 {x}',
    ]);
    expect(md.removed.filter((r) => r.reason === 'markdown-syntax').map((r) => `${r.line}:${r.text}`)).toEqual([
      '5:#',
      '11:<div class="a">',
      '11:</div>',
      '13:`',
      '13:`',
      '13:``',
      '13:``',
      '15:`',
      '15:`',
      '15:<',
      '15:>',
      '19:***',
      '24:>',
    ]);
    expect(md.removed.filter((r) => r.reason === 'html-entity')).toEqual(
      ['&amp;', '&lt;', '&#123;', '&ldquo;', '&rdquo;'].map((text) => ({
        text,
        line: 15,
        reason: 'html-entity',
        replacement:
          text === '&amp;' ? '&' : text === '&lt;' ? '<' : text === '&#123;' ? '{' : text === '&ldquo;' ? '“' : '”',
        occurrence: 0,
      })),
    );
  });
});
