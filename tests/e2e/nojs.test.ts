/**
 * No-JavaScript reading: with scripts disabled, every reading page shows all the text corpus.json
 * says it holds (each paragraph visible, in its anchored element), a table of contents linking
 * every section, and a plain link to each paragraph's anchor.
 */
import { describe, expect, test } from 'vitest';
import { readCorpus } from '../../scripts/quality/site-pages.js';
import { corpusItemsOnPage, visibleRuns } from '../../scripts/quality/corpus-page.js';
import { siteDir, useChromium, withPage } from './support/browser.js';
import { allPages } from './support/pages.js';

const readingPages = (await allPages()).filter((p) => p.kind.startsWith('reading'));
const corpus = await readCorpus(siteDir());
const browser = useChromium();

/** What the page shows for one id, measured in the page. */
interface Shown {
  exists: boolean;
  visible: boolean;
  text: string;
  selfLink: boolean;
}

describe('reading without JavaScript', () => {
  test('there are reading pages and corpus.json describes them', () => {
    expect(readingPages.length).toBeGreaterThan(0);
    expect(corpus, 'data/corpus.json is missing').toBeDefined();
  });

  test.each(readingPages.map((p) => [p.url]))('%s shows its full text, TOC and anchors', async (url) => {
    const { paragraphs, sections } = corpusItemsOnPage(corpus, url);
    expect(paragraphs.length, `corpus.json has no paragraph on ${url}`).toBeGreaterThan(0);
    await withPage(browser(), { javaScriptEnabled: false, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await page.goto(url);
      expect(await page.evaluate(() => typeof (window as { noScriptProbe?: unknown }).noScriptProbe)).toBe('undefined');
      const shown = (await page.evaluate(
        (ids: string[]) =>
          ids.map((id) => {
            const el = document.getElementById(id);
            return {
              exists: !!el,
              visible: !!el && el.checkVisibility(),
              text: (el as HTMLElement | null)?.innerText.replace(/\s+/g, '') ?? '',
              selfLink: !!el?.querySelector(`a[href$="#${CSS.escape(id)}"]`),
            };
          }),
        paragraphs.map((p) => p.id),
      )) as Shown[];
      const problems: string[] = [];
      paragraphs.forEach((p, i) => {
        const s = shown[i]!;
        if (!s.exists) return problems.push(`#${p.id}: no element`);
        if (!s.visible) problems.push(`#${p.id}: not visible`);
        if (!s.selfLink) problems.push(`#${p.id}: no link to its own anchor`);
        let at = 0;
        for (const run of visibleRuns(p)) {
          const found = s.text.indexOf(run, at);
          if (found < 0) {
            problems.push(`#${p.id}: text not shown: "${run.slice(0, 40)}" (page shows "${s.text.slice(0, 60)}")`);
            break;
          }
          at = found + run.length;
        }
      });
      // The TOC links every section; it may sit in a closed <details>, as long as its summary shows.
      const tocProblems = await page.evaluate(
        (ids: string[]) =>
          ids.flatMap((id) => {
            const links = [...document.querySelectorAll<HTMLAnchorElement>(`a[href$="#${CSS.escape(id)}"]`)];
            const reachable = links.some(
              (a) => a.checkVisibility() || !!a.closest('details')?.querySelector('summary')?.checkVisibility(),
            );
            const heading = document.getElementById(id);
            return [
              ...(reachable ? [] : [`#${id}: no visible TOC link`]),
              ...(heading?.checkVisibility() ? [] : [`#${id}: heading missing or hidden`]),
            ];
          }),
        sections.map((s) => s.id),
      );
      problems.push(...tocProblems);
      expect(problems, `${url} without JS:\n  ${problems.slice(0, 30).join('\n  ')}`).toEqual([]);
    });
  });
});
