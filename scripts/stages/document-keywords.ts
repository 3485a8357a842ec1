/**
 * The per-document input of the knowledge stage: each paragraph is cut once (jieba, as its keyword
 * extraction cuts), and its term counts give the keyword vectors see-also compares (of passages and
 * of sections, a section's counts being the sum of its paragraphs') and the document's share of
 * the corpus-wide counts term mining ranks. Depends on the document alone, so the pipeline caches
 * it with the document and a one-file edit recomputes one document's keywords; the corpus-wide
 * merge in see-also and term mining is cheap. Pure (the segmenter is an argument).
 */
import type { Document, Paragraph, Section } from '../model/document.js';
import { anchorUrl, readingUrl } from '../model/ids.js';
import { leavesOf } from '../model/walk.js';
import type { Segmenter } from '../util/jieba.js';
import { passagesOf, passageText, type Passage } from './concepts/passages.js';
import { keywordsOfPlan, type DocumentKeywords, type KeywordPlan } from './keyword-vectors.js';

export type { DocumentKeywords, KeywordVector } from './keyword-vectors.js';

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

/** Length of `targetText(paragraphs)`, without building it. */
const targetLength = (paragraphs: readonly Paragraph[]): number =>
  paragraphs.reduce((n, p) => n + (p.lead?.length ?? 0) + p.text.length + 1, -1);

/**
 * What `documentKeywords` counts of a root document (`keywordsOfPlan`): each paragraph that is
 * Chinese text, a linkable passage or part of a section with a list, once.
 */
export function keywordPlan(root: Document, options: Partial<KeywordOptions> = {}): KeywordPlan {
  const opts = { ...defaultKeywordOptions, ...options };
  const texts: string[] = [];
  const indexOf = new Map<Paragraph, number>();
  const slot = (p: Paragraph): number => {
    let k = indexOf.get(p);
    if (k === undefined) indexOf.set(p, (k = texts.push(passageText(p)) - 1));
    return k;
  };
  const han: number[] = [];
  const passages: [string, number][] = [];
  for (const p of passagesOf([root])) {
    if (!HAN.test(p.paragraph.text)) continue;
    han.push(slot(p.paragraph));
    if (linkablePassage(p)) passages.push([p.url, slot(p.paragraph)]);
  }
  const sections: [string, number[]][] = [];
  for (const leaf of leavesOf(root)) {
    for (const { section, paragraphs } of seeAlsoTargets(leaf)) {
      if (targetLength(paragraphs) < opts.minChars) continue;
      sections.push([targetUrl(root, leaf, section), paragraphs.map(slot)]);
    }
  }
  return { texts, han, passages, sections, keywords: opts.keywords };
}

/**
 * The keyword input of one root document: its plan, each text cut for keywords by `segmenter`.
 * @example documentKeywords(root, segmenter).sections['/library/…/ch03/#s-2'] → [['组织生活', 1], …]
 */
export const documentKeywords = (
  root: Document,
  segmenter: Segmenter,
  options: Partial<KeywordOptions> = {},
): DocumentKeywords => keywordsOfPlan(keywordPlan(root, options), (t) => segmenter.cutForKeywords(t));

/** The keyword input of every root, in order (what `processSources` computes with each document). */
export const corpusKeywords = (roots: readonly Document[], segmenter: Segmenter): DocumentKeywords[] =>
  roots.map((r) => documentKeywords(r, segmenter));
