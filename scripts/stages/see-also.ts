/**
 * "See also": for each section of a reading page, the most related passages in OTHER source
 * documents, scored by shared glossary concepts (weighted by rarity) and jieba TF-IDF keywords,
 * with the shared terms kept as the reason shown to the reader. Pure and deterministic.
 */
import type { Document } from '../model/document.js';
import { leavesOf, numberedTitle } from '../model/walk.js';
import { compareCodeUnits } from '../util/sort.js';
import { conceptCounts, passagesOf, passageText, sectionPath } from './concepts/passages.js';
import { linkablePassage, seeAlsoTargets, targetUrl, type DocumentKeywords } from './document-keywords.js';
import type { RelatedPassage, SeeAlso } from '../../src/schemas/knowledge.js';

export type { RelatedPassage, SeeAlso };

/** How many related passages per section (the keyword options are those of the keyword input). */
export interface SeeAlsoOptions {
  top: number;
  /**
   * Candidates per concept or keyword: its strongest passages (highest count or keyword weight,
   * then first in reading order). Every section sharing a feature with every passage that has it
   * is quadratic in the corpus (a concept in 5 % of 70,000 passages, met by 5 % of the sections);
   * with the cap, a section's work is bounded. The real corpus's most widespread concept is in
   * 42 passages, so its lists are not affected.
   */
  maxPostings: number;
}

/** The options the build uses. */
export const defaultSeeAlsoOptions: SeeAlsoOptions = { top: 3, maxPostings: 100 };

type Vector = Map<string, number>;

/** Sum over shared keys of a·b, and the shared keys by contribution. */
function overlap(a: Vector, b: Vector, weight: (k: string) => number): { score: number; shared: string[] } {
  const shared: [string, number][] = [];
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) shared.push([k, Math.min(x, y) * weight(k)]);
  }
  shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { score: shared.reduce((s, [, w]) => s + w, 0), shared: shared.map(([k]) => k) };
}

/** A feature's postings: passage indices and the feature's value in each, in passage order. */
interface Postings {
  passages: number[];
  values: number[];
}

/** The `max` strongest postings of a list (highest value, then first), in passage order. */
function strongest(list: Postings, max: number): Postings {
  if (list.passages.length <= max) return list;
  const keep = list.passages
    .map((_, j) => j)
    .sort((a, b) => list.values[b]! - list.values[a]! || a - b)
    .slice(0, max)
    .sort((a, b) => a - b);
  return { passages: keep.map((j) => list.passages[j]!), values: keep.map((j) => list.values[j]!) };
}

function post(index: Map<string, Postings>, key: string, passage: number, value: number): void {
  let list = index.get(key);
  if (!list) index.set(key, (list = { passages: [], values: [] }));
  list.passages.push(passage);
  list.values.push(value);
}

/**
 * See-also lists for every section of every reading page, from the documents' keyword input
 * (`documentKeywords`, one per root, in order: cut by the glossary's segmenter, so a term is one
 * keyword).
 * An inverted index from each concept and each informative keyword to the passages that have it
 * accumulates every section's scores over its own features only (instead of comparing every
 * section with every passage); the best passage per reading page is kept on the way, and only the
 * `top` picked ones are compared term by term for the reasons shown.
 * @example buildSeeAlso(roots, keywords)[k] → { sectionTitle:'三会一课制度建设', related:[{ docId:'speeches-…-part-02',
 *   concepts:['san-hui-yi-ke', …], keywords:['组织生活'], … }] }
 */
