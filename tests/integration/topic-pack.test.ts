/**
 * Key passages of the topic packs on the real corpus: for every concept at most PACK_PASSAGES,
 * whole paragraphs that say it, one per section, sections whose heading names the concept first,
 * then by density; plus the rule on small hand-made cases where the order is known.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { printedText } from '../../scripts/model/walk.js';
import { passagesOf } from '../../scripts/stages/concepts/passages.js';
import { scriptJson } from '../../src/lib/lecture/topic-pack.js';
import { keyPassages, PACK_PASSAGES, strongestPassages } from '../../scripts/stages/concepts/strongest.js';
import type { OccurrenceJson } from '../../src/schemas/knowledge.js';
import { buildRealCorpus, type RealBuild } from './support/real-build.js';

let real: RealBuild;
let texts: Map<string, string>;
beforeAll(() => {
  real = buildRealCorpus();
  texts = new Map(passagesOf(real.roots).map((p) => [`${p.leaf.id}#${p.paragraph.id}`, printedText(p.paragraph)]));
}, 120_000);

const density = (p: { count: number; text: string }) => p.count / Math.max(p.text.length, 80);

describe('every concept of the corpus', () => {
  test('capped, one per section before any second, heading hits first in a round; whole paragraphs that say the term', () => {
    let capped = 0;
    for (const c of real.kb.concepts.concepts) {
      // As the topic page reads them: chosen by the knowledge stage, with the total it states.
      const all = real.kb.occurrences.get(c.id)!;
      const passages = c.keyPassages;
      const total = c.paragraphCount;
      expect(total).toBe(new Set(all.map((o) => o.url)).size);
      expect(passages.length).toBe(Math.min(total, PACK_PASSAGES));
      if (total > PACK_PASSAGES) capped++;
      const sections = passages.map((p) => `${p.at.docId}|${p.at.where}`);
      const allSections = new Set(all.map((o) => `${o.docId}|${o.where}`)).size;
      // One per section while there are sections left to quote.
      expect(new Set(sections.slice(0, allSections)).size).toBe(Math.min(allSections, passages.length));
      const firstRound = passages.slice(0, allSections);
      const hits = firstRound.map((p) => p.headingHit);
      expect(hits).toEqual([...hits].sort((a, b) => Number(b) - Number(a)));
      const rest = firstRound.filter((p) => !p.headingHit).map(density);
      expect(rest).toEqual([...rest].sort((a, b) => b - a));
      for (const p of passages) {
        expect(p.text).toBe(texts.get(`${p.at.docId}#${p.at.paragraphId}`));
        expect([c.term, ...c.aliases].some((f) => p.text.includes(f)) || p.text.includes(p.at.match)).toBe(true);
      }
    }
    expect(capped).toBeGreaterThan(0);
  });
});

describe('the rule on small cases', () => {
  const occ = (paragraphId: string, where: string): OccurrenceJson => ({
    docId: 'd',
    docTitle: 'D',
    paragraphId,
    url: `/library/d/text/#${paragraphId}`,
    where,
    rootId: 'd',
    rootTitle: 'D',
    start: 0,
    end: 2,
    before: '',
    match: '甲乙',
    after: '',
  });
  const terms = ['甲乙', '甲乙制'];
  const text = (id: string) =>
    ({
      p1: '甲乙'.padEnd(200, '。'),
      p2: '甲乙甲乙甲乙'.padEnd(100, '。'),
      p3: '甲乙'.padEnd(100, '。'),
      p4: '甲乙'.padEnd(300, '。'),
    })[id];

  test("a section whose heading names the concept comes before a denser one; each section's densest, then the second round", () => {
    const passages = keyPassages(
      strongestPassages(
        [
          occ('p1', '一、甲乙制度'),
          occ('p2', '二、其他'),
          occ('p2', '二、其他'),
          occ('p2', '二、其他'),
          occ('p3', '二、其他'),
          occ('p4', '三、别的'),
        ],
        terms,
        (o) => text(o.paragraphId),
      ),
    );
    expect(passages.map((p) => [p.at.paragraphId, p.count, p.headingHit])).toEqual([
      ['p1', 1, true],
      ['p2', 3, false],
      ['p4', 1, false],
      ['p3', 1, false],
    ]);
  });

  test('the cap holds and a missing paragraph text is a build error naming it', () => {
    const many = Array.from({ length: 30 }, (_, i) => occ(`p${i}`, `第${i}节`));
    expect(
      keyPassages(
        strongestPassages(many, terms, () => '甲乙。'),
        5,
      ),
    ).toHaveLength(5);
    expect(() => strongestPassages([occ('p9', '')], terms, () => undefined)).toThrow(/甲乙.*d#p9/);
  });

  test('pack JSON cannot close its script element', () => {
    expect(scriptJson([{ note: '</script><script>alert(1)</script>' }])).toBe(
      '[{"note":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}]',
    );
  });
});
