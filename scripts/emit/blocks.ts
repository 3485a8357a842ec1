/**
 * A leaf document's body → MDX blocks: headings with their numbering, paragraphs (runs of list
 * items grouped as lists, quotes as block quotes), case-study boxes, the reference list and the
 * bilingual abstract. Components are rendered by `src/components/mdx/`.
 */
import type { CaseStudy, Document, Paragraph, Reference, Section, Translation } from '../model/document.js';
import { leavesOf, paragraphsIn, sectionsIn } from '../model/walk.js';
import { jsxAttrs, jsxElement, jsxText } from './jsx.js';
import type { MdxComponentName, MdxProps } from '../../src/components/mdx/props.js';
import { renderInline, type InlineOptions } from './inline.js';
import { marksInCell, mergedLayout, tableCells } from '../model/table.js';
import { caseSourceOf } from '../stages/segment/case-studies.js';

/**
 * A table paragraph's rows and cells: `<Row><Cell head>…</Cell></Row>…` (the first row's cells
 * heads, unless the table has no header row; with a head cell spanning rows, the rows it spans),
 * marks rendered in their cells. A merged cell spans its places, which are left out.
 */
function renderRows(p: Paragraph, opts: InlineOptions): string {
  const { at, covered } = mergedLayout(p.merged);
  const headRows = p.noHeaderRow ? 0 : Math.max(1, ...(p.merged ?? []).filter((m) => m.row === 0).map((m) => m.rows));
  return tableCells(p.text)
    .map((row, r) =>
      jsxElement(
        'Row',
        {},
        row
          .map((cell, c) => {
            if (covered.has(`${r},${c}`)) return '';
            const m = at.get(`${r},${c}`);
            const spans = m && {
              colSpan: m.columns > 1 ? m.columns : undefined,
              rowSpan: m.rows > 1 ? m.rows : undefined,
            };
            // A body row's one cell across the table heads the rows under it (a timetable's 上午).
            const group = r >= headRows && m !== undefined && m.rows === 1 && m.columns === row.length;
            return jsxElement(
              'Cell',
              { head: r < headRows || undefined, group: group || undefined, ...spans },
              renderInline(p.text.slice(...cell), marksInCell(p.marks, cell), opts),
            );
          })
          .join(''),
      ),
    )
    .join('');
}

/** One paragraph: `<Para id="p-1" kind="paragraph">…</Para>`. */
export function renderParagraph(p: Paragraph, opts: InlineOptions): string {
  // A run-in lead is a child element, so redactions inside it (`文化润x工程。`) render too.
  const lead = p.lead ? jsxElement('Lead', {}, renderInline(p.lead, p.leadMarks ?? [], opts)) : '';
  const source = isSourceLine(p) ? true : undefined;
  const t = p.translation;
  return jsxElement(
    'Para',
    {
      id: p.id,
      kind: p.kind,
      marker: p.marker,
      source,
      article: p.article,
      articleAnchor: p.articleAnchor,
      translation: t?.text,
      translationLang: t?.language,
      depth: p.depth,
      role: p.role,
      quoted: p.quotedFrom,
    },
    p.kind === 'table' ? renderRows(p, opts) : lead + renderInline(p.text, p.marks, opts),
  );
}

/**
 * A case study's closing source line kept as a paragraph by the segmenter:
 * `（资料来源：中国共产党新闻网）` (full- or half-width brackets and colon).
 */
export const isSourceLine = (p: Paragraph): boolean =>
  !p.lead && !p.marker && /^[（(]/.test(p.text.trim()) && caseSourceOf(p) !== undefined;

/** True if a section tree prints its source, on a line of its own or closing a paragraph (then the box adds none). */
const hasSourceLine = (s: Section): boolean =>
  [...s.paragraphs, ...paragraphsIn(s.sections)].some((p) => caseSourceOf(p) !== undefined);

/** A heading; its title is inline content so marks in it (`xx精神`) render. */
export function renderHeading(s: Section, opts: InlineOptions): string {
  return jsxElement(
    'Heading',
    { id: s.id, level: s.level, numbering: s.numbering, role: s.role },
    renderInline(s.title, s.titleMarks ?? [], opts) + translationOf(s.titleTranslation),
  );
}

/** The English text of a bilingual block, shown under the Chinese (`<Translation lang="en">`). */
const translationOf = (t: Translation | undefined): string =>
  t ? jsxElement('Translation', { lang: t.language }, jsxText(t.text)) : '';

/** True if a page holds translations: it then gets the language toggle. */
const hasTranslations = (leaf: Document): boolean =>
  [...leaf.paragraphs, ...paragraphsIn(leaf.sections)].some((p) => p.translation) ||
  sectionsIn(leaf.sections).some((s) => s.titleTranslation);

/** A wrapper component around blocks, each on its own line (MDX flow JSX). */
const wrap = <N extends MdxComponentName>(name: N, attrs: MdxProps[N], blocks: string[]): string =>
  [`<${name}${jsxAttrs(attrs)}>`, ...blocks, `</${name}>`].join('\n\n');

/** The wrapper of a run of paragraphs of one kind: a list, a block quote, a page foot's notes. */
const GROUPS: Partial<Record<Paragraph['kind'], 'Items' | 'Quote' | 'Notes'>> = {
  'list-item': 'Items',
  quote: 'Quote',
  footnote: 'Notes',
};

/** Paragraphs with runs of list items grouped into `<Items>`, of quotes into `<Quote>`, of footnotes into `<Notes>`. */
export function renderParagraphs(paragraphs: readonly Paragraph[], opts: InlineOptions): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const kind = paragraphs[i]!.kind;
    let j = i;
    while (j < paragraphs.length && paragraphs[j]!.kind === kind) j++;
    const run = paragraphs.slice(i, j).map((p) => renderParagraph(p, opts));
    const group = GROUPS[kind];
    out.push(...(group ? [wrap(group, {}, run)] : run));
    i = j;
  }
  return out;
}

