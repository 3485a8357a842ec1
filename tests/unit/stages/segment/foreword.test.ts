import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { assertNothingLost } from '../../../../scripts/stages/coverage.js';
import { emitPages } from '../../../../scripts/emit/pages.js';
import { FOREWORD_CHARS } from '../../../../src/schemas/document-page.js';
import { printedText } from '../../../../scripts/model/walk.js';
import { sourceFromText, syntheticMeta } from './support.js';

const TOC = '汇编\n\n目录\n1.甲单位经验\t1\n2.乙单位经验\t3\n\n';
const ITEMS = '甲单位经验\n\n甲单位坚持党建引领。\n\n乙单位经验\n\n乙单位狠抓支部建设。\n';

/** A source segmented as a document of `kind`, checked to lose nothing. */
function segment(raw: string, kind: 'collection' | 'handbook' = 'collection') {
  const { src, text } = sourceFromText(raw, syntheticMeta('huibian.txt', { kind }));
  const root = segmentSource(src);
  assertNothingLost(text, root);
  return root;
}

/** A 目录-split collection with `own` between its 目录 and its first item. */
const collection = (own: string) => segment(TOC + own + ITEMS);
/** A collection's pages as `slug:title`, and what they are with `first` before its two items. */
const pagesOf = (root: ReturnType<typeof segment>) => root.children.map((c) => `${c.slug}:${c.title}`);
const withItems = (first: string) => [first, 'part-01:甲单位经验', 'part-02:乙单位经验'];
const texts = (d: { paragraphs: readonly { text: string }[] }) => d.paragraphs.map((p) => printedText(p as never));

describe("a collection's editor's note", () => {
  test('a run-in 编者按 becomes the first page, titled by its label, and leaves the first item alone', () => {
    const root = collection('编者按：现将交流材料汇编如下，供参考。\n\n');
    expect(pagesOf(root)).toEqual(withItems('foreword:编者按'));
    expect(texts(root.children[0]!)).toEqual(['编者按：现将交流材料汇编如下，供参考。']);
    expect(texts(root.children[1]!)).toEqual(['甲单位坚持党建引领。']);
    expect(root.paragraphs).toEqual([]);
  });

  test('a 编者按 line over its paragraphs is the page’s printed title, not a heading repeating it', () => {
    const foreword = collection('编者按\n\n现将交流材料汇编如下。\n\n二〇二四年七月\n\n').children[0]!;
    expect(foreword.title).toBe('编者按');
    expect(foreword.front.title).toBe('编者按');
    expect(foreword.sections).toEqual([]);
    expect(foreword.paragraphs.map((p) => `${p.id}:${p.text}`)).toEqual([
      'p-0-1:现将交流材料汇编如下。',
      'p-0-2:二〇二四年七月',
    ]);
  });

  test('other own text (an account name) stays at the top of the first item', () => {
    const root = collection('某某机关党建公众号\n\n');
    expect(root.children.map((c) => c.slug)).toEqual(['part-01', 'part-02']);
    expect(texts(root.children[0]!)).toEqual(['某某机关党建公众号', '甲单位坚持党建引领。']);
  });

  test("the collection's page shows the note, cut at FOREWORD_CHARS with a pointer to its page", () => {
    const long = `编者按：${'为交流经验，现将材料汇编如下。'.repeat(200)}`;
    const files = emitPages([collection(`${long}\n\n`)]);
    const page = files.find((f) => f.path === 'documents/synthetic-doc.mdx')!;
    const data = JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(page.contents)![1]!);
    expect(data.foreword.title).toBe('编者按');
    expect(data.foreword.url).toBe('/library/synthetic-doc/foreword/');
    expect(data.foreword.truncated).toBe(true);
    expect(data.foreword.paragraphs.join('').length).toBe(FOREWORD_CHARS + 1); // the cut, then …
    expect(long.startsWith(data.foreword.paragraphs[0].slice(0, -1))).toBe(true);
    expect(files.some((f) => f.path === 'pages/synthetic-doc/foreword.mdx')).toBe(true);
  });
});

describe("a collection's own text with headings of its own", () => {
  test('gets its own page, titled by its heading, instead of being on no page at all', () => {
    const root = collection('编写说明\n\n本汇编收录两篇交流材料。\n\n');
    expect(pagesOf(root)).toEqual(withItems('foreword:编写说明'));
    expect(root.sections).toEqual([]);
    expect(root.children[0]!.paragraphs.map((p) => p.text)).toEqual(['本汇编收录两篇交流材料。']);
  });
});

describe('the front matter of a 目录 item', () => {
  const items = (kind: 'collection' | 'handbook') =>
    segment(
      '某书\n\n目录\n1.甲篇\t1\n2.乙篇\t3\n\n甲篇\n\n机关纪律检查委员会\n\n本章正文一。\n\n乙篇\n\n本章正文二。\n',
      kind,
    ).children;

  test('is read for the texts of a collection (works of their own) and not for the chapters of a book', () => {
    expect(items('collection')[0]!.front.authors).toEqual(['机关纪律检查委员会']);
    const chapter = items('handbook')[0]!;
    expect(chapter.front.authors).toBeUndefined();
    expect(chapter.sections.map((s) => s.title)).toEqual(['机关纪律检查委员会']);
  });
});
