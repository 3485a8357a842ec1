/**
 * Preparing a lecture in a browser (issue 8), with the keyboard: collect a paragraph and a section
 * on a reading page, a search result, a concept and a case (five items, at least three documents);
 * reorder (keyboard, and one drag and drop), add a heading and a note that is markup; export Word and slides and read them back
 * (unzipped with fflate); print to PDF with the citations on the page; reload; a corrupt stored
 * value gives the message on the basket page and breaks no other page; a topic pack loads into a basket.
 * Expected texts come from the site's corpus.json and the pages' own data, not from the basket code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { lectureUi } from '../../src/i18n/zh-CN.js';
import { storageKey } from '../../src/lib/lecture/storage.js';
import type { LectureState } from '../../src/lib/lecture/basket.js';
import type { LectureItem } from '../../src/lib/lecture/export-model.js';
import { isFailing, runAxe } from './support/axe.js';
import { topicPackUrl } from '../../scripts/model/ids.js';
import { describeProblems, siteDir, siteOrigin, useChromium, withPage } from './support/browser.js';

const t = lectureUi.page;
/** The basket's key on the site this file tests, built for the root (`/`). */
const LECTURE_KEY = storageKey('/');
const NOTE = '<img src=x onerror=alert(1)>';
const HEADING = '一、作风建设的重要意义';

interface Para {
  id: string;
  kind: string;
  text: string;
  url: string;
  marker?: string;
  lead?: string;
  marks?: { kind: string }[];
}
interface Sec {
  id: string;
  title: string;
  url: string;
  level: number;
  paragraphs: Para[];
  sections: Sec[];
}
interface Doc {
  id: string;
  title: string;
  readingUrl?: string;
  paragraphs: Para[];
  sections: Sec[];
  children: Doc[];
}

const corpus = JSON.parse(readFileSync(join(siteDir(), 'data', 'corpus.json'), 'utf8')) as { documents: Doc[] };
const handbook = corpus.documents.find((d) => d.id.startsWith('handbook'))!;

/** A plain paragraph of a handbook chapter (no marker, lead or redaction: its text is exactly what is quoted) and a section of that chapter. */
function pickChapterItems(): { paragraph: Para; section: Sec } {
  for (const chapter of handbook.children) {
    const sections: Sec[] = [];
    const walk = (s: Sec) => (sections.push(s), s.sections.forEach(walk));
    chapter.sections.forEach(walk);
    const plain = sections
      .flatMap((s) => s.paragraphs)
      .find(
        (p) =>
          p.kind === 'paragraph' &&
          !p.marker &&
          !p.lead &&
          p.text.length > 40 &&
          p.text.length < 200 &&
          (p.marks ?? []).every((m) => m.kind === 'concept'),
      );
    const section = sections.find((s) => s.level >= 2 && s.paragraphs.length > 0 && s.title.length > 0);
    if (plain && section && plain.url.split('#')[0] === section.url.split('#')[0]) return { paragraph: plain, section };
  }
  throw new Error('no handbook chapter with a plain paragraph and a section');
}
const { paragraph, section } = pickChapterItems();

/** A case page whose item cites another document than the handbook (an 经验交流 of the speeches). */
function pickCase(): { url: string; item: LectureItem } {
  const dir = join(siteDir(), 'cases');
  for (const id of readdirSync(dir).sort()) {
    const html = (() => {
      try {
        return readFileSync(join(dir, id, 'index.html'), 'utf8');
      } catch {
        return '';
      }
    })();
    const json = /<script type="application\/json" data-lecture-item>([^<]*)<\/script>/.exec(html)?.[1];
    if (!json) continue;
    const item = JSON.parse(json) as LectureItem;
    if (item.cite && item.cite.title !== handbook.title) return { url: item.url, item };
  }
  throw new Error('no case page citing a document other than the handbook');
}
const caseStudy = pickCase();
const conceptUrl = '/concepts/liang-xue-yi-zuo/';

const browser = useChromium();

/** Open a page and let its late requests (favicon, idle loads) finish, so leaving it aborts none. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}

/** Press a control with the keyboard: focus it, then Enter. */
async function press(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().focus();
  await page.keyboard.press('Enter');
}

