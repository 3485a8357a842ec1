/**
 * Segment, step 3: candidates of one reading page → nested sections. Levels come from the order in
 * which numbering styles appear (a style already open is a sibling, a new style goes one level
 * deeper), checked by sequence continuity: `三、` must follow `二、`; a list restarting at `一、`
 * while `二、` is open is a quotation, not a new section.
 */
import type { Paragraph, Removal, Section, SectionRole } from '../../model/document.js';
import type { ParagraphAnchor, SectionId } from '../../model/ids.js';
import type { Candidate } from './classify.js';
import { canBeHeading } from './heading-rules.js';
import { toParagraphParts } from './run-ins.js';
import { unspaceTitle } from './text.js';

/** An open section and the numbering style that opened it. */
interface Frame {
  key: string;
  value: number;
  /** Role headings such as 引言 end where the next numbered heading starts; 党建要点 holds them. */
  container: boolean;
  /** Opened by a label in lenticular brackets (`【案例】`), which the next such label ends. */
  bracketed?: true;
  section: Section;
}

/** The sections and the paragraphs before the first heading of one reading page. */
export interface Tree {
  paragraphs: Paragraph[];
  sections: Section[];
  /** Syntax consumed by headings (`#`, a colon after 参考文献). */
  removed: Removal[];
}

/** Where a heading goes: the index in the open stack it replaces (or pushes at), or a verdict. */
type Placement = { at: number } | { quote: true } | { list: true };

/** Heading styles without numbers: every one of them is the next sibling. */
const UNORDERED = new Set(['plain', 'label-title', 'bullet-heading', 'bracket-label', 'date-heading']);

/**
 * A study book's labels: `【学习要点】`, `【案例】`, `【思考题】`. Each is the next sibling of the one
 * before, also of a case or a role label printed so (`【案例】` holds its case's title, not `【思考题】`).
 */
const isBracketLabel = (c: Candidate): boolean => /^【[^【】]+】[:：]?$/.test(c.text.trim());

/** Styles that may open at any value: an excerpt can start at `第三章` (a list cannot start at `3.`). */
const OPEN_ANYWHERE = new Set(['part', 'chapter', 'jie']);

/** Keep open sections down to (not including) index `at`. */
const popTo = (stack: Frame[], at: number): void => void stack.splice(at);

/** Index of the first open frame with this key, -1 if none. */
const indexOfKey = (stack: Frame[], key: string): number => stack.findIndex((f) => f.key === key);

/**
 * The last block of a page, numbered as the next of an open section's headings (`三.几点要求` after
 * `一.` and `二.` headings): a heading, though nothing follows it (an outline's last point). A
 * numbered line at the very end is otherwise no heading (`canBeHeading`): `附件：` over `1.某某表`.
 */
function endsOpenSequence(stack: Frame[], c: Candidate): boolean {
  const n = c.numbering;
  if (!n || !c.headingShape || n.scheme === 'ordinal' || n.scheme === 'article' || n.scheme === 'bullet') return false;
  const at = indexOfKey(stack, n.key);
  return at >= 0 && stack[at]!.value === n.value - 1;
}

/** Where a numbered (or plain) heading with this key and value belongs, by sequence continuity. */
function placeNumbered(stack: Frame[], key: string, value: number): Placement {
  const at = indexOfKey(stack, key);
  if (at >= 0) {
    const open = stack[at]!;
    if (UNORDERED.has(key) || value > open.value) return { at };
    return { quote: true }; // `一、` again while `二、` is open: a quoted list
  }
  if (value !== 1 && !OPEN_ANYWHERE.has(key)) return { list: true };
  // A chapter or part never nests under an unnumbered heading: 党章's `总纲` precedes `第一章`
  // as its sibling, not its parent.
  const plain = indexOfKey(stack, 'plain');
  if ((key === 'chapter' || key === 'part') && plain >= 0) return { at: plain };
  // A new, deeper style: but 引言-like role sections end here instead of holding it.
  let end = stack.length;
  while (end > 0 && stack[end - 1]!.key === 'role' && !stack[end - 1]!.container) end--;
  return { at: end };
}

/** Index of the open section a label in lenticular brackets opened, -1 if none. */
const openBracketLabel = (stack: Frame[]): number => stack.findIndex((f) => f.bracketed);

