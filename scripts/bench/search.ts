/**
 * `npm run bench:search`: build (or reuse) the site, serve it with gzip, and run the query set in
 * headless Debian chromium through the real search page, and the same queries through plain
 * Pagefind (its JS API with zh-CN query segmentation, page-level index of the same site). Writes
 * `reports/search-bench.json` and prints a table and the means against the targets.
 * Flags: `--build` rebuilds first; `--quick` measures cold bytes for every 5th query only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Converter } from 'opencc-js/t2cn';
import { parse } from 'yaml';
import { flattenCorpus, type Corpus, type Passage } from '../../src/client/search/corpus.js';
import { launchChromium } from '../quality/chromium.js';
import { startStaticServer } from '../quality/static-server.js';
import { mean, median, precisionAt, recall, reciprocalRank } from './search-metrics.js';
import { buildQuerySet, relevantPassages, type BenchQuery, type GlossaryTerm } from './search-queries.js';
import { pagefindUrl } from '../model/urls.js';

const siteDir = resolve(process.env.DJ_OUT_DIR ?? 'dist');
const args = new Set(process.argv.slice(2));

interface EngineRun { ranked: string[]; ms: number; coldBytes?: number; coldTotalBytes?: number }
interface Row { kind: string; q: string; relevant: number; relevantPages: number; ours: Metrics; plain: Metrics; sameAsOk?: boolean }
interface Metrics { results: number; p10: number; recall: number; rr: number; ms: number; coldKB?: number; coldTotalKB?: number }

/** Sum the bytes every response of a page (and its workers: Pagefind searches in one) transfers. */
async function byteCounter(page: Page): Promise<{ total: () => number; matching: (re: RegExp) => number; sync: () => Promise<void> }> {
  const sizes: Promise<[string, number]>[] = [];
  page.context().on('requestfinished', (r) => {
    sizes.push(r.sizes().then((s) => [r.url(), s.responseBodySize + s.responseHeadersSize] as [string, number]).catch(() => [r.url(), 0]));
  });
  const settled: [string, number][] = [];
  const sync = async () => { settled.splice(0, settled.length, ...(await Promise.all(sizes))); };
  return {
    total: () => settled.reduce((a, [, n]) => a + n, 0),
    matching: (re) => settled.filter(([u]) => re.test(u)).reduce((a, [, n]) => a + n, 0),
    sync,
  };
}

const waitForSearch = (page: Page, q: string) =>
  page.waitForFunction((q) => (window as any).__djSearch?.query === q && document.body.dataset.searchState === 'done', q, { timeout: 30_000 });

/** Our search page: cold (fresh context) bytes, then ranked passage urls and warm latency. */
async function runOurs(browser: Browser, origin: string, queries: BenchQuery[], cold: (i: number) => boolean, pidUrl: (pid: number) => string): Promise<EngineRun[]> {
  const out: EngineRun[] = [];
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${origin}/search/`);
  for (const [i, { q }] of queries.entries()) {
    const run: EngineRun = { ranked: [], ms: 0 };
    if (cold(i)) {
      const c = await browser.newContext();
      const p = await c.newPage();
      const bytes = await byteCounter(p);
      await p.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      await waitForSearch(p, q.trim());
      await p.waitForLoadState('networkidle');
      await bytes.sync();
      run.coldBytes = bytes.matching(/\/(_astro\/.*\.js|search\/.*\.json)(\?|$)/);
      run.coldTotalBytes = bytes.total();
      await c.close();
    }
    for (let pass = 0; pass < 2; pass++) {
      await page.evaluate(() => { (window as any).__djSearch = undefined; });
      await page.fill('#search-q', q);
      await page.evaluate(() => (document.getElementById('search-form') as HTMLFormElement).requestSubmit());
      await waitForSearch(page, q.trim());
    }
    const r = await page.evaluate(() => (window as any).__djSearch as { pids: number[]; searchMs: number });
    run.ranked = r.pids.map(pidUrl);
    run.ms = r.searchMs;
    out.push(run);
  }
  await ctx.close();
  return out;
}

/** Plain Pagefind as its default UI uses it: `search(q)` with the page's zh-CN language. */
async function runPlain(browser: Browser, origin: string, queries: BenchQuery[], cold: (i: number) => boolean): Promise<EngineRun[]> {
  const out: EngineRun[] = [];
  const search = (p: Page, q: string, all: boolean) => p.evaluate(async ({ q, all, bundle }) => {
    const pf = await import(bundle);
    const t0 = performance.now();
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, all ? undefined : 10).map((x: { data(): Promise<{ url: string }> }) => x.data()));
    return { urls: data.map((d: { url: string }) => d.url), ms: performance.now() - t0 };
  }, { q, all, bundle: `${pagefindUrl()}pagefind.js` });
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${origin}/`);
  for (const [i, { q }] of queries.entries()) {
    const run: EngineRun = { ranked: [], ms: 0 };
    if (cold(i)) {
      const c = await browser.newContext();
      const p = await c.newPage();
      await p.goto(`${origin}/`);
      const bytes = await byteCounter(p);
      await search(p, q, false);
      await bytes.sync();
      run.coldBytes = run.coldTotalBytes = bytes.matching(/\/pagefind\//);
      await c.close();
    }
    run.ranked = (await search(page, q, true)).urls;
    run.ms = (await search(page, q, false)).ms;
    out.push(run);
  }
  await ctx.close();
  return out;
}

