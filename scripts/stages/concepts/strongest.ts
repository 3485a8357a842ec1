/**
 * The one rule for a concept's strongest passages: the concept page's concordance (when the
 * concept occurs more often than the page holds) and the topic pack's key passages both take
 * them from here. The knowledge stage applies it (scripts/emit/concepts-json.ts), so the data the
 * pages read holds only what they show: a concept that occurs 10,000 times in a large library
 * still has 50 concordance lines and 12 key passages in concepts.json, and the pages need no
 * paragraph texts of their own. Pure and deterministic: the same occurrences and texts give the
 * same order.
 *
 * A passage is a paragraph that mentions the concept; its section is its document plus its
 * section path (`where`). Strongest first:
 * 1. round by round: the strongest passage of every section before any section's second, so a
 *    reader sees the breadth of the corpus, not one section quoted over and over;
 * 2. within a round, passages under a heading that names the concept (any heading of the path:
 *    the sub-sections of `2.加快推进惩治和预防腐败体系建设` are about that system too);
 * 3. then the denser: mentions per character, a short paragraph counted as `MIN_LENGTH`
 *    characters so a bare slogan does not win from its brevity;
 * 4. then document order.
 * Within a section, the same density and document order rank its passages into the rounds.
 */
import type { KeyPassage, OccurrenceJson } from '../../../src/schemas/knowledge.js';

const MIN_LENGTH = 80;

/** One passage of a concept, ranked. */
export interface RankedPassage {
  /** Its mentions in document order; the first stands for the paragraph (url, document, where). */
  mentions: OccurrenceJson[];
  /** Its printed text. */
  text: string;
  /** A heading of its section path names the concept. */
  headingHit: boolean;
  /** Its place among its section's passages: 0 for the section's strongest. */
  round: number;
}

/**
 * Every passage of `occurrences` (document order), strongest first. `terms` are the concept's term
 * (named in errors) and aliases; `textOf` gives a paragraph's printed text.
 */
export function strongestPassages(
  occurrences: readonly OccurrenceJson[],
  terms: readonly string[],
  textOf: (o: OccurrenceJson) => string | undefined,
): RankedPassage[] {
  const byParagraph = new Map<string, OccurrenceJson[]>();
  for (const o of occurrences) {
    const mentions = byParagraph.get(o.url);
    if (mentions) mentions.push(o);
    else byParagraph.set(o.url, [o]);
  }
  const named = (where: string) => where !== '' && terms.some((t) => t !== '' && where.includes(t));
  const passages = [...byParagraph.values()].map((mentions, order) => {
    const at = mentions[0]!;
    const text = textOf(at);
    // The knowledge data and the corpus come from one pipeline run: a miss is a stale build.
    if (text === undefined)
      throw new Error(`${terms[0]}: no paragraph ${at.docId}#${at.paragraphId} in the corpus (${at.url})`);
    const density = mentions.length / Math.max(text.length, MIN_LENGTH);
    return { mentions, text, headingHit: named(at.where), round: 0, density, order };
  });
  const byStrength = (a: (typeof passages)[number], b: (typeof passages)[number]) =>
    a.round - b.round || Number(b.headingHit) - Number(a.headingHit) || b.density - a.density || a.order - b.order;
  // Rounds: each section's passages, strongest first (one section shares headingHit throughout).
  const bySection = new Map<string, typeof passages>();
  for (const p of passages) {
    const key = `${p.mentions[0]!.docId}\u0000${p.mentions[0]!.where}`;
    const section = bySection.get(key);
    if (section) section.push(p);
    else bySection.set(key, [p]);
  }
  for (const section of bySection.values()) section.sort(byStrength).forEach((p, i) => (p.round = i));
  return passages
    .sort(byStrength)
    .map(({ mentions, text, headingHit, round }) => ({ mentions, text, headingHit, round }));
}

/** Concordance lines a concept page shows at most. */
export const CONCORDANCE_LIMIT = 50;

/** Most key passages a topic pack lists: a lecture quotes a handful, a printed pack stays a few pages. */
export const PACK_PASSAGES = 12;

/**
 * The concordance lines of a concept, from its passages `ranked` by `strongestPassages`: every
 * occurrence while there are at most `limit`, else the first mention of each passage, strongest
 * first, before any passage's second mention (so the lines show as many passages as the page holds),
 * `limit` lines in all. Returned in the order of `occurrences` (document order: the page groups them
 * by document).
 */
export function concordanceLines(
  ranked: readonly RankedPassage[],
  occurrences: readonly OccurrenceJson[],
  limit = CONCORDANCE_LIMIT,
): OccurrenceJson[] {
  if (occurrences.length <= limit) return [...occurrences];
  const lines = ranked.flatMap((p, rank) => p.mentions.map((o, nth) => ({ o, nth, rank })));
  const chosen = new Set(
    lines
      .sort((a, b) => a.nth - b.nth || a.rank - b.rank)
      .slice(0, limit)
      .map((l) => l.o),
  );
  return occurrences.filter((o) => chosen.has(o));
}

/** A topic pack's key passages: the `cap` first of the passages `ranked` by `strongestPassages`. */
export const keyPassages = (ranked: readonly RankedPassage[], cap = PACK_PASSAGES): KeyPassage[] =>
  ranked
    .slice(0, cap)
    .map((p) => ({ at: p.mentions[0]!, text: p.text, count: p.mentions.length, headingHit: p.headingHit }));
