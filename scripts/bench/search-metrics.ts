/**
 * Retrieval metrics of the search benchmark, pure. `ranked` is what the engine returned, best
 * first; `relevant` is the ground truth. A query with nothing relevant scores 1 when it returns
 * nothing and 0 otherwise.
 */

/** Share of the first min(k, n) results that are relevant (P@10 when k = 10). */
export function precisionAt<T>(ranked: readonly T[], relevant: ReadonlySet<T>, k = 10): number {
  const top = ranked.slice(0, k);
  if (top.length === 0) return relevant.size === 0 ? 1 : 0;
  return top.filter((r) => relevant.has(r)).length / top.length;
}

/** Share of the relevant items that were returned. */
export function recall<T>(ranked: readonly T[], relevant: ReadonlySet<T>): number {
  if (relevant.size === 0) return 1;
  const found = new Set(ranked.filter((r) => relevant.has(r)));
  return found.size / relevant.size;
}

/** 1 / rank of the first relevant result, 0 when none is returned. */
export function reciprocalRank<T>(ranked: readonly T[], relevant: ReadonlySet<T>): number {
  if (relevant.size === 0) return ranked.length === 0 ? 1 : 0;
  const i = ranked.findIndex((r) => relevant.has(r));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Arithmetic mean (0 for an empty list). */
export const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Median (0 for an empty list). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Whether a result found only through an alias is ranked above one holding the query itself:
 * `ranked` best first, `exact` the results that hold it. `[a1, e1]` with exact `{e1}` → true.
 */
export function aliasAboveExact<T>(ranked: readonly T[], exact: ReadonlySet<T>): boolean {
  const firstAlias = ranked.findIndex((r) => !exact.has(r));
  return firstAlias >= 0 && ranked.slice(firstAlias).some((r) => exact.has(r));
}