/** The reference list: `<References>` of `<Reference n={1}>` (anchors `ref-1` …). */
export function renderReferences(refs: readonly Reference[]): string {
  const sorted = [...refs].sort((a, b) => a.number - b.number);
  return wrap(
    'References',
    {},
    sorted.map((r) => jsxElement('Reference', { n: r.number }, jsxText(r.raw))),
  );
}

/** What a page needs to render its sections. */
export interface BodyContext extends InlineOptions {
  caseStudies: readonly CaseStudy[];
  /** The root's parsed references, rendered once, in its `references` section or at the end. */
  refs: readonly Reference[];
}

/** A section, its paragraphs and sub-sections; case studies boxed, references as a list. */
export function renderSection(s: Section, ctx: BodyContext): string {
  const heading = renderHeading(s, ctx);
  const body =
    s.role === 'references' && ctx.refs.length > 0 ? [renderReferences(ctx.refs)] : renderParagraphs(s.paragraphs, ctx);
  const blocks = [heading, ...body, ...s.sections.map((c) => renderSection(c, ctx))];
  const study = s.role === 'case-study' ? ctx.caseStudies.find((c) => c.sectionId === s.id) : undefined;
  if (s.role !== 'case-study') return blocks.join('\n\n');
  const source = hasSourceLine(s) ? undefined : study?.source;
  return wrap('CaseStudy', { id: study?.id, kind: study?.kind, place: study?.place, source, title: s.title }, blocks);
}

/** True if the tree has a `references` section (where the list goes). */
export const hasReferencesSection = (sections: readonly Section[]): boolean =>
  sectionsIn(sections).some((s) => s.role === 'references');

/** True if the tree has an `abstract` section (then the front abstract is not repeated). */
export const hasAbstractSection = (sections: readonly Section[]): boolean =>
  sectionsIn(sections).some((s) => s.role === 'abstract');

/** A title as compared for sameness: case, spacing and the kind of colon do not matter. */
const titleKey = (title: string): string => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * English title/abstract/keywords of a root: its own front matter or its first translation's. The
 * English title is left out when it is the root's title itself (an English paper's), which the
 * page already shows as its heading.
 */
export function englishFront(root: Document): { titleEn?: string; abstractEn: Paragraph[]; keywordsEn: string[] } {
  const tr = root.translations?.[0];
  const abstractEn = root.front.abstractEn ?? tr?.front.abstractEn ?? tr?.front.abstract ?? (tr ? tr.paragraphs : []);
  const titleEn = root.front.titleEn ?? tr?.front.titleEn ?? tr?.front.title ?? tr?.title;
  return {
    titleEn: titleEn !== undefined && titleKey(titleEn) !== titleKey(root.title) ? titleEn : undefined,
    abstractEn,
    keywordsEn: root.front.keywordsEn ?? tr?.front.keywordsEn ?? tr?.front.keywords ?? [],
  };
}

/** The bilingual abstract block (Chinese beside English), or '' if the root has neither. */
export function renderAbstract(root: Document, opts: InlineOptions): string {
  const zh = root.front.abstract ?? [];
  const en = englishFront(root);
  if (zh.length === 0 && en.abstractEn.length === 0) return '';
  const side = (lang: string, ps: readonly Paragraph[], keywords: readonly string[], title?: string): string =>
    ps.length === 0
      ? ''
      : wrap(
          'AbstractSide',
          { lang, keywords: keywords.join(lang === 'en' ? '; ' : '；'), title },
          ps.map((p) => renderParagraph(p, opts)),
        );
  return wrap(
    'Abstract',
    {},
    [side('zh-CN', zh, root.front.keywords ?? []), side('en', en.abstractEn, en.keywordsEn, en.titleEn)].filter(
      (b) => b !== '',
    ),
  );
}

/** The whole MDX body of a reading page. */
export function renderLeafBody(root: Document, leaf: Document, ctx: BodyContext): string {
  const blocks: string[] = [];
  if (hasTranslations(leaf)) blocks.push(jsxElement('LanguageToggle', {}));
  if (leaf === root && !hasAbstractSection(leaf.sections)) blocks.push(renderAbstract(root, ctx));
  blocks.push(...renderParagraphs(leaf.paragraphs, ctx));
  blocks.push(...leaf.sections.map((s) => renderSection(s, ctx)));
  // References without a 参考文献 heading to hold them close the last reading page.
  if (ctx.refs.length > 0 && !hasReferencesSection(leaf.sections) && leaf === leavesOf(root).at(-1)) {
    // Notes (`[注1]`), not works cited, are named 注释.
    const notes = ctx.refs.every((r) => r.label !== undefined && r.label.includes('注'));
    blocks.push(
      jsxElement(
        'Heading',
        { id: 's-references', level: 1, numbering: '', role: 'references', ...(notes && { notes }) },
        '',
      ),
    );
    blocks.push(renderReferences(ctx.refs));
  }
  return blocks.filter((b) => b !== '').join('\n\n') + '\n';
}
