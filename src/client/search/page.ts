/**
 * The search page's client: reads the query and filters from the URL, runs the passage search as
 * the user types (the URL follows, so a filtered search can be shared, bookmarked and gone Back
 * to), and renders the concept card, filters with counts, passage results with the whole term
 * marked, and suggestions when nothing is found.
 */
import { ui } from '../../i18n/zh-CN';
import { PassageSearch, type SearchOutcome } from './engine.js';
import { facetDataOf, type FacetData } from './facet-data.js';
import { applySelection, emptySelection, facetCounts, FACETS, type Facet, type Selection } from './facets.js';
import { escapeHtml, findRanges, highlightAll, highlightExcerpt } from './highlight.js';
import type { PassageMatch } from './match.js';
import { suggestTerms } from './suggest.js';
import { parseSearchState, searchUrl } from './url-state.js';
import { searchQueryUrl } from '../../../scripts/model/urls.js';
import { collectControl } from '../lecture/lecture-control.js';

const PAGE_SIZE = 10;
const t = ui.search;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const engine = new PassageSearch();
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const status = $('search-status');
const card = $('search-concept');
const filters = $('search-filters');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');

let outcome: SearchOutcome | undefined;
let selection = emptySelection();
let shown = 0;
let runId = 0;
/** The query whose filters `selection` holds: a different query starts unfiltered. */
let selectedFor = '';
/** Typing since the last pushed entry: the first run pushes a history entry, later ones replace it. */
let editing = false;
let facets: FacetData | undefined;

/** `handbook` → `手册`; an unknown kind shows as it is. */
const kindLabel = (kind: string): string => ui.kinds[kind as keyof typeof ui.kinds] ?? kind;

/** `/library/x/ch03/#p-1` + `两学一做` → `/library/x/ch03/?hl=两学一做#p-1` (the reading page marks it). */
const resultHref = (url: string, form: string): string => {
  const [path, anchor = ''] = url.split('#');
  return `${path}?hl=${encodeURIComponent(form)}${anchor ? `#${anchor}` : ''}`;
};

/** Tab title, with the site name as the server-rendered title has it (BaseLayout). */
const titleOf = (q: string): string => [q, t.title, ui.site.name].filter(Boolean).join(' · ');

/** Facet ids and labels of the current outcome's matches (built once per outcome). */
async function facetData(o: SearchOutcome): Promise<FacetData> {
  return (facets ??= facetDataOf(o.matches, (await engine.config()).concepts, kindLabel));
}

