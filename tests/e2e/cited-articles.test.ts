/**
 * An article cited by its work's short title in the browser (query.ts `termFormsOf`), on a site of
 * six regulations and constitutions from the unseen fixtures (the real corpus has no articles):
 * `党章第三条` finds the 第三条 of the two copies of the 党章 and no other's, loading only the records
 * of the works its short title names (Pagefind's `w` filter), and the reading page marks the article;
 * collected for a lecture, the article keeps the space after its number and a bilingual copy's
 * English stands apart.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentBasket, type LectureState } from '../../src/lib/lecture/basket.js';
import { storageKey } from '../../src/lib/lecture/storage.js';
import type { StaticServer } from '../../scripts/quality/static-server.js';
import { describeProblems, useChromium, withPage } from './support/browser.js';
import { everything, results } from './support/search.js';
import { buildFixtureSite } from './support/fixture-site.js';

const browser = useChromium();
let site: StaticServer;
beforeAll(async () => {
  site = await buildFixtureSite('regulations', [
    'regulation-articles',
    'constitution-general-program',
    'bilingual-constitution',
    'markdown-regulation-quoted-headnote',
    'regulation-pdf-spaced-articles',
    'regulation-draft-status',
  ]);
}, 300_000);
afterAll(() => site?.close());

describe('an article cited by its work’s short title', () => {
  test('党章第三条 finds the 党章’s 第三条 only, from its own records, and the page marks it', async () => {
    await withPage(
      browser(),
      { viewport: { width: 1280, height: 900 } },
      async ({ page, problems }) => {
        const fragments: string[] = [];
        page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
        await page.goto(`${site.origin}/search/?q=${encodeURIComponent('第三条')}`);
        const all = await everything(page, '第三条');
        expect(all.count, 'each of the six numbers a 第三条').toBe(6);
        const loadedForAll = fragments.length;

        fragments.length = 0;
        const q = '党章第三条';
        await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
        await results(page, q);
        const cited = await everything(page, q);
        expect(cited.count).toBe(2);
        const hrefs = await page
          .locator('#search-results > li > a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(hrefs.map((h) => h.replace(/\?.*#/, '#')).sort()).toEqual([
          '/library/dangzhang-jiexuan/text/#p-2-5',
          '/library/dangzhang-shuangyu/text/#p-2-3',
        ]);
        expect(await page.locator('#search-results .excerpt mark').allTextContents()).toEqual(['第三条', '第三条']);
        // The article's lookup reads the two 党章's records, not the other four works' 第三条 (one
        // more record may hold the words of 党章第三条 as typed, which the search also looks for).
        expect(cited.records.candidates, 'candidate records').toBeLessThanOrEqual(all.records.candidates - 3);
        expect(fragments.length, 'fragments loaded').toBeLessThanOrEqual(loadedForAll - 3);

        // Collected for a lecture, from the results: the article as printed, its number set off.
        for (const add of await page.locator('#search-results [data-lecture-add]').all()) await add.click();
        const key = storageKey('/');
        await expect
          .poll(() => page.evaluate((k) => (localStorage.getItem(k) ?? '').split('"type":"item"').length - 1, key))
          .toBe(2);
        const state = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!) as LectureState;
        const texts = currentBasket(state)
          .entries.flatMap((e) => (e.type === 'item' && e.item.kind === 'passage' ? [[e.item.text, e.item.where]] : []))
          .sort();
        expect(texts).toEqual([
          [
            '第三条　党员必须履行下列义务： Article 3. Party members must fulfill the following duties:',
            '中国共产党章程（中英对照） › 第一章 党员 Chapter I. Membership',
          ],
          ['第三条　党员必须履行下列义务：', '中国共产党章程 › 第一章 党员'],
        ]);

        await Promise.all([page.waitForURL(/#p-/), page.locator('#search-results > li > a').first().click()]);
        const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
        await expect.poll(() => page.locator(`[id="${id}"] mark.search-hit`).first().textContent()).toBe('第三条');
        expect(describeProblems(page.url(), problems)).toBe('');
      },
      site.origin,
    );
  });
});
