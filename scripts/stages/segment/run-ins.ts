/**
 * Segment: body blocks → paragraph parts. A numbered block that is not a heading keeps its
 * numbering as a list marker, and a short first sentence after it is a run-in heading, rendered
 * as a bold lead: `1.培养有目标。结合…` → marker `1.`, lead `培养有目标。`, text `结合…`.
 */
import type { ParagraphKind } from '../../model/document.js';
import type { Numbering } from './numbering.js';
import { displayWidth } from './text.js';

/** The text parts of a paragraph, before it gets an id and provenance. */
export interface ParagraphParts {
  kind: ParagraphKind;
  marker?: string;
  lead?: string;
  text: string;
}

/** Longest run-in lead in display width: `加强教育是根本。` is 8, handbook leads stay under 16. */
const MAX_LEAD_WIDTH = 16;

/**
 * First sentence (up to and including `。` or `：`) when it is short and has no comma, and more
 * text follows: that is a run-in heading. `培养有目标。结合所在岗位…` → `培养有目标。`.
 */
export function splitLead(text: string): { lead?: string; text: string } {
  const m = /^([^。：:，,；;！？]{2,}?[。：:])(?=\S)/.exec(text);
  if (!m || displayWidth(m[1]!) > MAX_LEAD_WIDTH) return { text };
  return { lead: m[1]!, text: text.slice(m[1]!.length).trimStart() };
}

/** Schemes whose marker is kept on a body paragraph (a `1.1` or `1 ` opening body text is not a list). */
const LIST_SCHEMES = new Set(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled', 'ordinal', 'yishi']);

/**
 * Paragraph parts for a body block; `kind` says whether numbering makes it a list item or a quote.
 * @example toParagraphParts('第一，秉持改革和法治精神。顺利推进改革…', parseNumbering(…), 'list-item')
 *   → { kind: 'list-item', marker: '第一，', lead: '秉持改革和法治精神。', text: '顺利推进改革…' }
 */
export function toParagraphParts(text: string, numbering: Numbering | undefined, kind: ParagraphKind): ParagraphParts {
  if (!numbering || !LIST_SCHEMES.has(numbering.scheme)) return { kind: 'paragraph', text: text.trim() };
  const { lead, text: rest } = splitLead(numbering.rest);
  const parts: ParagraphParts = { kind, marker: numbering.marker, text: rest };
  if (lead !== undefined) parts.lead = lead;
  return parts;
}
