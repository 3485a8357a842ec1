/**
 * The corpus-wide knowledge stage: annotated documents + glossary → case entries, cited works,
 * see-also lists and term candidates. Run by the orchestrator after the per-document pipeline;
 * the emitters only write what it returns. Pure: the segmenter (built once from the glossary) is
 * an argument, so the result never depends on what ran before in the process.
 */
import type { Glossary } from '../model/concept.js';
import type { Document } from '../model/document.js';
import type { DocumentKeywords } from './document-keywords.js';
import { buildCases, type CaseEntry } from './cases.js';
import { buildCitedWorks, type CitedWork } from './cited-works.js';
import { buildSeeAlso, type SeeAlso } from './see-also.js';
import { mineTerms, type TermReport } from './mine-terms.js';

/** What the knowledge stage derives from the documents alone. */
export interface CasesAndWorks {
  cases: CaseEntry[];
  works: CitedWork[];
}

/** What it derives from the documents' keyword input. */
export interface KeywordKnowledge {
  seeAlso: SeeAlso[];
  terms: TermReport;
}

/** What the knowledge stage derives from the whole corpus. */
export type Knowledge = CasesAndWorks & KeywordKnowledge;

/** Cases and cited works: the build derives them while the jieba thread computes the keywords. */
export const deriveCasesAndWorks = (roots: readonly Document[], glossary: Glossary): CasesAndWorks => ({
  cases: buildCases(roots),
  works: buildCitedWorks(roots, glossary),
});

/**
 * See-also lists and term candidates.
 * @param keywords each root's keyword input, in order: what the pipeline computed (and cached) with
 *   the document (`processCorpus`), or `corpusKeywords(roots, segmenterFor(glossary))`.
 */
export const deriveFromKeywords = (
  roots: readonly Document[],
  glossary: Glossary,
  keywords: readonly DocumentKeywords[],
): KeywordKnowledge => ({ seeAlso: buildSeeAlso(roots, keywords), terms: mineTerms(roots, glossary, keywords) });

/** Every corpus-wide knowledge structure (`deriveCasesAndWorks` and `deriveFromKeywords`). */
export const deriveKnowledge = (
  roots: readonly Document[],
  glossary: Glossary,
  keywords: readonly DocumentKeywords[],
): Knowledge => ({ ...deriveCasesAndWorks(roots, glossary), ...deriveFromKeywords(roots, glossary, keywords) });
