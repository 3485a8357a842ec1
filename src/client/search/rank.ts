/**
 * Ranking, pure: passages that hold the query as typed before those found only through a glossary
 * alias; among equals a heading (a title that names the term) first, then more occurrences, then
 * shorter passages (the term carries more of them), then document order, so the same query always
 * lists the same passages in the same order.
 */
import type { PassageMatch } from './match.js';

/** Matches sorted best first. */
export function rankMatches(matches: readonly PassageMatch[]): PassageMatch[] {
  const key = (m: PassageMatch) => [m.exact ? 0 : 1, m.passage.heading ? 0 : 1, -m.count, m.passage.text.length, m.pid];
  const keyed = matches.map((m) => ({ m, k: key(m) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return a.k[i]! - b.k[i]!;
    return 0;
  });
  return keyed.map((x) => x.m);
}
