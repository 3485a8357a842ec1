/**
 * A concept's topic pack (专题, `/lecture/topic/<id>/`): its definition with the source, the key
 * passages, the cases that mention it and related concepts, and the same pack as lecture items for
 * the basket. Pure: the page passes in the knowledge data, the paragraph texts and the citation data
 * of the reading pages; cases and concepts become items as on their own pages (items.ts).
 *
 * Key passages: the concept's strongest passages, by the rule its concept page's concordance uses
 * too (strongest-passages.ts), at most `PACK_PASSAGES`.
 */
import type { CaseEntry, ConceptJson, OccurrenceJson } from '../../schemas/knowledge';
import type { LectureItem, PassageItem } from './export-model';
import { caseItem, citeOn, conceptItem, type PageData } from './items';
import { strongestPassages } from '../strongest-passages';

/** Most key passages a pack lists: a lecture quotes a handful, a printed pack stays a few pages. */
export const PACK_PASSAGES = 12;

/** One key passage. */
export interface PackPassage {
  /** The paragraph's first occurrence (its url, document, where). */
  at: OccurrenceJson;
  /** The paragraph's printed text. */
  text: string;
  /** Mentions in this paragraph. */
  count: number;
  /** A heading of its section path names the concept. */
  headingHit: boolean;
}

/** The key passages of a concept (its strongest, strongest-passages.ts) and how many paragraphs mention it in all. */
export function keyPassages(
  c: Pick<ConceptJson, 'term' | 'aliases' | 'occurrences'>,
  textOf: (docId: string, paragraphId: string) => string | undefined,
  cap = PACK_PASSAGES,
): { passages: PackPassage[]; total: number } {
  const ranked = strongestPassages(c.occurrences, [c.term, ...c.aliases], (o) => textOf(o.docId, o.paragraphId));
  const passages = ranked
    .slice(0, cap)
    .map((p) => ({ at: p.mentions[0]!, text: p.text, count: p.mentions.length, headingHit: p.headingHit }));
  return { passages, total: ranked.length };
}

/** `机关党建一本通 › 第三章 … › 一、…`: where a passage stands, for the reader. */
const whereOf = (o: Pick<OccurrenceJson, 'rootTitle' | 'docTitle' | 'where'>): string =>
  [o.rootTitle, o.docTitle !== o.rootTitle ? o.docTitle : '', o.where].filter(Boolean).join(' › ');

/** A key passage as a lecture item, cited like the ¶ menu cites it: its page's data, its section as locator. */
export function passageItem(p: PackPassage, page: PageData | undefined): PassageItem {
  const cite = citeOn(page, p.at.where);
  return { kind: 'passage', text: p.text, where: whereOf(p.at), url: p.at.url, ...(cite ? { cite } : {}) };
}

/** The pack as lecture items, in page order: the concept, its key passages, its cases. */
export function packItems(
  c: ConceptJson,
  passages: readonly PackPassage[],
  cases: readonly CaseEntry[],
  pageOf: (docId: string) => PageData | undefined,
): LectureItem[] {
  return [
    conceptItem(c, c.definitionSource && pageOf(c.definitionSource.docId)),
    ...passages.map((p) => passageItem(p, pageOf(p.at.docId))),
    ...cases.map((k) => caseItem(k, pageOf(k.docId))),
  ];
}

/** JSON for a `<script type="application/json">` block: `<` escaped, so no text can close the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
