/**
 * The per-document input of the knowledge stage: each paragraph is cut once (jieba, as its keyword
 * extraction cuts), and its term counts give the keyword vectors see-also compares (of passages and
 * of sections, a section's counts being the sum of its paragraphs') and the document's share of
 * the corpus-wide counts term mining ranks. Depends on the document alone, so the pipeline caches
 * it with the document and a one-file edit recomputes one document's keywords; the corpus-wide
 * merge in see-also and term mining is cheap. A page in traditional characters is cut and counted
 * in simplified ones (scripts/stages/page-fold.ts), so see-also links it with the rest of the library.
 * Pure (the segmenter is an argument).
 */
import type { Document, Paragraph, Section } from '../model/document.js';
import { anchorUrl, readingUrl } from '../model/ids.js';
import { leavesOf } from '../model/walk.js';
import type { Segmenter } from '../util/jieba.js';
import { jiebaIdf, keywordScorer, termCounter, type IdCounts, type KeywordScorer } from '../util/keywords.js';
import { passagesOf, passageText, type Passage } from './concepts/passages.js';
import { pageFolds } from './page-fold.js';

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

/** How many keywords a vector keeps, and which sections get a list. */
export interface KeywordOptions {
  /** Keywords per section / passage. */
  keywords: number;
  /** Minimum own text (characters) for a section to get a list. */
  minChars: number;
}

/** The options the build uses. */
export const defaultKeywordOptions: KeywordOptions = { keywords: 12, minChars: 120 };

const HAN = /\p{Script=Han}/u;

/** A passage see-also may link to: body text with Chinese, 30 characters at least. */
export const linkablePassage = (p: Passage): boolean =>
  p.area === 'body' && HAN.test(p.paragraph.text) && p.paragraph.text.length >= 30;

/** Sections that may get a list: every section with its own paragraphs, and pages without sections. */
export function seeAlsoTargets(leaf: Document): { section?: Section; paragraphs: Paragraph[] }[] {
  const out: { section?: Section; paragraphs: Paragraph[] }[] = [];
  const walk = (s: Section) => {
    out.push({ section: s, paragraphs: s.paragraphs });
    s.sections.forEach(walk);
  };
  if (leaf.sections.length === 0) out.push({ paragraphs: leaf.paragraphs });
  leaf.sections.forEach(walk);
  return out;
}

/** The text a section's list is about: its own paragraphs, one a line. */
export const targetText = (paragraphs: readonly Paragraph[]): string =>
  paragraphs.map((p) => passageText(p)).join('\n');

/** URL of a target: the section's anchor, or the page. */
export const targetUrl = (root: Document, leaf: Document, section?: Section): string => {
  const page = readingUrl(root.id, leaf.slug);
  return section ? anchorUrl(page, section.id) : page;
};

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

/** Length of `targetText(paragraphs)`, without building it. */
const targetLength = (paragraphs: readonly Paragraph[]): number =>
  paragraphs.reduce((n, p) => n + (p.lead?.length ?? 0) + p.text.length + 1, -1);

/**
 * The texts `documentKeywords` cuts (each passage's text, as its page is read: scripts/stages/page-fold.ts):
 * what the pipeline asks to be cut in advance.
 */
export function keywordTexts(root: Document): string[] {
  const foldOf = pageFolds();
  return passagesOf([root]).map((p) => foldOf(p.leaf)(passageText(p.paragraph)));
}

/**
 * The keyword input of one root document. Each paragraph is cut and counted once; the vectors are
 * scored over the document's vocabulary (scripts/util/keywords.ts), which equals scoring each
 * vector's own counts (`topKeywords`) and sorts no strings per vector.
 * @example documentKeywords(root, segmenter).sections['/library/…/ch03/#s-2'] → [['组织生活', 1], …]
 */
export function documentKeywords(
  root: Document,
  segmenter: Segmenter,
  options: Partial<KeywordOptions> = {},
): DocumentKeywords {
  const opts = { ...defaultKeywordOptions, ...options };
  const counter = termCounter(jiebaIdf());
  const foldOf = pageFolds();
  // A page in traditional characters is counted in simplified ones, so its words meet the library's.
  const counted = new Map<Paragraph, IdCounts>();
  const countsOf = (p: Paragraph, page: Document): IdCounts => {
    let c = counted.get(p);
    if (!c) counted.set(p, (c = counter.count(segmenter.cutForKeywords(foldOf(page)(passageText(p))))));
    return c;
  };
  // What gets a vector, counted first: the vocabulary is every word they hold.
  const han: IdCounts[] = [];
  const linkable: [string, IdCounts][] = [];
  for (const p of passagesOf([root])) {
    if (!HAN.test(p.paragraph.text)) continue;
    han.push(countsOf(p.paragraph, p.leaf));
    if (linkablePassage(p)) linkable.push([p.url, countsOf(p.paragraph, p.leaf)]);
  }
  const targets: [string, IdCounts[]][] = [];
  for (const leaf of leavesOf(root)) {
    for (const { section, paragraphs } of seeAlsoTargets(leaf)) {
      if (targetLength(paragraphs) < opts.minChars) continue;
      targets.push([targetUrl(root, leaf, section), paragraphs.map((p) => countsOf(p, leaf))]);
    }
  }
  const { vocab, rankOfId } = counter.vocabulary();
  // Each paragraph's ids as ranks, once: a paragraph is added to up to three sums.
  const ranked = new Map([...counted.values()].map((c) => [c, c.ids.map((id) => rankOfId[id]!)] as const));
  const scorer = keywordScorer(vocab);
  const add = (c: IdCounts) => scorer.addRanked(ranked.get(c)!, c.counts);
  const passages: Record<string, KeywordVector> = {};
  for (const [url, counts] of linkable) {
    add(counts);
    passages[url] = keywordVector(scorer, opts.keywords);
  }
  const sections: Record<string, KeywordVector> = {};
  for (const [url, counts] of targets) {
    counts.forEach(add);
    sections[url] = keywordVector(scorer, opts.keywords);
  }
  han.forEach(add);
  return { terms: scorer.entries(), passages, sections };
}

/** The keyword input of every root, in order (what `processSources` computes with each document). */
export const corpusKeywords = (roots: readonly Document[], segmenter: Segmenter): DocumentKeywords[] =>
  roots.map((r) => documentKeywords(r, segmenter));