export function buildSeeAlso(
  roots: readonly Document[],
  keywords: readonly DocumentKeywords[],
  options: Partial<SeeAlsoOptions> = {},
): SeeAlso[] {
  const opts = { ...defaultSeeAlsoOptions, ...options };
  const passages = passagesOf(roots).filter(linkablePassage);
  const vectorsOf = new Map(roots.map((r, i) => [r, keywords[i]!]));
  // Rarer concepts say more: weight = log(N / paragraphs containing it).
  // Keywords found in many passages (工作, 机关) say nothing and are dropped; the others weigh by idf.
  const df = new Map<string, number>();
  const kdf = new Map<string, number>();
  const vectors = passages.map((p) => {
    const concepts = conceptCounts([p.paragraph]);
    const keywords: Vector = new Map(vectorsOf.get(p.root)!.passages[p.url]);
    for (const id of concepts.keys()) df.set(id, (df.get(id) ?? 0) + 1);
    for (const k of keywords.keys()) kdf.set(k, (kdf.get(k) ?? 0) + 1);
    return { concepts, keywords };
  });
  const idf = (id: string) => Math.log((passages.length + 1) / ((df.get(id) ?? 0) + 1));
  const kidf = (k: string) =>
    (kdf.get(k) ?? 0) > passages.length * 0.05 ? 0 : Math.log((passages.length + 1) / ((kdf.get(k) ?? 0) + 1));
  // Keywords that are glossary terms are already counted (and shown) as concepts.
  const termTexts = new Set(
    passages.flatMap((p) =>
      p.paragraph.marks.filter((m) => m.kind === 'concept').map((m) => p.paragraph.text.slice(m.start, m.end)),
    ),
  );
  // Keywords with no weight (kidf 0) neither score nor qualify a passage: they are not indexed.
  const conceptIndex = new Map<string, Postings>();
  const keywordIndex = new Map<string, Postings>();
  vectors.forEach((v, i) => {
    for (const [id, x] of v.concepts) post(conceptIndex, id, i, x);
    for (const [k, x] of v.keywords) if (kidf(k) > 0) post(keywordIndex, k, i, x);
  });
  for (const index of [conceptIndex, keywordIndex])
    for (const [key, list] of index) index.set(key, strongest(list, opts.maxPostings));
  // Integers instead of ids and URLs in the inner loops: root and reading page of each passage,
  // and its URL's rank in code-unit order (the tie-break of equal scores).
  const numbered = <T>(keys: T[]) => {
    const ids = new Map<T, number>();
    return keys.map((k) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1));
  };
  const rootOf = Int32Array.from(numbered(passages.map((p) => p.root.id)));
  const docOf = Int32Array.from(numbered(passages.map((p) => p.leaf.id)));
  const urlRank = new Int32Array(passages.length);
  passages
    .map((p, i) => [p.url, i] as const)
    .sort((x, y) => compareCodeUnits(x[0], y[0]))
    .forEach(([, i], r) => (urlRank[i] = r));
  const rootIndex = new Map(passages.map((p, i) => [p.root.id as string, rootOf[i]!]));
  // Per-section accumulators, reset through `touched` (allocation-free per section).
  const score = new Float64Array(passages.length);
  const sharedConcepts = new Uint32Array(passages.length);
  const sharedKeywords = new Uint32Array(passages.length);
  const seen = new Uint8Array(passages.length);
  const touched: number[] = [];
  const bestOfDoc = new Int32Array(docOf.reduce((n, d) => Math.max(n, d + 1), 0)).fill(-1);
  const touchedDocs: number[] = [];
  const rounded = (x: number) => Math.round(x * 1000) / 1000;
  /** Passage i ranks before j: higher rounded score, then smaller URL. */
  const before = (i: number, j: number) =>
    rounded(score[i]!) - rounded(score[j]!) > 0 ||
    (rounded(score[i]!) === rounded(score[j]!) && urlRank[i]! < urlRank[j]!);
  const out: SeeAlso[] = [];
  for (const root of roots) {
    const self = rootIndex.get(root.id) ?? -1;
    const own = vectorsOf.get(root)!;
    for (const leaf of leavesOf(root)) {
      for (const { section, paragraphs } of seeAlsoTargets(leaf)) {
        const sectionUrl = targetUrl(root, leaf, section);
        const vector = own.sections[sectionUrl];
        if (!vector) continue;
        const concepts = conceptCounts(paragraphs);
        const keywords: Vector = new Map(vector);
        const accumulate = (
          list: Postings | undefined,
          x: number,
          weight: number,
          counter: Uint32Array | undefined,
        ) => {
          if (!list) return;
          for (let j = 0; j < list.passages.length; j += 1) {
            const i = list.passages[j]!;
            if (rootOf[i] === self) continue;
            if (!seen[i]) {
              seen[i] = 1;
              touched.push(i);
            }
            score[i] = score[i]! + Math.min(x, list.values[j]!) * weight;
            if (counter) counter[i] = counter[i]! + 1;
          }
        };
        for (const [id, x] of concepts) accumulate(conceptIndex.get(id), x, 2 * idf(id), sharedConcepts);
        for (const [k, x] of keywords)
          accumulate(keywordIndex.get(k), x, kidf(k), termTexts.has(k) ? undefined : sharedKeywords);
        // Best passage of each other reading page that qualifies: a shared concept, or two
        // informative keywords (at most one passage per page, so the list spans documents).
        for (const i of touched) {
          if (sharedConcepts[i] === 0 && sharedKeywords[i]! < 2) continue;
          const d = docOf[i]!;
          if (bestOfDoc[d] === -1) touchedDocs.push(d);
          if (bestOfDoc[d] === -1 || before(i, bestOfDoc[d]!)) bestOfDoc[d] = i;
        }
        const top: number[] = [];
        for (const d of touchedDocs) {
          const i = bestOfDoc[d]!;
          let at = top.length;
          while (at > 0 && before(i, top[at - 1]!)) at -= 1;
          if (at < opts.top) top.splice(at, 0, i);
          if (top.length > opts.top) top.pop();
          bestOfDoc[d] = -1;
        }
        touchedDocs.length = 0;
        // Only the picked passages are compared term by term, for the reasons shown.
        const picked: RelatedPassage[] = top.map((i) => {
          const p = passages[i]!;
          const v = vectors[i]!;
          const c = overlap(concepts, v.concepts, (k) => 2 * idf(k));
          const k = overlap(keywords, v.keywords, kidf);
          const kw = k.shared.filter((w) => kidf(w) > 0 && !termTexts.has(w));
          return {
            url: p.url,
            docId: p.leaf.id,
            docTitle: numberedTitle(p.leaf),
            where: sectionPath(p.sections),
            excerpt: passageText(p.paragraph).slice(0, 60),
            score: rounded(score[i]!),
            concepts: c.shared.slice(0, 5),
            keywords: kw.slice(0, 3),
          };
        });
        for (const i of touched) {
          score[i] = 0;
          seen[i] = 0;
          sharedConcepts[i] = 0;
          sharedKeywords[i] = 0;
        }
        touched.length = 0;
        if (picked.length === 0) continue;
        out.push({
          docId: leaf.id,
          ...(section && { sectionId: section.id }),
          sectionUrl,
          sectionTitle: section ? sectionPath([section]) : leaf.title,
          related: picked,
        });
      }
    }
  }
  return out;
}
