import { describe, expect, test } from 'vitest';
import { emitPages, type EmittedFile } from '../../../scripts/emit/pages.js';
import { renderInline } from '../../../scripts/emit/inline.js';
import { readingPageSchema } from '../../../src/schemas/reading-page.js';
import { documentPageSchema } from '../../../src/schemas/document-page.js';
import { sampleRoots, doc, meta, para, section } from '../../fixtures/emit/sample-documents.js';
import { readSources } from '../../../scripts/io/read-manifest.js';
import { runPipeline } from '../../../scripts/pipeline.js';

const files = emitPages(sampleRoots);
const byPath = (path: string): EmittedFile => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no file ${path}`);
  return f;
};
/** Front matter (JSON between the fences) and body of an emitted file. */
const split = (f: EmittedFile): { data: unknown; body: string } => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(f.contents);
  if (!m) throw new Error(`no front matter in ${f.path}`);
  return { data: JSON.parse(m[1]!), body: m[2]! };
};

describe('renderInline', () => {
  const refs = { references: new Set([1]) };
  test.each([
    ['no marks', '党建', [], '党建'],
    ['a redaction', '省委xx届', [{ kind: 'redaction', start: 2, end: 4 }], '省委<Redaction text="xx" />届'],
    [
      'a linked citation',
      '工程[1]。',
      [{ kind: 'citation', start: 2, end: 5, ref: 1 }],
      '工程<Cite n={1} text="[1]" linked={true} />。',
    ],
    [
      'an unlinked citation',
      '[2]',
      [{ kind: 'citation', start: 0, end: 3, ref: 2 }],
      '<Cite n={2} text="[2]" linked={false} />',
    ],
    [
      'a concept',
      '开展两学一做',
      [{ kind: 'concept', start: 2, end: 6, conceptId: 'liang-xue-yi-zuo' }],
      '开展<Term id="liang-xue-yi-zuo">两学一做</Term>',
    ],
  ] as const)('%s', (_, text, marks, expected) => {
    expect(renderInline(text, marks, refs)).toBe(expected);
  });
  test('overlapping marks are a pipeline bug', () => {
    expect(() =>
      renderInline(
        'abcd',
        [
          { kind: 'redaction', start: 0, end: 2 },
          { kind: 'redaction', start: 1, end: 3 },
        ],
        refs,
      ),
    ).toThrow(/overlaps/);
  });
});

describe('emitPages', () => {
  test('one MDX file per reading page and per document, sorted by path', () => {
    expect(files.map((f) => f.path)).toEqual([
      'documents/fixture-handbook.mdx',
      'documents/fixture-paper.mdx',
      'documents/fixture-speeches.mdx',
      'pages/fixture-handbook/ch01.mdx',
      'pages/fixture-handbook/preface.mdx',
      'pages/fixture-paper/text.mdx',
      'pages/fixture-speeches/part-01.mdx',
      'pages/fixture-speeches/part-02.mdx',
    ]);
  });

  test('is deterministic', () => {
    expect(emitPages(sampleRoots)).toEqual(files);
  });

  test('every front matter matches the schema the content collection uses', () => {
    for (const f of files) {
      const schema = f.path.startsWith('pages/') ? readingPageSchema : documentPageSchema;
      expect(schema.safeParse(split(f).data).success, f.path).toBe(true);
    }
  });

  test('a chapter page has breadcrumbs, previous (no next), nested TOC and its citation data', () => {
    const data = readingPageSchema.parse(split(byPath('pages/fixture-handbook/ch01.mdx')).data);
    expect(data.url).toBe('/library/fixture-handbook/ch01/');
    expect(data.breadcrumbs.map((b) => b.label)).toEqual(['文库', '机关党建样本', '第一章 加强思想建设']);
    expect(data.prev).toEqual({ label: '前言', url: '/library/fixture-handbook/preface/' });
    expect(data.next).toBeUndefined();
    expect(data.toc[0]?.children[0]?.children[0]).toMatchObject({
      numbering: '（一）',
      title: '加强领导',
      url: '/library/fixture-handbook/ch01/#s-1-1-1',
    });
    expect(data.cite).toMatchObject({ authors: ['本书编写组'], title: '机关党建样本', type: 'M', year: '2014' });
  });

  test('a chapter body: headings with numbering, list items grouped, lead, case-study box, hostile text escaped', () => {
    const { body } = split(byPath('pages/fixture-handbook/ch01.mdx'));
    expect(body).toContain('<Heading id="s-1-1-1" level={3} numbering="（一）" role="body">加强领导</Heading>');
    expect(body).toMatch(
      /<Items>\n\n<Para id="p-1-1-1-1" kind="list-item" marker="（1）">.*\n\n<Para id="p-1-1-1-2".*\n\n<\/Items>/,
    );
    expect(body).toContain('<Lead>培养有目标。</Lead>结合所在岗位开展学习。');
    // The source line stays a paragraph (with its anchor), marked as the box's source, not repeated.
    expect(body).toContain(
      '<CaseStudy id="yunnan-dali-san-zhong-yishi" kind="创新案例" place="云南大理" title="云南大理：树立“三种意识”">',
    );
    expect(body).toContain('<Para id="p-2-1-2" kind="paragraph" source={true}>（资料来源：中国共产党新闻网）</Para>');
    // Nothing of the hostile text is raw MDX: no line starts with import/export, no raw braces or tags.
    expect(body).not.toMatch(/^(import|export|---)/m);
    expect(body).not.toContain('<script>');
    expect(body).toContain('\\u003cscript\\u003e');
  });

  test('a case study without a source paragraph gets the source from its CaseStudy record', () => {
    const copy = structuredClone(sampleRoots[2]!);
    const box = copy.children[1]!.sections[1]!.sections[0]!;
    box.paragraphs = box.paragraphs.filter((p) => !p.text.startsWith('（资料来源'));
    const body = emitPages([copy]).find((f) => f.path.endsWith('ch01.mdx'))!.contents;
    expect(body).toContain(
      '<CaseStudy id="yunnan-dali-san-zhong-yishi" kind="创新案例" place="云南大理" source="中国共产党新闻网" title="云南大理：树立“三种意识”">',
    );
  });

  test('each chapter boxes its own case study although section ids repeat across chapters', () => {
    const copy = structuredClone(sampleRoots[2]!);
    const ch2 = structuredClone(copy.children[1]!);
    Object.assign(ch2, { id: 'fixture-handbook-ch02', slug: 'ch02', numbering: '第二章' });
    ch2.caseStudies = [{ ...ch2.caseStudies[0]!, id: 'hainan-shengzhi', place: '海南', docId: ch2.id }];
    copy.children.push(ch2);
    const files2 = emitPages([copy]);
    const body = (slug: string): string => files2.find((f) => f.path.endsWith(`${slug}.mdx`))!.contents;
    expect(body('ch01')).toContain('place="云南大理"');
    expect(body('ch01')).not.toContain('海南');
    expect(body('ch02')).toContain('<CaseStudy id="hainan-shengzhi" kind="创新案例" place="海南"');
    expect(body('ch02')).not.toContain('云南大理"}');
  });

  test('a speech page is cited under its institution as part of its collection; redactions are components', () => {
    const { data, body } = split(byPath('pages/fixture-speeches/part-01.mdx'));
    expect(readingPageSchema.parse(data).cite).toMatchObject({
      authors: ['市委直属机关工委'],
      title: '坚持政治引领',
      container: '研讨发言汇编（2篇）',
      type: 'G',
    });
    expect(body).toContain('按照省委<Redaction text="xx" />届<Redaction text="x" />');
    // No letter x is left as text: every x is inside a <Redaction>.
    expect(body.replace(/<Redaction text="x+" \/>/g, '')).not.toMatch(/x/);
  });

  test('a paper page: bilingual abstract first, linked citation mark, references as a list in their section', () => {
    const { body } = split(byPath('pages/fixture-paper/text.mdx'));
    expect(body.trimStart().indexOf('<Abstract>')).toBe(0);
    expect(body).toContain(
      '<AbstractSide lang="en" keywords={"party building; governance"} title={"On Party Building"}>',
    );
    expect(body).toContain('<Cite n={1} text="[1]" linked={true} />');
    expect(body).toMatch(/role="references">参考文献<\/Heading>\n\n<References>\n\n<Reference n=\{1\}>/);
  });

  test('a document page lists every reading page with its TOC and counts', () => {
    const data = documentPageSchema.parse(split(byPath('documents/fixture-handbook.mdx')).data);
    expect(data.pages.map((p) => [p.pageSlug, p.numbering, p.title])).toEqual([
      ['preface', '', '前言'],
      ['ch01', '第一章', '加强思想建设'],
    ]);
    expect(data.stats.paragraphs).toBe(7);
    const speeches = documentPageSchema.parse(split(byPath('documents/fixture-speeches.mdx')).data);
    expect(speeches.institutions).toEqual(['市委直属机关工委', '省委办公厅']);
    const paper = documentPageSchema.parse(split(byPath('documents/fixture-paper.mdx')).data);
    expect(paper).toMatchObject({
      titleEn: 'On Party Building',
      keywords: ['党建', '协同'],
      hasAbstract: true,
      hasAbstractEn: true,
      affiliationNote: '宁夏银川 750021',
    });
  });

  test('a collection lists each item under who it is by: the manifest’s institution, else its byline', () => {
    const m = meta('fixture-bylines', 'fixture-bylines.txt', '经验交流材料汇编', 'speech');
    const item = (slug: string, title: string, extra: Parameters<typeof doc>[3]) =>
      doc({ ...m, id: `fixture-bylines-${slug}` as typeof m.id }, slug, title, {
        parentId: m.id,
        paragraphs: [para('p-1', '正文。')],
        ...extra,
      });
    const root = doc(m, 'index', '经验交流材料汇编', {
      children: [
        item('part-01', '以党建引领发展', { front: { authors: ['某某市财政局'], provenance: [] } }),
        item('part-02', '守正创新', { institution: '某某市税务局', front: { authors: ['税务局'], provenance: [] } }),
        item('part-03', '没有署名', {}),
        item('part-04', '建强支部', {
          front: { authors: ['张某某'], affiliation: '某某区直机关工委', provenance: [] },
        }),
      ],
    });
    const page = emitPages([root]).find((f) => f.path === 'documents/fixture-bylines.mdx')!;
    expect(documentPageSchema.parse(split(page).data).pages.map((p) => p.institution)).toEqual([
      '某某市财政局',
      '某某市税务局',
      undefined,
      '某某区直机关工委 张某某',
    ]);
  });

  test("a book's parts: each chapter page names its part, the document page sets a part's heading above the chapter that opens it", () => {
    const bookMeta = meta('book', 'book.txt', '党建知识手册', 'handbook');
    const part = (numbering: string, title: string) => ({
      numbering,
      title,
      provenance: { file: 'book.txt', lines: [1, 1] as [number, number] },
    });
    const chapter = (n: number, title: string, extra = {}) =>
      doc({ ...bookMeta, id: `book-ch0${n}` as typeof bookMeta.id }, `ch0${n}`, title, {
        parentId: bookMeta.id,
        numbering: `第${'一二三'[n - 1]}章`,
        paragraphs: [para(`p-${n}`, '正文。')],
        ...extra,
      });
    const book = doc(bookMeta, 'index', '党建知识手册', {
      children: [
        chapter(1, '甲', { part: part('第一篇', '总论') }),
        chapter(2, '乙'),
        chapter(3, '丙', { part: part('第二篇', '分论') }),
      ],
    });
    const out = emitPages([book]);
    const reading = (slug: string) =>
      readingPageSchema.parse(split(out.find((f) => f.path === `pages/book/${slug}.mdx`)!).data).part;
    expect(['ch01', 'ch02', 'ch03'].map(reading)).toEqual([
      { numbering: '第一篇', title: '总论' },
      { numbering: '第一篇', title: '总论' },
      { numbering: '第二篇', title: '分论' },
    ]);
    const pages = documentPageSchema.parse(split(out.find((f) => f.path === 'documents/book.mdx')!).data).pages;
    expect(pages.map((p) => p.part?.numbering)).toEqual(['第一篇', undefined, '第二篇']);
  });

  test('an English paper does not repeat its title as the English title', () => {
    const title = 'Strengthening Grassroots Party Organizations: A Case Study';
    const english = doc(meta('en-paper', 'en-paper.txt', title, 'paper', { language: 'en' }), 'text', title, {
      front: {
        titleEn: 'Strengthening grassroots Party organizations:  a case study',
        abstractEn: [para('p-en-a', 'This paper examines grassroots Party organizations.')],
        provenance: [],
      },
      sections: [
        section('s-1', '1', 'Introduction', 1, [para('p-1-1', 'Grassroots organizations are the foundation.')]),
      ],
    });
    const out = emitPages([english]);
    const page = out.find((f) => f.path === 'documents/en-paper.mdx')!;
    const { data, body } = split(page);
    expect(documentPageSchema.parse(data)).toMatchObject({ title, hasAbstractEn: true });
    expect(documentPageSchema.parse(data).titleEn).toBeUndefined();
    const reading = split(out.find((f) => f.path === 'pages/en-paper/text.mdx')!).body;
    expect(reading).toContain('<AbstractSide lang="en"');
    expect(reading).not.toContain('title="Strengthening');
    expect(body + reading).not.toMatch(/Strengthening grassroots/);
  });
});

describe('notes a page ends with under no heading', () => {
  test('they are listed under an untitled references heading marked as notes (named 注释)', () => {
    const dir = 'tests/fixtures/unseen/faq-unlabelled-endnote';
    const page = emitPages(runPipeline(readSources(`${dir}/manifest.yaml`, dir))).find((f) =>
      f.path.startsWith('pages/dangfei-wenda/'),
    )!;
    expect(page.contents).toMatch(
      /<Heading id="s-references" level=\{1\} numbering="" role="references" notes=\{true\}>/,
    );
  });
});
