/**
 * The real corpus's generated MDX through MDX's compiler with rehypeMdxHtml (as astro.config.mjs
 * compiles it): the paragraph-level components become plain HTML and the string expressions text, so
 * `optimize` can emit each page as static strings. Checked on every emitted page: nothing is left
 * for a component call but the per-document Astro components, no text is lost, and every paragraph
 * keeps its anchor and ¶ link, every concept mention its link.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Element, Root, RootContent } from 'hast';
import { beforeAll, describe, expect, test } from 'vitest';
import { emitPages, type EmittedFile } from '../../scripts/emit/pages.js';
import { renderParagraph } from '../../scripts/emit/blocks.js';
import type { Paragraph } from '../../scripts/model/document.js';
import { conceptUrl } from '../../scripts/model/ids.js';
import { rehypeMdxHtml } from '../../src/lib/rehype-mdx-html.js';
import { astroComponentNames } from '../../src/components/mdx/html.js';
import { buildRealCorpus } from './support/real-build.js';

type Node = Root | RootContent;
const walk = (node: Node, visit: (n: Node) => void): void => {
  visit(node);
  if ('children' in node) for (const c of node.children) walk(c, visit);
};
const classes = (e: Element): string[] => (e.properties.className as string[] | undefined) ?? [];

/** The hast tree of an emitted file's body, after rehypeMdxHtml unless `plain`. */
function compiled(file: EmittedFile, plain = false): Root {
  let tree: Root | undefined;
  const capture = () => (t: Root) => void (tree = t);
  const processor = createProcessor({ rehypePlugins: plain ? [capture] : [rehypeMdxHtml, capture] });
  processor.processSync({ path: file.path, value: file.contents.replace(/^---\n[\s\S]*?\n---\n/, '') });
  return tree!;
}

/** The elements one paragraph renders to, as a page compiles it. */
function paragraphElements(paragraph: Paragraph): Element[] {
  const mdx = renderParagraph(paragraph, { references: new Set() });
  const elements: Element[] = [];
  walk(
    compiled({ path: 'pages/x/text.mdx', contents: `\n${mdx}\n` }),
    (n) => void (n.type === 'element' && elements.push(n)),
  );
  return elements;
}

/** A table paragraph (rows by line break, cells by TAB) with `extra` fields, as the segmenter emits one. */
const tableParagraph = (id: string, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  id: id as Paragraph['id'],
  kind: 'table',
  text,
  marks: [],
  provenance: { file: 'x.md', lines: [1, 1] },
  ...extra,
});

/** The texts of a tree (string expressions as the text they are), each with its count. */
function texts(tree: Root): Map<string, number> {
  const out = new Map<string, number>();
  walk(tree, (n) => {
    const value =
      n.type === 'text'
        ? n.value
        : n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression'
          ? JSON.parse(n.value)
          : undefined;
    if (typeof value === 'string' && value.trim() !== '') out.set(value, (out.get(value) ?? 0) + 1);
  });
  return out;
}

let files: EmittedFile[];
beforeAll(() => {
  files = emitPages(buildRealCorpus().roots);
}, 120_000);

/** An element's text, its descendants' included. */
const cellText = (e: Element): string =>
  e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? cellText(c) : '')).join('');

