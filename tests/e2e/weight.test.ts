/**
 * Page-weight gate: prints the page-weight table (HTML, CSS, JS per page kind, raw and gzip) and
 * fails when a reading page ships more than 20 KB gzip of JavaScript outside search and lecture
 * tools (which scripts count as tools: see scripts/quality/page-weight.ts).
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  formatTable,
  overBudget,
  READING_JS_BUDGET,
  weighSite,
  writeReport,
} from '../../scripts/quality/page-weight.js';
import { siteDir, siteOrigin, useChromium } from './support/browser.js';

const browser = useChromium();

describe('page weight', () => {
  test(`reading pages ship at most ${READING_JS_BUDGET / 1024} KB gzip JS outside search and lecture tools`, async () => {
    const rows = await weighSite(siteDir(), siteOrigin(), browser());
    console.log(formatTable(rows));
    await writeReport(rows, resolve('reports', 'page-weight.json'));
    expect(rows.filter((r) => r.kind.startsWith('reading')).length, 'no reading page weighed').toBeGreaterThan(0);
    // Every page fetched its own HTML: a report of zeros would prove nothing.
    for (const r of rows) expect(r.html.raw, `${r.url} fetched no HTML`).toBeGreaterThan(0);
    const over = overBudget(rows).map((r) => {
      const scripts = r.resources
        .filter((s) => s.type === 'js' && !s.tool)
        .map((s) => `    ${(s.gzip / 1024).toFixed(1)} KB  ${s.url}`);
      return `  ${r.url}: ${(r.jsBudget.gzip / 1024).toFixed(1)} KB gzip\n${scripts.join('\n')}`;
    });
    expect(over, `reading pages over the JS budget:\n${over.join('\n')}`).toEqual([]);
  });
});
