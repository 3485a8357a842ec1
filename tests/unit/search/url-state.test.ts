/** The search page's URL state (url-state.ts): round trip, deterministic, tolerant parsing, real ids; and the ids results carry (facet-data.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { facetDataOf } from '../../../src/client/search/facet-data.js';
import { emptySelection, FACETS } from '../../../src/client/search/facets.js';
import type { PassageMatch } from '../../../src/client/search/match.js';
import { pageIds, parseSearchState, searchUrl } from '../../../src/client/search/url-state.js';
import { loaded, table } from './records-fixture.js';

const query = (url: string) => url.slice(url.indexOf('?'));

describe('search state in the URL', () => {
  test('query and filters survive a round trip', () => {
    const selection = emptySelection();
    selection.kind.add('paper');
    selection.document.add('paper-zhenggong-lianzheng');
    selection.chapter.add('speeches-zhengzhi-jiguan/part-01');
    selection.concept.add('liang-xue-yi-zuo').add('dang-fei');
    const url = searchUrl({ q: ' 两学一做 "党风 廉政" ', selection });
    expect(url).toBe(
      `/search/?q=${encodeURIComponent('两学一做 "党风 廉政"')}&kind=paper&doc=paper-zhenggong-lianzheng` +
        '&ch=speeches-zhengzhi-jiguan%2Fpart-01&concept=dang-fei&concept=liang-xue-yi-zuo',
    );
    expect(parseSearchState(query(url))).toEqual({ q: '两学一做 "党风 廉政"', selection });
  });

  test('serialisation is deterministic: choice order does not matter, values appear once', () => {
    const a = emptySelection();
    a.kind.add('speech').add('paper');
    const b = emptySelection();
    b.kind.add('paper').add('speech');
    expect(searchUrl({ q: '廉政', selection: a })).toBe(searchUrl({ q: '廉政', selection: b }));
    expect(searchUrl({ q: '廉政', selection: a })).toBe(
      `/search/?q=${encodeURIComponent('廉政')}&kind=paper&kind=speech`,
    );
  });

  test('parsing is order-independent and ignores unknown parameters and malformed values', () => {
    const one = parseSearchState(
      '?kind=speech&q=%E5%BB%89%E6%94%BF&utm=x&kind=paper&kind=paper&doc=Bad%20Id&concept=%3Cb%3E&ch=a/b/c',
    );
    const two = parseSearchState('?q=%E5%BB%89%E6%94%BF&kind=paper&kind=speech');
    expect(one).toEqual(two);
    expect([...one.selection.kind]).toEqual(['speech', 'paper']);
    expect(one.selection.document.size + one.selection.concept.size + one.selection.chapter.size).toBe(0);
    // `+` is a space in a query string, as forms send it.
    expect(parseSearchState('?q=a+b').q).toBe('a b');
  });

  test('no query and no filter is the bare search page', () => {
    expect(searchUrl({ q: '  ', selection: emptySelection() })).toBe('/search/');
    expect(parseSearchState('')).toEqual({ q: '', selection: emptySelection() });
  });

  test('every page of the real corpus and every glossary concept has ids the URL keeps', () => {
    const glossary =
      (parse(readFileSync('content/concepts.yaml', 'utf8')) as { concepts?: { id: string }[] }).concepts ?? [];
    expect(table.pages.length).toBeGreaterThan(0);
    expect(glossary.length).toBeGreaterThan(0);
    const selection = emptySelection();
    for (const { kind, url } of table.pages) {
      const ids = pageIds(url);
      expect(url).toBe(`/library/${ids.chapter}/`);
      selection.kind.add(kind);
      selection.document.add(ids.document);
      selection.chapter.add(ids.chapter);
    }
    for (const c of glossary) selection.concept.add(c.id);
    const back = parseSearchState(query(searchUrl({ q: '党', selection }))).selection;
    for (const f of FACETS) expect([...back[f]].sort()).toEqual([...selection[f]].sort());
  });
});

describe('filter ids and labels of results (facet-data.ts) on the real corpus', () => {
  const concepts = [{ id: 'liang-xue-yi-zuo', term: '两学一做', url: '', aliases: [], pinyin: 'liang xue yi zuo' }];
  /** A match for every passage of the first and the last record, as the engine makes them. */
  const matches: PassageMatch[] = [loaded[0]!, loaded[loaded.length - 1]!].flatMap((data) =>
    data.passages.map((passage) => ({
      pid: passage.pid,
      count: 1,
      forms: ['x'],
      exact: true,
      passage,
      page: data.page,
    })),
  );
  const data = facetDataOf(matches, concepts, (k) => `kind:${k}`);

  test('a passage has the ids its page URL gives, labelled with the page and document titles', () => {
    for (const m of [matches[0]!, matches[matches.length - 1]!]) {
      const { title, document, kind, url } = table.pages[table.passages[m.pid]!.page]!;
      const v = data.valuesOf(m);
      expect(`/library/${v.chapter[0]}/`).toBe(url);
      expect(url.startsWith(`/library/${v.document[0]}/`)).toBe(true);
      expect(v.kind).toEqual([kind]);
      expect(data.label('chapter', v.chapter[0]!)).toBe(title);
      expect(data.label('document', v.document[0]!)).toBe(document);
      expect(data.label('kind', kind)).toBe(`kind:${kind}`);
    }
  });

  test('concepts come with the passage and are labelled with the glossary term', () => {
    const m = { ...matches[0]!, passage: { ...matches[0]!.passage, concepts: ['liang-xue-yi-zuo'] } };
    expect(data.valuesOf(m).concept).toEqual(['liang-xue-yi-zuo']);
    expect(data.label('concept', 'liang-xue-yi-zuo')).toBe('两学一做');
  });

  test('an id no page has shows as it is', () => {
    expect(data.label('document', 'no-such-doc')).toBe('no-such-doc');
  });
});
