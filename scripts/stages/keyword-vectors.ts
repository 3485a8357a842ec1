/**
 * A document's keyword input to the knowledge stage, computed from a `KeywordPlan`: the document
 * reduced to what its keywords need (the texts to cut, and which of them make each vector), so
 * that the jieba thread, which cuts the texts, can also count them without the document
 * (scripts/util/jieba-worker.mjs imports this module). `documentKeywords`
 * (scripts/stages/document-keywords.ts) plans a document and calls the same function, so the
 * output is the same on either thread. Imports nothing but the keyword weights.
 */
import { countTerms, jiebaIdf, keywordScorer, vocabulary, type KeywordScorer } from '../util/keywords.js';

/** Keyword → weight scaled to (0, 1], best first (JSON-friendly: the pipeline cache stores it). */
export type KeywordVector = [string, number][];

/** What the knowledge stage needs of one root document's words. */
export interface DocumentKeywords {
  /** Term counts over the document's passages with Chinese text (term mining's corpus keywords), words in code-point order. */
  terms: [string, number][];
  /** Keyword vectors of the passages see-also may link to, by anchor URL. */
  passages: Record<string, KeywordVector>;
  /** Keyword vectors of the sections (and section-less pages) that get a see-also list, by URL. */
  sections: Record<string, KeywordVector>;
}

/**
 * What a document's keyword input is computed from (structured-cloneable: it is posted to the
 * jieba thread). Each counted paragraph is one text, cut and counted once.
 */
export interface KeywordPlan {
  /** The text of each counted paragraph (`passageText`: run-in lead and text). */
  texts: string[];
  /** The paragraphs with Chinese text, in reading order: their counts sum to `terms`. */
  han: number[];
  /** The passages see-also may link to: anchor URL, paragraph. */
  passages: [string, number][];
  /** The sections that get a list: URL, their own paragraphs. */
  sections: [string, number[]][];
  /** Keywords per vector. */
  keywords: number;
}

/**
 * TF-IDF keywords of the counts added to `scorer`, scaled to (0, 1] so a long passage does not
 * outweigh a short one. Three Han characters at least: two-character keywords (政治, 落实) are too
 * general to explain a link.
 */
function keywordVector(scorer: KeywordScorer, n: number): KeywordVector {
  const kws = scorer.top(n).filter((k) => /^\p{Script=Han}{3,}$/u.test(k.word));
  const max = Math.max(...kws.map((k) => k.weight), 1e-9);
  return kws.map((k) => [k.word, k.weight / max]);
}

/**
 * The keyword input a plan describes, each text (k: its index) cut by `cut` (jieba's keyword cut) and counted
 * once. The vectors are scored over the document's vocabulary (scripts/util/keywords.ts), which
 * equals scoring each vector's own counts (`topKeywords`) and sorts no strings per vector.
 */
export function keywordsOfPlan(
  plan: KeywordPlan,
  cut: (text: string, k: number) => readonly string[],
): DocumentKeywords {
  const table = jiebaIdf();
  const counts = plan.texts.map((t, k) => countTerms(t === '' ? [] : cut(t, k), table));
  const words = new Set<string>();
  for (const c of counts) for (const w of c.keys()) words.add(w);
  const scorer = keywordScorer(vocabulary(words, table));
  const passages: Record<string, KeywordVector> = {};
  for (const [url, k] of plan.passages) {
    scorer.add(counts[k]!);
    passages[url] = keywordVector(scorer, plan.keywords);
  }
  const sections: Record<string, KeywordVector> = {};
  for (const [url, ks] of plan.sections) {
    for (const k of ks) scorer.add(counts[k]!);
    sections[url] = keywordVector(scorer, plan.keywords);
  }
  for (const k of plan.han) scorer.add(counts[k]!);
  return { terms: scorer.entries(), passages, sections };
}
