/**
 * Which occurrences a concept page shows when a concept occurs more often than a page can hold
 * (issue 11: no page grows with the corpus). Pure and deterministic: the same occurrences give
 * the same lines. The rest are one click away in the search, with the concept filter set.
 */
import type { OccurrenceJson } from '../schemas/knowledge';

/** Concordance lines a concept page shows at most. */
export const CONCORDANCE_LIMIT = 50;
/** Cases a concept page lists at most (the strongest: most mentions first, as the data orders them). */
export const CONCEPT_CASES_LIMIT = 12;

/**
 * The `limit` strongest occurrences, returned in document order (the page groups them by document).
 * Strongest means, in this order:
 * 1. the first occurrence in each section whose heading names the concept (the section is about it);
 * 2. the first occurrence in every other section: one line per section before any second line,
 *    so a reader sees the breadth of the corpus, not one dense passage repeated;
 * 3. then second, third … occurrences of each section, round by round.
 * Within a round, sections with more occurrences (denser) come first, then document order.
 * A section is a document plus its section path (`where`); `terms` are the concept's term and aliases.
 */
export function strongestOccurrences(
  occurrences: readonly OccurrenceJson[],
  terms: readonly string[],
  limit = CONCORDANCE_LIMIT,
): OccurrenceJson[] {
  if (occurrences.length <= limit) return [...occurrences];
  const sectionOf = (o: OccurrenceJson) => `${o.docId}\u0000${o.where}`;
  const size = new Map<string, number>();
  for (const o of occurrences) size.set(sectionOf(o), (size.get(sectionOf(o)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const ranked = occurrences.map((o, index) => {
    const key = sectionOf(o);
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    const headed = o.where !== '' && terms.some((t) => t !== '' && o.where.includes(t));
    return { index, tier: round > 0 ? 2 : headed ? 0 : 1, round, density: size.get(key)! };
  });
  ranked.sort((a, b) => a.tier - b.tier || a.round - b.round || b.density - a.density || a.index - b.index);
  return ranked
    .slice(0, limit)
    .map((r) => r.index)
    .sort((a, b) => a - b)
    .map((i) => occurrences[i]!);
}
