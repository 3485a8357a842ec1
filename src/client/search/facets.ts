/**
 * Result filters with counts, pure: kind (论文 / 讲话与交流 / 手册), document, chapter and concept.
 * A result has one kind, document and chapter but may mention several concepts. The count shown
 * for a value is how many results it would leave given the other groups' choices.
 */

/** The filter groups, in display order. */
export const FACETS = ['kind', 'document', 'chapter', 'concept'] as const;
/** One filter group. */
export type Facet = (typeof FACETS)[number];

/** Facet values of one result (every group a list: one value, or several concepts, or none). */
export type FacetValues = Record<Facet, readonly string[]>;

/** Chosen values per group; an empty group does not filter. */
export type Selection = Record<Facet, Set<string>>;

/** A selection that filters nothing. */
export const emptySelection = (): Selection => ({
  kind: new Set(),
  document: new Set(),
  chapter: new Set(),
  concept: new Set(),
});

const passes = (v: FacetValues, sel: Selection, skip?: Facet): boolean =>
  FACETS.every((f) => f === skip || sel[f].size === 0 || v[f].some((x) => sel[f].has(x)));

/** The items that every group lets through. */
export function applySelection<T>(items: readonly T[], valuesOf: (item: T) => FacetValues, sel: Selection): T[] {
  return items.filter((i) => passes(valuesOf(i), sel));
}

/**
 * Counts per group and value, values in first-seen (ranking) order:
 * `{kind: [['手册', 40], ['论文', 3]], document: […], chapter: […], concept: […]}`.
 */
export function facetCounts<T>(
  items: readonly T[],
  valuesOf: (item: T) => FacetValues,
  sel: Selection,
): Record<Facet, [string, number][]> {
  const maps = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const item of items) {
    const v = valuesOf(item);
    for (const f of FACETS) {
      const pass = passes(v, sel, f);
      for (const x of v[f]) maps[f].set(x, (maps[f].get(x) ?? 0) + (pass ? 1 : 0));
    }
  }
  return Object.fromEntries(FACETS.map((f) => [f, [...maps[f]]])) as Record<Facet, [string, number][]>;
}
