/**
 * Passage search in a browser (search issue): search 两学一做 from the home page's header box, see
 * the concept card and exactly the passages that contain the term, open one and land on the
 * highlighted passage; a term typed without the quotation marks the text sets it in is found and
 * marked; a traditional query equals its simplified form; a quoted phrase works; a
 * filtered search lives in the URL (opened directly, reloaded, gone Back to); a query with more
 * results than a screen shows 约 N until 「显示更多」 has loaded every record.
 * Expected counts come from the site's own corpus.json, not from the search code.
 */
import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/zh-CN.js';
import { isFailing, runAxe } from './support/axe.js';
import { describeProblems, siteDir, siteOrigin, useChromium, withPage } from './support/browser.js';
import { everything, results, searchOracle } from './support/search.js';
import { pageIds } from '../../src/client/search/url-state.js';

const { table, passages, glossary, expected, corpus } = searchOracle(siteDir());
const kindOf = (pid: number) => table.pages[passages[pid]!.page]!.kind;
const docOf = (pid: number) => pageIds(table.pages[passages[pid]!.page]!.url).document;
const hasConcept = (term: string) => glossary.some((g) => g.term === term);

const browser = useChromium();

describe('searching passages', () => {
  test('两学一做 from the home page: card, exact passages, highlighted target', async () => {
    await withPage(browser(), { viewport: { width: 1280, height: 800 } }, async ({ page, problems }) => {
      await page.goto(`${siteOrigin()}/`);
      await page.fill('#site-search-q', '两学一做');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search-q', 'Enter')]);
      await results(page, '两学一做');
      const out = await everything(page, '两学一做');
      const truth = expected('两学一做');
      expect(truth.length, 'the corpus mentions 两学一做').toBeGreaterThan(0);
      expect(out.pids).toHaveLength(truth.length);
      expect([...out.pids].sort((a, b) => a - b)).toEqual(truth);
      expect(await page.textContent('#search-status')).toContain(String(truth.length));
      const items = page.locator('#search-results > li');
      expect(await items.count()).toBe(Math.min(10, truth.length));
      for (const mark of await page.locator('#search-results .excerpt mark').allTextContents())
        expect(mark).toBe('两学一做');
      if (hasConcept('两学一做')) {
        await expect.poll(() => page.locator('#search-concept h2').textContent()).toBe('两学一做');
        expect(await page.locator('#search-concept').isVisible()).toBe(true);
      }
      // Section titles naming the term come first; then open the first paragraph: the reading page
      // marks the term in it.
      const firstParagraph = items
        .filter({ has: page.locator('a[href*="#p-"]') })
        .first()
        .locator('a')
        .first();
      const href = (await firstParagraph.getAttribute('href'))!;
      expect(href).toMatch(/\?hl=.+#p-/);
      await Promise.all([page.waitForURL(/#p-/), firstParagraph.click()]);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await page.waitForSelector(`[id="${id}"] mark.search-hit`);
      const landed = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        const mark = el.querySelector('mark.search-hit')!;
        const r = mark.getBoundingClientRect();
        return { target: el.matches(':target'), mark: mark.textContent, top: r.top, height: innerHeight };
      }, id);
      expect(landed.target).toBe(true);
      expect(landed.mark).toBe('两学一做');
      expect(landed.top).toBeGreaterThanOrEqual(0);
      expect(landed.top).toBeLessThan(landed.height);
      expect(problems.consoleErrors.concat(problems.failedRequests), describeProblems(page.url(), problems)).toEqual(
        [],
      );
    });
  });

  test('两学一做学习教育, typed without the text’s quotation marks, finds “两学一做”学习教育 and marks it', async () => {
    await withPage(browser(), {}, async ({ page, problems }) => {
      const q = '两学一做学习教育';
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(q)}`);
      await results(page, q);
      const out = await everything(page, q);
      const truth = expected(q);
      expect(truth.length, 'the corpus has “两学一做”学习教育').toBeGreaterThan(0);
      expect([...out.pids].sort((a, b) => a - b)).toEqual(truth);
      const marks = await page.locator('#search-results .excerpt mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.replace(/[“”]/g, '')).toBe(q);
      const link = page.locator('#search-results a[href*="#p-"]').first();
      await Promise.all([page.waitForURL(/#p-/), link.click()]);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await page.waitForSelector(`[id="${id}"] mark.search-hit`);
      const marked = await page.locator(`[id="${id}"] mark.search-hit`).allTextContents();
      expect(marked.join('').replace(/[“”]/g, '')).toContain(q);
      expect(problems.consoleErrors.concat(problems.failedRequests), describeProblems(page.url(), problems)).toEqual(
        [],
      );
    });
  });

  test('黨風廉政建設 returns the same results as 党风廉政建设', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent('党风廉政建设')}`);
      await results(page, '党风廉政建设');
      const simplified = await everything(page, '党风廉政建设');
      const simplifiedHrefs = await page
        .locator('#search-results > li > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent('黨風廉政建設')}`);
      await results(page, '黨風廉政建設');
      const traditional = await everything(page, '黨風廉政建設');
      expect(simplified.count).toBeGreaterThan(0);
      expect(traditional.pids).toEqual(simplified.pids);
      expect(
        await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual(simplifiedHrefs);
    });
  });

  test('a quoted phrase finds exactly the passages holding it, and the URL follows the query', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      await page.goto(`${siteOrigin()}/search/`);
      await page.fill('#search-q', '"学习型党组织"');
      await page.press('#search-q', 'Enter');
      await results(page, '"学习型党组织"');
      const out = await everything(page, '"学习型党组织"');
      const truth = expected('"学习型党组织"');
      expect(truth.length).toBeGreaterThan(0);
      expect([...out.pids].sort((a, b) => a - b)).toEqual(truth);
      expect(new URL(page.url()).searchParams.get('q')).toBe('"学习型党组织"');
      for (const mark of await page.locator('#search-results .excerpt mark').allTextContents())
        expect(mark).toBe('学习型党组织');
    });
  });

  test('a section title is found as that section, first', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      const title = '机关党组织换届改选的程序';
      const heading = passages.findIndex((p) => p.heading && p.text.endsWith(title));
      expect(heading, `${title} is a section title of the corpus`).toBeGreaterThanOrEqual(0);
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(title)}`);
      const first = await results(page, title);
      expect(first.pids[0], 'the heading is the first result of the first screen').toBe(heading);
      const out = await everything(page, title);
      expect([...out.pids].sort((a, b) => a - b)).toEqual(expected(title));
      expect(out.pids[0]).toBe(heading);
      const link = page.locator('#search-results > li').first().locator('a').first();
      expect(await link.getAttribute('href')).toContain(`#${passages[heading]!.url.split('#')[1]}`);
      expect(await link.locator('mark').allTextContents()).toEqual([title]);
    });
  });

  test('two words are ANDed: exactly the passages holding both', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      const q = '从严治党 廉政';
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(q)}`);
      await results(page, q);
      const out = await everything(page, q);
      const truth = expected(q);
      expect(truth.length).toBeGreaterThan(0);
      expect(truth.length).toBeLessThan(expected('廉政').length);
      expect([...out.pids].sort((a, b) => a - b)).toEqual(truth);
    });
  });

  test.each([
    ['中央八项规定', '八项规定'],
    ['党内政治生活', '党内生活'],
  ])('%s: passages with the term itself rank above those with only the alias %s', async (term, alias) => {
    await withPage(browser(), {}, async ({ page }) => {
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(term)}`);
      const first = await results(page, term);
      const out = await everything(page, term);
      // Loading more only appends: the first screen is the start of the whole list.
      expect(out.pids.slice(0, first.pids.length)).toEqual(first.pids);
      expect([...out.pids].sort((a, b) => a - b)).toEqual(expected(term));
      const exact = out.pids.map((pid) => passages[pid]!.text.includes(term));
      expect(exact.filter(Boolean).length, `some passages say ${term}`).toBeGreaterThan(0);
      expect(
        exact.some((x) => !x),
        `some passages say only ${alias}`,
      ).toBe(true);
      // Every exact hit comes before the first alias-only hit.
      expect(exact.indexOf(false)).toBe(exact.filter(Boolean).length);
    });
  });

  test('more results than a screen: 约 N and a partial note until 「显示更多」, pressed from the keyboard, has loaded every record', async () => {
    await withPage(browser(), {}, async ({ page, problems }) => {
      const q = '党建';
      const truth = expected(q);
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(q)}`);
      const first = await results(page, q);
      // The first screen loads only some of the records that may hold the query.
      expect(first.complete).toBe(false);
      expect(first.records.loaded).toBeLessThan(first.records.candidates);
      expect(first.estimated).toBe(true);
      expect(await page.textContent('#search-status')).toContain(ui.search.resultsAbout(first.count, q));
      expect(await page.locator('#search-filters .filters-note').isVisible()).toBe(true);
      const items = page.locator('#search-results > li');
      expect(await items.count()).toBe(10);
      const more = page.locator('#search-more');
      expect(await more.evaluate((b) => b.tagName)).toBe('BUTTON');
      expect(await more.textContent()).toBe(ui.search.moreUnknown);
      const firstLinks = await items
        .locator('a')
        .first()
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // Each press adds a screen at the end (what was shown keeps its place) and says so in the status.
      for (let shown = 10; await more.isVisible(); shown = Math.min(shown + 10, truth.length)) {
        await page.evaluate(() => {
          (window as any).__djSearch = undefined;
        });
        await more.focus();
        await page.keyboard.press('Enter');
        await results(page, q);
        expect(await items.count()).toBe(Math.min(shown + 10, truth.length));
      }
      const last = await results(page, q);
      expect(last.complete).toBe(true);
      expect([...last.pids].sort((a, b) => a - b)).toEqual(truth);
      expect(await items.count()).toBe(truth.length);
      expect(
        await items
          .locator('a')
          .first()
          .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual(firstLinks);
      const status = (await page.textContent('#search-status'))!;
      expect(status).toContain(ui.search.results(truth.length, q));
      expect(status).not.toContain('约');
      expect(await page.locator('#search-filters .filters-note').count()).toBe(0);
      expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
      expect(problems.consoleErrors, describeProblems(page.url(), problems)).toEqual([]);
    });
  });

  test('once every record is loaded, a kind filter keeps only that kind and its count is the number of results left', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent('党风廉政建设')}`);
      await results(page, '党风廉政建设');
      const all = await everything(page, '党风廉政建设');
      expect(all.complete).toBe(true);
      expect(await page.locator('#search-filters .filters-note').count()).toBe(0);
      const boxes = page.locator('#search-filters fieldset').first().locator('label');
      expect(await boxes.count(), '党风廉政建设 occurs in more than one kind of document').toBeGreaterThan(1);
      const label = (await boxes.first().textContent())!.trim();
      const [, kind, n] = label.match(/^(\S+) \((\d+)\)$/)!;
      await page.evaluate(() => {
        (window as any).__djSearch = undefined;
      });
      await boxes.first().locator('input').check();
      const filtered = await results(page, '党风廉政建设');
      expect(filtered.count).toBe(Number(n));
      expect(filtered.count).toBeLessThan(all.count);
      for (const source of await page.locator('#search-results .source').allTextContents())
        expect(source).toContain(kind!);
    });
  });

  test('a filtered search lives in the URL: opened directly, a filter rewrites it, reload and Back restore it', async () => {
    await withPage(browser(), {}, async ({ page, problems }) => {
      const q = '党风廉政建设';
      const papers = expected(q).filter((pid) => kindOf(pid) === 'paper');
      expect(papers.length, `${q} occurs in papers and elsewhere`).toBeGreaterThan(0);
      expect(papers.length).toBeLessThan(expected(q).length);
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(q)}&kind=paper`);
      await results(page, q);
      const direct = await everything(page, q);
      expect([...direct.pids].sort((a, b) => a - b)).toEqual(papers);
      for (const source of await page.locator('#search-results .source').allTextContents())
        expect(source).toContain(ui.kinds.paper);
      const checked = () =>
        page
          .locator('#search-filters input:checked')
          .evaluateAll((bs) =>
            bs.map((b) => `${(b as HTMLInputElement).dataset.facet}=${(b as HTMLInputElement).value}`),
          );
      expect(await checked()).toEqual(['kind=paper']);
      expect(await page.locator('#search-filters label:has(input:checked)').textContent()).toContain(ui.kinds.paper);
      expect(await page.title()).toBe(`${q} · ${ui.search.title} · ${ui.site.name}`);

      // Choose a document that some paper result is in: the URL follows without a new history entry.
      const entries = await page.evaluate(() => history.length);
      const doc = page
        .locator('#search-filters label:has(input[data-facet="document"])')
        .filter({ hasNotText: /\(0\)$/ })
        .first()
        .locator('input');
      const docId = (await doc.getAttribute('value'))!;
      await page.evaluate(() => {
        (window as any).__djSearch = undefined;
      });
      await doc.check();
      const narrowed = await results(page, q);
      expect(narrowed.count).toBeGreaterThan(0);
      expect(narrowed.count).toBeLessThanOrEqual(direct.count);
      expect(new URL(page.url()).searchParams.getAll('doc')).toEqual([docId]);
      expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['paper']);
      expect(await page.evaluate(() => history.length)).toBe(entries);

      // Reload: the same query, filters and results.
      await page.reload();
      await results(page, q);
      expect((await everything(page, q)).pids).toEqual(narrowed.pids);
      expect((await checked()).sort()).toEqual([`document=${docId}`, 'kind=paper']);

      // A new query starts unfiltered in a new entry; Back restores the query and its filters.
      await page.fill('#search-q', '两学一做');
      await page.press('#search-q', 'Enter');
      await results(page, '两学一做');
      expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('两学一做')}`);
      await page.goBack();
      await results(page, q);
      expect((await everything(page, q)).pids).toEqual(narrowed.pids);
      expect(await page.inputValue('#search-q')).toBe(q);
      expect((await checked()).sort()).toEqual([`document=${docId}`, 'kind=paper']);
      expect(problems.consoleErrors.concat(problems.failedRequests), describeProblems(page.url(), problems)).toEqual(
        [],
      );
    });
  });

  test('a filter id that no result has stays in the URL and shows checked with a count of 0', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent('两学一做')}&doc=no-such-document&kind=Bad%20Id`);
      const out = await results(page, '两学一做');
      expect(out.count).toBe(0);
      const box = page.locator('#search-filters label:has(input[data-facet="document"][value="no-such-document"])');
      expect(await box.locator('input').isChecked()).toBe(true);
      expect((await box.textContent())!.trim()).toBe('no-such-document (0)');
      // The malformed kind is dropped from the URL, the well-formed unknown document is kept.
      expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('两学一做')}&doc=no-such-document`);
      await page.evaluate(() => {
        (window as any).__djSearch = undefined;
      });
      await page.locator('#search-filters [data-clear]').click();
      await expect.poll(() => new URL(page.url()).search).toBe(`?q=${encodeURIComponent('两学一做')}`);
      await results(page, '两学一做');
      expect((await everything(page, '两学一做')).count).toBe(expected('两学一做').length);
    });
  });

  test('a filter chosen loads only the records it leaves: a document ranked last, a concept, a document with none', async () => {
    await withPage(browser(), {}, async ({ page, problems }) => {
      const q = '党建';
      const truth = expected(q);
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(q)}`);
      await results(page, q);
      const all = await everything(page, q);
      // The document whose passages the unfiltered ranking reaches last: unfiltered, the page
      // would load nearly every record before its first.
      const doc = docOf([...all.pids].reverse().find((pid) => docOf(pid) !== docOf(all.pids[0]!))!);
      const inDoc = truth.filter((pid) => docOf(pid) === doc);
      // A concept some of the query's passages mention, and not most of them.
      const mentioning = (c: { occurrences: { url: string }[] }) => {
        const urls = new Set(c.occurrences.map((o) => o.url));
        return truth.filter((pid) => urls.has(passages[pid]!.url));
      };
      const concept = corpus.concepts!.find(
        (c) => mentioning(c).length > 1 && mentioning(c).length < truth.length / 4,
      )!;
      const withConcept = mentioning(concept);
      expect(inDoc.length).toBeGreaterThan(0);
      const cases: [string, number[]][] = [
        [`doc=${doc}`, inDoc],
        [`concept=${concept.id}`, withConcept],
        ['doc=no-such-document', []],
      ];
      for (const [filter, want] of cases) {
        const fragments: string[] = [];
        const count = (r: { url(): string }) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url());
        page.on('request', count);
        await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(q)}&${filter}`);
        const first = await results(page, q);
        const out = await everything(page, q);
        page.off('request', count);
        expect(
          [...out.pids].sort((a, b) => a - b),
          filter,
        ).toEqual(want);
        expect(out.complete).toBe(true);
        // The filtered results' candidates are the records the filter leaves, far fewer than the
        // query's; what was fetched is those and the query's first round (for the filters' counts).
        expect(out.records.candidates, filter).toBeLessThan(all.records.candidates / 2);
        expect(fragments.length, filter).toBeLessThanOrEqual(out.records.candidates + 4);
        if (want.length === 0) expect(await page.textContent('#search-status')).toBe(ui.search.noneInScope(q));
        else expect(first.pids.length).toBeGreaterThanOrEqual(Math.min(10, want.length));
      }
      expect(problems.consoleErrors, describeProblems(page.url(), problems)).toEqual([]);
    });
  });

  test('the results page (card, filters, marks) has no serious or critical axe violation', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent('两学一做')}`);
      await results(page, '两学一做');
      const violations = (await runAxe(page)).filter(isFailing);
      expect(violations.map((v) => v.id)).toEqual([]);
    });
  });

  test('a slogan typed without its 、 finds nothing, and offers the slogan as the library prints it', async () => {
    // The first quoted slogan of two parts in the corpus whose parts, run together, it never prints.
    const slogan = passages
      .flatMap((p) => [...p.text.matchAll(/“(\p{Script=Han}{2,6})、(\p{Script=Han}{2,6})”/gu)])
      .map((m) => ({ printed: `${m[1]}、${m[2]}`, typed: `${m[1]}${m[2]}` }))
      .find((x) => expected(x.typed).length === 0);
    expect(slogan, 'the corpus has a slogan of two parts').toBeDefined();
    const { printed, typed } = slogan!;
    await withPage(browser(), {}, async ({ page, problems }) => {
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent(typed)}`);
      expect((await results(page, typed)).count).toBe(0);
      const first = page.locator('#search-status a').first();
      expect(await first.textContent()).toBe(printed);
      await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === printed), first.click()]);
      await results(page, printed);
      const out = await everything(page, printed);
      expect(out.pids.length).toBeGreaterThan(0);
      expect([...out.pids].sort((a, b) => a - b)).toEqual(expected(printed));
      expect(describeProblems(page.url(), problems)).toBe('');
    });
  });

  test('a query with no result says so and suggests the nearest terms, one of punctuation alone asks for another; / focuses the search box', async () => {
    await withPage(browser(), {}, async ({ page }) => {
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent('两学两做')}`);
      const out = await results(page, '两学两做');
      expect(out.count).toBe(0);
      const status = page.locator('#search-status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      if (hasConcept('两学一做')) expect(await status.locator('a').allTextContents()).toContain('两学一做');
      // Typed in pinyin, whole or by initials: the term it spells comes first.
      for (const pinyin of ['liangxueyizuo', 'lxyz']) {
        await page.goto(`${siteOrigin()}/search/?q=${pinyin}`);
        expect((await results(page, pinyin)).count).toBe(0);
        if (hasConcept('两学一做')) expect((await status.locator('a').allTextContents())[0]).toBe('两学一做');
      }
      // Punctuation alone holds nothing search reads: the page says so instead of “no passage holds ，，”.
      await page.goto(`${siteOrigin()}/search/?q=${encodeURIComponent('，，')}`);
      await page.waitForFunction(() => document.body.dataset.searchState === 'done');
      expect(await status.textContent()).toBe(ui.search.noWords);
      await page.goto(`${siteOrigin()}/library/`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    });
  });
});