function metrics(run: EngineRun, relevant: Set<string>): Metrics {
  return {
    results: run.ranked.length, p10: precisionAt(run.ranked, relevant), recall: recall(run.ranked, relevant), rr: reciprocalRank(run.ranked, relevant),
    ms: Math.round(run.ms * 10) / 10,
    ...(run.coldBytes !== undefined && { coldKB: Math.round(run.coldBytes / 102.4) / 10, coldTotalKB: Math.round(run.coldTotalBytes! / 102.4) / 10 }),
  };
}

async function main(): Promise<void> {
  if (args.has('--build') || !existsSync(join(siteDir, 'search', 'index.json'))) {
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, DJ_OUT_DIR: siteDir } });
    if (r.status !== 0) throw new Error('build failed');
  }
  // Ground truth from the corpus the site was built from (it publishes it).
  const corpus = JSON.parse(readFileSync(join(siteDir, 'data', 'corpus.json'), 'utf8')) as Corpus;
  const table = flattenCorpus(corpus);
  const glossary = ((parse(readFileSync('content/concepts.yaml', 'utf8')) as { concepts?: { term: string; aliases?: string[] }[] }).concepts ?? [])
    .map((c): GlossaryTerm => ({ term: c.term, aliases: c.aliases ?? [] }));
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const queries = buildQuerySet(glossary, table.passages);
  const cold = (i: number) => !args.has('--quick') || i % 5 === 0;
  const pidUrl = (pid: number) => table.passages[pid]!.url;
  const pageOf = (p: Passage) => table.pages[p.page]!.url;

  // Gzip and caching as a real host serves the site: bytes fetched are what a reader transfers.
  const server = await startStaticServer(siteDir, { gzip: true, cacheControl: 'max-age=3600' });
  const browser = await launchChromium();
  try {
    const ours = await runOurs(browser, server.origin, queries, cold, pidUrl);
    const plain = await runPlain(browser, server.origin, queries, cold);
    const rows: Row[] = queries.map((bq, i) => {
      const rel = relevantPassages(bq.q, table.passages, glossary, toSimplified);
      const relUrls = new Set(rel.map(pidUrl));
      const relPages = new Set(rel.map((pid) => pageOf(table.passages[pid]!)));
      const row: Row = { kind: bq.kind, q: bq.q, relevant: rel.length, relevantPages: relPages.size, ours: metrics(ours[i]!, relUrls), plain: metrics(plain[i]!, relPages) };
      if (bq.sameAs) {
        const j = queries.findIndex((x) => x.q === bq.sameAs);
        const other = j >= 0 ? ours[j]!.ranked : undefined;
        row.sameAsOk = other !== undefined ? JSON.stringify(other) === JSON.stringify(ours[i]!.ranked) : undefined;
      }
      return row;
    });
    report(rows);
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(rows: Row[]): void {
  const f = (x: number) => x.toFixed(2);
  console.log(['kind', 'query', 'rel', '| ours n', 'P@10', 'R', 'RR', 'ms', 'KB', '| plain n', 'P@10', 'R', 'RR', 'ms', 'KB'].join('\t'));
  for (const r of rows) {
    const m = (x: Metrics) => [x.results, f(x.p10), f(x.recall), f(x.rr), x.ms, x.coldKB ?? ''].join('\t');
    console.log([r.kind, r.q, r.relevant, '| ' + m(r.ours), '| ' + m(r.plain)].join('\t'));
  }
  const summarise = (sel: Row[], pick: (r: Row) => Metrics) => ({
    queries: sel.length,
    meanP10: mean(sel.map((r) => pick(r).p10)), meanRecall: mean(sel.map((r) => pick(r).recall)), mrr: mean(sel.map((r) => pick(r).rr)),
    zeroResultWithRelevant: sel.filter((r) => r.relevant > 0 && pick(r).results === 0).map((r) => r.q),
    medianWarmMs: Math.round(median(sel.map((r) => pick(r).ms)) * 10) / 10,
    maxColdKB: Math.max(0, ...sel.map((r) => pick(r).coldKB ?? 0)), medianColdKB: median(sel.flatMap((r) => (pick(r).coldKB !== undefined ? [pick(r).coldKB!] : []))),
    maxColdTotalKB: Math.max(0, ...sel.map((r) => pick(r).coldTotalKB ?? 0)),
  });
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const termRows = rows.filter((r) => r.kind === 'term' || r.kind === 'mined');
  const summary = {
    targets: { termMeanP10: 0.99, termRecall: 1, termMrr: 0.98, medianWarmMs: 20, coldKB: 150 },
    ours: { terms: summarise(termRows, (r) => r.ours), all: summarise(rows, (r) => r.ours), byKind: Object.fromEntries(kinds.map((k) => [k, summarise(rows.filter((r) => r.kind === k), (r) => r.ours)])) },
    plain: { terms: summarise(termRows, (r) => r.plain), all: summarise(rows, (r) => r.plain), byKind: Object.fromEntries(kinds.map((k) => [k, summarise(rows.filter((r) => r.kind === k), (r) => r.plain)])) },
    traditionalEqualsSimplified: rows.filter((r) => r.sameAsOk !== undefined).every((r) => r.sameAsOk),
  };
  console.log('\nby kind (ours | plain): P@10 / recall / MRR / median ms / max cold KB');
  for (const k of kinds) {
    const o = summary.ours.byKind[k]!;
    const p = summary.plain.byKind[k]!;
    console.log(`${k}\t${o.queries}\t${f(o.meanP10)} / ${f(o.meanRecall)} / ${f(o.mrr)} / ${o.medianWarmMs} / ${o.maxColdKB}\t| ${f(p.meanP10)} / ${f(p.meanRecall)} / ${f(p.mrr)} / ${p.medianWarmMs} / ${p.maxColdKB}`);
  }
  const t = summary.ours.terms;
  console.log(`\nterms (${t.queries}): P@10 ${f(t.meanP10)} (≥0.99) recall ${f(t.meanRecall)} (=1) MRR ${f(t.mrr)} (≥0.98) zero-result ${t.zeroResultWithRelevant.length}; ` +
    `median warm ${summary.ours.all.medianWarmMs} ms (≤20); cold search bytes max ${summary.ours.all.maxColdKB} KB (≤150), incl. page ${summary.ours.all.maxColdTotalKB} KB; traditional = simplified: ${summary.traditionalEqualsSimplified}`);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/search-bench.json', JSON.stringify({ site: siteDir, summary, rows }, null, 1) + '\n');
  console.log('wrote reports/search-bench.json');
}

await main();
