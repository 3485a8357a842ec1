/**
 * A web article saved as Markdown with its page's character references (`&ldquo;三会一课&rdquo;`,
 * `&mdash;`, `&nbsp;`), built from the unseen fixture markdown-web-entities, in the browser: the
 * reading page shows the characters the references stand for, its date under the title although
 * no author signs it, its closing credits set apart; a search for a term the references quoted
 * finds its passages, highlighted.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../scripts/quality/static-server.js';
import { describeProblems, useChromium, withPage } from './support/browser.js';
import { buildFixtureSite } from './support/fixture-site.js';
import { everything } from './support/search.js';

const browser = useChromium();
let site: StaticServer;
beforeAll(async () => {
  site = await buildFixtureSite('web-copy', ['markdown-web-entities']);
}, 300_000);
afterAll(() => site?.close());

describe('a web copy saved as Markdown with character references', () => {
  test('its reading page shows their characters, its date without an author, its credits set apart', async () => {
    await withPage(
      browser(),
      {},
      async ({ page, problems }) => {
        await page.goto(`${site.origin}/library/sanhui-yike-shijian/text/`);
        expect(await page.locator('h1').textContent()).toBe('以“三会一课”为抓手推动支部建设提质增效');
        expect(await page.locator('.reading-byline').textContent()).toBe('2024-03-18');
        expect(await page.locator('.reading-front').textContent()).toContain('某某市直机关工委');
        const body = (await page.locator('.reading-article').textContent())!;
        expect(body).toContain('一、抓规范——让组织生活“严起来”');
        expect(body).toContain('红色教育基地·现场教学');
        expect(body).toContain('支部书记&党务干部');
        expect(body).not.toMatch(/&(?:[a-z]+|#\d+);/);
        expect(await page.locator('p.para--credit').textContent()).toContain('（责任编辑：王某某｜审核：李某某）');
        expect(problems.consoleErrors, describeProblems(page.url(), problems)).toEqual([]);
      },
      site.origin,
    );
  });

  test('a search for 三会一课 finds the title and the two passages that say it, highlighted', async () => {
    await withPage(
      browser(),
      {},
      async ({ page }) => {
        await page.goto(`${site.origin}/search/?q=${encodeURIComponent('三会一课')}`);
        const outcome = await everything(page, '三会一课');
        expect(outcome.count).toBe(3);
        expect(
          await page
            .locator('#search-results a[href*="#p-"]')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?hl=[^#]*/, ''))),
        ).toEqual(['/library/sanhui-yike-shijian/text/#p-0-1', '/library/sanhui-yike-shijian/text/#p-3-1']);
        const marks = await page.locator('#search-results mark').allTextContents();
        expect(marks.length).toBeGreaterThan(0);
        for (const m of marks) expect(m).toBe('三会一课');
      },
      site.origin,
    );
  });
});
