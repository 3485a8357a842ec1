/**
 * Links gate: every internal link and asset in the built site resolves (linkinator crawling the
 * local server), every `#fragment` names an id on its target page, and nothing points off-site;
 * on the site at `/` and on the site built with a deploy base and served under that path.
 */
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { beforeAll, describe, expect, test } from 'vitest';
import { fileToUrl, listHtmlFiles } from '../../scripts/quality/site-pages.js';
import { cssUrls, isOffsite, parsePageRefs, type PageRefs } from '../../scripts/quality/html-refs.js';
import { pageHref, servedSites, type ServedSite } from './support/browser.js';

// Once for the site at `/` and once for the site built with a deploy base and served under it
// (global-setup): there, a URL outside the base is broken, since the server has nothing else.
describe.each(servedSites())('links and anchors ($name)', (site: ServedSite) => {
  /** Parsed pages by site-relative URL path (`/library/x/`), read once per site. */
  const pages = new Map<string, PageRefs>();
  let cssFiles: string[] = [];

  beforeAll(async () => {
    for (const file of await listHtmlFiles(site.dir)) {
      pages.set(fileToUrl(file), parsePageRefs(await readFile(join(site.dir, file), 'utf8')));
    }
    cssFiles = (await readdir(site.dir, { recursive: true })).filter((f) => f.endsWith('.css'));
  });

  /** The site-relative path of a served URL path (`/dangjian/x/` → `/x/`), undefined outside the base. */
  const inSite = (pathname: string): string | undefined =>
    pathname.startsWith(site.base) ? `/${pathname.slice(site.base.length)}` : undefined;

  const existing = new Map<string, boolean>();
  /** Whether a site-relative path is served from the site directory (`/x/` → `x/index.html`, `/x` → file or `x/index.html`). */
  function fileExists(path: string): boolean {
    let known = existing.get(path);
    if (known === undefined) {
      const rel = decodeURIComponent(path).replace(/^\/+/, '');
      const candidates = rel === '' || rel.endsWith('/') ? [join(rel, 'index.html')] : [rel, join(rel, 'index.html')];
      known = candidates.some((c) => statSync(join(site.dir, c), { throwIfNoEntry: false })?.isFile() ?? false);
      existing.set(path, known);
    }
    return known;
  }

  /** The parsed page a site-relative path lands on (`/x` and `/x/` and `/x/index.html` are one page). */
  function targetPage(path: string): PageRefs | undefined {
    const p = decodeURIComponent(path);
    return pages.get(p) ?? pages.get(p.replace(/index\.html$/, '')) ?? pages.get(`${p}/`);
  }

  test('linkinator finds no broken link or asset, crawling from the home page', async () => {
    const { origin } = site;
    const checker = new LinkChecker();
    const { links } = await checker.check({
      // One start page: with several, linkinator 6 limits each crawl to below its own start path.
      path: pageHref(site, '/'),
      recurse: true,
      concurrency: 8,
      timeout: 10_000,
      // Only our own server is crawled; off-site URLs are reported by the test below.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = links
      .filter((l) => l.state === LinkState.BROKEN)
      .map(
        (l) =>
          `  ${l.status ?? 'no response'} ${l.url.slice(origin.length)}  (on ${l.parent?.slice(origin.length) ?? '?'})`,
      );
    const crawled = links.filter((l) => l.state === LinkState.OK).length;
    const reached = new Set(links.map((l) => inSite(new URL(l.url).pathname)));
    const orphans = [...pages.keys()].filter((p) => !reached.has(p) && p !== '/404.html');
    if (orphans.length)
      console.log(`[links ${site.name}] pages no link leads to (checked by file below): ${orphans.join(' ')}`);
    expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
    // A crawl that checked almost nothing proves nothing.
    expect(crawled).toBeGreaterThanOrEqual(pages.size > 1 ? 2 : 1);
  });

  test('every internal link and #fragment of every page resolves in the site directory', () => {
    const { origin } = site;
    const missing: string[] = [];
    let checked = 0;
    for (const [pagePath, { refs }] of pages) {
      const pageUrl = pageHref(site, pagePath);
      for (const { where, value } of refs) {
        if (!value || isOffsite(value, origin, pageUrl.slice(origin.length)) || /^(mailto|tel|data):/i.test(value))
          continue;
        const url = new URL(value, pageUrl);
        const path = inSite(url.pathname);
        // Also catches broken links on pages the crawl above never reached.
        if (path === undefined) {
          missing.push(`  ${pagePath}: ${where}="${value}" → outside the base ${site.base}`);
          continue;
        }
        if (!fileExists(path)) {
          missing.push(`  ${pagePath}: ${where}="${value}" → no file for ${url.pathname}`);
          continue;
        }
        const hash = value.indexOf('#');
        if (hash < 0 || hash === value.length - 1) continue;
        const target = targetPage(path);
        if (!target) continue; // not an HTML page (or missing: the crawl above reports that)
        checked++;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target.ids.has(id)) missing.push(`  ${pagePath}: ${where}="${value}" → no id "${id}" on ${url.pathname}`);
      }
    }
    expect(missing, `links without a target:\n${missing.slice(0, 50).join('\n')}`).toEqual([]);
    console.log(
      `[links ${site.name}] ${checked} fragment links (and every internal link) checked on ${pages.size} pages`,
    );
  });

  test('no page or stylesheet refers to another origin', async () => {
    const { origin } = site;
    const offsite: string[] = [];
    for (const [pagePath, { refs }] of pages) {
      const pageUrl = pageHref(site, pagePath).slice(origin.length);
      for (const { where, value } of refs) {
        if (isOffsite(value, origin, pageUrl)) offsite.push(`  ${pagePath}: ${where}="${value}"`);
      }
    }
    for (const file of cssFiles) {
      const css = await readFile(join(site.dir, file), 'utf8');
      for (const url of cssUrls(css))
        if (isOffsite(url, origin, `${site.base}${file}`)) offsite.push(`  /${file}: url(${url})`);
    }
    expect(offsite, `off-site references:\n${offsite.join('\n')}`).toEqual([]);
  });
});
