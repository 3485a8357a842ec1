/**
 * The one "strongest passages" rule (scripts/stages/concepts/strongest.ts) on every concept of the
 * real corpus, and its two users: the concept page's concordance and the topic pack's key passages,
 * which the knowledge data holds chosen. Expectations are recomputed here from every occurrence and
 * the corpus texts, not taken from the rule.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { printedText } from '../../scripts/model/walk.js';
import { passagesOf } from '../../scripts/stages/concepts/passages.js';
import {
  CONCORDANCE_LIMIT,
  keyPassages,
  PACK_PASSAGES,
  concordanceLines,
  strongestPassages,
  type RankedPassage,
} from '../../scripts/stages/concepts/strongest.js';
import type { ConceptJson, OccurrenceJson } from '../../src/schemas/knowledge.js';
import { buildRealCorpus, type RealBuild } from './support/real-build.js';

let real: RealBuild;
let concepts: ConceptJson[];
let texts: Map<string, string>;
beforeAll(() => {
  real = buildRealCorpus();
  concepts = real.kb.concepts.concepts;
  texts = new Map(passagesOf(real.roots).map((p) => [`${p.leaf.id}#${p.paragraph.id}`, printedText(p.paragraph)]));
}, 120_000);

const textOf = (o: OccurrenceJson) => texts.get(`${o.docId}#${o.paragraphId}`);
/** Every occurrence of `c`, in document order (the data keeps those its pages show). */
const all = (c: ConceptJson): readonly OccurrenceJson[] => real.kb.occurrences.get(c.id)!;
const terms = (c: ConceptJson) => [c.term, ...c.aliases];
const sectionOf = (p: RankedPassage) => `${p.mentions[0]!.docId}|${p.mentions[0]!.where}`;
const density = (p: RankedPassage) => p.mentions.length / Math.max(p.text.length, 80);

describe('the rule on every concept of the corpus', () => {
  test('every paragraph once with all its mentions; round by round, heading hits first, then the denser', () => {
    let multiRound = 0;
    for (const c of concepts) {
      const ranked = strongestPassages(all(c), terms(c), textOf);
      expect(ranked.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start || a.url.localeCompare(b.url))).toEqual(
        [...all(c)].sort((a, b) => a.start - b.start || a.url.localeCompare(b.url)),
      );
      expect(new Set(ranked.map((p) => p.mentions[0]!.url)).size).toBe(new Set(all(c).map((o) => o.url)).size);
      const seenInSection = new Map<string, number>();
      const lastInSection = new Map<string, RankedPassage>();
      ranked.forEach((p, i) => {
        expect(p.text).toBe(textOf(p.mentions[0]!));
        expect(p.mentions.every((m) => m.url === p.mentions[0]!.url)).toBe(true);
        expect(p.headingHit).toBe(terms(c).some((t) => p.mentions[0]!.where.includes(t)));
        // Its round is how many passages of its section came before it.
        const before = seenInSection.get(sectionOf(p)) ?? 0;
        expect(p.round).toBe(before);
        seenInSection.set(sectionOf(p), before + 1);
        // A section's own passages go into the rounds densest first.
        const last = lastInSection.get(sectionOf(p));
        if (last) expect(density(last)).toBeGreaterThanOrEqual(density(p));
        lastInSection.set(sectionOf(p), p);
        const prev = ranked[i - 1];
        if (!prev) return;
        expect(prev.round).toBeLessThanOrEqual(p.round);
        if (prev.round === p.round && prev.headingHit === p.headingHit)
          expect(density(prev)).toBeGreaterThanOrEqual(density(p));
        if (prev.round === p.round) expect(Number(prev.headingHit)).toBeGreaterThanOrEqual(Number(p.headingHit));
      });
      if (ranked.some((p) => p.round > 0)) multiRound++;
    }
    expect(multiRound).toBeGreaterThan(10);
  });

  test('a heading anywhere on the section path counts (a sub-section of a section named for the concept)', () => {
    const byAncestor = concepts.flatMap((c) =>
      strongestPassages(all(c), terms(c), textOf).filter(
        (p) => p.headingHit && !terms(c).some((t) => p.mentions[0]!.where.split(' › ').at(-1)!.includes(t)),
      ),
    );
    expect(byAncestor.length).toBeGreaterThan(0);
  });
});

describe('its two users agree', () => {
  test('a topic pack lists the first passages of the ranking', () => {
    for (const c of concepts) {
      const ranked = strongestPassages(all(c), terms(c), textOf);
      const passages = keyPassages(ranked);
      expect(c.paragraphCount).toBe(ranked.length);
      expect(c.keyPassages).toEqual(passages);
      expect(passages.map((p) => [p.at.url, p.count, p.headingHit, p.text])).toEqual(
        ranked.slice(0, PACK_PASSAGES).map((p) => [p.mentions[0]!.url, p.mentions.length, p.headingHit, p.text]),
      );
    }
  });

  test('a capped concordance shows the first mention of as many of the strongest passages as it holds, in document order', () => {
    let capped = 0;
    for (const c of concepts) {
      const lines = concordanceLines(strongestPassages(all(c), terms(c), textOf), all(c));
      expect(c.occurrences).toEqual(lines);
      expect(c.count).toBe(all(c).length);
      expect(lines.length).toBe(Math.min(all(c).length, CONCORDANCE_LIMIT));
      // Document order: the order of the knowledge data.
      const index = lines.map((o) => all(c).indexOf(o));
      expect(index).toEqual([...index].sort((a, b) => a - b));
      if (all(c).length <= CONCORDANCE_LIMIT) continue;
      capped++;
      const ranked = strongestPassages(all(c), terms(c), textOf);
      const shown = new Set(lines.map((o) => o.url));
      const strongest = ranked.slice(0, Math.min(ranked.length, CONCORDANCE_LIMIT)).map((p) => p.mentions[0]!);
      for (const first of strongest) expect(lines).toContain(first);
      expect(shown.size).toBe(strongest.length);
    }
    expect(capped).toBeGreaterThan(0);
  });
});
