/**
 * A concept's topic pack (专题, `/lecture/topic/<id>/`): its definition with the source, the key
 * passages, the cases that mention it and related concepts, and the same pack as lecture items for
 * the basket. Pure: the page passes in the knowledge data, the paragraph texts and the citation data
 * of the reading pages; cases and concepts become items as on their own pages (items.ts).
 *
 * Key passages: the paragraphs that mention the concept, at most one per section (the densest
 * there), sections whose heading names the concept first, then the densest paragraphs (mentions
 * per character, with short paragraphs counted as `MIN_LENGTH` so a bare slogan does not win
 * from its brevity), document order breaking ties; at most `PACK_PASSAGES`.
 */
import type { CaseEntry, ConceptJson, OccurrenceJson } from '../../schemas/knowledge';
import type { LectureItem, PassageItem } from './export-model';
import { caseItem, citeOn, conceptItem, type PageData } from './items';

/** Most key passages a pack lists: a lecture quotes a handful, a printed pack stays a few pages. */
export const PACK_PASSAGES = 12;
const MIN_LENGTH = 80;

/** One key passage. */
export interface PackPassage {
  /** The paragraph's first occurrence (its url, document, where). */
  at: OccurrenceJson;
  /** The paragraph's printed text. */
  text: string;
  /** Mentions in this paragraph. */
  count: number;
  /** The heading of its section names the concept. */
  headingHit: boolean;
}

/** The key passages of a concept and how many paragraphs mention it in all. */
export function keyPassages(
  c: Pick<ConceptJson, 'term' | 'aliases' | 'occurrences'>,
  textOf: (docId: string, paragraphId: string) => string | undefined,
  cap = PACK_PASSAGES,
): { passages: PackPassage[]; total: number } {
  const forms = [c.term, ...c.aliases];
  const byParagraph = new Map<string, PackPassage & { order: number }>();
  for (const o of c.occurrences) {
    const seen = byParagraph.get(o.url);
    if (seen) {
      seen.count++;
      continue;
    }
    const heading = o.where.split(' › ').at(-1) ?? '';
    const text = textOf(o.docId, o.paragraphId);
    // The knowledge data and the corpus come from one pipeline run: a miss is a stale build.
    if (text === undefined)
      throw new Error(`topic pack ${c.term}: no paragraph ${o.docId}#${o.paragraphId} in the corpus (${o.url})`);
    byParagraph.set(o.url, {
      at: o,
      text,
      count: 1,
      headingHit: forms.some((f) => heading.includes(f)),
      order: byParagraph.size,
    });
  }
  const density = (p: PackPassage) => p.count / Math.max(p.text.length, MIN_LENGTH);
  const rank = (a: PackPassage & { order: number }, b: PackPassage & { order: number }) =>
    Number(b.headingHit) - Number(a.headingHit) || density(b) - density(a) || a.order - b.order;
  const bestOfSection = new Map<string, PackPassage & { order: number }>();
  for (const p of [...byParagraph.values()].sort(rank)) {
    const section = `${p.at.docId}|${p.at.where}`;
    if (!bestOfSection.has(section)) bestOfSection.set(section, p);
  }
  const passages = [...bestOfSection.values()]
    .sort(rank)
    .slice(0, cap)
    .map(({ order: _order, ...p }) => p);
  return { passages, total: byParagraph.size };
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