async function stored(page: Page): Promise<LectureState> {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), LECTURE_KEY))!) as LectureState;
}
const items = (s: LectureState): LectureItem[] =>
  s.baskets.find((b) => b.id === s.current)!.entries.flatMap((e) => (e.type === 'item' ? [e.item] : []));

/** Wait until the status line reports the n-th item collected. */
async function collected(page: Page, n: number): Promise<void> {
  await expect
    .poll(async () =>
      page.evaluate((k) => (localStorage.getItem(k) ?? '').split('"type":"item"').length - 1, LECTURE_KEY),
    )
    .toBe(n);
  await expect.poll(() => page.locator('.lecture-badge__count').textContent()).toBe(`${n}${lectureUi.badgeItems}`);
}

/** The text of a .docx / .pptx part without its markup, entities decoded. */
const textOf = (xml: string): string =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function saved(download: Download): Promise<Record<string, Uint8Array>> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return unzipSync(new Uint8Array(Buffer.concat(chunks)));
}

/** Indices of `needles` in `hay`: all found (≥ 0) and increasing means "in this order". */
const positions = (hay: string, needles: string[]): number[] => needles.map((n) => hay.indexOf(n));

describe('preparing a lecture', () => {
  test('collect from four page kinds, arrange, export Word and slides, print, reload, survive a corrupt value', async () => {
    const dialogs: string[] = [];
    await withPage(browser(), { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void (d.type() === 'confirm' ? d.accept() : d.dismiss());
      });

      // 1. Reading page: the paragraph through its ¶ menu, the section through its heading, keyboard only.
      const chapterUrl = paragraph.url.split('#')[0]!;
      await visit(page, chapterUrl);
      await press(page, `[id="${paragraph.id}"] a.pilcrow`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(lectureUi.add);
      await page.keyboard.press('Enter');
      await collected(page, 1);
      // The menu's one 加入备课 moves with it: ✓ on the collected paragraph only, also after reopening.
      const menuMark = () =>
        page.locator('.para-menu [data-lecture-add]').evaluate((b) => getComputedStyle(b, '::after').content);
      expect(await menuMark()).toContain('✓');
      const other = await page
        .locator('.reading-article p[id^="p-"]')
        .evaluateAll((ps, id) => ps.map((p) => p.id).find((x) => x !== id), paragraph.id);
      await press(page, `[id="${other}"] a.pilcrow`);
      expect(await menuMark()).not.toContain('✓');
      await press(page, `[id="${paragraph.id}"] a.pilcrow`);
      expect(await menuMark()).toContain('✓');
      await press(page, `[id="${section.id}"] .lecture-add--section`);
      await collected(page, 2);
      await expect.poll(() => page.locator('.lecture-status').textContent()).toBe(lectureUi.addedStatus(2));

      // 2. A search result from another document than the handbook.
      await visit(page, '/search/?q=' + encodeURIComponent('党风廉政建设'));
      await page.waitForFunction(() => document.body.dataset.searchState === 'done');
      const result = page
        .locator('#search-results li')
        .filter({ has: page.locator('[data-lecture-add]') })
        .filter({ hasNot: page.locator(`a[href*="/${handbook.id}/"]`) })
        .first();
      const resultHref = (await result.locator('a').first().getAttribute('href'))!;
      await result.locator('[data-lecture-add]').focus();
      await page.keyboard.press('Enter');
      await collected(page, 3);

      // 3. A concept page, 4. a case page.
      await visit(page, conceptUrl);
      await press(page, 'main [data-lecture-add]:not([hidden])');
      await collected(page, 4);
      await visit(page, caseStudy.url);
      await press(page, 'main [data-lecture-add]:not([hidden])');
      await collected(page, 5);
      // Adding again does not duplicate.
      await press(page, 'main [data-lecture-add]:not([hidden])');
      await expect.poll(() => page.locator('.lecture-status').textContent()).toBe(lectureUi.already(5));

      const state = await stored(page);
      const got = items(state);
      // A search result is a paragraph or, for a hit in a heading, its section.
      expect(got.map((i) => i.kind)).toEqual([
        'passage',
        'section',
        expect.stringMatching(/^(passage|section)$/),
        'concept',
        'case',
      ]);
      expect(got[0]).toMatchObject({ text: paragraph.text });
      expect((got[1] as { title: string }).title).toContain(section.title);
      expect(got[2]!.url).toBe(resultHref.replace(/\?[^#]*/, ''));
      const works = new Set(got.flatMap((i) => (i.cite ? [i.cite.title] : [])));
      expect(works.size, `cited works: ${[...works].join(' | ')}`).toBeGreaterThanOrEqual(3);

      // 5. The basket: five items in collection order.
      await visit(page, '/lecture/');
      await page.waitForSelector('body[data-lecture-checked]');
      const entryIds = () =>
        page.$$eval('#lecture-list > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.id));
      const before = await entryIds();
      expect(before).toHaveLength(5);
      expect(await page.locator('.lecture-changed').count(), 'nothing changed since collection').toBe(0);

      // Keyboard reorder: the search result moves up over the section; focus stays on its button.
      await press(page, `#lecture-list > li:nth-child(3) [data-action="up"]`);
      await expect.poll(entryIds).toEqual([before[0], before[2], before[1], before[3], before[4]]);
      expect(await page.evaluate(() => (document.activeElement?.closest('li') as HTMLElement | null)?.dataset.id)).toBe(
        before[2],
      );

      // Drag and drop: the case (last) dragged by its handle to the top (a tall window holds both ends).
      await page.setViewportSize({ width: 1280, height: 4000 });
      await page
        .locator('#lecture-list > li:nth-child(5) .lecture-drag')
        .dragTo(page.locator('#lecture-list > li:nth-child(1)'), { targetPosition: { x: 40, y: 4 } });
      await expect.poll(entryIds).toEqual([before[4], before[0], before[2], before[1], before[3]]);
      await page.setViewportSize({ width: 1280, height: 900 });

      // A heading, typed and moved to the top with the keyboard.
      await page.locator('#lecture-heading-text').focus();
      await page.keyboard.type(HEADING);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await entryIds()).length).toBe(6);
      for (let i = 0; i < 5; i++)
        await press(page, `#lecture-list > li.lecture-entry--heading [data-action="up"]:not([disabled])`);
      await expect
        .poll(async () => page.locator('#lecture-list > li').first().getAttribute('class'))
        .toContain('lecture-entry--heading');

      // A note that is markup: stays text everywhere.
      await page.locator(`#lecture-list li[data-id="${before[0]}"] textarea`).focus();
      await page.keyboard.type(NOTE);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await expect.poll(async () => items(await stored(page)).find((i) => i.url === before[0])?.note).toBe(NOTE);
      expect(await page.locator('#lecture-print .lp-note').first().textContent()).toContain(NOTE);

      // The outline: five parts; the typed heading stays (as level 2) under 主要内容, the case under 典型案例.
      await press(page, '#lecture-outline');
      const outline = Object.values(t.outlineParts);
      await expect
        .poll(() =>
          page.$$eval('#lecture-list .lecture-heading__text', (xs) => xs.map((x) => (x as HTMLInputElement).value)),
        )
        .toEqual([outline[0], outline[1], outline[2], HEADING, outline[3], outline[4]]);
      const order = items(await stored(page));
      const passages = order
        .filter((i): i is Extract<LectureItem, { kind: 'passage' }> => i.kind === 'passage')
        .map((i) => i.text);
      expect(passages[0]).toBe(paragraph.text);

      // axe on the filled basket.
      const failing = (await runAxe(page)).filter(isFailing);
      expect(failing.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // 6. Word, keyboard only: headings, passages in order, the note as literal text, the references.
      const [docx] = await Promise.all([page.waitForEvent('download'), press(page, '[data-export="docx"]')]);
      expect(docx.suggestedFilename()).toMatch(/\.docx$/);
      const doc = textOf(strFromU8((await saved(docx))['word/document.xml']!));
      expect(
        positions(doc, [outline[0]!, outline[2]!, HEADING, outline[3]!, outline[4]!]).every(
          (p, i, a) => p >= 0 && (i === 0 || p > a[i - 1]!),
        ),
        'headings in order',
      ).toBe(true);
      const pos = positions(doc, passages);
      expect(
        pos.every((p, i) => p >= 0 && (i === 0 || p > pos[i - 1]!)),
        `passages in order: ${pos}`,
      ).toBe(true);
      expect(doc).toContain(NOTE);
      expect(doc.lastIndexOf('参考文献')).toBeGreaterThan(pos[pos.length - 1]!);
      for (const work of works) expect(doc.slice(doc.lastIndexOf('参考文献'))).toContain(work);

      // 7. Slides: the same, over the slide XML in slide order.
      const [pptx] = await Promise.all([page.waitForEvent('download'), press(page, '[data-export="pptx"]')]);
      const files = await saved(pptx);
      const slides = Object.keys(files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
      const deck = slides.map((f) => textOf(strFromU8(files[f]!))).join('\n');
      const starts = positions(
        deck,
        passages.map((p) => p.slice(0, 12)),
      );
      expect(
        starts.every((p, i) => p >= 0 && (i === 0 || p > starts[i - 1]!)),
        `passages in slide order: ${starts}`,
      ).toBe(true);
      expect(deck).toContain(NOTE);
      expect(deck).toContain(HEADING);
      expect(deck).toContain('参考文献');

      // 8. Print: only the lecture, every quotation with its citation on the page, a page per level-1 part.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('#lecture-app').isVisible()).toBe(false);
      const cites = await page.locator('#lecture-print .lp-cite').allTextContents();
      expect(cites).toHaveLength(5);
      expect(cites.filter((c) => /\[\d+\]$/.test(c)).length).toBeGreaterThanOrEqual(4);
      expect(await page.locator('#lecture-print .lp-refs li').count()).toBeGreaterThanOrEqual(3);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pageCount, 'a new page before each level-1 heading but the first').toBeGreaterThanOrEqual(outline.length);
      await page.emulateMedia({ media: 'screen' });

      // 9. Reload: everything is still there.
      const kept = await entryIds();
      await page.reload();
      await page.waitForLoadState('networkidle');
      await page.waitForSelector('body[data-lecture-ready]');
      expect(await entryIds()).toEqual(kept);

      expect(dialogs).toEqual([]);
      expect(describeProblems('/lecture/', problems)).toBe('');
    });
  });

  test('a section collected leaves out cues (（掌声）) and the text’s signature, not its text, and sits under its parents', async () => {
    await withPage(browser(), { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      await visit(page, paragraph.url.split('#')[0]!);
      // The section as a transcript has it (a cue line, then a paragraph said after it), as the last
      // section of a 通报 has it (the signature at the foot), after a sibling section.
      await page.evaluate((id) => {
        const heading = document.getElementById(id)!;
        const para = (cls: string, text: string) =>
          Object.assign(document.createElement('p'), { className: cls, textContent: text });
        heading.after(
          para('para para--paragraph para--cue', '（掌声）'),
          para('para para--paragraph', '同志们，我再讲一点。'),
        );
        heading.nextElementSibling!.nextElementSibling!.after(
          para('para para--paragraph para--signature', '某某机关党委'),
        );
        heading.before(Object.assign(document.createElement(heading.tagName), { textContent: '前一节的标题' }));
      }, section.id);
      await press(page, `[id="${section.id}"] .lecture-add--section`);
      await collected(page, 1);
      const [item] = items(await stored(page));
      const paragraphs = (item as { paragraphs: string[] }).paragraphs;
      expect(paragraphs[0]).toBe('同志们，我再讲一点。');
      expect(paragraphs).not.toContain('（掌声）');
      expect(paragraphs).not.toContain('某某机关党委');
      expect(paragraphs.length).toBeGreaterThan(1);
      expect((item as { where: string }).where).not.toContain('前一节的标题');
      expect(describeProblems(paragraph.url, problems)).toBe('');
    });
  });

  test('a topic pack loads into a new basket named after the topic', async () => {
    await withPage(browser(), { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      await visit(page, topicPackUrl('liang-xue-yi-zuo'));
      const pack = JSON.parse((await page.locator('script[data-lecture-pack-items]').textContent())!) as LectureItem[];
      expect(pack.length).toBeGreaterThan(2);
      const title = (await page.locator('h1').textContent())!.trim();
      await press(page, '[data-lecture-pack]');
      await expect.poll(() => page.locator('.lecture-status').textContent()).toBe(t.packLoaded(title, pack.length));
      const state = await stored(page);
      expect(state.baskets.find((b) => b.id === state.current)!.name).toBe(title);
      expect(items(state).map((i) => i.url)).toEqual(
        pack.map((i) => new URL(i.url, siteOrigin()).pathname + new URL(i.url, siteOrigin()).hash),
      );
      await visit(page, '/lecture/');
      await page.waitForSelector('body[data-lecture-checked]');
      expect(await page.locator('#lecture-list > li').count()).toBe(pack.length);
      expect(await page.locator('.lecture-changed').count(), 'pack items are what the pages hold').toBe(0);
      expect(describeProblems('/lecture/', problems)).toBe('');
    });
  });

  test("the header badge stays on the sections' row from a 320 px phone to the desktop, nothing cut off", async () => {
    for (const width of [320, 390, 1280]) {
      await withPage(browser(), { viewport: { width, height: 700 } }, async ({ page }) => {
        for (const url of ['/', paragraph.url.split('#')[0]!, '/lecture/']) {
          await visit(page, url);
          const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
          const [nav, badge, name, search] = [
            await box('.site-nav'),
            await box('.lecture-badge'),
            await box('.site-name'),
            await box('.site-search'),
          ];
          const where = `${url} at ${width} px`;
          // The same row: their vertical extents overlap.
          expect(badge.y < nav.y + nav.height && nav.y < badge.y + badge.height, where).toBe(true);
          for (const b of [nav, badge, name, search]) expect(b.x + b.width, where).toBeLessThanOrEqual(width);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
          // A phone stacks name, sections and search; the desktop keeps one row.
          if (width < 400) expect(name.y + name.height <= nav.y && nav.y + nav.height <= search.y, where).toBe(true);
          else expect(search.y < nav.y + nav.height, where).toBe(true);
        }
      });
    }
  });

  test('a corrupt stored value: the basket page says so and keeps it; other pages and the badge still work', async () => {
    await withPage(browser(), { viewport: { width: 390, height: 800 } }, async ({ page, problems }) => {
      await visit(page, '/lecture/');
      await page.evaluate(
        (k) => localStorage.setItem(k, '{"format":"dangjian-wenku/lecture@1","baskets":[{'),
        LECTURE_KEY,
      );
      await page.reload();
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('#lecture-problem').isVisible()).toBe(true);
      expect(await page.locator('#lecture-problem-message').textContent()).toBe(t.problem.corrupt);
      expect(await page.locator('#lecture-app').isVisible()).toBe(false);
      expect(await page.evaluate((k) => localStorage.getItem(k), LECTURE_KEY)).toBe(
        '{"format":"dangjian-wenku/lecture@1","baskets":[{',
      );

      // A reading page: the badge shows the problem, collecting refuses without touching the value.
      await visit(page, paragraph.url.split('#')[0]!);
      expect(await page.locator('.lecture-badge__count').textContent()).toBe(`!${lectureUi.badgeBroken}`);
      await press(page, `[id="${paragraph.id}"] a.pilcrow`);
      await page.locator(`[id="${paragraph.id}"] [data-lecture-add]`).click();
      await expect.poll(() => page.locator('.lecture-status').textContent()).toBe(lectureUi.storeBroken);
      expect(await page.evaluate((k) => localStorage.getItem(k), LECTURE_KEY)).toBe(
        '{"format":"dangjian-wenku/lecture@1","baskets":[{',
      );

      // Another application's data is named as such.
      await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ todos: ['x'] })), LECTURE_KEY);
      await visit(page, '/lecture/');
      await expect.poll(() => page.locator('#lecture-problem-message').textContent()).toBe(t.problem.foreign);
      expect(describeProblems('/lecture/', problems)).toBe('');
    });
  });
});
