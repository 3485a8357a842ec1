/**
 * Reading a handbook chapter in a browser (foundation issue): follow the table of contents to a
 * section, copy a paragraph's link with its ¶ control, open that link and land on the paragraph.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeProblems, siteOrigin, useChromium, withPage } from './support/browser.js';
import { allPages } from './support/pages.js';

/** The chapter under test: the largest handbook reading page (most sections to jump between). */
const chapter = (await allPages()).filter((p) => p.kind === 'reading (handbook)').sort((a, b) => b.bytes - a.bytes)[0];

/** Where an element sits relative to the viewport, and whether it is the `:target`. */
async function placement(
  page: Page,
  id: string,
): Promise<{ top: number; bottom: number; height: number; target: boolean }> {
  return page.evaluate((i) => {
    const el = document.getElementById(i);
    if (!el) return { top: NaN, bottom: NaN, height: window.innerHeight, target: false };
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight, target: el.matches(':target') };
  }, id);
}

/** The element is the URL's target and its start is on screen (near the end of a page the browser cannot scroll it to the top). */
function expectLandedOn(p: Awaited<ReturnType<typeof placement>>, what: string): void {
  expect(p.target, `${what} is not :target`).toBe(true);
  expect(p.top, `${what} is not in the viewport (top ${p.top}, viewport ${p.height})`).toBeGreaterThanOrEqual(-1);
  expect(p.top, `${what} is not in the viewport (top ${p.top}, viewport ${p.height})`).toBeLessThan(p.height - 20);
}

const browser = useChromium();

describe('reading a handbook chapter', () => {
  test('there is a handbook chapter to read', () => {
    expect(chapter, 'no reading (handbook) page in the built site').toBeDefined();
  });

  test('the TOC leads to a section, and a copied paragraph link lands on that paragraph', async () => {
    const origin = siteOrigin();
    const options = { viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] };
    await withPage(browser(), options, async ({ page, problems }) => {
      await page.goto(chapter!.url);

      // 1. The TOC: open it if it is collapsed, follow a link far down the page (the page starts at the top).
      const toc = page.locator('.reading-toc');
      if ((await toc.count()) && !(await toc.evaluate((d) => (d as HTMLDetailsElement).open)))
        await toc.locator('summary').click();
      const tocLinks = toc.locator('a[href*="#"]');
      const count = await tocLinks.count();
      expect(count, 'the chapter TOC has no links').toBeGreaterThan(1);
      // Two thirds down: far enough to need a scroll, not so near the end that it cannot reach the top.
      const link = tocLinks.nth(Math.floor((count * 2) / 3));
      const href = (await link.getAttribute('href'))!;
      const sectionId = decodeURIComponent(href.slice(href.indexOf('#') + 1));
      const before = await placement(page, sectionId);
      // Otherwise "scrolled into view" would prove nothing.
      expect(before.top, `#${sectionId} is already on screen before following the TOC`).toBeGreaterThan(before.height);
      await link.click();
      await page.waitForFunction((id) => location.hash === `#${id}`, sectionId);
      expect(new URL(page.url()).pathname).toBe(new URL(chapter!.url, origin).pathname);
      expectLandedOn(await placement(page, sectionId), `section #${sectionId}`);

      // 2. A paragraph in the middle of the page: its ¶ is a plain link to its own anchor…
      const paras = page.locator('.reading-article [id^="p-"]');
      const para = paras.nth(Math.floor((await paras.count()) / 2));
      const paraId = (await para.getAttribute('id'))!;
      const pilcrow = para.locator(`a[href="#${paraId}"]`);
      expect(await pilcrow.count(), `#${paraId} has no ¶ link to #${paraId}`).toBe(1);
      // …and, with JS, opens the copy menu; "复制链接" puts the paragraph's full URL on the clipboard.
      await pilcrow.click();
      await para.locator('button[data-action="link"]').click();
      await expect.poll(() => page.locator('[role="status"]').innerText()).not.toBe('');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${origin}${new URL(chapter!.url, origin).pathname}#${paraId}`);

      // 3. Opening the copied link in a fresh page lands on that paragraph.
      await withPage(browser(), { viewport: { width: 1280, height: 800 } }, async (second) => {
        await second.page.goto(copied);
        expectLandedOn(await placement(second.page, paraId), `paragraph #${paraId}`);
        expect(describeProblems(copied, second.problems)).toBe('');
      });
      expect(describeProblems(chapter!.url, problems)).toBe('');
    });
  });
});
