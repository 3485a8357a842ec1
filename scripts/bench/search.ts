/**
 * `npm run bench:search`: the passage search measured in headless Debian chromium through the real
 * search page, on the site built from the real corpus and, with `--scale 10` / `--scale 100`, on
 * a ×N corpus (scale-corpus.ts; pipeline and site built once into /tmp/dj-bench-xN and reused).
 * Per query: quality against a substring scan of the corpus (P@10, recall, MRR, an alias-only hit
 * above an exact one) over every result the page can reach (the first screen, then every record
 * loaded as pressing 「显示更多」 until it goes away would: `window.__djSearchAll`), cold transfer in
 * gzip bytes by kind of file for the first screen (fresh browser context), warm latency of the
 * first screen (the same query again in a warm page). Also the index size on disk against the text.
 * Filtered searches (search-queries.ts `filteredQueries`: the top queries narrowed to a document,
 * a kind, a concept), opened cold from their URL: the records and bytes their first screen loads,
 * and whether every result they reach is exactly the passages the filter leaves.
 * Writes `reports/search-bench-x<N>.json` and prints a summary line per size.
 * Flags: `--scale N` (default 1: the site in $DJ_OUT_DIR or dist/), `--dir D` the ×N root instead
 * of /tmp/dj-bench-xN, `--build` rebuilds, `--reindex` rewrites only the search index (in
 * shards of at most `--shard-words N` pairs, search-shards.ts),
 * `--quick` measures cold bytes for every 5th query only, `--filtered-only` runs the filtered searches alone, `--full-max R` collects every reachable
 * result only for queries with at most R candidate records (the others are scored on their first
 * screen and left out of recall: loading thousands of records takes minutes per query at ×100).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Converter } from 'opencc-js/t2cn';
import { parse } from 'yaml';
import { flattenCorpus, type Corpus } from '../../src/client/search/corpus.js';
import { readCorpus } from '../../src/lib/corpus-files.js';
import { launchChromium } from '../quality/chromium.js';
import { startStaticServer } from '../quality/static-server.js';
import { aliasAboveExact, mean, median, precisionAt, recall, reciprocalRank } from './search-metrics.js';
import {
  buildQuerySet,
  filteredQueries,
  fold,
  formsOfClause,
  relevantPassages,
  type BenchQuery,
  type FilteredQuery,
  type GlossaryTerm,
} from './search-queries.js';
import { writeScaledCorpus } from './scale-corpus.js';
import { searchQueryUrl, searchUrl } from '../model/urls.js';
import { pageIds, searchUrl as filteredSearchUrl } from '../../src/client/search/url-state.js';
import { emptySelection } from '../../src/client/search/facets.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const scale = Number(argv[argv.indexOf('--scale') + 1] ?? 1) || 1;
const fullMax = argv.includes('--full-max') ? Number(argv[argv.indexOf('--full-max') + 1]) : Infinity;

/** Where the site and the generated data of this size live. */
function sitePaths(): { site: string; generated: string } {
  if (scale === 1)
    return {
      site: resolve(process.env.DJ_OUT_DIR ?? 'dist'),
      generated: resolve(process.env.DJ_GENERATED_DIR ?? '.generated'),
    };
  const root = argv.includes('--dir') ? resolve(argv[argv.indexOf('--dir') + 1]!) : `/tmp/dj-bench-x${scale}`;
  return { site: join(root, 'dist'), generated: join(root, 'generated') };
}

/**
 * Build the site of this size when it is missing or `--build` asks; `--reindex` rewrites only the
 * search index of a built site (the build's last step, from the same generated data).
 */
async function ensureSite(site: string, generated: string): Promise<void> {
  if (flag('--reindex')) {
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    process.env.DJ_GENERATED_DIR = generated;
    const { writeSearchIndex } = await import('../../src/integrations/pagefind.js');
    const shardWords = argv.includes('--shard-words') ? Number(argv[argv.indexOf('--shard-words') + 1]) : undefined;
    console.log(await writeSearchIndex(site, shardWords));
    return;
  }
  if (!flag('--build') && existsSync(join(site, 'search', 'config.json'))) return;
  const env: NodeJS.ProcessEnv = { ...process.env, DJ_OUT_DIR: site, DJ_GENERATED_DIR: generated };
  if (scale > 1) {
    const corpus = writeScaledCorpus(scale, join(site, '..', 'corpus'));
    Object.assign(env, { DJ_MANIFEST: corpus.manifest, DJ_SOURCES_DIR: corpus.sourcesDir });
  }
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error('build failed');
}

