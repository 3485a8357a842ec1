/**
 * Issue 9: official texts as users add them, in the encodings and layouts they come in. Each
 * official-text fixture of tests/fixtures/unseen/ is run as written (UTF-8, LF) and as CRLF,
 * UTF-8 with BOM, GB18030 and with full-width (U+3000) indents and separators; every variant must
 * give the same pages, headings, front matter and paragraph texts, no heading may wrap the whole
 * text, and nothing may be lost.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Document, Section } from '../../scripts/model/document.js';
import { readSources } from '../../scripts/io/read-manifest.js';
import { runPipeline, type RawSource } from '../../scripts/pipeline.js';
import { encodeGb18030 } from '../../scripts/quality/gb18030.js';
import { leavesOf, paragraphsIn, printedText } from '../../scripts/model/walk.js';
import { ROOT } from '../unit/stages/segment/support.js';
import { buildCorpusJson } from '../../scripts/emit/corpus-json.js';
import { emitPages } from '../../scripts/emit/pages.js';
import { formatCitation } from '../../src/lib/citation.js';
import type { Cite } from '../../src/schemas/toc.js';

const FIXTURES = join(ROOT, 'tests/fixtures/unseen');
const OFFICIAL = [
  'bilingual-constitution',
  'constitution-general-program',
  'party-congress-report',
  'government-report-web',
  'central-document-issued',
  'markdown-as-txt',
  'regulation-articles',
  'speech-run-ins',
  'exchange-diamond-headings',
  'collection-toc-bylines',
  'report-text-tables',
  'wechat-account-article',
  'markdown-pandoc-summary',
  'meeting-minutes-fields',
  'markdown-html-table',
  'markdown-front-matter-signature',
  'commendation-name-list',
  'official-opinion-page-footers',
  'oath-endnotes',
  'interview-questions-answers',
];

const utf8 = new TextEncoder();
const text = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Byte variants of one UTF-8 source, as users' editors and exports produce them. */
const VARIANTS: Record<string, (s: string) => Uint8Array> = {
  crlf: (s) => utf8.encode(s.replace(/\n/g, '\r\n')),
  bom: (s) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(s)]),
  gb18030: (s) => encodeGb18030(s),
  // An e-book copy: every paragraph indented with two ideographic spaces, `一、` lines included.
  'ideographic-indent': (s) => utf8.encode(s.replace(/^(?=[^\n#>\-|])/gm, '\u3000\u3000')),
};

const allSections = (ss: readonly Section[]): Section[] => ss.flatMap((s) => [s, ...allSections(s.sections)]);
/** What must not change between byte variants: structure, front matter and every paragraph's text. */
function shape(root: Document) {
  const { provenance, ...front } = root.front;
  return {
    pages: leavesOf(root).map((l) => l.slug),
    outline: leavesOf(root).flatMap((l) => allSections(l.sections).map((s) => `${s.level} ${s.numbering}${s.title}`)),
    front: { ...front, frontLines: front.frontLines?.map((l) => [l.kind, l.text.replace(/\s+/g, '')]) },
    paragraphs: leavesOf(root).flatMap((l) =>
      [...l.paragraphs, ...paragraphsIn(l.sections)].map((p) => printedText(p).replace(/\s+/g, '')),
    ),
  };
}

describe.each(OFFICIAL)('%s', (name) => {
  const dir = join(FIXTURES, name);
  const sources = readSources(join(dir, 'manifest.yaml'), dir);
  const base = runPipeline(sources)[0]!;

  test('no heading wraps the whole text, and the front matter is no section', () => {
    for (const leaf of leavesOf(base)) {
      const top = leaf.sections.filter((s) => s.role === 'body');
      expect(top.length === 1 && leaf.paragraphs.length === 0, `${leaf.slug}: one heading holds everything`).toBe(
        false,
      );
      const headings = allSections(leaf.sections).map((s) => s.numbering + s.title);
      for (const l of base.front.frontLines ?? []) expect(headings).not.toContain(l.text);
      if (base.front.title) expect(headings).not.toContain(base.front.title);
    }
  });

  // Indenting a Markdown file's lines changes its syntax (a setext underline, a list's nesting).
  const markdown = sources.some((s) => s.meta.file.endsWith('.md'));
  const variants = Object.keys(VARIANTS).filter((v) => !(markdown && v === 'ideographic-indent'));
  test.each(variants)('the %s variant reads the same', (variant) => {
    const bytes = (s: RawSource) => VARIANTS[variant]!(text(s.bytes).replace(/\r\n/g, '\n'));
    // runPipeline's own coverage check throws if any character is lost.
    const root = runPipeline(sources.map((s) => ({ ...s, bytes: bytes(s) })))[0]!;
    expect(shape(root)).toEqual(shape(base));
  });
});

describe('front matter reaches corpus.json, the page headers and the citation', () => {
  const load = (name: string) => runPipeline(readSources(join(FIXTURES, name, 'manifest.yaml'), join(FIXTURES, name)));

  test('a web copy of a report: 原题, speaker, occasion, source, and a newspaper citation [N]', () => {
    const roots = load('government-report-web');
    const doc = buildCorpusJson(roots).documents[0]!;
    expect(doc.metadata).toMatchObject({
      authors: ['李克强'],
      date: '2016-03-05',
      published: '2016-05-03',
      printedTitle: '政府工作报告（文字实录）',
      subtitle: '——2016年3月5日在第十二届全国人民代表大会第四次会议上',
      source: '人民网－人民日报',
      citation: { type: 'N', container: '人民日报' },
    });
    const page = pageData(roots, 'pages/zhengfu-gongzuo-baogao-2016/text.mdx');
    expect(page.cite).toMatchObject({
      type: 'N',
      container: '人民日报',
      date: '2016-05-03',
      authors: ['李克强'],
      title: '政府工作报告',
    });
    expect(formatCitation({ ...page.cite, url: 'https://x/#p-1', accessed: '2026-11-29' })).toBe(
      '李克强. 政府工作报告[N/OL]. 人民日报, 2016-05-03[2026-11-29]. https://x/#p-1.',
    );
    expect(page.front).toEqual({
      printedTitle: '政府工作报告（文字实录）',
      subtitle: '——2016年3月5日在第十二届全国人民代表大会第四次会议上',
      speakers: ['李克强'],
      source: '人民网－人民日报',
    });
  });

  test('a 发布 line gives the issuing body and the date; a report kind cites as R', () => {
    const doc = buildCorpusJson(load('central-document-issued')).documents[0]!;
    expect(doc.metadata).toMatchObject({ issuer: '中共中央、国务院', date: '2022-02-25' });
    expect(doc.metadata.printedTitle).toBeUndefined(); // the printed title is the manifest's (spaces aside)
    const report = pageData(load('party-congress-report'), 'documents/ershida-baogao.mdx');
    expect(report.cite).toMatchObject({ type: 'R', year: '2022', authors: ['习近平'] });
    expect(report.front.headnote).toBe('（2022年10月16日）');
  });

  test("a collection item's byline and 题注 head its reading page and its citation", () => {
    const roots = load('collection-toc-bylines');
    const first = pageData(roots, 'pages/jiguan-dangjian-huibian/part-01.mdx');
    expect(first).toMatchObject({ authors: ['某某街道党工委'], date: '2024-06-18' });
    expect(first.front.headnote).toBe('（2024年6月18日）');
    expect(first.cite).toMatchObject({ authors: ['某某街道党工委'], title: '以“三个聚焦”推动街道党建工作提质增效' });
    const second = pageData(roots, 'pages/jiguan-dangjian-huibian/part-02.mdx');
    // A body's name and a person's: the person is the author, the body where they work.
    expect(second).toMatchObject({ authors: ['张某某'], affiliation: '某某区直机关工委' });
    expect(second.cite).toMatchObject({ authors: ['张某某'] });
    expect(second.date).toBeUndefined(); // neither the item nor the collection is dated
    // The collection's own page lists no author (its items have theirs) and shows its 编者按.
    const collection = pageData(roots, 'documents/jiguan-dangjian-huibian.mdx');
    expect(collection.authors).toEqual([]);
    expect(collection.foreword).toEqual({
      title: '编者按',
      url: '/library/jiguan-dangjian-huibian/foreword/',
      paragraphs: [
        '编者按：为交流各地机关党建工作经验，现将部分单位在全市机关党建工作推进会上的交流材料汇编如下，供各级党组织学习参考。',
      ],
      truncated: false,
    });
  });
});

/** The front matter of one emitted MDX file (JSON between the `---` lines). */
function pageData(roots: Document[], path: string) {
  const file = emitPages(roots).find((f) => f.path === path)!;
  return JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(file.contents)![1]!) as {
    cite: Cite;
    front: Record<string, unknown>;
    authors: string[];
    date?: string;
    foreword?: unknown;
  };
}

describe('articles (第X条) of a constitution and a regulation', () => {
  const load = (name: string) =>
    runPipeline(readSources(join(FIXTURES, name, 'manifest.yaml'), join(FIXTURES, name)))[0]!;
  const paragraphsOf = (root: Document) =>
    leavesOf(root).flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)]);

  test('every article has one anchor from its number, and its items and paragraphs carry its label', () => {
    const ps = paragraphsOf(load('constitution-general-program'));
    expect(ps.filter((p) => p.articleAnchor).map((p) => `${p.articleAnchor}:${p.marker}`)).toEqual([
      'art-1:第一条',
      'art-2:第二条',
      'art-3:第三条',
      'art-4:第四条',
      'art-10:第十条',
      'art-11:第十一条',
      'art-54:第五十四条',
      'art-55:第五十五条',
    ]);
    const label = (start: string) => ps.find((p) => printedText(p).startsWith(start))?.article;
    expect(label('中国共产党党员必须全心全意')).toBe('第二条'); // a continuation paragraph
    expect(label('（一）党员个人服从党的组织')).toBe('第十条'); // an item after a long lead-in
    expect(label('中国共产党是中国工人阶级的先锋队')).toBeUndefined(); // 总纲 has no articles
  });

  test("a regulation's articles are labelled in corpus.json for search and citation", () => {
    const doc = buildCorpusJson([load('regulation-articles')]).documents[0]!;
    const all = [
      ...doc.paragraphs,
      ...doc.sections.flatMap(function walk(s): typeof doc.paragraphs {
        return [...s.paragraphs, ...s.sections.flatMap(walk)];
      }),
    ];
    const anchors = all.filter((p) => p.articleAnchor).map((p) => p.articleAnchor);
    expect(anchors).toEqual(Array.from({ length: 20 }, (_, i) => `art-${i + 1}`));
    expect(all.find((p) => p.text.startsWith('坚持问题导向'))?.article).toBe('第三条');
  });
});

