/**
 * What the search page must find, and how a test reads what it found. Expected passages come from
 * a built site's own corpus.json and the glossary (a substring scan, scripts/bench/search-queries.ts),
 * not from the search code; the page exposes its state as `window.__djSearch` (client/search/page.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Converter } from 'opencc-js/t2cn';
import { parse } from 'yaml';
import { flattenCorpus, type Corpus } from '../../../src/client/search/corpus.js';
import { relevantPassages, type GlossaryTerm } from '../../../scripts/bench/search-queries.js';

/** The passages of the site in `dir`, and the passages each query must find there. */
export function searchOracle(dir: string) {
  const corpus = JSON.parse(readFileSync(join(dir, 'data', 'corpus.json'), 'utf8')) as Corpus;
  const table = flattenCorpus(corpus);
  const glossary = (
    (parse(readFileSync('content/concepts.yaml', 'utf8')) as { concepts?: GlossaryTerm[] }).concepts ?? []
  ).map((c) => ({ term: c.term, aliases: c.aliases ?? [] }));
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  return {
    corpus,
    table,
    passages: table.passages,
    glossary,
    expected: (q: string): number[] => relevantPassages(q, table.passages, glossary, toSimplified),
  };
}

/** The search page's state (`window.__djSearch`). */
export interface Outcome {
  query: string;
  count: number;
  estimated: boolean;
  complete: boolean;
  records: { candidates: number; loaded: number };
  /** The results under the current filters that are loaded (every one once `complete`). */
  pids: number[];
}

/** Wait until the search page has rendered the results of `q`. */
export async function results(page: Page, q: string): Promise<Outcome> {
  await page.waitForFunction(
    (q) => (window as any).__djSearch?.query === q && document.body.dataset.searchState === 'done',
    q,
  );
  return page.evaluate(() => (window as any).__djSearch as Outcome);
}

/**
 * Load every record of the current query, as pressing 「显示更多」 until it goes away does, and
 * return the outcome: every result and the exact count.
 */
export async function everything(page: Page, q: string): Promise<Outcome> {
  await page.evaluate(() => (window as any).__djSearchAll());
  return results(page, q);
}
