/**
 * Filter ids and labels of search results, pure: a result's kind, document, chapter (as URL ids,
 * see url-state.ts) and the concepts it mentions come with its record; labels are the document and
 * page titles the results carry and the glossary terms.
 */
import type { Facet, FacetValues } from './facets.js';
import type { PassageMatch } from './match.js';
import type { ConceptEntry } from './schema.js';

/** Filter ids of a match and the label of an id. */
export interface FacetData {
  valuesOf: (m: PassageMatch) => FacetValues;
  label: (f: Facet, id: string) => string;
}

/** A match's filter ids: its page's kind, document and chapter, the concepts its passage mentions. */
export const facetValuesOf = (m: PassageMatch): FacetValues => ({
  kind: [m.page.kind],
  document: [m.page.doc],
  chapter: [m.page.chapter],
  concept: m.passage.concepts,
});

/**
 * Matches + glossary + kind labels (`paper` → `论文`) → ids and labels: a passage on
 * `/library/speeches-x/part-01/` has document `speeches-x` (label: the document title) and chapter
 * `speeches-x/part-01` (label: the page title). An id no result has (an edited or outdated URL)
 * shows as it is.
 */
export function facetDataOf(
  matches: readonly PassageMatch[],
  concepts: readonly ConceptEntry[],
  kindLabel: (kind: string) => string,
): FacetData {
  const labels = {
    document: new Map<string, string>(),
    chapter: new Map<string, string>(),
    concept: new Map(concepts.map((c) => [c.id, c.term])),
  };
  for (const { page } of matches) {
    labels.document.set(page.doc, page.document);
    labels.chapter.set(page.chapter, page.title);
  }
  return {
    valuesOf: facetValuesOf,
    label: (f, id) => (f === 'kind' ? kindLabel(id) : (labels[f].get(id) ?? id)),
  };
}
