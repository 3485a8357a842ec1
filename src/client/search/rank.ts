/**
 * Ranking, pure: passages under a heading that names the term first, then passages where the
 * term occurs more often, then shorter passages (the term carries more of them), then document
 * order, so the same query always lists the same passages in the same order.
 */
import type { PassageMatch } from './match.js';

/** What the ranking needs to know about a passage besides its match. */
export interface RankContext {
  /** Whether a heading above the passage (section path or page title) contains one of the forms. */
  headingHit(pid: number, forms: readonly string[]): boolean;
  /** Passage length in characters. */
  length(pid: number): number;
}

/** Score tiers: a heading hit outranks any number of occurrences. */
const HEADING_WEIGHT = 1000;

/** Relevance score of one match (higher first). */
export function scoreMatch(m: PassageMatch, ctx: RankContext): number {
  return (ctx.headingHit(m.pid, m.forms) ? HEADING_WEIGHT : 0) + Math.min(m.count, HEADING_WEIGHT - 1);
}

/** Matches sorted best first; ties broken by length, then passage order. */
export function rankMatches(matches: readonly PassageMatch[], ctx: RankContext): PassageMatch[] {
  const scored = matches.map((m) => ({ m, s: scoreMatch(m, ctx), len: ctx.length(m.pid) }));
  scored.sort((a, b) => b.s - a.s || a.len - b.len || a.m.pid - b.m.pid);
  return scored.map((x) => x.m);
}
