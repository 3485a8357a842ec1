/** The Pagefind records' filters (search-records.ts), on the real corpus's records. */
import { describe, expect, test } from 'vitest';
import { HEADINGS_FILTER, WORK_FILTER } from '../../../src/client/search/schema.js';
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
});
