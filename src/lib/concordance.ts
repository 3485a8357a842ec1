/**
 * Which occurrences a concept page shows when a concept occurs more often than a page can hold
 * (issue 11: no page grows with the corpus). Pure and deterministic: the same occurrences give
 * the same lines. The rest are one click away in the search, with the concept filter set.
 */
import type { OccurrenceJson } from '../schemas/knowledge';
import { strongestPassages } from './strongest-passages';

/** Concordance lines a concept page shows at most. */
export const CONCORDANCE_LIMIT = 50;
/** Cases a concept page lists at most (the strongest: most mentions first, as the data orders them). */
export const CONCEPT_CASES_LIMIT = 12;

/**
 * The `limit` strongest occurrences, returned in document order (the page groups them by document):
 * the first mention of each passage, the passages strongest first (strongest-passages.ts), before
 * any passage's second mention, so the lines show as many passages as the page holds.
 * `terms` are the concept's term and aliases; `textOf` gives a paragraph's printed text.
 */
export function strongestOccurrences(
  occurrences: readonly OccurrenceJson[],
  terms: readonly string[],
  textOf: (o: OccurrenceJson) => string | undefined,
  limit = CONCORDANCE_LIMIT,
): OccurrenceJson[] {
  if (occurrences.length <= limit) return [...occurrences];
  const ranked = strongestPassages(occurrences, terms, textOf);
  const lines = ranked.flatMap((p, rank) => p.mentions.map((o, nth) => ({ o, nth, rank })));
  const chosen = new Set(
    lines
      .sort((a, b) => a.nth - b.nth || a.rank - b.rank)
      .slice(0, limit)
      .map((l) => l.o),
  );
  return occurrences.filter((o) => chosen.has(o));
}