describe('a bilingual interleaved text', () => {
  const roots = runPipeline(
    readSources(join(FIXTURES, 'bilingual-constitution', 'manifest.yaml'), join(FIXTURES, 'bilingual-constitution')),
  );
  const root = roots[0]!;

  test('the Chinese numbering drives the structure; each English block is the translation of the Chinese one before it', () => {
    const sections = allSections(root.sections);
    expect(sections.map((s) => [s.numbering + s.title, s.titleTranslation?.text])).toEqual([
      ['总纲', 'General Program'],
      ['第一章党员', 'Chapter I. Membership'],
      ['第二章党的组织制度', 'Chapter II. Organizational System of the Party'],
    ]);
    const ps = [...root.paragraphs, ...paragraphsIn(root.sections)];
    expect(ps.every((p) => p.translation !== undefined && /^[\x20-\x7e]+$/.test(p.translation.text))).toBe(true);
    expect(ps.find((p) => p.marker === '（一）')!.translation).toEqual({
      language: 'en',
      lines: [20, 20],
      text: '(1) To conscientiously study Marxism-Leninism, Mao Zedong Thought, Deng Xiaoping Theory, the Theory of Three Represents, the Scientific Outlook on Development, and Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era.',
    });
  });

  test('corpus.json carries the translations for search; the page renders them with a toggle', () => {
    const doc = buildCorpusJson(roots).documents[0]!;
    expect(doc.sections[1]!.titleTranslation?.text).toBe('Chapter I. Membership');
    expect(doc.sections[1]!.paragraphs[0]!.translation?.text).toMatch(/^Article 1\. Any Chinese worker/);
    const mdx = emitPages(roots).find((f) => f.path === 'pages/dangzhang-shuangyu/text.mdx')!.contents;
    expect(mdx).toContain('<LanguageToggle />');
    expect(mdx).toContain('<Translation lang="en">{"Chapter I. Membership"}</Translation></Heading>');
  });
});
