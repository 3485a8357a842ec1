/**
 * Annotator: citation markers such as `[1]`, `[2-3]`, `[1,2]`, `[注1]` in body text become `citation`
 * marks pointing at a numbered entry of the document's 参考文献, rendered as superscript links.
 */
import type { Mark, Paragraph, Reference } from '../../model/document.js';
import type { Annotator } from './annotator.js';
import { addMarks } from './marks.js';
import { mapDocumentText, type TextContext } from './walk.js';

/**
 * A citation marker:
 *   [\[［〔]              opening bracket, ASCII or fullwidth (or a tortoise shell bracket)
 *   \s*(?:注释?\s*)?      an endnote's label, `[注1]`, `〔注释2〕`
 *   (\d{1,3})             first reference number (1–3 digits: `[1990]` is a year, not a citation)
 *   (?: \s*[-–—~～]\s*\d{1,3}          a range  `[2-3]`, `[2–3]`
 *     | (?:\s*[,，、]\s*\d{1,3})+ )?   or a list `[1,2]`, `[1，3，5]`
 *   \s*[\]］]             closing bracket
 *   (?!\d)                not followed by a digit: `[2014]5号` is a document number
 */
const MARKER = /[[［〔]\s*(?:注释?\s*)?(\d{1,3})(?:\s*[-–—~～]\s*\d{1,3}|(?:\s*[,，、]\s*\d{1,3})+)?\s*[\]］〕](?!\d)/g;

/**
 * Find citation markers in a text. One mark per marker; `ref` is its FIRST number (a range or list
 * links to where it starts). A marker at the very start of a text is a list label (`[1] 张芳 …`),
 * not a citation. When `known` is given (the document has a reference list), markers whose first
 * number is not in it are left as text; when it is empty, every marker is marked and the renderer
 * shows it as plain superscript (the zhenggong paper's extraction lost its list).
 * @example findCitations('组成部分[1]。', new Set([1])) → [{ kind: 'citation', start: 4, end: 7, ref: 1 }]
 */
export function findCitations(text: string, known: ReadonlySet<number>): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(MARKER)) {
    const ref = Number(m[1]);
    if (m.index === 0 || ref === 0) continue;
    if (known.size > 0 && !known.has(ref)) continue;
    marks.push({ kind: 'citation', start: m.index, end: m.index + m[0].length, ref });
  }
  return marks;
}

/** Reference numbers in scope: the nearest document (itself, then its ancestors) that has a list. */
function knownReferences(ctx: TextContext): Set<number> {
  const scope: { references: Reference[] }[] = [ctx.doc, ...[...ctx.ancestors].reverse()];
  const withList = scope.find((d) => d.references.length > 0);
  return new Set(withList?.references.map((r) => r.number) ?? []);
}

function markParagraph(p: Paragraph, ctx: TextContext): Paragraph {
  // Entries of a 参考文献 section are the targets, not citations.
  if (ctx.sections.some((s) => s.role === 'references')) return p;
  const found = findCitations(p.text, knownReferences(ctx));
  return found.length === 0 ? p : { ...p, marks: addMarks(p.marks, found) };
}

/** Mark citation markers in every paragraph of a document, its children and translations. */
export const markCitations: Annotator = {
  name: 'markCitations',
  run: (doc) => mapDocumentText(doc, { paragraph: markParagraph }),
};
