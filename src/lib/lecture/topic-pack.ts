/**
 * A concept's topic pack (专题, `/lecture/topic/<id>/`): its definition with the source, the key
 * passages, the cases that mention it and related concepts, and the same pack as lecture items for
 * the basket. Pure: the page passes in the knowledge data and the citation data of the reading
 * pages; cases and concepts become items as on their own pages (items.ts).
 *
 * Key passages: the concept's strongest passages, by the rule its concept page's concordance uses
 * too, chosen by the knowledge stage (scripts/stages/concepts/strongest.ts): `keyPassages` in
 * concepts.json, with their whole text.
 */
import type { CaseEntry, ConceptJson, KeyPassage, OccurrenceJson } from '../../schemas/knowledge';
import type { LectureItem, PassageItem } from './export-model';
import { caseItem, citeOn, conceptItem, type PageData } from './items';

/** `机关党建一本通 › 第三章 … › 一、…`: where a passage stands, for the reader. */
const whereOf = (o: Pick<OccurrenceJson, 'rootTitle' | 'docTitle' | 'where'>): string =>
  [o.rootTitle, o.docTitle !== o.rootTitle ? o.docTitle : '', o.where].filter(Boolean).join(' › ');

/** A key passage as a lecture item, cited like the ¶ menu cites it: its page's data, its section as locator. */
export function passageItem(p: KeyPassage, page: PageData | undefined): PassageItem {
  const cite = citeOn(page, p.at.where);
  return { kind: 'passage', text: p.text, where: whereOf(p.at), url: p.at.url, ...(cite ? { cite } : {}) };
}

/** The pack as lecture items, in page order: the concept, its key passages, its cases. */
export function packItems(
  c: ConceptJson,
  cases: readonly CaseEntry[],
  pageOf: (docId: string) => PageData | undefined,
): LectureItem[] {
  return [
    conceptItem(c, c.definitionSource && pageOf(c.definitionSource.docId)),
    ...c.keyPassages.map((p) => passageItem(p, pageOf(p.at.docId))),
    ...cases.map((k) => caseItem(k, pageOf(k.docId))),
  ];
}

/** JSON for a `<script type="application/json">` block: `<` escaped, so no text can close the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
