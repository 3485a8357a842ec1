/**
 * jieba's TF-IDF keywords, computed from words the pipeline has already cut, so a text is cut once
 * and its counts are summed into its sections and the corpus instead of cutting each again
 * (`nodejieba.extract` cuts what it is given every time). The result equals `nodejieba.extract`
 * exactly, ties included (tests/unit/util/keywords.test.ts checks it on the real corpus): the same
 * IDF table and stop words, the same filter (no one-character words, no stop words), the same
 * candidate order (cppjieba's `std::map`, i.e. UTF-8 byte order) and the same partial sort.
 */
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';

/** jieba's IDF table and stop words, as cppjieba's KeywordExtractor loads them. */
export interface IdfTable {
  idf: Map<string, number>;
  /** Weight of a word the table does not list: the mean over every line of the file. */
  average: number;
  stopWords: Set<string>;
}

/** Term frequencies of the words that can be keywords. */
export type TermCounts = Map<string, number>;

/** A keyword and its TF-IDF weight. */
export interface Keyword {
  word: string;
  weight: number;
}

let loaded: IdfTable | undefined;
/** The paths nodejieba loads (exported by the module, not declared in its types). */
const files = nodejieba as unknown as { DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };

/** nodejieba's own IDF and stop-word files, read once per process. */
export function jiebaIdf(): IdfTable {
  if (loaded) return loaded;
  const idf = new Map<string, number>();
  let sum = 0;
  let lines = 0;
  // One pass with indexOf instead of split: the table has 260,000 lines.
  const text = readFileSync(files.DEFAULT_IDF_DICT, 'utf8');
  for (let at = 0; at < text.length; lines += 1) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', at);
    // cppjieba skips a line that is not `word idf` (yet counts it towards the average).
    if (space > at && space < end - 1 && text.lastIndexOf(' ', end - 1) === space) {
      // A later line for the same word wins, yet every line counts towards the average.
      const value = Number.parseFloat(text.slice(space + 1, end));
      idf.set(text.slice(at, space), value);
      sum += value;
    }
    at = end + 1;
  }
  const stopWords = new Set(readFileSync(files.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n'));
  loaded = { idf, average: sum / lines, stopWords };
  return loaded;
}

/** One Unicode code point (cppjieba's IsSingleWord counts runes, not UTF-16 units). */
const singleCodePoint = (w: string): boolean => w.length === 1 || (w.length === 2 && (w.codePointAt(0) ?? 0) > 0xffff);

/** Whether a word may be a keyword: cppjieba's filter (no one-character words, no stop words). */
const mayBeKeyword = (w: string, table: IdfTable): boolean => !singleCodePoint(w) && !table.stopWords.has(w);

/**
 * Count the words of a cut text that may be keywords into `into` (a new map by default): the
 * reference `termCounter` is tested against, and what counts a single text.
 */
export function countTerms(words: readonly string[], table: IdfTable, into: TermCounts = new Map()): TermCounts {
  for (const w of words) {
    if (!mayBeKeyword(w, table)) continue;
    into.set(w, (into.get(w) ?? 0) + 1);
  }
  return into;
}

/** Add `counts` into `into`. */
export function addCounts(into: TermCounts, counts: Iterable<readonly [string, number]>): TermCounts {
  for (const [w, n] of counts) into.set(w, (into.get(w) ?? 0) + n);
  return into;
}

const ABOVE_SURROGATES = /[\ud800-\uffff]/;

/** A UTF-16 unit's rank in code-point order (surrogates sort above the rest of the BMP). */
const unitRank = (c: number): number => (c >= 0xd800 ? (c <= 0xdfff ? c + 0x2000 : c - 0x800) : c);

/** Code-point order (= UTF-8 byte order, cppjieba's `std::map<string>` order). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) - unitRank(y);
  }
  return a.length - b.length;
}

/*
 * libstdc++'s std::partial_sort (heap select, then sort_heap), step for step: equal weights come
 * out in the order it leaves them, which no stable sort reproduces. Sorts positions into `w`.
 */
function adjustHeap(a: number[], hole: number, len: number, value: number, w: Float64Array): void {
  const top = hole;
  let second = hole;
  while (second < Math.trunc((len - 1) / 2)) {
    second = 2 * (second + 1);
    if (w[a[second]!]! > w[a[second - 1]!]!) second -= 1;
    a[hole] = a[second]!;
    hole = second;
  }
  if ((len & 1) === 0 && second === Math.trunc((len - 2) / 2)) {
    second = 2 * (second + 1);
    a[hole] = a[second - 1]!;
    hole = second - 1;
  }
  let parent = Math.trunc((hole - 1) / 2);
  while (hole > top && w[a[parent]!]! > w[value]!) {
    a[hole] = a[parent]!;
    hole = parent;
    parent = Math.trunc((hole - 1) / 2);
  }
  a[hole] = value;
}

function partialSort(a: number[], middle: number, w: Float64Array): void {
  if (middle >= 2) {
    for (let parent = Math.trunc((middle - 2) / 2); parent >= 0; parent -= 1)
      adjustHeap(a, parent, middle, a[parent]!, w);
  }
  for (let i = middle; i < a.length; i += 1) {
    if (!(w[a[i]!]! > w[a[0]!]!)) continue;
    const value = a[i]!;
    a[i] = a[0]!;
    adjustHeap(a, 0, middle, value, w);
  }
  for (let last = middle - 1; last > 0; last -= 1) {
    const value = a[last]!;
    a[last] = a[0]!;
    adjustHeap(a, 0, last, value, w);
  }
}

/**
 * Words in code-point order with their IDF, so that many keyword lists over the same words (a
 * document's passages and sections) sort small integers instead of strings and look each IDF up
 * once instead of once per list.
 */
export interface Vocabulary {
  /** The words, in code-point order. */
  words: string[];
  /** Position of a word in `words`. */
  rankOf(word: string): number | undefined;
  /** IDF (or the table's average) by rank. */
  idf: Float64Array;
}

/**
 * Distinct `words` in code-point order with their IDF (or the table's average); `ranked(w, r)` is
 * told each word's rank, for the caller's own look-up of it.
 */
function sortedWithIdf(
  words: Iterable<string>,
  table: IdfTable,
  ranked: (word: string, rank: number) => void,
): { words: string[]; idf: Float64Array } {
  // The native sort is UTF-16 order, which differs from code-point order only above U+D7FF.
  const sorted = [...words].sort();
  if (sorted.some((w) => ABOVE_SURROGATES.test(w))) sorted.sort(compareCodePoints);
  const idf = new Float64Array(sorted.length);
  sorted.forEach((w, r) => {
    ranked(w, r);
    idf[r] = table.idf.get(w) ?? table.average;
  });
  return { words: sorted, idf };
}

/** The vocabulary of distinct `words`. */
export function vocabulary(words: Iterable<string>, table: IdfTable): Vocabulary {
  const ranks = new Map<string, number>();
  const sorted = sortedWithIdf(words, table, (w, r) => ranks.set(w, r));
  return { ...sorted, rankOf: (w) => ranks.get(w) };
}

/** A text's term counts by word id (`TermCounter`): ids in first-occurrence order, and their counts. */
export interface IdCounts {
  ids: Int32Array;
  counts: Int32Array;
}

/**
 * Term counts of many texts over one growing set of word ids: what a document's passages are
 * counted with. A word is looked up once per occurrence (and checked against the stop words once
 * per document, not per occurrence), and the vocabulary of every word counted gives each id its
 * rank (`rankOfId`) without a further look-up per text.
 */
export interface TermCounter {
  /** The counts of one cut text's words that may be keywords (as `countTerms`). */
  count(words: readonly string[]): IdCounts;
  /** The vocabulary of every word counted so far, and the rank of each id in it. */
  vocabulary(): { vocab: Vocabulary; rankOfId: Int32Array };
}

/** A counter with no words yet; `table` decides which words may be keywords and their IDF. */
export function termCounter(table: IdfTable): TermCounter {
  /** Id of each word seen, -1 for one that cannot be a keyword. */
  const idOf = new Map<string, number>();
  const words: string[] = [];
  let scratch = new Int32Array(256);
  return {
    count(cut) {
      const touched: number[] = [];
      for (const w of cut) {
        let id = idOf.get(w);
        if (id === undefined) {
          id = mayBeKeyword(w, table) ? words.push(w) - 1 : -1;
          idOf.set(w, id);
          if (id >= scratch.length) {
            const grown = new Int32Array(scratch.length * 2);
            grown.set(scratch);
            scratch = grown;
          }
        }
        if (id < 0) continue;
        if (scratch[id] === 0) touched.push(id);
        scratch[id]! += 1;
      }
      const ids = Int32Array.from(touched);
      const counts = new Int32Array(ids.length);
      for (let k = 0; k < ids.length; k += 1) {
        counts[k] = scratch[ids[k]!]!;
        scratch[ids[k]!] = 0;
      }
      return { ids, counts };
    },
    vocabulary() {
      const rankOfId = new Int32Array(words.length);
      const sorted = sortedWithIdf(words, table, (w, r) => (rankOfId[idOf.get(w)!] = r));
      const rankOf = (w: string) => {
        const id = idOf.get(w);
        return id === undefined || id < 0 ? undefined : rankOfId[id];
      };
      return { vocab: { ...sorted, rankOf }, rankOfId };
    },
  };
}

/**
 * Sums term counts over ranks of a vocabulary: `add` any number of counts, then `top` the keywords
 * of their sum or `entries` the sum itself (either starts again from nothing). One dense array per
 * vocabulary, reused.
 */
export interface KeywordScorer {
  add(counts: TermCounts): void;
  /** Add counts given by rank (`counts[k]` of the word ranked `ranks[k]`). */
  addRanked(ranks: ArrayLike<number>, counts: ArrayLike<number>): void;
  top(n: number): Keyword[];
  /** The summed counts, words in code-point order. */
  entries(): [string, number][];
}

/** A scorer over `vocab`; every word added must be in it. */
export function keywordScorer(vocab: Vocabulary): KeywordScorer {
  const sums = new Float64Array(vocab.words.length);
  let present: number[] = [];
  /** The ranks added since the last call, ascending (= code-point order), and their sums; resets. */
  const drain = (): [Int32Array, Float64Array] => {
    const ranks = Int32Array.from(present).sort();
    present = [];
    const counts = new Float64Array(ranks.length);
    for (let i = 0; i < ranks.length; i += 1) {
      counts[i] = sums[ranks[i]!]!;
      sums[ranks[i]!] = 0;
    }
    return [ranks, counts];
  };
  const addOne = (r: number, n: number) => {
    if (sums[r] === 0) present.push(r);
    sums[r]! += n;
  };
  return {
    add(counts) {
      for (const [w, n] of counts) addOne(vocab.rankOf(w)!, n);
    },
    addRanked(ranks, counts) {
      for (let k = 0; k < ranks.length; k += 1) addOne(ranks[k]!, counts[k]!);
    },
    top(top) {
      // Candidates in code-point order: cppjieba's order.
      const [ranks, counts] = drain();
      const weights = counts.map((c, i) => c * vocab.idf[ranks[i]!]!);
      const n = Math.min(top, ranks.length);
      if (n === 0) return [];
      const order = Array.from(ranks, (_, i) => i);
      partialSort(order, n, weights);
      return order.slice(0, n).map((i) => ({ word: vocab.words[ranks[i]!]!, weight: weights[i]! }));
    },
    entries() {
      const [ranks, counts] = drain();
      return Array.from(ranks, (r, i): [string, number] => [vocab.words[r]!, counts[i]!]);
    },
  };
}

/**
 * The `top` keywords of a text whose term counts are `counts`, best first: what
 * `nodejieba.extract(text, top)` returns.
 */
export function topKeywords(counts: TermCounts, top: number, table: IdfTable): Keyword[] {
  const scorer = keywordScorer(vocabulary(counts.keys(), table));
  scorer.add(counts);
  return scorer.top(top);
}
