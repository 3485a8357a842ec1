/**
 * Topic packs (专题) in the built site: every concept of the glossary has its page, which lists at
 * most PACK_PASSAGES key passages (each one a real paragraph of the corpus, every section once before any twice), says
 * how many paragraphs mention the concept, and carries the pack as lecture items whose JSON parses
 * and has the shape of export-model.ts. Without JavaScript the load button stays hidden; in print
 * the site chrome and the button are gone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { conceptUrl, lectureUrl, readingUrl, toDocId, toPageSlug, topicPackUrl } from '../../scripts/model/ids.js';
import { PACK_PASSAGES } from '../../scripts/stages/concepts/strongest.js';
import type { CorpusJson } from '../../scripts/emit/corpus-json.js';
import { paragraphTexts } from '../../scripts/quality/paragraph-texts.js';
import { siteDir, useChromium, withPage } from './support/browser.js';

/** The export-model shape (src/lib/lecture/export-model.ts), every field checked, nothing extra. */
const text = z.string();
const cite = z
  .object({
    authors: z.array(text),
    title: text.min(1),
    type: text.min(1),
    section: text.optional(),
    container: text.optional(),
    publisher: text.optional(),
    place: text.optional(),
    year: text.optional(),
    volume: text.optional(),
    issue: text.optional(),
    pages: text.optional(),
    date: text.optional(),
  })
  .strict();
const base = {
  url: text.regex(/^\/(library|cases|concepts)\//),
  note: text.optional(),
  changed: z.boolean().optional(),
  cite: cite.optional(),
};
const item = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('passage'), text: text.min(1), where: text.min(1) }).strict(),
  z.object({ ...base, kind: z.literal('section'), title: text, paragraphs: z.array(text), where: text }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('case'),
      title: text.min(1),
      place: text.optional(),
      paragraphs: z.array(text.min(1)).min(1),
      figures: z.array(text),
      source: text.optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('concept'),
      term: text.min(1),
      definition: text.min(1),
      definitionSource: text.optional(),
    })
    .strict(),
]);

const read = (path: string) => readFile(join(siteDir(), path), 'utf8');
const data = JSON.parse(await read('data/corpus.json')) as CorpusJson;
/** The glossary as the site publishes it in corpus.json. */
const concepts = (data.concepts ?? []) as { id: string; term: string; occurrences: { url: string }[] }[];
const texts = new Set(paragraphTexts(data.documents).values());

/** The inner HTML of the first element matching `open` (an opening-tag pattern) up to its closing `tag`. */
const inner = (html: string, open: string, tag: string): string | undefined =>
  new RegExp(`${open}([\\s\\S]*?)</${tag}>`).exec(html)?.[1];

describe('a topic pack for every concept', () => {
  test('the corpus has concepts to check', () => expect(concepts.length).toBeGreaterThan(100));

  test('each page: capped key passages from the corpus, the total stated, the pack JSON valid', async () => {
    const counts: number[] = [];
    for (const c of concepts) {
      const html = await read(`${topicPackUrl(c.id).slice(1)}index.html`);
      const passages = (inner(html, '<ol class="topic-passages"[^>]*>', 'ol') ?? '').match(/<li[ >]/g)?.length ?? 0;
      counts.push(passages);
      expect(passages, c.id).toBeLessThanOrEqual(PACK_PASSAGES);

      const raw = inner(html, '<script type="application/json" data-lecture-pack-items>', 'script');
      expect(raw, `${c.id}: pack items`).toBeDefined();
      expect(raw).not.toContain('<');
      const items = z.array(item).parse(JSON.parse(raw!));
      expect(items[0]).toMatchObject({ kind: 'concept', term: c.term, url: conceptUrl(c.id) });
      const quoted = items.flatMap((i) => (i.kind === 'passage' ? [i] : []));
      expect(quoted.length).toBe(passages);
      for (const q of quoted)
        expect(texts.has(q.text), `${c.id}: ${q.url} is not a paragraph of the corpus`).toBe(true);
      // Round by round (scripts/stages/concepts/strongest.ts): once a section is quoted twice, every section has been quoted.
      const firstRepeat = quoted.findIndex((q, i) => quoted.slice(0, i).some((p) => p.where === q.where));
      if (firstRepeat >= 0) {
        const sections = new Set(quoted.slice(0, firstRepeat).map((q) => q.where));
        for (const q of quoted.slice(firstRepeat))
          expect(sections.has(q.where), `${c.id}: ${q.where} first quoted after a repeat`).toBe(true);
      }
      const caseLinks = [
        ...(inner(html, '<ul class="topic-cases"[^>]*>', 'ul') ?? '').matchAll(/<a href="([^"]+)"/g),
      ].map((m) => m[1]);
      expect(items.filter((i) => i.kind === 'case').map((i) => i.url)).toEqual(caseLinks);

      expect(html).toMatch(/<button type="button" data-lecture-pack hidden[^>]*>把本专题载入备课篮<\/button>/);
      const paragraphs = new Set(c.occurrences.map((o) => o.url)).size;
      if (paragraphs > 0) expect(html).toContain(`共 ${paragraphs} 段提及`);
      expect(passages, `${c.id}: as many passages as there are, up to the cap`).toBe(
        Math.min(paragraphs, PACK_PASSAGES),
      );
    }
    // The cap bites somewhere: some concept is mentioned in more sections than a pack lists.
    expect(Math.max(...counts)).toBe(PACK_PASSAGES);
  });
});

const browser = useChromium();

describe('a topic pack in the browser', () => {
  test('concept page → topic pack; printed without the site chrome or the button, passages and sources kept', async () => {
    await withPage(browser(), { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await page.goto(conceptUrl('liang-xue-yi-zuo'));
      await page.locator(`a[href="${topicPackUrl('liang-xue-yi-zuo')}"]`).click();
      await page.waitForURL(`**${topicPackUrl('liang-xue-yi-zuo')}`);
      expect(await page.locator('h1').innerText()).toContain('两学一做');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('[data-lecture-pack]').isVisible()).toBe(false);
      expect(await page.locator('.topic-passages > li').count()).toBeGreaterThan(0);
      expect(await page.locator('.topic-passages .topic-source').first().isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
});

describe('the export libraries', () => {
  // The page-weight gate exempts scripts named `lecture…`, so it would not notice a reading page
  // that loads the Word and slide libraries: this checks that none does until an export is asked for.
  test('no reading, topic or basket page loads the exporters until an export is asked for', async () => {
    const pages = [
      readingUrl(toDocId('handbook-jiguan-dangjian'), toPageSlug('ch08')),
      topicPackUrl('liang-xue-yi-zuo'),
      lectureUrl(),
    ];
    for (const url of pages) {
      await withPage(browser(), {}, async ({ page }) => {
        const scripts: string[] = [];
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
        await page.goto(url, { waitUntil: 'networkidle' });
        expect(
          scripts.filter((u) => /lecture-(docx|pptx|markdown)\./.test(u)),
          url,
        ).toEqual([]);
      });
    }
  });
});
