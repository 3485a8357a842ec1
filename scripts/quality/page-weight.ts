/**
 * Page-weight report (`npm run report:weight`): loads one page of every kind in chromium, as a
 * reader would (fresh cache, until the network is idle, so scripts loaded on idle count too), and
 * sums the HTML, CSS and JS bytes it actually fetched, raw and gzip. Writes reports/page-weight.json.
 *
 * Search and lecture tools are exempt from the reading-page JS budget. A script counts as such a
 * tool when its URL is under `/pagefind/` or its file name contains `search` or `lecture` (Vite
 * names a chunk after its entry module, e.g. `/_astro/SearchBox.astro_astro_type_script…js`);
 * an inline `<script data-tool>` is a tool too. Everything else is budget JS.
 */
import { gzipSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, newGuardedContext } from './chromium.js';
import { listPages, representativePages } from './site-pages.js';
import { startStaticServer } from './static-server.js';
import { compareCodeUnits } from '../util/sort.js';
import { pagefindUrl } from '../model/urls.js';

/** The reading-page budget for JavaScript outside search and lecture tools, gzip bytes. */
export const READING_JS_BUDGET = 20 * 1024;

/** Scripts that belong to the search and lecture tools (see the module comment). */
export const isToolScript = (url: string): boolean => {
  const path = new URL(url, 'http://x').pathname;
  return path.startsWith(pagefindUrl()) || /(search|lecture)[^/]*\.m?js$/i.test(path.split('/').pop() ?? '');
};

/** Raw and gzip byte counts. */
export interface Bytes {
  raw: number;
  gzip: number;
}
/** One fetched resource. */
export interface Resource {
  url: string;
  type: 'html' | 'css' | 'js' | 'other';
  tool: boolean;
  raw: number;
  gzip: number;
}
/** What one page costs. */
export interface PageWeight {
  kind: string;
  url: string;
  html: Bytes;
  css: Bytes;
  /** All JavaScript: external files plus inline scripts. */
  js: Bytes;
  /** Part of `js` that belongs to search / lecture tools. */
  jsTools: Bytes;
  /** `js` minus `jsTools`: what the reading-page budget limits. */
  jsBudget: Bytes;
  other: Bytes;
  resources: Resource[];
}

const bytesOf = (buf: Buffer | string): Bytes => {
  const b = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return { raw: b.length, gzip: b.length ? gzipSync(b).length : 0 };
};
const sum = (items: Bytes[]): Bytes =>
  items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Which column a response belongs to, from Playwright's resource type and the content type. */
function typeOf(resourceType: string, contentType: string): Resource['type'] {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

/** Load one page in a fresh context and weigh everything it fetched. */
export async function weighPage(browser: Browser, origin: string, kind: string, url: string): Promise<PageWeight> {
  const { context } = await newGuardedContext(browser, origin);
  const page = await context.newPage();
  const pending: Promise<Resource | undefined>[] = [];
  page.on('response', (res) => {
    pending.push(
      (async () => {
        if (res.status() >= 300 && res.status() < 400) return undefined;
        const body = await res.body().catch(() => undefined);
        if (!body) return undefined;
        const type = typeOf(res.request().resourceType(), res.headers()['content-type'] ?? '');
        return {
          url: res.url().slice(origin.length),
          type,
          tool: type === 'js' && isToolScript(res.url()),
          ...bytesOf(body),
        };
      })(),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    // Idle-time work (requestIdleCallback) may fetch more; give it a moment, then settle again.
    await page.evaluate(() => new Promise((ok) => (window.requestIdleCallback ?? setTimeout)(() => ok(null))));
    await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => undefined);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !/json/i.test(s.getAttribute('type') ?? ''))
        .map((s) => ({ text: s.textContent ?? '', tool: s.hasAttribute('data-tool') })),
    );
    const resources = (await Promise.all(pending)).filter((r): r is Resource => !!r);
    resources.push(
      ...inline
        .filter((s) => s.text.trim())
        .map((s, i) => ({ url: `${url} <script #${i + 1}>`, type: 'js' as const, tool: s.tool, ...bytesOf(s.text) })),
    );
    resources.sort((a, b) => compareCodeUnits(a.url, b.url));
    const of = (pred: (r: Resource) => boolean): Bytes => sum(resources.filter(pred));
    return {
      kind,
      url,
      html: of((r) => r.type === 'html'),
      css: of((r) => r.type === 'css'),
      js: of((r) => r.type === 'js'),
      jsTools: of((r) => r.type === 'js' && r.tool),
      jsBudget: of((r) => r.type === 'js' && !r.tool),
      other: of((r) => r.type === 'other'),
      resources,
    };
  } finally {
    await context.close();
  }
}

/** Weigh one page of every kind of the site served at `origin` from `siteDir`. */
export async function weighSite(siteDir: string, origin: string, browser: Browser): Promise<PageWeight[]> {
  const rows: PageWeight[] = [];
  for (const p of representativePages(await listPages(siteDir)))
    rows.push(await weighPage(browser, origin, p.kind, p.url));
  return rows;
}

/** Pages over the reading-page JS budget (reading pages only). */
export const overBudget = (rows: PageWeight[]): PageWeight[] =>
  rows.filter((r) => r.kind.startsWith('reading') && r.jsBudget.gzip > READING_JS_BUDGET);

const kb = (n: number): string => (n / 1024).toFixed(1);
/** Terminal width of a string: CJK characters take two columns. */
const width = (s: string): number => [...s].reduce((w, c) => w + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));

/** The report as a fixed-width table (KB, raw / gzip). */
export function formatTable(rows: PageWeight[]): string {
  const head = ['page kind', 'example', 'HTML', 'CSS', 'JS', 'JS tools', 'JS budget', 'total gz'];
  const cell = (b: Bytes): string => `${kb(b.raw)} / ${kb(b.gzip)}`;
  const body = rows.map((r) => [
    r.kind,
    r.url,
    cell(r.html),
    cell(r.css),
    cell(r.js),
    cell(r.jsTools),
    cell(r.jsBudget),
    kb(r.html.gzip + r.css.gzip + r.js.gzip + r.other.gzip),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i]!))));
  const line = (cols: string[]): string =>
    cols.map((c, i) => (i < 2 ? padEnd(c, widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Page weight in KB (raw / gzip), as loaded in chromium until idle; reading-page budget: JS outside search/lecture tools ≤ ${kb(READING_JS_BUDGET)} KB gzip`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n');
}

/** Write the JSON report (no timestamps: same site → same file). */
export async function writeReport(rows: PageWeight[], file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    `${JSON.stringify({ budget: { readingPageJsGzip: READING_JS_BUDGET }, pages: rows }, null, 2)}\n`,
  );
}

/** CLI: `tsx scripts/quality/page-weight.ts [siteDir]` (default `$DJ_OUT_DIR` or `dist`). */
async function main(): Promise<void> {
  const siteDir = resolve(process.argv[2] ?? process.env.DJ_OUT_DIR ?? 'dist');
  const server = await startStaticServer(siteDir);
  const browser = await launchChromium();
  try {
    const rows = await weighSite(siteDir, server.origin, browser);
    console.log(formatTable(rows));
    await writeReport(rows, resolve('reports', 'page-weight.json'));
    console.log('\nwrote reports/page-weight.json');
    const over = overBudget(rows);
    if (over.length) {
      console.error(`over budget: ${over.map((r) => `${r.url} (${kb(r.jsBudget.gzip)} KB)`).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
