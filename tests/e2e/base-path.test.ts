/**
 * The site deployed below a domain's root (issue 12): built with `DJ_BASE=/dangjian/` and served
 * under that path only (global-setup; anything outside it is a 404, so a URL that ignores the base
 * fails here). The link and console gates run on this site too (links.test.ts, console.test.ts);
 * this file checks what a reader does there, by what they see: search 两学一做 and land on the
 * highlighted passage; search on its index built in three bundles (search-shards.ts) finds exactly
 * what a substring scan does; a mistyped address at any depth gets the Chinese 404 page with working
 * styles, search box and links; and no built or generated file holds a URL outside the base.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { scanTreeForBase } from '../../scripts/quality/base-urls.js';
import { lectureUi } from '../../src/i18n/zh-CN.js';
import { addItems, emptyState } from '../../src/lib/lecture/basket.js';
import { storageKey, UNSCOPED_KEY } from '../../src/lib/lecture/storage.js';
import { isFailing, runAxe } from './support/axe.js';
import { basedSite, describeProblems, pageHref, useChromium, withPage } from './support/browser.js';
import { everything, results, searchOracle } from './support/search.js';

const site = basedSite();
const browser = useChromium();

/** Every request a page made must stay under the base (the server 404s others; this names them). */
const outsideBase = (urls: string[]) => urls.filter((u) => !new URL(u).pathname.startsWith(site.base));

