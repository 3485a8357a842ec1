/**
 * How much of a concept's knowledge its pages list (issue 11: no page grows with the corpus). The
 * concordance lines and key passages are chosen by the knowledge stage
 * (scripts/stages/concepts/strongest.ts); the rest is one click away in the search, with the
 * concept filter set.
 */

/** Cases a concept page lists at most (the strongest: most mentions first, as the data orders them). */
export const CONCEPT_CASES_LIMIT = 12;