/** What the cold load of one query transferred, gzip bytes by kind of file. */
type Transfer = Record<'page' | 'scripts' | 'wasm' | 'index' | 'fragments' | 'searchFiles' | 'total', number>;

function classify(url: string): keyof Transfer {
  const path = new URL(url).pathname;
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\/wasm\.[^/]*\.pagefind$/.test(path)) return 'wasm';
  if (/\.(pf_index|pf_meta|pf_filter)$|pagefind-entry\.json$/.test(path)) return 'index';
  if (/\.js$/.test(path)) return 'scripts';
  if (/\/search\/[^/]+\.json$/.test(path)) return 'searchFiles';
  return 'page';
}

/** Count every response of a page by kind (body + headers, as sent: gzip where the host gzips). */
function byteCounter(page: Page): () => Promise<Transfer> {
  const sizes: Promise<[string, number]>[] = [];
  page.context().on('requestfinished', (r) => {
    sizes.push(
      r
        .sizes()
        .then((s) => [r.url(), s.responseBodySize + s.responseHeadersSize] as [string, number])
        .catch(() => [r.url(), 0]),
    );
  });
  return async () => {
    const t: Transfer = { page: 0, scripts: 0, wasm: 0, index: 0, fragments: 0, searchFiles: 0, total: 0 };
    for (const [url, n] of await Promise.all(sizes)) {
      t[classify(url)] += n;
      t.total += n;
    }
    return t;
  };
}

interface Found {
  query: string;
  /** The count the first screen shows, and whether it is an estimate (约 N). */
  count: number;
  estimated: boolean;
  /** Records loaded for the first screen, of the candidates. */
  records: { candidates: number; loaded: number };
  /** Every result reachable by 「显示更多」, in the order the page lists them. */
  pids: number[];
  searchMs: number;
}
const waitForSearch = (page: Page, q: string) =>
  page.waitForFunction(
    (q) => (window as any).__djSearch?.query === q && document.body.dataset.searchState === 'done',
    q,
    { timeout: 60_000 },
  );

interface Run {
  found: Found;
  /** `found.pids` is every reachable result (else the first screen only: `--full-max`). */
  enumerated: boolean;
  warmMs: number;
  cold?: Transfer;
}