/** Role labels that may stand inside a numbered section: a case block, a handbook's key points, questions for study. */
const INNER_ROLES = new Set<SectionRole>(['case-study', 'key-points', 'questions']);

/**
 * Where a role heading goes: a part of the document (引言, 结语, 参考文献, 附件) at the top. A case
 * block or key points inside a numbered section stay in it when a later heading continues that
 * section's numbering (`案例` between `一、` and `二、`): at the top, the section would be closed and
 * `二、` taken for a list item. A label in lenticular brackets (`【案例】`) is the sibling of the one
 * open before it (`【学习要点】`).
 */
function placeRole(candidates: Candidate[], i: number, stack: Frame[]): Placement {
  const c = candidates[i]!;
  const open = openBracketLabel(stack);
  if (isBracketLabel(c) && open >= 0) return { at: open };
  return c.role && INNER_ROLES.has(c.role) && continuesOpenSection(candidates, i, stack)
    ? { at: stack.length }
    : { at: 0 };
}

/**
 * True if the next numbered heading after candidate i that belongs to an open section's style is
 * that section's next (`二、` while `一、` is open; `三、结语` too), before any unnumbered role or Markdown heading.
 * Headings of styles not open (a case's own `1.` points) are passed over.
 */
function continuesOpenSection(candidates: Candidate[], i: number, stack: Frame[]): boolean {
  for (let k = i + 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    // A numbered role heading (`三、结语`) is placed by its numbering, so it may continue one.
    if ((c.role !== undefined && !c.numbering) || c.mdLevel !== undefined) return false;
    if (!c.numbering || !canBeHeading(c, candidates[k + 1])) continue;
    const at = indexOfKey(stack, c.numbering.key);
    if (at >= 0) return c.numbering.value === stack[at]!.value + 1;
  }
  return false;
}

/** Where a Markdown heading of level n goes: after the last open Markdown heading above n. */
function placeMarkdown(stack: Frame[], level: number): Placement {
  const at = stack.findIndex((f) => f.key.startsWith('md-') && Number(f.key.slice(3)) >= level);
  return { at: at >= 0 ? at : stack.length };
}

/** How far ahead of a plain heading we look for the numbered heading it introduces. */
const LOOKAHEAD = 4;

/**
 * A plain heading (`第二篇发言的标题`) whose first numbered heading restarts a style that is open
 * (`一、` while `三、` is open) begins a new part of a collection read as one page (a 汇编 without
 * a 目录): it goes where that style's open section is, and the restart is no quotation.
 * @returns the stack index to place the plain heading at, or -1
 */
function restartAfter(candidates: Candidate[], i: number, stack: Frame[]): number {
  if (indexOfKey(stack, 'plain') >= 0) return -1;
  for (let k = i + 1; k < candidates.length && k <= i + LOOKAHEAD; k++) {
    const c = candidates[k]!;
    if (c.role !== undefined || c.mdLevel !== undefined) return -1;
    if (!c.numbering || !canBeHeading(c, candidates[k + 1])) continue;
    const at = indexOfKey(stack, c.numbering.key);
    return at >= 0 && c.numbering.value === 1 ? at : -1;
  }
  return -1;
}

const newSection = (c: Candidate, file: string, role: SectionRole): Section => ({
  id: '' as SectionId, // assigned by assignIds once the tree is complete
  numbering: c.numbering?.marker ?? '',
  title: unspaceTitle(c.title ?? c.numbering?.rest ?? c.text),
  level: 0,
  role,
  provenance: { file, lines: [...c.block.lines] },
  span: [...c.block.lines],
  paragraphs: [],
  sections: [],
});

/**
 * Build the section tree of one reading page.
 * @example ['一、总则', '1.目的', '正文。'] → sections [{ numbering: '一、', sections: [{ numbering: '1.', paragraphs: ['正文。'] }] }]
 */
