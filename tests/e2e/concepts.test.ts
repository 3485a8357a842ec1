/**
 * Concepts in a browser (issue 4): open a chapter, follow a term link to its concept page, and from
 * there a concordance line back to the paragraph; the definition preview on keyboard focus; the
 * concept filter (lxyz → 两学一做); the case facets.
 */
import { describe, expect, test } from 'vitest';
import { describeProblems, useChromium, withPage } from './support/browser.js';

const browser = useChromium();

describe('from a chapter to a concept and back', () => {
  test('chapter → 三会一课 link → concept page → concordance line → that paragraph', async () => {
    await withPage(browser(), { viewport: { width: 1280, height: 800 } }, async ({ page, problems }) => {
      const chapter = '/library/handbook-jiguan-dangjian/ch08/';
      await page.goto(chapter);
      const term = page.locator('.reading-article [id^="p-"] a.term[href="/concepts/san-hui-yi-ke/"]').first();
      expect(await term.count(), 'no 三会一课 link in a paragraph of chapter 8').toBe(1);
      const termParagraph = await term.evaluate((a) => a.closest('[id^="p-"]')?.id ?? '');
      await term.click();
      await page.waitForURL('**/concepts/san-hui-yi-ke/');
      expect(await page.locator('h1').innerText()).toContain('三会一课');
      // The definition is cited from the handbook itself, and the expansion links its members.
      expect(await page.locator('.kb-definition').innerText()).toContain('党员大会、支部委员会、党小组会');
      expect(await page.locator('.kb-expansion a[href="/concepts/dang-ke/"]').count()).toBe(1);

      // The concordance line for the paragraph we came from leads back to it.
      const line = page.locator(`a[data-concordance][href="${chapter}#${termParagraph}"]`).first();
      expect(await line.count(), `no concordance line for ${chapter}#${termParagraph}`).toBe(1);
      expect(await line.locator('mark').innerText()).toBe('三会一课');
      await line.click();
      await page.waitForURL(`**${chapter}#${termParagraph}`);
      await page.waitForLoadState('load');
      const landed = await page.evaluate((id) => {
        const el = document.getElementById(id);
        const r = el?.getBoundingClientRect();
        return { target: !!el?.matches(':target'), top: r?.top ?? NaN, text: el?.textContent ?? '' };
      }, termParagraph);
      expect(landed.target).toBe(true);
      expect(landed.top).toBeGreaterThanOrEqual(-1);
      expect(landed.top).toBeLessThan(400);
      expect(landed.text).toContain('三会一课');
      expect(describeProblems(chapter, problems)).toBe('');
    });
  });

  test('focusing a term link with the keyboard shows its definition; Escape hides it', async () => {
    await withPage(browser(), { viewport: { width: 1280, height: 800 } }, async ({ page, problems }) => {
      await page.goto('/library/paper-zhenggong-lianzheng/text/');
      const term = page.locator('.reading-article a.term[href="/concepts/liang-xue-yi-zuo/"]').first();
      await term.focus();
      const preview = page.locator('#concept-preview');
      await expect.poll(() => preview.isVisible()).toBe(true);
      expect(await preview.innerText()).toContain('学党章党规');
      expect(await term.getAttribute('aria-describedby')).toBe('concept-preview');
      await page.keyboard.press('Escape');
      await expect.poll(() => preview.isVisible()).toBe(false);
      expect(describeProblems('/library/paper-zhenggong-lianzheng/text/', problems)).toBe('');
    });
  });
});

describe('concept index and case facets', () => {
  test('the filter accepts initials, full pinyin and Chinese', async () => {
    await withPage(browser(), { viewport: { width: 390, height: 800 } }, async ({ page, problems }) => {
      await page.goto('/concepts/');
      const visible = () => page.locator('section[aria-labelledby="by-category"] li:not([hidden]) a').allInnerTexts();
      for (const q of ['lxyz', 'liangxueyizuo', '两学一做']) {
        await page.fill('#concept-filter-q', q);
        expect(await visible(), q).toEqual(['两学一做']);
      }
      await page.fill('#concept-filter-q', '');
      expect((await visible()).length).toBeGreaterThanOrEqual(80);
      expect(describeProblems('/concepts/', problems)).toBe('');
    });
  });

  test('without JavaScript the concept index lists every concept and the map links to concept pages', async () => {
    await withPage(browser(), { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto('/concepts/');
      expect(await page.locator('section[aria-labelledby="by-category"] li a').count()).toBeGreaterThanOrEqual(80);
      expect(await page.locator('[data-concept-filter]').isVisible()).toBe(false);
      await page.goto('/concepts/map/');
      expect(await page.locator('svg a[href^="/concepts/"]').count()).toBeGreaterThan(10);
    });
  });

  test('case facets filter by province and by concept', async () => {
    await withPage(browser(), {}, async ({ page, problems }) => {
      await page.goto('/cases/');
      const shown = () => page.locator('.case-card:not([hidden]) h2').allInnerTexts();
      expect((await shown()).length).toBe(16);
      await page.selectOption('select[name="province"]', '江苏');
      expect((await shown()).every((t) => t.startsWith('江苏常州'))).toBe(true);
      expect((await shown()).length).toBe(2);
      await page.selectOption('select[name="province"]', '');
      await page.selectOption('select[name="concept"]', 'zhong-yang-ba-xiang-gui-ding');
      expect(await shown()).toEqual(expect.arrayContaining([expect.stringContaining('湖南株洲')]));
      expect(describeProblems('/cases/', problems)).toBe('');
    });
  });
});
