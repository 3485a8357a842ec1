/**
 * Suggestions for a query with no results, pure: the glossary terms closest to it by shared
 * characters and character pairs (Dice coefficient), so 两学两做 suggests 两学一做; and for a query
 * typed in pinyin, the terms it spells (`liangxueyizuo`, `lxyz`, `sanhui` → 两学一做, 两学一做, 三会一课).
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

/** A query in pinyin: Latin letters, maybe with spaces, hyphens or apostrophes between syllables. */
const PINYIN_QUERY = /^[a-z\s'’-]+$/i;

/**
 * The terms a pinyin query spells, best first, up to `n`: the whole pinyin (`liangxueyizuo`), the
 * initials (`lxyz`), then the start of the pinyin (`sanhui`, three letters at least). Terms in the
 * order given break ties.
 */
export function suggestPinyin(query: string, concepts: readonly { term: string; pinyin: string }[], n = 5): string[] {
  if (!PINYIN_QUERY.test(query)) return [];
  const q = query.toLowerCase().replace(/[^a-z]/g, '');
  if (q.length < 2) return [];
  const scored = concepts.flatMap(({ term, pinyin }, i) => {
    const syllables = pinyin.toLowerCase().split(/\s+/).filter(Boolean);
    const whole = syllables.join('');
    const score =
      whole === q ? 3 : syllables.map((s) => s[0]).join('') === q ? 2 : q.length >= 3 && whole.startsWith(q) ? 1 : 0;
    return score > 0 ? [{ term, i, score }] : [];
  });
  return [...new Set(scored.sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.term))].slice(0, n);
}
