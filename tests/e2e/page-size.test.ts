/**
 * Page-size gate (issue 11): no page's HTML grows without bound. Every page of the built site is
 * under PAGE_GZIP_BOUND gzip bytes; the largest of each kind is printed, so a page type that grows
 * with the corpus shows up here before it crosses the bound (`npm run bench` runs the same script
 * on the ×10 and ×100 corpora).
 */
import { describe, expect, test } from 'vitest';
import { formatSizes, largestPerKind, PAGE_GZIP_BOUND, pageSizes } from '../../scripts/quality/largest-pages.js';
import { siteDir } from './support/browser.js';

describe('page size', () => {
  test(`every page is under ${PAGE_GZIP_BOUND / 1024} KB of gzip HTML`, async () => {
    const rows = await pageSizes(siteDir());
    console.log(formatSizes(largestPerKind(rows)));
    expect(rows.length, 'no page found').toBeGreaterThan(20);
    // The sizes are real: every page has a document and gzip shrinks it.
    for (const r of rows) expect(r.gzip, r.url).toBeLessThan(r.raw);
    const over = rows.filter((r) => r.gzip > PAGE_GZIP_BOUND).map((r) => `${r.url} ${(r.gzip / 1024).toFixed(1)} KB`);
    expect(over, 'pages over the bound').toEqual([]);
  });
});
