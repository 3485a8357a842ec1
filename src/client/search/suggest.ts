/**
 * Suggestions for a query with no results, pure: the glossary terms closest to it by shared
 * characters and character pairs (Dice coefficient), so 两学两做 suggests 两学一做.
 */
import { foldText } from './text.js';

/** Characters and adjacent pairs of a string, as a set. */
function grams(s: string): Set<string> {
  const t = foldText(s).replace(/[\s\p{P}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    out.add(t[i]!);
    if (i + 1 < t.length) out.add(t.slice(i, i + 2));
  }
  return out;
}

/** Dice similarity of two strings' character and pair sets, 0…1. */
export function similarity(a: string, b: string): number {
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/**
 * Up to `n` vocabulary entries most similar to the query (ties in vocabulary order), excluding the
 * query itself and anything sharing nothing with it: `suggestTerms('两学两做', […'两学一做'…])` → `['两学一做', …]`.
 */
export function suggestTerms(query: string, vocabulary: readonly string[], n = 5, min = 0.2): string[] {
  const q = foldText(query.trim());
  return [...new Set(vocabulary)]
    .map((term, i) => ({ term, i, s: foldText(term) === q ? 0 : similarity(q, term) }))
    .filter((x) => x.s >= min)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, n)
    .map((x) => x.term);
}