export function buildTree(candidates: Candidate[], file: string): Tree {
  const tree: Tree = { paragraphs: [], sections: [], removed: [] };
  const stack: Frame[] = [];
  let quote: { key: string; value: number } | undefined;
  // Every open section reaches at least to the last line read.
  const extendSpans = (line: number) => {
    for (const f of stack) f.section.span[1] = Math.max(f.section.span[1], line);
  };

  const attach = (frame: Frame, at: number) => {
    popTo(stack, at);
    const parent = stack.at(-1);
    (parent ? parent.section.sections : tree.sections).push(frame.section);
    stack.push(frame);
    extendSpans(frame.section.span[1]);
    quote = undefined;
  };

  const addParagraph = (c: Candidate, kind: Paragraph['kind']) => {
    // the `>` of a quote, the `[^…]:` of a note, a drawn table's rules
    if (c.mdQuote || c.mdNote || c.layout) tree.removed.push(...c.removed);
    // A quote of syntax alone (`>`, `> [!TIP]`) holds no text to read.
    if (c.mdQuote && c.text === '') return;
    const parts = c.mdQuote
      ? { kind: 'quote' as const, text: c.text }
      : c.mdNote
        ? { kind: 'footnote' as const, marker: c.mdNote, text: c.text }
        : c.layout
          ? { kind: c.layout === 'table' ? ('table' as const) : ('paragraph' as const), text: c.text }
          : toParagraphParts(c.text, c.numbering, kind);
    const paragraph: Paragraph = {
      id: '' as ParagraphAnchor,
      ...parts,
      ...(parts.kind === 'list-item' && c.block.depth !== undefined && { depth: c.block.depth }),
      ...(parts.kind === 'table' && c.block.noHeaderRow && { noHeaderRow: true as const }),
      ...(parts.kind === 'table' && c.block.merged && { merged: c.block.merged }),
      ...(c.figure && { role: 'figure' as const }),
      ...(c.block.calloutTitle && { role: 'title' as const }),
      marks: [],
      provenance: { file, lines: [...c.block.lines] },
    };
    const top = stack.at(-1);
    (top ? top.section.paragraphs : tree.paragraphs).push(paragraph);
    extendSpans(c.block.lines[1]);
  };

  candidates.forEach((c, i) => {
    const n = c.numbering;
    const next = candidates[i + 1];
    // An attachment's title under its label (`附件1` over `优秀共产党员名单`) is one heading with it:
    // the label its numbering, as a 目录 lists it (`附件1　优秀共产党员名单`).
    const top = stack.at(-1)?.section;
    if (
      c.labelTitle &&
      top?.role === 'appendix' &&
      top.numbering === '' &&
      top.paragraphs.length + top.sections.length === 0
    ) {
      top.numbering = top.title;
      top.title = unspaceTitle(c.text);
      top.provenance.lines[1] = c.block.lines[1];
      extendSpans(c.block.lines[1]);
      tree.removed.push(...c.removed);
      return;
    }
    if (canBeHeading(c, next) || (next === undefined && endsOpenSequence(stack, c))) {
      const key =
        c.mdLevel !== undefined
          ? `md-${c.mdLevel}`
          : c.labelTitle
            ? 'label-title'
            : c.bulletHeading
              ? 'bullet-heading'
              : c.dateHeading
                ? 'date-heading'
                : n
                  ? n.key
                  : c.role
                    ? 'role'
                    : isBracketLabel(c)
                      ? 'bracket-label'
                      : 'plain';
      const restart = key === 'plain' && c.partTitle ? restartAfter(candidates, i, stack) : -1;
      const placement =
        c.mdLevel !== undefined
          ? placeMarkdown(stack, c.mdLevel)
          : key === 'role'
            ? placeRole(candidates, i, stack)
            : restart >= 0
              ? { at: restart }
              : key === 'bracket-label' && openBracketLabel(stack) >= 0
                ? { at: openBracketLabel(stack) }
                : placeNumbered(stack, key, n?.value ?? 1);
      if ('at' in placement) {
        const section = newSection(c, file, c.role ?? 'body');
        const frame = { key, value: n?.value ?? 1, container: c.container ?? key !== 'role', section };
        attach(isBracketLabel(c) ? { ...frame, bracketed: true } : frame, placement.at);
        tree.removed.push(...c.removed);
        return;
      }
      if ('quote' in placement && n) quote = { key: n.key, value: n.value };
      addParagraph(c, 'quote' in placement ? 'quote' : 'list-item');
      return;
    }
    if (n && quote && n.key === quote.key && n.value === quote.value + 1) {
      quote.value = n.value;
      return addParagraph(c, 'quote');
    }
    if (n && n.value === 1 && indexOfKey(stack, n.key) >= 0) {
      quote = { key: n.key, value: 1 }; // a list restarting inside an open section of its style
      return addParagraph(c, 'quote');
    }
    addParagraph(c, 'list-item');
  });
  return tree;
}
