/**
 * A course book of 专题 and 讲 in the browser (the real corpus has no parts), built from the unseen
 * fixture course-book-topic-parts: the book's page lists each 专题 as a heading that links to its own
 * page (its 学习目标), its lectures under it, each page once; a lecture's page names its part, and a
 * passage cited from it carries its lecture.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../scripts/quality/static-server.js';
import { describeProblems, useChromium, withPage } from './support/browser.js';
import { buildFixtureSite } from './support/fixture-site.js';

const browser = useChromium();
let site: StaticServer;
beforeAll(async () => {
  site = await buildFixtureSite('course-book', ['course-book-topic-parts']);
}, 300_000);
afterAll(() => site?.close());

describe('a course book of parts and lectures', () => {
  test('the book’s page: each 专题 a heading linking to its own page, its lectures under it, every page once', async () => {
    await withPage(
      browser(),
      {},
      async ({ page, problems }) => {
        await page.goto(`${site.origin}/library/jiaocai/`);
        const parts = page.locator('h3.doc-part a');
        expect(await parts.allTextContents()).toEqual(['专题一 坚定理想信念', '专题二 严守政治纪律']);
        expect(await parts.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
          '/library/jiaocai/part01/',
          '/library/jiaocai/part02/',
        ]);
        const items = page.locator('ol.doc-items a.item-title');
        expect(await items.allTextContents()).toEqual([
          '第一讲理想信念的内涵',
          '第二讲筑牢信仰之基',
          '第三讲政治纪律是最重要的纪律',
          '第四讲做到“两个维护”',
        ]);
        const pages = await page
          .locator('a[data-reading-page]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('/library/jiaocai/', '')));
        expect(pages).toEqual(['part01/', 'ch01/', 'ch02/', 'part02/', 'ch03/', 'ch04/']);
        expect(problems.consoleErrors, describeProblems(page.url(), problems)).toEqual([]);
      },
      site.origin,
    );
  });

  test('a part’s page holds its 学习目标; a lecture’s page names its part', async () => {
    await withPage(
      browser(),
      {},
      async ({ page }) => {
        await page.goto(`${site.origin}/library/jiaocai/part02/`);
        expect(await page.locator('h1').textContent()).toContain('严守政治纪律');
        expect(await page.locator('#p-0-1').textContent()).toContain('学习目标：掌握政治纪律');
        await page.goto(`${site.origin}/library/jiaocai/ch03/`);
        expect(await page.locator('.reading-part').textContent()).toContain('专题二 严守政治纪律');
        const cite = JSON.parse((await page.locator('article[data-cite]').getAttribute('data-cite'))!) as {
          page: string;
        };
        expect(cite.page).toBe('第三讲 政治纪律是最重要的纪律');
      },
      site.origin,
    );
  });
});
