import nodejieba from 'nodejieba';
import { beforeAll, describe, expect, test } from 'vitest';
import { readGlossary } from '../../../scripts/io/read-glossary.js';
import { readSources } from '../../../scripts/io/read-manifest.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { passagesOf, passageText } from '../../../scripts/stages/concepts/passages.js';
import { segmenterFor, type Segmenter } from '../../../scripts/util/jieba.js';
import {
  addCounts,
  compareCodePoints,
  countTerms,
  jiebaIdf,
  keywordScorer,
  termCounter,
  topKeywords,
  vocabulary,
  type TermCounts,
} from '../../../scripts/util/keywords.js';

let segmenter: Segmenter;
let texts: string[];
beforeAll(() => {
  const glossary = readGlossary('content/concepts.yaml');
  segmenter = segmenterFor(glossary);
  const roots = runPipeline(readSources('content/manifest.yaml', 'content/sources'), glossary, { segmenter });
  texts = passagesOf(roots).map((p) => passageText(p.paragraph));
});

const counted = (text: string): TermCounts => countTerms(segmenter.cutForKeywords(text), jiebaIdf());

describe('topKeywords equals nodejieba.extract', () => {
  test('on every passage of the real corpus, ties included', () => {
    let compared = 0;
    let tied = 0;
    for (const text of texts) {
      for (const top of [3, 12]) {
        const expected = nodejieba.extract(text, top);
        const weights = expected.map((k) => k.weight);
        if (new Set(weights).size < weights.length) tied += 1;
        expect(topKeywords(counted(text), top, jiebaIdf()), text).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // Equal weights are common: the order among them is what a plain sort would get wrong.
    expect(tied).toBeGreaterThan(100);
  });

  test('with words above U+D7FF (full-width letters, characters beyond the BMP), where UTF-16 order is not UTF-8 order', () => {
    const text = 'ＡＢＣ组织ＡＢＣ工作𠀀𠀁学习，ｘｙ党建ｘｙ制度𠀀𠀁ＡＢＣ规定';
    expect(topKeywords(counted(text), 4, jiebaIdf())).toEqual(nodejieba.extract(text, 4));
    expect(topKeywords(counted(text), 20, jiebaIdf())).toEqual(nodejieba.extract(text, 20));
  });

  test('summed counts of passages equal one extraction over their joined text (the corpus keywords)', () => {
    const joined = texts.join('\n');
    const sum = texts.reduce((into, t) => addCounts(into, counted(t)), new Map() as TermCounts);
    expect(topKeywords(sum, 100, jiebaIdf())).toEqual(nodejieba.extract(joined, 100));
  });
});

describe('keywordScorer over a shared vocabulary', () => {
  test('equals topKeywords of each text, and of sums of consecutive texts, on the real corpus', () => {
    const counts = texts.map(counted);
    const words = new Set(counts.flatMap((c) => [...c.keys()]));
    // Full-width letters and a character beyond the BMP: code-point order is not UTF-16 order there.
    const odd = counted('ＡＢＣ组织ＡＢＣ工作𠀀𠀁学习，ｘｙ党建ｘｙ制度𠀀𠀁ＡＢＣ规定');
    for (const w of odd.keys()) words.add(w);
    const scorer = keywordScorer(vocabulary(words, jiebaIdf()));
    for (const c of [...counts, odd]) {
      scorer.add(c);
      expect(scorer.top(12)).toEqual(topKeywords(c, 12, jiebaIdf()));
    }
    for (let i = 0; i + 3 <= counts.length; i += 3) {
      const group = counts.slice(i, i + 3);
      for (const c of group) scorer.add(c);
      const sum = group.reduce((into, c) => addCounts(into, c), new Map() as TermCounts);
      expect(scorer.top(12)).toEqual(topKeywords(sum, 12, jiebaIdf()));
    }
    // Nothing added since the last top: nothing left over from it.
    expect(scorer.top(12)).toEqual([]);
    // The summed counts themselves, words in code-point order.
    for (const c of counts) scorer.add(c);
    const sum = counts.reduce((into, c) => addCounts(into, c), new Map() as TermCounts);
    expect(scorer.entries()).toEqual([...sum].sort(([a], [b]) => compareCodePoints(a, b)));
    expect(scorer.entries()).toEqual([]);
  });
});

describe('termCounter', () => {
  test('counts as countTerms does, and its ranks score as the vocabulary of the words does, on the real corpus', () => {
    const counter = termCounter(jiebaIdf());
    const odd = 'ＡＢＣ组织ＡＢＣ工作𠀀𠀁学习，ｘｙ党建ｘｙ制度𠀀𠀁ＡＢＣ规定的了';
    const all = [...texts, odd];
    const ids = all.map((t) => counter.count(segmenter.cutForKeywords(t)));
    const { vocab, rankOfId } = counter.vocabulary();
    const counts = all.map(counted);
    const words = new Set(counts.flatMap((c) => [...c.keys()]));
    const expected = vocabulary(words, jiebaIdf());
    expect(vocab.words).toEqual(expected.words);
    expect(vocab.idf).toEqual(expected.idf);
    // One-character words and stop words get no id: no rank.
    expect(vocab.rankOf('的')).toBeUndefined();
    expect(vocab.rankOf('党建')).toBe(expected.rankOf('党建'));
    const scorer = keywordScorer(vocab);
    all.forEach((text, k) => {
      const { ids: id, counts: n } = ids[k]!;
      // Each text's counts by id are its countTerms, word for word.
      expect(new Map(Array.from(id, (i, j) => [vocab.words[rankOfId[i]!]!, n[j]!])), text).toEqual(counts[k]);
      scorer.addRanked(
        Array.from(id, (i) => rankOfId[i]!),
        n,
      );
      expect(scorer.top(12), text).toEqual(topKeywords(counts[k]!, 12, jiebaIdf()));
    });
  });
});

describe('segmenter.boundaries', () => {
  test('equals the word ends of the whole text cut at once, at every offset of every passage', () => {
    let asked = 0;
    for (const text of texts) {
      const ends = new Set([0]);
      let at = 0;
      for (const w of segmenter.cut(text)) ends.add((at += w.length));
      const boundary = segmenter.boundaries(text);
      for (let i = 0; i <= text.length; i += 1) expect(boundary(i), `${text} @${i}`).toBe(ends.has(i));
      asked += text.length;
    }
    expect(asked).toBeGreaterThan(100_000);
  });
});

describe('compareCodePoints', () => {
  test('orders as UTF-8 bytes do, beyond the BMP too', () => {
    const words = ['\u{20000}字', '\uff01', '党建', '党', 'a', '\ue000'];
    const utf8 = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...words].sort(compareCodePoints)).toEqual(utf8);
  });
});
