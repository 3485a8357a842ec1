/**
 * Links gate: every internal link and asset in the built site resolves (linkinator crawling the
 * local server), every `#fragment` names an id on its target page, and nothing points off-site.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { beforeAll, describe, expect, test } from 'vitest';
import { fileToUrl, listHtmlFiles } from '../../scripts/quality/site-pages.js';
import { cssUrls, isOffsite, parsePageRefs, type PageRefs } from '../../scripts/quality/html-refs.js';
import { siteDir, siteOrigin } from './support/browser.js';

/** Parsed pages by URL path (`/library/x/`), read once for the whole file. */
const pages = new Map<string, PageRefs>();
let cssFiles: string[] = [];

beforeAll(async () => {
  const dir = siteDir();
  for (const file of await listHtmlFiles(dir)) {
    pages.set(fileToUrl(file), parsePageRefs(await readFile(join(dir, file), 'utf8')));
  }
  const { readdir } = await import('node:fs/promises');
  cssFiles = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.css'));
});

const existing = new Map<string, boolean>();
/** Whether a URL path is served from dist/ (`/x/` → `x/index.html`, `/x` → file or `x/index.html`). */
function fileExists(pathname: string): boolean {
  let known = existing.get(pathname);
  if (known === undefined) {
    const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
    const candidates = rel === '' || rel.endsWith('/') ? [join(rel, 'index.html')] : [rel, join(rel, 'index.html')];
    known = candidates.some((c) => statSync(join(siteDir(), c), { throwIfNoEntry: false })?.isFile() ?? false);
    existing.set(pathname, known);
  }
  return known;
}

/** The parsed page a same-origin URL lands on (`/x` and `/x/` and `/x/index.html` are one page). */
function targetPage(url: URL): PageRefs | undefined {
  const path = decodeURIComponent(url.pathname);
  return pages.get(path) ?? pages.get(path.replace(/index\.html$/, '')) ?? pages.get(`${path}/`);
}

describe('links and anchors', () => {
  test('linkinator finds no broken link or asset, crawling from the home page', async () => {
    const origin = siteOrigin();
    const checker = new LinkChecker();
    const { links } = await checker.check({
      // One start page: with several, linkinator 6 limits each crawl to below its own start path.
      path: `${origin}/`,
      recurse: true,
      concurrency: 8,
      timeout: 10_000,
      // Only our own server is crawled; off-site URLs are reported by the test below.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `  ${l.status ?? 'no response'} ${l.url.slice(origin.length)}  (on ${l.parent?.slice(origin.length) ?? '?'})`);
    const crawled = links.filter((l) => l.state === LinkState.OK).length;
    const reached = new Set(links.map((l) => new URL(l.url).pathname));
    const orphans = [...pages.keys()].filter((p) => !reached.has(p) && p !== '/404.html');
    if (orphans.length) console.log(`[links] pages no link leads to (checked by file below): ${orphans.join(' ')}`);
    expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
    // A crawl that checked almost nothing proves nothing.
    expect(crawled).toBeGreaterThanOrEqual(pages.size > 1 ? 2 : 1);
  });

  test('every internal link and #fragment of every page resolves in dist/', () => {
    const origin = siteOrigin();
    const missing: string[] = [];
    let checked = 0;
    for (const [pageUrl, { refs }] of pages) {
      for (const { where, value } of refs) {
        if (!value || isOffsite(value, origin, pageUrl) || /^(mailto|tel|data):/i.test(value)) continue;
        const url = new URL(value, origin + pageUrl);
        // Also catches broken links on pages the crawl above never reached.
        if (!fileExists(url.pathname)) {
          missing.push(`  ${pageUrl}: ${where}="${value}" → no file for ${url.pathname}`);
          continue;
        }
        const hash = value.indexOf('#');
        if (hash < 0 || hash === value.length - 1) continue;
        const target = targetPage(url);
        if (!target) continue; // not an HTML page (or missing: the crawl above reports that)
        checked++;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target.ids.has(id)) missing.push(`  ${pageUrl}: ${where}="${value}" → no id "${id}" on ${url.pathname}`);
      }
    }
    expect(missing, `links without a target:\n${missing.slice(0, 50).join('\n')}`).toEqual([]);
    console.log(`[links] ${checked} fragment links (and every internal link) checked on ${pages.size} pages`);
  });

  test('no page or stylesheet refers to another origin', async () => {
    const origin = siteOrigin();
    const offsite: string[] = [];
    for (const [pageUrl, { refs }] of pages) {
      for (const { where, value } of refs) {
        if (isOffsite(value, origin, pageUrl)) offsite.push(`  ${pageUrl}: ${where}="${value}"`);
      }
    }
    for (const file of cssFiles) {
      const css = await readFile(join(siteDir(), file), 'utf8');
      for (const url of cssUrls(css)) if (isOffsite(url, origin, `/${file}`)) offsite.push(`  /${file}: url(${url})`);
    }
    expect(offsite, `off-site references:\n${offsite.join('\n')}`).toEqual([]);
  });
});
