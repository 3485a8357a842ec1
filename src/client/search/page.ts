/**
 * The search page's client: reads the query and filters from the URL, runs the passage search as
 * the user types (the URL follows, so a filtered search can be shared, bookmarked and gone Back
 * to), and renders the concept card, filters with counts, passage results with the whole term
 * marked, and suggestions when nothing is found. The engine loads records only for what is shown:
 * the first screen, then one more screen per press of 「显示更多」, until every candidate is loaded.
 */
import { ui } from '../../i18n/zh-CN';
import { PassageSearch, type QueryResults } from './engine.js';
import { facetDataOf, facetValuesOf, type FacetData } from './facet-data.js';
import { applySelection, emptySelection, facetCounts, FACETS, type Facet, type Selection } from './facets.js';
import { escapeHtml, findRanges, highlightAll, highlightExcerpt } from './highlight.js';
import type { PassageMatch } from './match.js';
import { suggestPinyin, suggestTerms } from './suggest.js';
import { parseSearchState, searchUrl } from './url-state.js';
import { learnedFold } from './text.js';
import { parseQuery } from './query.js';
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

/** The query's results, and those the filters can leave (`narrow`): the list shows `view`'s. */
let outcome: QueryResults | undefined;
let view: QueryResults | undefined;
/** Bumped by each change of `view`: a filter's results that arrive after a later change are dropped. */
let viewId = 0;
let selection = emptySelection();
/** Results rendered in the list, and how many the reader has asked for (a screen per 「显示更多」). */
let listed = 0;
let wanted = PAGE_SIZE;
let runId = 0;
/** The query whose filters `selection` holds: a different query starts unfiltered. */
let selectedFor = '';
/** Typing since the last pushed entry: the first run pushes a history entry, later ones replace it. */
let editing = false;

/** `handbook` → `手册`; an unknown kind shows as it is. */
const kindLabel = (kind: string): string => ui.kinds[kind as keyof typeof ui.kinds] ?? kind;

/** `/library/x/ch03/#p-1` + `两学一做` → `/library/x/ch03/?hl=两学一做#p-1` (the reading page marks it). */
const resultHref = (url: string, form: string): string => {
  const [path, anchor = ''] = url.split('#');
  return `${path}?hl=${encodeURIComponent(form)}${anchor ? `#${anchor}` : ''}`;
};

/** Tab title, with the site name as the server-rendered title has it (BaseLayout). */
const titleOf = (q: string): string => [q, t.title, ui.site.name].filter(Boolean).join(' · ');

/** The current filter selection as a test on a match. */
const selected = (m: PassageMatch): boolean => applySelection([m], facetValuesOf, selection).length > 0;

