/**
 * No reading page grows with its text: a text longer than a page holds that no heading paged (a
 * 讲话 or a transcript of 90,000 characters, here the real handbook's body text without its
 * headings) is cut into pages that continue one another, cited as the whole text; a citation mark
 * links to the list of works cited on the page that holds it. A Markdown text with notes is left
 * whole (its notes link on one page).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPipeline, type RawSource } from '../../scripts/pipeline.js';
import { emitAll } from '../../scripts/emit/index.js';
import { citeOf } from '../../scripts/emit/page-data.js';
import { leavesOf, paragraphsIn } from '../../scripts/model/walk.js';
import { PAGE_MAX_CHARS } from '../../scripts/stages/segment/long-pages.js';
import { syntheticMeta } from '../unit/stages/segment/support.js';
import type { Document, SourceMeta } from '../../scripts/model/document.js';
import type { ReadingPageData } from '../../src/schemas/reading-page.js';
import type { DocumentPageData } from '../../src/schemas/document-page.js';
import { pageLocator } from '../../src/lib/lecture/items.js';

/** The real handbook's paragraphs of body text (a sentence's end, no numbering): some 94,000 characters. */
const bodyParagraphs = readFileSync('content/sources/handbook-jiguan-dangjian.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length >= 60 && l.endsWith('。') && !/^[（(]?[一二三四五六七八九十\d]+[、.．）)]/.test(l));

const source = (text: string, over: Partial<SourceMeta>): RawSource => ({
  meta: syntheticMeta(over.file ?? 'long.txt', { id: 'long-speech' as SourceMeta['id'], ...over }),
  bytes: new TextEncoder().encode(text),
});
const characters = (leaf: Document) =>
  [...leaf.paragraphs, ...paragraphsIn(leaf.sections)].reduce((n, p) => n + (p.lead?.length ?? 0) + p.text.length, 0);

describe('a 讲话 of some 94,000 characters without a heading', () => {
  const title = '在全市党建工作会议上的讲话';
  const text = [title, '', ...bodyParagraphs.flatMap((p) => [p, '']), '中共某某市委', '', '2024年3月1日'].join('\n');
  const [root] = runPipeline([source(text, { title, kind: 'speech', authors: ['张某某'] })]);
  const pages = leavesOf(root!);

  test('is cut into pages of about equal length, each under the limit, between paragraphs', () => {
    const total = bodyParagraphs.join('').length;
    expect(total).toBeGreaterThan(PAGE_MAX_CHARS);
    expect(pages.map((p) => p.slug)).toEqual(['text', 'text-2']);
    expect(pages.map((p) => p.title)).toEqual([`${title}（一）`, `${title}（二）`]);
    for (const p of pages) {
      expect(p.continued).toBe(true);
      expect(characters(p)).toBeLessThanOrEqual(PAGE_MAX_CHARS);
      expect(characters(p)).toBeGreaterThan(total / 2 - total / 10);
    }
    // Every paragraph whole, in order (markers and leads split off), the signature closing the last page.
    const paragraphs = pages.flatMap((p) => p.paragraphs);
    const printed = paragraphs.map((x) => `${x.marker ?? ''}${x.lead ?? ''}${x.text}`.replace(/\s/g, ''));
    expect(printed).toEqual([...bodyParagraphs, '中共某某市委', '2024年3月1日'].map((t) => t.replace(/\s/g, '')));
    expect(paragraphs.slice(-2).map((p) => p.role)).toEqual(['signature', 'signature']);
  });

  test('is cited as the whole 讲话, not as works of a collection', () => {
    for (const p of pages) expect(citeOf(root!, p)).toMatchObject({ title, authors: ['张某某'], container: undefined });
  });

  test('each page’s HTML is bounded: the whole text on one page was past 100 KB gzip', () => {
    const files = emitAll([root!]);
    const mdx = files.filter((f) => f.path.startsWith('pages/'));
    // The document page lists them as its 目录 (not 收录篇目: they are no items it collects).
    const doc = files.find((f) => f.path === 'documents/long-speech.mdx')!;
    const docData = JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(doc.contents)![1]!) as DocumentPageData;
    expect(docData.pages.map((p) => [p.pageSlug, p.continued])).toEqual([
      ['text', true],
      ['text-2', true],
    ]);
    expect(mdx.map((f) => f.path)).toEqual(['pages/long-speech/text-2.mdx', 'pages/long-speech/text.mdx']);
    for (const f of mdx) expect(Buffer.byteLength(f.contents)).toBeLessThan(200_000);
    // Their pager says 上一页/下一页 (PrevNext.astro): the pages continue one text; a passage on
    // them is cited without the page's title as a locator (it is no part the text prints).
    for (const f of mdx) {
      const data = JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(f.contents)![1]!) as ReadingPageData;
      expect(data.continued).toBe(true);
      expect(pageLocator(data)).toBe('');
      expect(pageLocator({ ...data, continued: undefined })).toBe(data.title);
    }
  });
});

describe('a paper cut into pages', () => {
  const text = [
    '关于机关党建工作的研究',
    '',
    `机关党建工作要以政治建设为统领[1]，${bodyParagraphs[0]}`,
    '',
    ...bodyParagraphs.slice(1).flatMap((p) => [p, '']),
    '参考文献',
    '',
    '[1] 张某某. 机关党建研究[J]. 党建研究, 2020(3): 12-15.',
  ].join('\n');
  const [root] = runPipeline([source(text, { title: '关于机关党建工作的研究', kind: 'paper' })]);
  const files = new Map(emitAll([root!]).map((f) => [f.path, f.contents]));

  test('links a citation mark on its first page to the works cited on its last', () => {
    expect(leavesOf(root!).map((p) => p.slug)).toEqual(['text', 'text-2']);
    expect(files.get('pages/long-speech/text.mdx')).toContain(
      '<Cite n={1} text="[1]" linked={true} page="/library/long-speech/text-2/" />',
    );
    expect(files.get('pages/long-speech/text-2.mdx')).toContain('<Reference n={1}>');
  });
});

describe('a long Markdown text with notes', () => {
  test('stays one page: its notes link to their marks on that page', () => {
    const md = [
      '# 学习笔记',
      '',
      `学习党章[^1]。${bodyParagraphs[0]}`,
      '',
      ...bodyParagraphs.slice(1).flatMap((p) => [p, '']),
      '[^1]: 见《中国共产党章程》。',
    ].join('\n');
    const [root] = runPipeline([source(md, { file: 'note.md', title: '学习笔记', kind: 'handbook' })]);
    expect(leavesOf(root!).map((p) => p.slug)).toEqual(['text']);
  });
});