/** Every query: cold in a fresh context (when `cold(i)`), then twice in one warm page. */
async function runQueries(
  browser: Browser,
  origin: string,
  queries: BenchQuery[],
  cold: (i: number) => boolean,
): Promise<Run[]> {
  const out: Run[] = [];
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${origin}${searchUrl()}`);
  for (const [i, { q }] of queries.entries()) {
    if (i % 20 === 0) process.stderr.write(`  query ${i + 1}/${queries.length}\n`);
    let transfer: Transfer | undefined;
    if (cold(i)) {
      const c = await browser.newContext();
      const p = await c.newPage();
      const bytes = byteCounter(p);
      await p.goto(`${origin}${searchQueryUrl(q)}`);
      await waitForSearch(p, q.trim());
      await p.waitForLoadState('networkidle');
      transfer = await bytes();
      await c.close();
    }
    let found: Found | undefined;
    for (let pass = 0; pass < 2; pass++) {
      await page.evaluate(() => {
        (window as any).__djSearch = undefined;
      });
      await page.fill('#search-q', q);
      await page.evaluate(() => (document.getElementById('search-form') as HTMLFormElement).requestSubmit());
      await waitForSearch(page, q.trim());
      found = await page.evaluate(() => (window as any).__djSearch as Found);
    }
    const enumerated = found!.records.candidates <= fullMax;
    const pids = enumerated
      ? await page.evaluate(() => (window as any).__djSearchAll() as Promise<number[]>)
      : found!.pids;
    out.push({ found: { ...found!, pids }, enumerated, warmMs: found!.searchMs, ...(transfer && { cold: transfer }) });
  }
  await ctx.close();
  return out;
}

/** A filtered search opened cold from its URL. */
interface FilteredRun {
  found: Found;
  cold: Transfer;
  /** Every result reached equals the passages the filter leaves. */
  exact: boolean;
}

async function runFiltered(browser: Browser, origin: string, queries: FilteredQuery[]): Promise<FilteredRun[]> {
  const out: FilteredRun[] = [];
  for (const fq of queries) {
    const selection = emptySelection();
    selection[fq.facet].add(fq.value);
    const c = await browser.newContext();
    const p = await c.newPage();
    const bytes = byteCounter(p);
    await p.goto(`${origin}${filteredSearchUrl({ q: fq.q, selection })}`);
    await waitForSearch(p, fq.q.trim());
    await p.waitForLoadState('networkidle');
    const cold = await bytes();
    const found = await p.evaluate(() => (window as any).__djSearch as Found);
    const pids = await p.evaluate(() => (window as any).__djSearchAll() as Promise<number[]>);
    const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b).join();
    out.push({ found, cold, exact: sorted(pids) === sorted(fq.expected) });
    await c.close();
  }
  return out;
}

/** Bytes and number of the files under `dir` (recursively) whose names pass `keep`. */
function diskFiles(dir: string, keep: (name: string) => boolean = () => true): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => {
      const p = join(dir, e.name);
      const sub = e.isDirectory() ? diskFiles(p, keep) : keep(e.name) ? { bytes: statSync(p).size, files: 1 } : null;
      return sub ? { bytes: n.bytes + sub.bytes, files: n.files + sub.files } : n;
    },
    { bytes: 0, files: 0 },
  );
}

const KB = (n: number) => Math.round(n / 102.4) / 10;

/** The filtered searches' summary (records loaded for the first screen, bytes, any not exact) and rows; prints its line. */
function filteredReport(scale: number, filtered: FilteredQuery[], runs: FilteredRun[]) {
  const stat = (xs: number[]) => ({ median: median(xs), max: Math.max(...xs) });
  const summary = {
    queries: runs.length,
    notExact: runs.flatMap((r, i) =>
      r.exact ? [] : [`${filtered[i]!.q} ${filtered[i]!.facet}=${filtered[i]!.value}`],
    ),
    firstScreenRecords: stat(runs.map((r) => r.found.records.loaded)),
    coldKB: Object.fromEntries(
      (['total', 'index', 'fragments'] as const).map((k) => {
        const { median: m, max } = stat(runs.map((r) => r.cold[k]));
        return [k, { median: KB(m), max: KB(max) }];
      }),
    ),
  };
  const c = summary.coldKB;
  console.log(
    `×${scale} filtered: ${summary.queries} searches, ${summary.notExact.length} not exact | first screen records median ${summary.firstScreenRecords.median} max ${summary.firstScreenRecords.max} | ` +
      `cold KB median ${c.total!.median} max ${c.total!.max} (index ${c.index!.median}/${c.index!.max}, fragments ${c.fragments!.median}/${c.fragments!.max})`,
  );
  const rows = filtered.map((fq, i) => ({
    q: fq.q,
    filter: `${fq.facet}=${fq.value}`,
    expected: fq.expected.length,
    exact: runs[i]!.exact,
    records: runs[i]!.found.records,
    cold: runs[i]!.cold,
  }));
  return { summary, rows };
}

async function main(): Promise<void> {
  const { site, generated } = sitePaths();
  await ensureSite(site, generated);
  const corpus: Corpus = readCorpus(generated);
  const table = flattenCorpus(corpus);
  const glossary = (
    (parse(readFileSync('content/concepts.yaml', 'utf8')) as { concepts?: { term: string; aliases?: string[] }[] })
      .concepts ?? []
  ).map((c): GlossaryTerm => ({ term: c.term, aliases: c.aliases ?? [] }));
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const queries = buildQuerySet(glossary, table.passages);
  const cold = (i: number) => !flag('--quick') || i % 5 === 0;

  const server = await startStaticServer(site, { gzip: true, cacheControl: 'max-age=3600' });
  const browser = await launchChromium();
  // Each query's relevant passages, scanned once (the filtered searches and the scores both need them).
  const relevant = new Map<string, number[]>();
  const relevantOf = (q: string): number[] => {
    let pids = relevant.get(q);
    if (!pids) relevant.set(q, (pids = relevantPassages(q, table.passages, glossary, toSimplified)));
    return pids;
  };
  const conceptsOf = new Map<string, string[]>();
  for (const c of corpus.concepts ?? [])
    for (const o of c.occurrences) conceptsOf.set(o.url, [...(conceptsOf.get(o.url) ?? []), c.id]);
  const filtered = filteredQueries(
    queries.filter((bq) => bq.kind === 'term').map((bq) => ({ q: bq.q, pids: relevantOf(bq.q) })),
    (pid) => {
      const p = table.passages[pid]!;
      const page = table.pages[p.page]!;
      return { kind: page.kind, document: pageIds(page.url).document, concepts: conceptsOf.get(p.url) ?? [] };
    },
  );
  let runs: Run[];
  let filteredRuns: FilteredRun[];
  try {
    runs = flag('--filtered-only') ? [] : await runQueries(browser, server.origin, queries, cold);
    filteredRuns = await runFiltered(browser, server.origin, filtered);
  } finally {
    await browser.close();
    await server.close();
  }
  const filteredSummary = filteredReport(scale, filtered, filteredRuns);
  if (flag('--filtered-only')) {
    mkdirSync('reports', { recursive: true });
    writeFileSync(
      `reports/search-bench-x${scale}-filtered.json`,
      JSON.stringify({ site, filtered: filteredSummary }, null, 1) + '\n',
    );
    console.log(`wrote reports/search-bench-x${scale}-filtered.json`);
    return;
  }
  const rows = queries.map((bq, i) => {
    const run = runs[i]!;
    const rel = new Set(relevantOf(bq.q));
    // Exact: holds every clause as typed or simplified (not only through an alias).
    const clauses = [...bq.q.matchAll(/["“]([^"”]+)["”]/g)]
      .map((m) => m[1]!)
      .concat(
        bq.q
          .replace(/["“][^"”]+["”]/g, ' ')
          .split(/\s+/)
          .filter(Boolean),
      );
    const exactForms = clauses.map((c) => formsOfClause(c, [], toSimplified));
    const exact = new Set(
      run.found.pids.filter((pid) =>
        exactForms.every((fs) => fs.some((f) => fold(table.passages[pid]!.text).includes(f))),
      ),
    );
    const longTerms = clauses.every((c) => [...c.replace(/[\s\p{P}]/gu, '')].length >= 2);
    return {
      kind: bq.kind,
      q: bq.q,
      relevant: rel.size,
      results: run.found.pids.length,
      count: run.found.count,
      estimated: run.found.estimated,
      records: run.found.records,
      p10: precisionAt(run.found.pids, rel),
      enumerated: run.enumerated,
      recall: run.enumerated ? recall(run.found.pids, rel) : undefined,
      rr: reciprocalRank(run.found.pids, rel),
      aliasAboveExact: aliasAboveExact(run.found.pids, exact),
      longTermMiss: run.enumerated && longTerms && recall(run.found.pids, rel) < 1,
      warmMs: Math.round(run.warmMs * 10) / 10,
      ...(run.cold && { cold: run.cold }),
    };
  });
  const colds = rows.flatMap((r) => (r.cold ? [r.cold] : []));
  const textBytes = table.passages.reduce((n, p) => n + Buffer.byteLength(p.text + (p.translation ?? '')), 0);
  const pagefindIndex = diskFiles(join(site, 'pagefind'), (n) =>
    /\.(pf_index|pf_meta|pf_fragment|pf_filter|pagefind)$|^pagefind(-entry)?\.js(on)?$/.test(n),
  ).bytes;
  const summary = {
    scale,
    passages: table.passages.length,
    queries: rows.length,
    meanP10: mean(rows.map((r) => r.p10)),
    meanRecall: mean(rows.flatMap((r) => (r.recall === undefined ? [] : [r.recall]))),
    /** Queries not enumerated past the first screen (`--full-max`): left out of recall and misses. */
    notEnumerated: rows.filter((r) => !r.enumerated).map((r) => r.q),
    mrr: mean(rows.map((r) => r.rr)),
    aliasAboveExact: rows.filter((r) => r.aliasAboveExact).map((r) => r.q),
    longTermMisses: rows.filter((r) => r.longTermMiss).map((r) => r.q),
    estimated: rows.filter((r) => r.estimated).map((r) => r.q),
    /** Of the estimated counts (约 N): the median and worst |N − true count| / true count. */
    estimateError: (() => {
      const errs = rows
        .filter((r) => r.estimated && r.relevant > 0)
        .map((r) => Math.abs(r.count - r.relevant) / r.relevant);
      return { median: Math.round(median(errs) * 100) / 100, max: Math.round(Math.max(0, ...errs) * 100) / 100 };
    })(),
    /** Records loaded for the first screen: median and most. */
    firstScreenRecords: {
      median: median(rows.map((r) => r.records.loaded)),
      max: Math.max(...rows.map((r) => r.records.loaded)),
    },
    warmMs: { median: median(rows.map((r) => r.warmMs)), max: Math.max(...rows.map((r) => r.warmMs)) },
    filtered: filteredSummary.summary,
    coldKB: Object.fromEntries(
      (['total', 'page', 'scripts', 'wasm', 'index', 'fragments', 'searchFiles'] as const).map((k) => [
        k,
        { median: KB(median(colds.map((c) => c[k]))), max: KB(Math.max(...colds.map((c) => c[k]))) },
      ]),
    ),
    disk: {
      textKB: KB(textBytes),
      pagefindKB: KB(pagefindIndex),
      searchFilesKB: KB(diskFiles(join(site, 'search'), (n) => n.endsWith('.json')).bytes),
      fragments: diskFiles(join(site, 'pagefind'), (n) => n.endsWith('.pf_fragment')).files,
      /** Pagefind bundles (search-shards.ts): the first and the merged ones. */
      bundles: diskFiles(join(site, 'pagefind'), (n) => n === 'pagefind-entry.json').files,
    },
  };
  const f = (x: number) => x.toFixed(2);
  for (const r of rows)
    if (r.p10 < 1 || (r.recall ?? 1) < 1 || r.rr < 1 || r.aliasAboveExact)
      console.log(
        `  ${r.kind}\t${r.q}\trel ${r.relevant}\tgot ${r.results}${r.estimated ? ` (约 ${r.count})` : ''}\tP@10 ${f(r.p10)} R ${r.recall === undefined ? '-' : f(r.recall)} RR ${f(r.rr)}${r.aliasAboveExact ? ' alias>exact' : ''}`,
      );
  const c = summary.coldKB;
  console.log(
    `×${scale}: ${summary.passages} passages, ${summary.queries} queries | P@10 ${f(summary.meanP10)} recall ${f(summary.meanRecall)}${summary.notEnumerated.length ? ` (of ${summary.queries - summary.notEnumerated.length} enumerated)` : ''} MRR ${f(summary.mrr)} | alias>exact ${summary.aliasAboveExact.length}, ≥2-char misses ${summary.longTermMisses.length}, estimated ${summary.estimated.length} (error median ${summary.estimateError.median}, max ${summary.estimateError.max}) | first screen records median ${summary.firstScreenRecords.median} max ${summary.firstScreenRecords.max} | ` +
      `cold KB median ${c.total!.median} max ${c.total!.max} (page ${c.page!.median}, scripts ${c.scripts!.median}, wasm ${c.wasm!.median}, index ${c.index!.median}/${c.index!.max}, fragments ${c.fragments!.median}/${c.fragments!.max}, search files ${c.searchFiles!.median}) | ` +
      `warm ms median ${summary.warmMs.median} max ${summary.warmMs.max} | disk: text ${summary.disk.textKB} KB, Pagefind ${summary.disk.pagefindKB} KB in ${summary.disk.fragments} fragments, ${summary.disk.bundles} bundle(s), search files ${summary.disk.searchFilesKB} KB`,
  );
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    `reports/search-bench-x${scale}.json`,
    JSON.stringify({ site, summary, rows, filtered: filteredSummary.rows }, null, 1) + '\n',
  );
  console.log(`wrote reports/search-bench-x${scale}.json`);
}

await main();