/** Put the query and filters in the URL: `push` adds a history entry, `replace` rewrites this one. */
function syncUrl(mode: 'push' | 'replace'): void {
  const url = searchUrl({ q: input.value, selection });
  if (url !== location.pathname + location.search)
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

async function renderCard(o: QueryResults): Promise<void> {
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

/** Filters with counts over `matches`: every match of the query, or (`partial`) those loaded so far. */
function renderFilters(matches: PassageMatch[], { valuesOf, label }: FacetData, partial: boolean): void {
  const counts = facetCounts(matches, valuesOf, selection);
  filters.hidden = matches.length === 0;
  filters.innerHTML =
    `<h2>${escapeHtml(t.filters)}</h2>` +
    (partial ? `<p class="filters-note">${escapeHtml(t.filtersPartial(matches.length))}</p>` : '') +
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
  // A traditional page's title and headings are marked as its passage was found: in simplified form.
  const foldHeading = p.fold === undefined ? undefined : learnedFold(p.text, p.fold);
  const where = [page.title, ...p.path].map((h) => highlightAll(h, forms, foldHeading?.(h)));
  if (p.heading && p.text !== page.title) where.push(highlightAll(p.text, forms, p.fold));
  const heading = where.join(' › ');
  const inText = findRanges(p.fold ?? p.text, forms);
  // The parallel translation when only it holds the term; else the text (found in its simplified form).
  const shown =
    p.translation !== undefined && inText.length === 0
      ? highlightExcerpt(p.translation, forms)
      : highlightExcerpt(p.text, forms, p.fold ? { fold: p.fold } : {});
  const excerpt = p.heading ? '' : `<p class="excerpt">${shown}</p>`;
  // The reading page marks what it prints: a traditional passage's own characters, not the query's.
  const first = inText[0];
  const mark = p.fold && first ? p.text.slice(first[0], first[1]) : forms[0]!;
  return `<li data-doc="${escapeHtml(page.doc)}"><a href="${escapeHtml(resultHref(p.url, mark))}">${heading}</a>${excerpt}<p class="source">${escapeHtml(page.document)} · ${escapeHtml(kindLabel(page.kind))} ${collectControl(p.url)}</p></li>`;
}

/** Render the list up to `wanted` results (appending to what is listed) and the 「显示更多」 button. */
function appendResults(matches: PassageMatch[], complete: boolean): void {
  const page = matches.slice(listed, wanted);
  list.insertAdjacentHTML('beforeend', page.map(renderResult).join(''));
  listed += page.length;
  more.hidden = complete && listed >= matches.length;
  more.textContent = complete ? t.more(matches.length - listed) : t.moreUnknown;
}

/** The status line: how many passages match (约 N while records are unloaded), or suggestions. */
function statusHtml(o: QueryResults, matches: PassageMatch[], filtered: boolean, suggestions: string[]): string {
  const q = o.query.trim();
  if (matches.length === 0 && filtered) return escapeHtml(t.noneInScope(q));
  if (matches.length === 0) {
    const links = suggestions.map((s) => `<a href="${escapeHtml(searchQueryUrl(s))}">${escapeHtml(s)}</a>`).join('；');
    return escapeHtml(t.none(q)) + (links ? ` ${escapeHtml(t.suggest)}${links}` : '');
  }
  const count = o.complete
    ? t.results(filtered ? matches.length : o.total, q)
    : filtered
      ? t.resultsAtLeast(matches.length, q)
      : t.resultsAbout(o.total, q);
  return escapeHtml(listed < matches.length || !o.complete ? `${count}${t.listed(listed)}` : count);
}

/**
 * Render the current results under the current filter selection: `fresh` clears the list (a new
 * query or filter), otherwise results are appended (「显示更多」).
 */
async function render(id: number, started: number, fresh: boolean, searchMs = 0): Promise<void> {
  const [all, o] = [outcome, view];
  if (!all || !o) return;
  const concepts = (await engine.config()).concepts;
  if (id !== runId) return;
  // Counts over every passage loaded: the query's first screens and the filtered view's.
  const pids = new Set(all.shown.map((m) => m.pid));
  const loaded = o === all ? all.shown : [...all.shown, ...o.shown.filter((m) => !pids.has(m.pid))];
  const data = facetDataOf(loaded, concepts, kindLabel);
  const matches = applySelection(o.shown, data.valuesOf, selection);
  renderFilters(loaded, data, !all.complete);
  if (fresh) {
    list.innerHTML = '';
    listed = 0;
  }
  appendResults(matches, o.complete);
  const filtered = FACETS.some((f) => selection[f].size > 0);
  // Nothing found for 立党为公执政为民: the library may print it 立党为公、执政为民.
  const printed = matches.length === 0 && o.complete && !filtered ? await engine.printedForms(o.query) : [];
  if (id !== runId) return;
  const suggestions =
    matches.length === 0 && !filtered
      ? [
          ...new Set([
            ...printed,
            ...suggestPinyin(o.query.trim(), concepts),
            ...suggestTerms(
              o.query.trim(),
              concepts.flatMap((c) => [c.term, ...c.aliases]),
            ),
          ]),
        ].slice(0, 5)
      : [];
  status.innerHTML = statusHtml(o, matches, filtered, suggestions);
  // Read by the search benchmark and the browser tests: what is shown, the count and how long it took.
  Object.assign(window, {
    __djSearch: {
      query: o.query.trim(),
      count: o.complete ? matches.length : filtered ? matches.length : o.total,
      estimated: !o.complete,
      complete: o.complete,
      pids: matches.map((m) => m.pid),
      records: o.records,
      searchMs,
      ms: performance.now() - started,
    },
  });
  document.body.dataset.searchState = 'done';
}

/** Load and show one more screen of results (「显示更多」). */
async function showMore(): Promise<void> {
  const o = view;
  if (!o) return;
  const id = runId;
  wanted = listed + PAGE_SIZE;
  document.body.dataset.searchState = 'busy';
  await o.fill(wanted, selected);
  await render(id, performance.now(), false);
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
  wanted = PAGE_SIZE;
  if (parseQuery(q).length === 0) {
    outcome = view = undefined;
    list.innerHTML = card.innerHTML = filters.innerHTML = '';
    more.hidden = card.hidden = filters.hidden = true;
    status.textContent = q.trim() ? t.noWords : t.empty;
    document.body.dataset.searchState = 'done';
    return;
  }
  const started = performance.now();
  try {
    const o = await engine.search(q);
    const v = await engine.narrow(o, selection);
    // A filtered search also loads the query's first round of records (4), so the filters count
    // values their choice leaves out too (other kinds beside the kind chosen).
    await Promise.all([v.fill(wanted, selected), v === o ? undefined : o.fill(1)]);
    const searchMs = performance.now() - started;
    if (id !== runId) return;
    [outcome, view] = [o, v];
    viewId++;
    await Promise.all([renderCard(o), render(id, started, true, searchMs)]);
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
  wanted = PAGE_SIZE;
  const o = outcome;
  const [id, vid] = [runId, ++viewId];
  if (!o) return;
  document.body.dataset.searchState = 'busy';
  void engine
    .narrow(o, selection)
    .then(async (v) => {
      await v.fill(wanted, selected);
      if (id !== runId || vid !== viewId) return;
      view = v;
      await render(id, performance.now(), true);
    })
    .catch((e: unknown) => {
      console.error(e);
      status.textContent = t.loadFailed;
      document.body.dataset.searchState = 'done';
    });
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
more.addEventListener('click', () => void showMore());
/**
 * For the search benchmark and browser tests: load every candidate record, as pressing 「显示更多」
 * until it goes away would, and return every matching passage under the current filters.
 */
Object.assign(window, {
  __djSearchAll: async (): Promise<number[]> => {
    const o = view;
    if (!o) return [];
    await o.fill(Infinity, selected);
    await render(runId, performance.now(), false);
    return applySelection(o.shown, facetValuesOf, selection).map((m) => m.pid);
  },
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
