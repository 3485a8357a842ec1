/**
 * Result filters with counts, pure: kind (论文 / 讲话与交流 / 手册), document and chapter. The
 * count shown for a value is how many results it would leave given the other groups' choices.
 */

/** The filter groups, in display order. */
export const FACETS = ['kind', 'document', 'chapter'] as const;
export type Facet = (typeof FACETS)[number];

/** Facet values of one result. */
export type FacetValues = Record<Facet, string>;

/** Chosen values per group; an empty group does not filter. */
export type Selection = Record<Facet, Set<string>>;

export const emptySelection = (): Selection => ({ kind: new Set(), document: new Set(), chapter: new Set() });

const passes = (v: FacetValues, sel: Selection, skip?: Facet): boolean =>
  FACETS.every((f) => f === skip || sel[f].size === 0 || sel[f].has(v[f]));

/** The items that every group lets through. */
export function applySelection<T>(items: readonly T[], valuesOf: (item: T) => FacetValues, sel: Selection): T[] {
  return items.filter((i) => passes(valuesOf(i), sel));
}

/**
 * Counts per group and value, values in first-seen (ranking) order:
 * `{kind: [['手册', 40], ['论文', 3]], document: […], chapter: […]}`.
 */
export function facetCounts<T>(items: readonly T[], valuesOf: (item: T) => FacetValues, sel: Selection): Record<Facet, [string, number][]> {
  const out = { kind: new Map<string, number>(), document: new Map<string, number>(), chapter: new Map<string, number>() };
  for (const item of items) {
    const v = valuesOf(item);
    for (const f of FACETS) {
      if (!out[f].has(v[f])) out[f].set(v[f], 0);
      if (passes(v, sel, f)) out[f].set(v[f], out[f].get(v[f])! + 1);
    }
  }
  return { kind: [...out.kind], document: [...out.document], chapter: [...out.chapter] };
}