describe('rehypeMdxHtml on the real corpus', () => {
  test('leaves only the per-document Astro components and no expressions', () => {
    const astro = new Set<string>(astroComponentNames);
    const left = new Set<string>();
    for (const f of files)
      walk(compiled(f), (n) => {
        if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
          if (!astro.has(n.name ?? '')) left.add(`${f.path}: <${n.name}>`);
        } else if (n.type.startsWith('mdx')) left.add(`${f.path}: ${n.type}`);
      });
    expect([...left]).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });

  test('every text of the page, bare or an expression, reaches the tree as text, none lost', () => {
    for (const f of files) {
      const built = texts(compiled(f));
      for (const [value, n] of texts(compiled(f, true)))
        expect(built.get(value) ?? 0, `${f.path}: ${value}`).toBeGreaterThanOrEqual(n);
    }
  });

  test('every paragraph keeps its anchor and ¶ link, every concept mention its link', () => {
    let paragraphs = 0;
    let terms = 0;
    for (const f of files) {
      const ids = [...f.contents.matchAll(/<Para id="([^"]+)"/g)].map((m) => m[1]!);
      const conceptIds = [...f.contents.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]!);
      const paras: Element[] = [];
      const links: Element[] = [];
      walk(compiled(f), (n) => {
        if (n.type !== 'element') return;
        if (classes(n).includes('para')) paras.push(n);
        if (classes(n).includes('term')) links.push(n);
      });
      expect(paras.map((p) => p.properties.id)).toEqual(ids);
      for (const p of paras) {
        const pilcrow = p.children.find((c): c is Element => c.type === 'element' && classes(c).includes('pilcrow'));
        expect(pilcrow?.properties.href, `${f.path} ${p.properties.id}`).toBe(`#${p.properties.id}`);
      }
      expect(links.map((a) => [a.properties.href, a.properties.dataConcept])).toEqual(
        conceptIds.map((id) => [conceptUrl(id), id]),
      );
      paragraphs += ids.length;
      terms += conceptIds.length;
    }
    expect(paragraphs).toBeGreaterThan(500);
    expect(terms).toBeGreaterThan(1000);
  });

  test('an attribute that is not a literal is refused with the file and line', () => {
    const file = { path: 'pages/x/y.mdx', contents: '\n\n<Para id={someId} kind="paragraph">x</Para>\n' };
    expect(() => compiled(file)).toThrow(/pages\/x\/y\.mdx:3: an attribute that is not a literal/);
  });

  test('a table paragraph: header cells in <thead> as column headers, body rows in <tbody>, marks in their cells, anchor and ¶ kept', () => {
    const elements = paragraphElements(
      tableParagraph('p-1-2', '支部\t内容\n一支部\t开展“两学一做”，张xx负责', {
        marks: [
          { kind: 'concept', conceptId: 'liangxue-yizuo', start: 13, end: 17 },
          { kind: 'redaction', start: 20, end: 22 },
        ],
      }),
    );
    const box = elements.find((e) => e.properties.id === 'p-1-2')!;
    expect(box.tagName).toBe('div');
    expect(classes(box)).toEqual(['para', 'para--table']);
    expect(box.properties.role).toBe('group');
    const head = elements.filter((e) => e.tagName === 'th');
    expect(head.map(cellText)).toEqual(['支部', '内容']);
    expect(head.every((e) => e.properties.scope === 'col')).toBe(true);
    expect(elements.filter((e) => e.tagName === 'thead')[0]!.children).toHaveLength(1);
    const body = elements.filter((e) => e.tagName === 'td');
    expect(body.map(cellText)).toEqual(['一支部', '开展“两学一做”，张负责']);
    const term = elements.find((e) => classes(e).includes('term'))!;
    expect(term.properties.href).toBe(conceptUrl('liangxue-yizuo'));
    expect(cellText(term)).toBe('两学一做');
    expect(elements.some((e) => classes(e).includes('redaction') && e.properties.dataOriginal === 'xx')).toBe(true);
    expect(elements.some((e) => classes(e).includes('pilcrow') && e.properties.href === '#p-1-2')).toBe(true);
  });

  test('a table without a header row (a name list): every row in <tbody>, no <thead>, no column header', () => {
    const elements = paragraphElements(tableParagraph('p-3', '王 某\t办公室\n刘某某\t财务处', { noHeaderRow: true }));
    expect(elements.filter((e) => ['thead', 'th'].includes(e.tagName))).toEqual([]);
    expect(elements.filter((e) => e.tagName === 'tbody')[0]!.children).toHaveLength(2);
    expect(elements.filter((e) => e.tagName === 'td')).toHaveLength(4);
  });

  test("a compilation's passage carries the work it quotes as data-quoted, which the lecture basket reads", () => {
    const paragraph: Paragraph = {
      id: 'p-1-1' as Paragraph['id'],
      kind: 'paragraph',
      text: '作风建设永远在路上，永远没有休止符。',
      marks: [],
      quotedFrom: '《在十八届中央纪委六次全会上的讲话》（2016年1月12日）',
      provenance: { file: 'x.txt', lines: [9, 9] },
    };
    const elements = paragraphElements(paragraph);
    expect(elements.find((e) => e.properties.id === 'p-1-1')!.properties.dataQuoted).toBe(paragraph.quotedFrom);
  });

  test('merged cells span their rows and columns, the places they cover are left out, a head spanning two rows heads both', () => {
    // 支部 heads two rows; 党员 spans 正式 and 预备; 合计 spans two columns; 全年 spans two body rows.
    const text = '支部\t党员\t\t备注\n\t正式\t预备\t\n一支部\t12\t2\t全年\n二支部\t9\t1\t\n合计\t\t24\t';
    const merged = [
      { row: 0, column: 0, rows: 2, columns: 1 },
      { row: 0, column: 1, rows: 1, columns: 2 },
      { row: 0, column: 3, rows: 2, columns: 1 },
      { row: 2, column: 3, rows: 2, columns: 1 },
      { row: 4, column: 0, rows: 1, columns: 2 },
    ];
    const elements = paragraphElements(tableParagraph('p-4', text, { merged }));
    const rows = (section: string) =>
      elements
        .find((e) => e.tagName === section)!
        .children.filter((r): r is Element => r.type === 'element')
        .map((r) =>
          r.children
            .filter((c): c is Element => c.type === 'element')
            .map((c) => [c.tagName, cellText(c), c.properties.colSpan ?? 1, c.properties.rowSpan ?? 1]),
        );
    expect(rows('thead')).toEqual([
      [
        ['th', '支部', 1, 2],
        ['th', '党员', 2, 1],
        ['th', '备注', 1, 2],
      ],
      [
        ['th', '正式', 1, 1],
        ['th', '预备', 1, 1],
      ],
    ]);
    expect(rows('tbody')).toEqual([
      [
        ['td', '一支部', 1, 1],
        ['td', '12', 1, 1],
        ['td', '2', 1, 1],
        ['td', '全年', 1, 2],
      ],
      [
        ['td', '二支部', 1, 1],
        ['td', '9', 1, 1],
        ['td', '1', 1, 1],
      ],
      [
        ['td', '合计', 2, 1],
        ['td', '24', 1, 1],
        ['td', '', 1, 1],
      ],
    ]);
    expect(elements.find((e) => cellText(e) === '党员' && e.tagName === 'th')!.properties.scope).toBe('colgroup');
    // 合计 spans two of four columns: no row group.
    expect(elements.filter((e) => classes(e).includes('row-group'))).toEqual([]);
  });

  test('a body row of one cell across the table is a row group (a timetable’s 上午), set apart', () => {
    const merged = [
      { row: 1, column: 0, rows: 1, columns: 2 },
      { row: 3, column: 0, rows: 1, columns: 2 },
    ];
    const elements = paragraphElements(
      tableParagraph('p-5', '时间\t内容\n上午\t\n8:30\t报到\n下午\t\n14:30\t讨论', { merged }),
    );
    const groups = elements.filter((e) => classes(e).includes('row-group'));
    // A header cell for the rows under it: each group opens a <tbody>, so its scope ends at the next.
    expect(groups.map((e) => [e.tagName, e.properties.scope, e.properties.colSpan, cellText(e)])).toEqual([
      ['th', 'rowgroup', 2, '上午'],
      ['th', 'rowgroup', 2, '下午'],
    ]);
    const bodies = elements.filter((e) => e.tagName === 'tbody');
    expect(
      bodies.map((b) => b.children.filter((r) => r.type === 'element').map((r) => cellText(r as Element))),
    ).toEqual([
      ['上午', '8:30报到'],
      ['下午', '14:30讨论'],
    ]);
    // The header row stays the only row of <thead>.
    expect(elements.filter((e) => e.tagName === 'thead').map((h) => h.children.length)).toEqual([1]);
  });

  test("a list item's marker: a Markdown bullet shows as •, a printed bullet as printed, a number as printed and read", () => {
    const markerOf = (marker: string): Element => {
      const paragraph: Paragraph = {
        id: 'p-2' as Paragraph['id'],
        kind: 'list-item',
        marker,
        text: '开展专题学习4次；',
        marks: [],
        provenance: { file: 'x.md', lines: [7, 7] },
      };
      return paragraphElements(paragraph).find((e) => classes(e).includes('marker'))!;
    };
    const shown = (e: Element) => [
      e.children.map((c) => (c.type === 'text' ? c.value : '')).join(''),
      e.properties.ariaHidden,
    ];
    expect(shown(markerOf('-'))).toEqual(['•', 'true']);
    expect(shown(markerOf('*'))).toEqual(['•', 'true']);
    expect(shown(markerOf('◆'))).toEqual(['◆', 'true']);
    expect(shown(markerOf('（一）'))).toEqual(['（一）', undefined]);
    expect(shown(markerOf('1.'))).toEqual(['1.', undefined]);
    // A task list item's box: ticked or not, named for screen readers.
    const task = (marker: string) => [shown(markerOf(marker))[0], markerOf(marker).properties.ariaLabel];
    expect(task('- [x]')).toEqual(['☑', '已完成']);
    expect(task('- [ ]')).toEqual(['☐', '未完成']);
  });

  test('a nested list item is indented by its depth; one at the top is not', () => {
    const item = (depth?: number): Element => {
      const paragraph: Paragraph = {
        id: 'p-3' as Paragraph['id'],
        kind: 'list-item',
        marker: '-',
        text: '其中机关党支部112场次；',
        marks: [],
        ...(depth !== undefined && { depth }),
        provenance: { file: 'x.md', lines: [8, 8] },
      };
      return paragraphElements(paragraph).find((e) => e.properties.id === 'p-3')!;
    };
    expect([classes(item(2)).includes('para--nested'), item(2).properties.style]).toEqual([true, '--depth:2']);
    expect([classes(item()).includes('para--nested'), item().properties.style]).toEqual([false, undefined]);
  });

  test('an untitled references heading is named by what it lists: 注释 over notes, else 参考文献', () => {
    const heading = (notes: boolean) => {
      const props = `id="s-references" level={1} numbering="" role="references"${notes ? ' notes={true}' : ''}`;
      const tree = compiled({ path: 'pages/x/text.mdx', contents: `\n<Heading ${props}></Heading>\n` });
      const found: Element[] = [];
      walk(tree, (n) => void (n.type === 'element' && n.tagName === 'h2' && found.push(n)));
      return found.map(cellText);
    };
    expect(heading(true)).toEqual(['注释']);
    expect(heading(false)).toEqual(['参考文献']);
  });
});
