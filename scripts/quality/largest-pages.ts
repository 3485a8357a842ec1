/**
 * Largest pages of a built site by gzip HTML bytes: the check that no page grows with the corpus
 * (issue 11: every page under 100 KB of gzip HTML at ×100 the real corpus). Reads only the files,
 * no server or browser, so the e2e gate, `npm run bench` and a person can all run it on any build.
 *
 *   npx tsx scripts/quality/largest-pages.ts [siteDir] [--top 20]
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compareCodeUnits } from '../util/sort.js';
import { listPages } from './site-pages.js';

/** The bound on one page's HTML, gzip bytes. */
export const PAGE_GZIP_BOUND = 100 * 1024;

/** One page's HTML size. */
export interface PageSize {
  url: string;
  kind: string;
  raw: number;
  gzip: number;
}

/** Every HTML page of the site with its raw and gzip size, largest gzip first (ties by URL). */
export async function pageSizes(siteDir: string): Promise<PageSize[]> {
  const rows: PageSize[] = [];
  for (const p of await listPages(siteDir)) {
    const html = await readFile(join(siteDir, p.file));
    rows.push({ url: p.url, kind: p.kind, raw: html.length, gzip: gzipSync(html).length });
  }
  return rows.sort((a, b) => b.gzip - a.gzip || compareCodeUnits(a.url, b.url));
}

/** The largest page of each kind, largest first: where growth shows first. */
export function largestPerKind(rows: readonly PageSize[]): PageSize[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.kind) && seen.add(r.kind));
}

const kb = (n: number): string => (n / 1024).toFixed(1);

/** `rows` as a fixed-width table: gzip KB, raw KB, kind, URL. */
export function formatSizes(rows: readonly PageSize[]): string {
  const kindWidth = Math.max(4, ...rows.map((r) => r.kind.length));
  const line = (g: string, r: string, k: string, u: string) =>
    `${g.padStart(8)}  ${r.padStart(8)}  ${k.padEnd(kindWidth)}  ${u}`;
  return [
    line('gzip KB', 'raw KB', 'kind', 'url'),
    ...rows.map((r) => line(kb(r.gzip), kb(r.raw), r.kind, decodeURI(r.url))),
  ].join('\n');
}

/** CLI: the `top` largest pages, then the largest of each kind; exit 1 when one is over the bound. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 20;
  const siteDir = resolve(
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? process.env.DJ_OUT_DIR ?? 'dist',
  );
  const rows = await pageSizes(siteDir);
  console.log(
    `${rows.length} pages in ${siteDir}; bound ${kb(PAGE_GZIP_BOUND)} KB gzip\n\nlargest:\n${formatSizes(rows.slice(0, top))}`,
  );
  console.log(`\nlargest of each kind:\n${formatSizes(largestPerKind(rows))}`);
  const over = rows.filter((r) => r.gzip > PAGE_GZIP_BOUND);
  if (over.length) {
    console.error(`\n${over.length} page(s) over ${kb(PAGE_GZIP_BOUND)} KB gzip`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
