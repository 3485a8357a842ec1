/** The Pagefind records' filters (search-records.ts), on the real corpus's records. */
import { describe, expect, test } from 'vitest';
import { FACET_FILTERS, HEADINGS_FILTER, recordDataSchema, WORK_FILTER } from '../../../src/client/search/schema.js';
import { buildRecords } from '../../../src/integrations/search-records.js';
import { loaded, records, table } from './records-fixture.js';

describe('the filters of the search records', () => {
  test('every record names its work, the title of its root document, so a cited article is looked up within it', () => {
    records.forEach((r, i) => expect(r.filters[WORK_FILTER]).toEqual([loaded[i]!.page.document]));
    const works = new Set(records.map((r) => r.filters[WORK_FILTER]![0]));
    expect(works).toEqual(new Set(table.pages.map((p) => p.document)));
    expect(works.size).toBeGreaterThanOrEqual(4);
  });

  test('a page’s headings record, and it alone, carries the headings filter', () => {
    for (const [i, r] of records.entries()) {
      const headings = loaded[i]!.passages.every((p) => p.heading === true);
      expect(r.filters.t, r.url).toEqual(headings ? HEADINGS_FILTER.t : undefined);
    }
    expect(records.filter((r) => r.filters.t).length).toBe(new Set(table.pages.map((p) => p.url)).size);
  });

  test('every record carries its page’s kind, document and chapter, and the concepts its passages mention, as the result filters name them', () => {
    // Concepts named by passage number (some passages two, some none), as conceptPassages gives them.
    const mentions = new Map(
      table.passages.flatMap((_, pid) => (pid % 5 === 0 ? [[pid, pid % 2 ? ['b', 'a'] : ['c']]] : [])),
    );
    const withConcepts = buildRecords(table, mentions);
    withConcepts.forEach((r) => {
      const { page, passages } = recordDataSchema.parse(JSON.parse(r.meta.d));
      expect(r.filters[FACET_FILTERS.kind]).toEqual([page.kind]);
      expect(r.filters[FACET_FILTERS.document]).toEqual([page.doc]);
      expect(r.filters[FACET_FILTERS.chapter]).toEqual([page.chapter]);
      const concepts = [...new Set(passages.flatMap((p) => mentions.get(p.pid) ?? []))].sort();
      expect(r.filters[FACET_FILTERS.concept], r.url).toEqual(concepts.length > 0 ? concepts : undefined);
    });
    // The filters name something: several kinds and documents, records with and without concepts.
    const values = (f: string) => new Set(withConcepts.flatMap((r) => r.filters[f] ?? []));
    expect(values(FACET_FILTERS.kind).size).toBeGreaterThanOrEqual(3);
    expect(values(FACET_FILTERS.document)).toEqual(new Set(loaded.map((d) => d.page.doc)));
    expect(values(FACET_FILTERS.chapter).size).toBe(new Set(table.pages.map((p) => p.url)).size);
    expect(values(FACET_FILTERS.concept)).toEqual(new Set(['a', 'b', 'c']));
    expect(withConcepts.some((r) => r.filters[FACET_FILTERS.concept] === undefined)).toBe(true);
    expect(withConcepts.some((r) => r.filters[FACET_FILTERS.concept]?.length === 3)).toBe(true);
  });
});
