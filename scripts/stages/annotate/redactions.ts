/**
 * Annotator: the speeches hide numbers and names as `x`, `xx`, `xxx` (省委xx届x次全会). Mark such
 * runs as `redaction` so the site shows a grey box, never the letter x; English words stay alone.
 */
import type { Mark, Paragraph, Section } from '../../model/document.js';
import type { Annotator } from './annotator.js';
import { addMarks } from './marks.js';
import { mapDocumentText } from './walk.js';

/**
 * A redaction run:
 *   x+        lowercase ASCII x, any length (`x次`, `xx届`, `xxx周年`) — the corpus's convention;
 *   X{2,}     uppercase only when doubled (`XX市`), so `X光` / `X射线` stay text;
 *   ×{2,}     doubled multiplication signs (`××同志`), another common placeholder; `3×4` stays.
 * Lookbehind/lookahead: no ASCII letter on either side, so `explores`, `Xi`, `xxl` never match.
 */
const RUN = /(?<![A-Za-z])(?:x+|X{2,}|×{2,})(?![A-Za-z])/g;

/**
 * Chinese context: Han characters, CJK symbols and punctuation (U+3000–U+303F, incl. 《》「」、。),
 * fullwidth forms (U+FF00–U+FFEF, incl. （），：), and curly quotes as used around Chinese terms (“xx”).
 */
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D]/u;

/**
 * Find redaction runs in a text: a run counts when at least one neighbour is Chinese context (the
 * other may be a digit, punctuation, or the start/end of the text), so `第x次`, `xx项`, `财青x+`
 * match and `3x3`, `x 轴` in a formula (`x` between spaces) do not.
 * @example findRedactions('省委xx届x次全会') → [{kind:'redaction',start:2,end:4},{kind:'redaction',start:5,end:6}]
 */
export function findRedactions(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    if ((before !== undefined && CHINESE.test(before)) || (after !== undefined && CHINESE.test(after))) {
      marks.push({ kind: 'redaction', start, end });
    }
  }
  return marks;
}

/** Paragraph: marks in `text` and, for run-in headings, in `lead` (`leadMarks`). */
function markParagraph(p: Paragraph): Paragraph {
  const found = findRedactions(p.text);
  const inLead = p.lead === undefined ? [] : findRedactions(p.lead);
  if (found.length === 0 && inLead.length === 0) return p;
  const next: Paragraph = { ...p, marks: addMarks(p.marks, found) };
  if (inLead.length > 0) next.leadMarks = addMarks(p.leadMarks ?? [], inLead);
  return next;
}

/** Section heading: marks in `title` (`titleMarks`). */
function markSection(s: Section): Section {
  const found = findRedactions(s.title);
  return found.length === 0 ? s : { ...s, titleMarks: addMarks(s.titleMarks ?? [], found) };
}

/**
 * Mark every redaction in paragraphs (text and run-in lead) and section titles of a document,
 * its children and translations. Document titles are not marked (none in the corpus has one).
 */
export const markRedactions: Annotator = {
  name: 'markRedactions',
  run: (doc) => mapDocumentText(doc, { paragraph: markParagraph, section: markSection }),
};
