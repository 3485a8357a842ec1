/**
 * The search page's state in its URL, pure: `/search/?q=两学一做&kind=paper&doc=…&ch=…&concept=…`.
 * Filter values are stable ASCII ids (document kind, document id, `<document>/<page>` for a
 * chapter, concept id), so a shared or bookmarked search keeps its filters across rebuilds.
 */
import { libraryPath, searchUrl as searchPageUrl } from '../../../scripts/model/urls.js';
import { emptySelection, FACETS, type Facet, type Selection } from './facets.js';

/** Query parameter of each filter group (repeated once per chosen value). */
export const FACET_PARAMS: Record<Facet, string> = { kind: 'kind', document: 'doc', chapter: 'ch', concept: 'concept' };

/**
 * A well-formed id: lowercase ASCII words joined by `-`, at most one `/` (chapter ids).
 * Tokens: `[a-z0-9]+` a word, `(?:-[a-z0-9]+)*` more words, `(?:/…)?` an optional page part.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/** What the URL holds: the query as typed (trimmed) and the chosen filter values. */
export interface SearchState {
  q: string;
  selection: Selection;
}

/**
 * `?q=两学一做&kind=paper&kind=paper&doc=Bad Id&x=1` → `{q:'两学一做', selection:{kind:{paper}, …}}`.
 * Unknown parameters and malformed values are ignored; a well-formed id that matches no result
 * is kept (the page shows it checked with a count of 0, so the reader sees why nothing is left).
 */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection = emptySelection();
  for (const f of FACETS) for (const v of params.getAll(FACET_PARAMS[f])) if (ID.test(v)) selection[f].add(v);
  return { q: (params.get('q') ?? '').trim(), selection };
}

/**
 * `{q:'两学一做', selection:{kind:{speech,paper}}}` → `/search/?q=%E4%B8%A4…&kind=paper&kind=speech`.
 * Deterministic: `q` first, then the groups in FACETS order, values sorted and once each.
 */
export function searchUrl(state: SearchState): string {
  const parts = state.q.trim() ? [`q=${encodeURIComponent(state.q.trim())}`] : [];
  for (const f of FACETS) {
    for (const v of [...state.selection[f]].filter((x) => ID.test(x)).sort())
      parts.push(`${FACET_PARAMS[f]}=${encodeURIComponent(v)}`);
  }
  return searchPageUrl(parts.join('&'));
}

/** `/library/speeches-x/part-01/` → `{document:'speeches-x', chapter:'speeches-x/part-01'}`. */
export function pageIds(url: string): { document: string; chapter: string } {
  const path = libraryPath(url) ?? url;
  return { document: path.split('/')[0]!, chapter: path };
}
