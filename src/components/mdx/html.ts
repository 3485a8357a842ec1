/**
 * The paragraph-level components of the generated MDX (a paragraph and what runs inside it: terms,
 * leads, redactions, citation and footnote marks, headings, lists, quotes, notes, reference entries) as HTML built
 * while the MDX compiles (src/lib/rehype-mdx-html.ts), not as Astro components rendered per page.
 * They are 99.9 % of the elements of a reading page; as plain HTML, @astrojs/mdx's `optimize`
 * turns a page's text into a few static strings, so a ×100 library's 1,900 pages compile to small
 * modules instead of millions of component calls (which ran `astro build` out of memory).
 * The few per-document blocks (abstract, case study box, language toggle) stay Astro components.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { MdxComponentName, MdxProps } from './props';
import { ui } from '../../i18n/zh-CN';
import { BULLET_SYMBOLS, numberingClass } from '../../lib/numbering';
import { conceptUrl } from '../../../scripts/model/ids';

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The text of some HTML content (to tell an untitled heading). */
const textOf = (nodes: readonly ElementContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');

/** The ¶ link of a paragraph: the anchor to cite (src/client/paragraph-tools.ts adds its menu). */
const pilcrow = (id: string): Element =>
  el('a', { className: ['pilcrow'], href: `#${id}`, ariaLabel: ui.para.anchorLabel, title: ui.para.anchorLabel });

/**
 * A table paragraph (rows built by `Row`): the header row (a first row of `th` cells) in <thead>,
 * in a box that scrolls sideways on a narrow screen, focusable so a keyboard can scroll it too.
 * A row group's heading (a timetable's `3月5日上午` across the table) opens a <tbody> of its own,
 * so its `scope="rowgroup"` names the rows under it and no others.
 */
function tablePara(id: string, children: ElementContent[]): Element {
  const rows = children.filter((c): c is Element => c.type === 'element');
  const cells = (row: Element) => row.children.filter((c): c is Element => c.type === 'element');
  const isGroup = (row: Element) => cells(row).some((c) => c.properties['scope'] === 'rowgroup');
  // The header: the leading rows of `th` cells (more than one under a head cell spanning rows).
  const isHead = (row: Element) => !isGroup(row) && cells(row).some((c) => c.tagName === 'th');
  const body = rows.findIndex((row) => !isHead(row));
  const heads = body < 0 ? rows.length : body;
  const bodies: Element[][] = [];
  for (const row of rows.slice(heads)) {
    if (isGroup(row) || bodies.length === 0) bodies.push([]);
    bodies.at(-1)!.push(row);
  }
  return el(
    'div',
    { id, className: ['para', 'para--table'], role: 'group', ariaLabel: ui.paragraphKinds.table, tabIndex: 0 },
    [
      el('table', {}, [
        ...(heads ? [el('thead', {}, rows.slice(0, heads))] : []),
        ...(bodies.length ? bodies : [[]]).map((b) => el('tbody', {}, b)),
      ]),
      pilcrow(id),
    ],
  );
}

/** Builds one component's HTML from its props (as the emitter wrote them) and its children. */
type Builder<N extends MdxComponentName> = (props: MdxProps[N], children: ElementContent[]) => Element;

/** An unnumbered item's bullet as printed (`●`, `◆`) or as Markdown writes one (`-`, `*`, `+`). */
const BULLET = new RegExp(`^(?:[-*+]|[${BULLET_SYMBOLS}])$`);

/** A task list item's marker: a bullet and its box, ticked or not (`- [x]`, `- [ ]`). */
const TASK = /^[-*+]\s+\[([ xX])\]$/;

/**
 * A list item's printed marker. A bullet stands a little apart from its text, and an ASCII one
 * shows as the bullet a Markdown renderer draws (`-` → `•`, a task's `- [x]` → ☑, named for
 * screen readers): the marker is not text a reader cites.
 */
function markerSpan(marker: string): Element {
  const task = TASK.exec(marker);
  if (task) {
    const done = task[1] !== ' ';
    return el(
      'span',
      { className: ['marker', 'marker--bullet'], role: 'img', ariaLabel: done ? ui.task.done : ui.task.open },
      [text(done ? '☑' : '☐')],
    );
  }
  if (!BULLET.test(marker)) return el('span', { className: ['marker'] }, [text(marker)]);
  return el('span', { className: ['marker', 'marker--bullet'], ariaHidden: 'true' }, [
    text(/^[-*+]$/.test(marker) ? '•' : marker),
  ]);
}

/** The components built as HTML; the emitter's contract (props.ts) types their props. */
export const htmlComponents: { [N in HtmlComponentName]: Builder<N> } = {
  // One paragraph with its anchor: the ¶ link works without JS and src/client/paragraph-tools.ts
  // turns it into a copy-link / copy-citation menu.
  Para: (
    { id, kind, marker, source, article, articleAnchor, translation, translationLang, depth, role, quoted },
    children,
  ) =>
    kind === 'table'
      ? tablePara(id, children)
      : el(
          kind === 'list-item' ? 'li' : 'p',
          {
            id,
            className: [
              'para',
              `para--${kind}`,
              ...(marker ? ['para--marked'] : []),
              ...(source ? ['para--source'] : []),
              ...(articleAnchor ? ['para--article'] : []),
              ...(depth ? ['para--nested'] : []),
              ...(role ? [`para--${role}`] : []),
            ],
            dataArticle: article,
            // The work a compilation's passage is quoted from: the lecture basket cites it.
            dataQuoted: quoted,
            // A nested list item is indented by its depth (reading.css).
            ...(depth ? { style: `--depth:${Math.min(depth, 6)}` } : {}),
          },
          [
            ...(articleAnchor ? [el('span', { id: articleAnchor, className: ['article-anchor'] })] : []),
            ...(marker ? [markerSpan(marker)] : []),
            // An article's number is set off from its text by a full-width space, as printed
            // (`第三条　党员必须…`): a copy of the text or a quotation collected from it keeps it.
            ...(marker && articleAnchor ? [text('\u3000')] : []),
            ...children,
            pilcrow(id),
            ...(translation
              ? [el('span', { className: ['translation'], lang: translationLang }, [text(translation)])]
              : []),
          ],
        ),
  // A table's row and cell: the first row is the header (its cells column headers), unless the
  // emitter gave it plain cells (a table without a header row).
  Row: (_, children) => el('tr', {}, children),
  Cell: ({ head, group, colSpan, rowSpan }, children) =>
    el(
      head || group ? 'th' : 'td',
      {
        ...(head && { scope: colSpan ? 'colgroup' : 'col' }),
        ...(group && { scope: 'rowgroup', className: ['row-group'] }),
        colSpan,
        rowSpan,
      },
      children,
    ),
  // A run-in heading at the start of a paragraph (`培养有目标。`), set as a bold lead.
  Lead: (_, children) => el('strong', { className: ['lead'] }, children),
  // A section heading as a real heading (level 1 on the page → <h2>), numbering kept as printed;
  // an untitled references heading is named.
  Heading: ({ id, level, numbering, role, notes }, children) =>
    el(
      `h${Math.min(level + 1, 6)}`,
      { id, className: ['heading', `heading--l${level}`, ...(role ? [`heading--${role}`] : [])] },
      [
        ...(numbering ? [el('span', { className: numberingClass(numbering) }, [text(numbering)])] : []),
        ...(textOf(children).trim() === '' && role === 'references'
          ? [text(notes ? ui.endnotes : ui.sectionRoles.references)]
          : children),
      ],
    ),
  // A run of numbered list items; each keeps its printed marker, so the list has no bullets.
  Items: (_, children) => el('ul', { className: ['items'] }, children),
  Quote: (_, children) => el('blockquote', { className: ['quote'] }, children),
  // The notes a PDF page printed at its foot, where the page ended, set apart in smaller type.
  // A note, not a landmark: a page has a run of them wherever a PDF page ended.
  Notes: (_, children) =>
    el('div', { className: ['notes'], role: 'note', ariaLabel: ui.paragraphKinds.footnote }, children),
  // A redaction in the original (`x`, `xx`): a grey box with a tooltip, never the letter x (case
  // pages: src/components/concepts/Redaction.astro).
  Redaction: ({ text: original }) =>
    el('span', {
      className: ['redaction'],
      role: 'img',
      ariaLabel: ui.markKinds.redaction,
      title: ui.markKinds.redaction,
      dataOriginal: original,
      style: `--len:${original.length}`,
    }),
  // A citation mark `[1]`: a superscript link to the reference list, or plain superscript.
  Cite: ({ n, text: mark, linked, page }) =>
    el('sup', { className: ['cite'] }, [
      linked ? el('a', { href: `${page ?? ''}#ref-${n}`, ariaLabel: ui.citationMark(n) }, [text(mark)]) : text(mark),
    ]),
  // A concept mention, linked to its concept page: the link of ConceptLink.astro (case pages), which
  // the preview script (src/client/concept-preview.ts, loaded by the layouts) finds.
  Term: ({ id }, children) => el('a', { className: ['term'], href: conceptUrl(id), dataConcept: id }, children),
  // A footnote mark (`①`): a superscript link to its note on the same page.
  NoteRef: ({ note, text: mark }) =>
    el('sup', { className: ['note-ref'] }, [el('a', { href: `#${note}`, ariaLabel: ui.noteMark(mark) }, [text(mark)])]),
  References: (_, children) => el('ol', { className: ['references'] }, children),
  Reference: ({ n }, children) => el('li', { id: `ref-${n}`, value: String(n), className: ['reference'] }, children),
  // The English printed after a Chinese block of a bilingual text, set under it as a parallel line;
  // LanguageToggle hides it (CSS only).
  Translation: ({ lang }, children) => el('span', { className: ['translation'], lang }, children),
};

/** The per-document blocks that stay Astro components (src/components/mdx/index.ts). */
export const astroComponentNames = ['Abstract', 'AbstractSide', 'CaseStudy', 'LanguageToggle'] as const;
export type AstroComponentName = (typeof astroComponentNames)[number];
/** The components built as HTML at compile time. */
export type HtmlComponentName = Exclude<MdxComponentName, AstroComponentName>;
