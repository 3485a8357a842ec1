/**
 * Filter ids and labels of search results, pure, from the index tables: a result's kind, document,
 * chapter (as URL ids, see url-state.ts) and the concepts it mentions, and the label each id shows as.
 */
import type { Facet, FacetValues } from './facets.js';
import type { PassageMatch } from './match.js';
import type { SearchMeta } from './meta.js';
import { pageIds } from './url-state.js';

/** Filter ids of a match and the label of an id. */
export interface FacetData {
  valuesOf: (m: PassageMatch) => FacetValues;
  label: (f: Facet, id: string) => string;
}

/**
 * `meta` + passage → concept ids + kind labels (`paper` → `论文`) → ids and labels: a passage on
 * `/library/speeches-x/part-01/` has document `speeches-x` (label: the document title) and chapter
 * `speeches-x/part-01` (label: the page title). An id no page has (an edited or outdated URL)
 * shows as it is.
 */
export function facetDataOf(meta: SearchMeta, mentions: ReadonlyMap<number, string[]>, kindLabel: (kind: string) => string): FacetData {
  const labels = { document: new Map<string, string>(), chapter: new Map<string, string>(), concept: new Map(meta.concepts.map((c) => [c.id, c.term])) };
  const ids = meta.pages.map(([title, docTitle, , url]) => {
    const p = pageIds(url);
    labels.document.set(p.document, docTitle);
    labels.chapter.set(p.chapter, title);
    return p;
  });
  return {
    valuesOf: (m) => {
      const page = meta.passagePage[m.pid]!;
      return { kind: [meta.pages[page]![2]], document: [ids[page]!.document], chapter: [ids[page]!.chapter], concept: mentions.get(m.pid) ?? [] };
    },
    label: (f, id) => (f === 'kind' ? kindLabel(id) : labels[f].get(id) ?? id),
  };
}
