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

/** What the knowledge stage derives from the whole corpus. */
export interface Knowledge {
  cases: CaseEntry[];
  works: CitedWork[];
  seeAlso: SeeAlso[];
  terms: TermReport;
}

/**
 * Derive every corpus-wide knowledge structure.
 * @param keywords each root's keyword input, in order: what the pipeline computed (and cached) with
 *   the document (`processSources`), or `corpusKeywords(roots, segmenterFor(glossary))`.
 */
export function deriveKnowledge(
  roots: readonly Document[],
  glossary: Glossary,
  keywords: readonly DocumentKeywords[],
): Knowledge {
  return {
    cases: buildCases(roots),
    works: buildCitedWorks(roots, glossary),
    seeAlso: buildSeeAlso(roots, keywords),
    terms: mineTerms(roots, glossary, keywords),
  };
}