/** Put the query and filters in the URL: `push` adds a history entry, `replace` rewrites this one. */
function syncUrl(mode: 'push' | 'replace'): void {
  const url = searchUrl({ q: input.value, selection });
  if (url !== location.pathname + location.search)
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

async function renderCard(o: SearchOutcome): Promise<void> {
  card.hidden = !o.concept;
  if (!o.concept) return void (card.innerHTML = '');
  const def = await engine.definition(o.concept.id);
  const link = o.concept.url ? `<a href="${escapeHtml(o.concept.url)}">${escapeHtml(t.conceptPage)}</a>` : '';
  const aliases = o.concept.aliases.length ? `<p class="aliases">${escapeHtml(o.concept.aliases.join('、'))}</p>` : '';
  card.innerHTML = `<p class="label">${escapeHtml(t.concept)}</p><h2>${escapeHtml(o.concept.term)}</h2>${aliases}${def ? `<p>${escapeHtml(def)}</p>` : ''}${link}${o.concept.url ? ` ${collectControl(o.concept.url)}` : ''}`;
}

const FACET_LABELS: Record<Facet, string> = {
  kind: t.filterKind,
  document: t.filterDocument,
  chapter: t.filterChapter,
  concept: t.filterConcept,
};
/** The concept group lists only the most frequent concepts among the results. */
const MAX_CONCEPT_VALUES = 12;

function renderFilters(matches: PassageMatch[], { valuesOf, label }: FacetData): void {
  const counts = facetCounts(matches, valuesOf, selection);
  filters.hidden = matches.length === 0;
  filters.innerHTML =
    `<h2>${escapeHtml(t.filters)}</h2>` +
    FACETS.map((f) => {
      const values =
        f === 'concept' ? [...counts[f]].sort((a, b) => b[1] - a[1]).slice(0, MAX_CONCEPT_VALUES) : counts[f];
      // A chosen value stays on screen and checked, even beyond the concept top list or with a count
      // of 0 (a shared URL's filter that no result of this query has), so it can be unchecked.
      const all = new Map(counts[f]);
      for (const v of selection[f]) if (!values.some(([x]) => x === v)) values.push([v, all.get(v) ?? 0]);
      if (values.length < (f === 'concept' ? 1 : 2) && selection[f].size === 0) return '';
      const boxes = values.map(
        ([v, n]) =>
          `<label><input type="checkbox" data-facet="${f}" value="${escapeHtml(v)}"${selection[f].has(v) ? ' checked' : ''}> ${escapeHtml(label(f, v))} <span class="count">(${n})</span></label>`,
      );
      return `<fieldset><legend>${escapeHtml(FACET_LABELS[f])}</legend>${boxes.join('')}</fieldset>`;
    }).join('') +
    (FACETS.some((f) => selection[f].size > 0)
      ? `<button type="button" data-clear>${escapeHtml(t.clearFilters)}</button>`
      : '');
}

/**
 * One result: where it is (page › sections, a heading's own title last, each with the term
 * marked) linking to the passage, the excerpt from its real text (or from its translation when only
 * that holds the term), and its document and kind.
 */
function renderResult(m: PassageMatch): string {
  const { passage: p, page, forms } = m;
  const where = [page.title, ...p.path, ...(p.heading && p.text !== page.title ? [p.text] : [])];
  const heading = where.map((h) => highlightAll(h, forms)).join(' › ');
  const text = p.translation && findRanges(p.text, forms).length === 0 ? p.translation : p.text;
  const excerpt = p.heading ? '' : `<p class="excerpt">${highlightExcerpt(text, forms)}</p>`;
  return `<li data-doc="${escapeHtml(page.doc)}"><a href="${escapeHtml(resultHref(p.url, forms[0]!))}">${heading}</a>${excerpt}<p class="source">${escapeHtml(page.document)} · ${escapeHtml(kindLabel(page.kind))} ${collectControl(p.url)}</p></li>`;
}

function appendResults(matches: PassageMatch[]): void {
  const page = matches.slice(shown, shown + PAGE_SIZE);
  list.insertAdjacentHTML('beforeend', page.map(renderResult).join(''));
  shown += page.length;
  more.hidden = shown >= matches.length;
  more.textContent = t.more(matches.length - shown);
}

/** Render the current outcome under the current filter selection. */
async function render(id: number, started: number, searchMs = 0): Promise<void> {
  if (!outcome) return;
  const data = await facetData(outcome);
  const concepts = (await engine.config()).concepts;
  if (id !== runId) return;
  const matches = applySelection(outcome.matches, data.valuesOf, selection);
  renderFilters(outcome.matches, data);
  list.innerHTML = '';
  shown = 0;
  appendResults(matches);
  const q = outcome.query.trim();
  const suggestions =
    matches.length === 0
      ? suggestTerms(
          q,
          concepts.flatMap((c) => [c.term, ...c.aliases]),
        )
      : [];
  const links = suggestions.map((s) => `<a href="${escapeHtml(searchQueryUrl(s))}">${escapeHtml(s)}</a>`).join('、');
  // Unfiltered, the count is the engine's (an estimate beyond its record cap); filtered, the results left.
  const filtered = FACETS.some((f) => selection[f].size > 0);
  const count = filtered ? matches.length : outcome.total;
  const about = !filtered && outcome.estimated;
  status.innerHTML = matches.length
    ? escapeHtml((about ? t.resultsAbout : t.results)(count, q))
    : escapeHtml(t.none(q)) + (links ? ` ${escapeHtml(t.suggest)}${links}` : '');
  // Read by the search benchmark and the browser tests: what was found and how long it took.
  Object.assign(window, {
    __djSearch: {
      query: q,
      count,
      estimated: about,
      pids: matches.map((m) => m.pid),
      searchMs,
      ms: performance.now() - started,
    },
  });
  document.body.dataset.searchState = 'done';
}

/**
 * Run the query in the box under `from` (filters read from the URL) or, for a new query, none;
 * `mode` says how the URL follows (a new query pushes an entry, a reload or Back replaces).
 */
async function run(mode: 'push' | 'replace', from?: Selection): Promise<void> {
  const id = ++runId;
  const q = input.value;
  if (from) selection = from;
  else if (q.trim() !== selectedFor) selection = emptySelection();
  selectedFor = q.trim();
  syncUrl(mode);
  document.title = titleOf(q.trim());
  document.body.dataset.searchState = 'busy';
  if (!q.trim()) {
    outcome = undefined;
    list.innerHTML = card.innerHTML = filters.innerHTML = '';
    more.hidden = card.hidden = filters.hidden = true;
    status.textContent = t.empty;
    document.body.dataset.searchState = 'done';
    return;
  }
  const started = performance.now();
  try {
    const o = await engine.search(q);
    const searchMs = performance.now() - started;
    if (id !== runId) return;
    outcome = o;
    facets = undefined;
    await Promise.all([renderCard(o), render(id, started, searchMs)]);
  } catch (e) {
    console.error(e);
    status.textContent = t.loadFailed;
    document.body.dataset.searchState = 'done';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
const schedule = () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    void run(editing ? 'replace' : 'push');
    editing = true;
  }, 120);
};
// While a Chinese IME is composing, the box holds pinyin letters: search when the characters land.
input.addEventListener('input', (e) => {
  if (!(e as InputEvent).isComposing) schedule();
});
input.addEventListener('compositionend', schedule);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void run(editing ? 'replace' : 'push');
  editing = false;
});
/** A filter change rewrites the current history entry: Back leaves the search, not one click. */
const refilter = () => {
  editing = false;
  syncUrl('replace');
  void render(runId, performance.now());
};
filters.addEventListener('click', (e) => {
  if (!(e.target as HTMLElement).matches('[data-clear]')) return;
  selection = emptySelection();
  refilter();
});
filters.addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  const f = box.dataset.facet as Facet | undefined;
  if (!f) return;
  if (box.checked) selection[f].add(box.value);
  else selection[f].delete(box.value);
  refilter();
});
more.addEventListener('click', () => {
  if (!outcome) return;
  const o = outcome;
  void facetData(o).then((d) => appendResults(applySelection(o.matches, d.valuesOf, selection)));
});
/** Show the search the URL holds: on load, and on Back / Forward (query and filters both). */
function fromUrl(): void {
  const state = parseSearchState(location.search);
  input.value = state.q;
  editing = false;
  clearTimeout(timer);
  void run('replace', state.selection);
}
window.addEventListener('popstate', fromUrl);

if (parseSearchState(location.search).q) fromUrl();
else document.body.dataset.searchState = 'done';
// Warm the index while the reader types.
input.addEventListener('focus', () => engine.warm(), { once: true });