describe(`the site under ${site.base}`, () => {
  test('search 两学一做 from the home page, open the first result, land on the highlighted passage', async () => {
    await withPage(
      browser(),
      { viewport: { width: 1280, height: 800 } },
      async ({ page, problems }) => {
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(pageHref(site, '/'));
        const box = page.getByRole('search').first().getByRole('searchbox');
        await box.fill('两学一做');
        await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`${site.base}search/`)), box.press('Enter')]);
        // The first result that links to a passage (results are links to `…/#p-…` anchors).
        const first = page.locator('main a[href*="#p-"]').first();
        await first.waitFor();
        expect(await first.getAttribute('href')).toMatch(new RegExp(`^${site.base}library/`));
        await Promise.all([
          page.waitForURL((u) => u.pathname.startsWith(`${site.base}library/`) && u.hash.startsWith('#p-')),
          first.click(),
        ]);
        const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
        const target = page.locator(`[id="${id}"]`);
        await target.locator('mark').first().waitFor();
        const landed = await target.evaluate((el) => {
          const r = el.querySelector('mark')!.getBoundingClientRect();
          return {
            target: el.matches(':target'),
            marks: [...el.querySelectorAll('mark')].map((m) => m.textContent),
            top: r.top,
            height: innerHeight,
          };
        });
        expect(landed.target).toBe(true);
        expect(landed.marks).toContain('两学一做');
        expect(landed.top).toBeGreaterThanOrEqual(0);
        expect(landed.top).toBeLessThan(landed.height);
        expect(outsideBase(requests)).toEqual([]);
        expect(describeProblems(page.url(), problems)).toBe('');
      },
      site.origin,
    );
  });

  test('search on an index in three bundles finds exactly the passages that hold each term', async () => {
    // This site's index is sharded (global-setup: E2E_SHARD_WORDS); the browser merges the bundles.
    const config = JSON.parse(readFileSync(join(site.dir, 'search', 'config.json'), 'utf8')) as { shards: string[] };
    expect(config.shards).toEqual(['s1/', 's2/']);
    const { expected } = searchOracle(site.dir);
    await withPage(
      browser(),
      {},
      async ({ page, problems }) => {
        const requests: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        // A term, a common word, two terms ANDed, a traditional form, one character, a phrase across punctuation.
        for (const q of ['两学一做', '党建', '三会一课 组织生活会', '黨員', '廉', '"不忘初心、牢记使命"']) {
          await page.goto(pageHref(site, `/search/?q=${encodeURIComponent(q)}`));
          await results(page, q);
          const all = await everything(page, q);
          expect(all.complete).toBe(true);
          expect(
            [...all.pids].sort((a, b) => a - b),
            q,
          ).toEqual(expected(q));
          // Let the page's late fetches (the concept card's definitions) finish before leaving it:
          // a navigation aborts them, which the problem check would count as a failed request.
          await page.waitForLoadState('networkidle');
        }
        // Every bundle was read, each bundle's own metadata and no second script or WebAssembly.
        for (const dir of ['', ...config.shards])
          expect(
            requests.some((r) => new RegExp(`^${site.base}pagefind/${dir}pagefind\\.en_\\w+\\.pf_meta$`).test(r)),
          ).toBe(true);
        // One WebAssembly (the first bundle's) for every bundle, on each of the page loads above.
        expect(new Set(requests.filter((r) => /\/wasm\.[^/]*\.pagefind$/.test(r)))).toEqual(
          new Set([`${site.base}pagefind/wasm.en.pagefind`]),
        );
        expect(outsideBase(requests.map((r) => site.origin + r))).toEqual([]);
        expect(describeProblems(page.url(), problems)).toBe('');
      },
      site.origin,
    );
  });

  test('a missing page at any depth gets the Chinese 404 page, styled, with a working search box and links', async () => {
    for (const missing of ['/no-such-page/', '/library/no-such-document/no/such/depth/']) {
      await withPage(
        browser(),
        {},
        async ({ page, problems }) => {
          const requests: string[] = [];
          page.on('request', (r) => requests.push(r.url()));
          const response = await page.goto(pageHref(site, missing));
          expect(response?.status()).toBe(404);
          // Let the page's own requests (stylesheet, favicon) finish before the search leaves it.
          await page.waitForLoadState('networkidle');
          expect(await page.locator('h1').textContent()).toBe('页面不存在');
          expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
          // The stylesheet loaded: the site's header is laid out, not a bare list.
          expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).not.toBe('inline');
          const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
          expect(hrefs).toEqual(expect.arrayContaining([pageHref(site, '/'), pageHref(site, '/library/')]));
          // The page itself answers 404 by design (chromium logs that too); nothing else may fail.
          const self = (line: string) => line.includes(pageHref(site, missing));
          problems.failedRequests = problems.failedRequests.filter((r) => !self(r));
          problems.consoleErrors = problems.consoleErrors.filter((m) => !self(m));
          const form = page.locator('main form[role="search"]');
          await form.getByRole('searchbox').fill('三会一课');
          await Promise.all([
            page.waitForURL((u) => u.pathname === `${site.base}search/`),
            form.getByRole('searchbox').press('Enter'),
          ]);
          expect(new URL(page.url()).searchParams.get('q')).toBe('三会一课');
          expect(outsideBase(requests)).toEqual([]);
          expect(describeProblems(missing, problems)).toBe('');
        },
        site.origin,
      );
    }
  });

  test('a mistyped chapter address suggests the chapter, then its document; an unrelated one suggests nothing', async () => {
    // The documents the built site publishes; the expected address is built from the base here.
    const index = JSON.parse(readFileSync(join(site.dir, 'data', 'corpus', 'index.json'), 'utf8')) as {
      documents: { id: string; title: string }[];
    };
    const handbook = index.documents.find((d) => d.id.startsWith('handbook-')) ?? index.documents[0]!;
    await withPage(
      browser(),
      {},
      async ({ page, problems }) => {
        const requests: string[] = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        const missing = `/library/${handbook.id}/ch3/`;
        expect((await page.goto(pageHref(site, missing)))?.status()).toBe(404);
        const box = page.locator('#not-found-suggestions');
        await box.waitFor({ state: 'visible' });
        // The chapter meant (ch03), read from its document's page, then the document itself.
        const links = box.getByRole('link');
        expect(await links.nth(0).getAttribute('href')).toBe(`${site.base}library/${handbook.id}/ch03/`);
        const chapterH1 = readFileSync(join(site.dir, 'library', handbook.id, 'ch03', 'index.html'), 'utf8');
        const chapterTitle = /<h1[^>]*>([\s\S]*?)<\/h1>/
          .exec(chapterH1)![1]!
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, '');
        expect((await links.nth(0).textContent())!.replace(/\s+/g, '')).toBe(chapterTitle);
        expect(await links.nth(1).textContent()).toBe(handbook.title);
        expect(await links.nth(1).getAttribute('href')).toBe(`${site.base}library/${handbook.id}/`);
        const failing = (await runAxe(page)).filter(isFailing);
        expect(failing.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.waitForLoadState('networkidle');
        problems.failedRequests = problems.failedRequests.filter((r) => !r.includes(pageHref(site, missing)));
        problems.consoleErrors = problems.consoleErrors.filter((m) => !m.includes(pageHref(site, missing)));
        expect(describeProblems(missing, problems)).toBe('');
        // The small split index only, never the whole corpus or a document file; and the
        // document's page, for its chapters.
        const data = requests.filter((r) => r.startsWith(`${site.base}data/`));
        expect(data).toEqual([`${site.base}data/corpus/index.json`]);
        expect(requests.filter((r) => r.startsWith(`${site.base}library/`))).toEqual([
          pageHref(site, missing).replace(site.origin, ''),
          `${site.base}library/${handbook.id}/`,
        ]);

        await page.goto(pageHref(site, '/no-such-page/'));
        await page.waitForLoadState('networkidle');
        expect(await box.isHidden()).toBe(true);
        expect(await box.getByRole('link').count()).toBe(0);
      },
      site.origin,
    );
  });

  test("the lecture basket is this deployment's own, and a basket saved before scoping is adopted", async () => {
    await withPage(
      browser(),
      {},
      async ({ page, problems }) => {
        const home = pageHref(site, '/');
        await page.goto(home);
        await page.waitForLoadState('networkidle');
        // Another deployment on this origin (the root one) keeps its basket under its own key.
        const cite = { authors: ['本书编写组'], title: '旧的备课篮', type: 'M' as const };
        const item = (n: number) => ({
          kind: 'passage' as const,
          url: `${site.base}library/x/#p-${n}`,
          text: '两学一做',
          where: '',
          cite,
        });
        const before = JSON.stringify(addItems(emptyState('旧的备课篮'), [item(1), item(2)]).state);
        const other = JSON.stringify(addItems(emptyState('根部署'), [item(3)]).state);
        await page.evaluate(
          ([k, v, ok, ov]) => (localStorage.setItem(k!, v!), localStorage.setItem(ok!, ov!)),
          [UNSCOPED_KEY, before, storageKey('/'), other],
        );
        await page.reload();
        await page.waitForLoadState('networkidle');
        // The badge counts the adopted basket (2 items), not the root deployment's (1).
        const count = page.locator('.lecture-badge__count');
        await expect.poll(() => count.textContent()).toBe(`2${lectureUi.badgeItems}`);
        const stored = await page.evaluate(
          (ks) => ks.map((k) => localStorage.getItem(k)),
          [storageKey(site.base), UNSCOPED_KEY, storageKey('/')],
        );
        expect(stored).toEqual([before, before, other]);
        expect(describeProblems(home, problems)).toBe('');
      },
      site.origin,
    );
  });

  test('no built page, script, stylesheet or data file holds an internal URL outside the base', async () => {
    // Pagefind's own library code carries its defaults (`/pagefind/`); it resolves its bundle
    // from the script's own URL, so only the files the site makes are held to the base.
    const scan = await scanTreeForBase(site.dir, site.base, (rel) => /^pagefind\/.*\.js$/.test(rel));
    expect(scan.violations, scan.violations.slice(0, 40).join('\n')).toEqual([]);
    expect(scan.files).toBeGreaterThan(100);
    expect(scan.based).toBeGreaterThan(1000);
  });

  test('no file the pipeline generated for that build holds an internal URL outside the base', async () => {
    const scan = await scanTreeForBase(inject('basedGeneratedDir'), site.base);
    expect(scan.violations, scan.violations.slice(0, 40).join('\n')).toEqual([]);
    expect(scan.files).toBeGreaterThan(10);
    expect(scan.based).toBeGreaterThan(1000);
  });
});
