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
