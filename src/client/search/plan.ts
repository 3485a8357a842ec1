/**
 * In what order a query's records are loaded and when a loaded passage may be shown, pure. The
 * browser loads record fragments only for what it shows (engine.ts), so the load order itself
 * keeps the ranking's promises: passages holding the query as typed before those found only
 * through an alias, headings first among equals. Records fall into four groups, loaded in turn:
 * headings records holding an exact form, text records holding one, then headings and text
 * records holding only an alias. A passage's tier (exact heading 0, exact text 1, alias heading 2,
 * alias text 3) can only come from groups up to its own, so a tier is safe to show once every
 * record of the groups before it is loaded: nothing still unloaded can rank above it.
 */
import type { PassageMatch } from './match.js';
import { coverWords, formLength, tokenize } from './tokens.js';

/** A record that may hold the query: from Pagefind's lookups, before its fragment is loaded. */
export interface Candidate {
  id: string;
  /** Holds the words of a form typed (or simplified), not only of an alias. */
  exact: boolean;
  /** A headings record (Pagefind filter `t: h`). */
  heading: boolean;
}

/** The group a candidate is loaded in (0–3, see above). */
const groupOf = (c: Candidate): number => (c.exact ? 0 : 2) + (c.heading ? 0 : 1);

/** A passage's tier: exact heading 0, exact text 1, alias-only heading 2, alias-only text 3. */
export const tierOf = (m: PassageMatch): number => (m.exact ? 0 : 2) + (m.passage.heading ? 0 : 1);

/** Candidates in load order and where each group ends (`ends[g]`: index after group g's last). */
export interface LoadPlan {
  ids: string[];
  ends: [number, number, number, number];
}

/** Candidates → load order: by group, then by id (Pagefind's stable record hash), so the order is deterministic. */
export function loadPlan(candidates: readonly Candidate[]): LoadPlan {
  const sorted = [...candidates].sort((a, b) => groupOf(a) - groupOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const upTo = (g: number) => sorted.filter((c) => groupOf(c) <= g).length;
  return { ids: sorted.map((c) => c.id), ends: [upTo(0), upTo(1), upTo(2), upTo(3)] };
}

/**
 * The plan of the candidates `keep` lets through (the records a filter leaves), in the same order
 * and groups: a filtered search loads only records that can hold a passage it shows.
 */
export function restrictPlan(plan: LoadPlan, keep: (id: string) => boolean): LoadPlan {
  const ids: string[] = [];
  const ends: LoadPlan['ends'] = [0, 0, 0, 0];
  plan.ids.forEach((id, i) => {
    if (!keep(id)) return;
    ids.push(id);
    for (let g = 0; g < 4; g++) if (i < plan.ends[g]!) ends[g]!++;
  });
  return { ids, ends };
}

/** The highest tier safe to show once the first `loaded` records of the plan are in: tier t needs groups < t loaded. */
export function shownTier(plan: LoadPlan, loaded: number): number {
  let t = 0;
  while (t < 3 && loaded >= plan.ends[t]!) t++;
  return t;
}

/**
 * How many passages the query matches, estimated while records are still unloaded: the loaded
 * records' matches plus, for each group's unloaded records, the average of that group's loaded
 * ones; a group none of whose records is loaded yet counts one passage a record (a record is a
 * candidate because it holds the words a form starts and ends with, so it usually holds the form).
 * `loaded[i]` is the number of matches of the plan's record i.
 */
export function estimateTotal(plan: LoadPlan, loaded: readonly number[]): number {
  let total = 0;
  for (let g = 0, start = 0; g < 4; start = plan.ends[g]!, g++) {
    const size = plan.ends[g]! - start;
    const seen = loaded.slice(start, Math.min(plan.ends[g]!, loaded.length));
    const sum = seen.reduce((n, x) => n + x, 0);
    total += sum + (size - seen.length) * (seen.length > 0 ? sum / seen.length : 1);
  }
  return Math.round(total);
}

/**
 * The words a form's records are looked up by in Pagefind: two of its cover words (tokens.ts),
 * the two found in the fewest records. Every record that holds the form holds them, and the
 * passages are then found in the text; each further word would download another Pagefind index
 * chunk (tens of KB), and a pair that most records hold (党的, 建设) would make many records
 * candidates whose fragments are loaded for nothing. `common` lists the words most records hold,
 * most common first (config.json); a word not in it counts as rarer than all of them.
 * `lookupWords('党的政治建设', ['党的', '建设'])` → `['政治', '建设']`.
 *
 * When both are common and the form holds a pair that is not (组织生活: 组织 and 生活 common, 织生
 * not), that pair, the one nearest the form's middle, is looked up too: at ×100 组织 and 生活 name
 * 3,800 records, hundreds of whose fragments (about 3 KB each) were loaded before 10 passages were
 * found, while the third word's index chunk costs a few KB. `lookupWords('组织生活', ['组织', '生活'])`
 * → `['组织', '织生', '生活']`.
 */
export function lookupWords(form: string, common: readonly string[]): string[] {
  // Rarity: a word's place in `common` (later is rarer); a word not in it is the rarest.
  const rarity = (w: string) => {
    const i = common.indexOf(w);
    return i < 0 ? common.length : i;
  };
  const cover = coverWords(form).map((c, i) => ({ ...c, i, r: rarity(c.word) }));
  let chosen: { word: string; at: number; r: number }[] = cover;
  if (cover.length > 2) {
    // Among equally rare words, the form's first and last first.
    const order = [...cover].sort(
      (a, b) => b.r - a.r || edge(a.i, cover.length) - edge(b.i, cover.length) || a.i - b.i,
    );
    // The second apart from the first: overlapping pairs (责任, 任制) mostly occur together.
    const first = order[0]!;
    chosen = [first, order.find((c) => Math.abs(c.at - first.at) >= 2)!];
  }
  if (chosen.length === 2 && chosen.every((c) => c.r < common.length)) {
    const mid = (formLength(form) - 1) / 2;
    const third = tokenize(form)
      .map((word, at) => ({ word, at, r: rarity(word) }))
      .filter((c) => c.word.length === 2 && c.r === common.length)
      .sort((a, b) => Math.abs(a.at - mid) - Math.abs(b.at - mid) || a.at - b.at)[0];
    if (third) chosen = [...chosen, third];
  }
  return [...chosen].sort((a, b) => a.at - b.at).map((c) => c.word);
}

/** 0 for the first and last of `n` positions, 1 inside: the form's edges first among equals. */
const edge = (i: number, n: number): number => (i === 0 || i === n - 1 ? 0 : 1);
