/**
 * The slide plan: long text split at sentence ends within the budget, nothing lost, continuation
 * slides titled （续）, every slide within its line budget, sources last. On the real corpus's
 * longest paragraphs as well as on small cases.
 */
import { describe, expect, test } from 'vitest';
import { printedText } from '../../../scripts/model/walk.js';
import type { LectureExport } from '../../../src/lib/lecture/export-model.js';
import { layoutLecture } from '../../../src/lib/lecture/layout.js';
import { SLIDE, linesOf, planSlides, splitText, textWidth } from '../../../src/lib/lecture/slides.js';
import { passageItem, realCorpus } from './real-corpus.js';

describe('splitText', () => {
  test('short text is one piece', () => {
    expect(splitText('两学一做。', 10)).toEqual(['两学一做。']);
    expect(splitText('', 10)).toEqual(['']);
  });

  test('cuts after a sentence end in the second half, not mid-sentence', () => {
    expect(splitText('甲乙丙丁戊。己庚辛壬癸。子丑寅卯辰。', 12)).toEqual(['甲乙丙丁戊。己庚辛壬癸。', '子丑寅卯辰。']);
  });

  test('a closing quotation mark stays with its sentence', () => {
    expect(splitText('他说：“甲乙丙。”丁戊己庚辛壬。', 10)).toEqual(['他说：“甲乙丙。”', '丁戊己庚辛壬。']);
  });

  test('without any pause the text is cut at the width', () => {
    expect(splitText('一二三四五六七八九十', 4)).toEqual(['一二三四', '五六七八', '九十']);
  });

  const longest = () =>
    realCorpus()
      .passages.map((p) => printedText(p.paragraph))
      .sort((a, b) => b.length - a.length)
      .slice(0, 20);

  test('the 20 longest paragraphs of the corpus: pieces fit, join back to the text, end at a pause when one exists', () => {
    for (const text of longest()) {
      const pieces = splitText(text, 320);
      expect(pieces.join('')).toBe(text);
      for (const p of pieces) expect(textWidth(p)).toBeLessThanOrEqual(320);
      for (const p of pieces.slice(0, -1)) expect(p).toMatch(/[。！？；”，、：,:.;!?]$/);
    }
  });
});

describe('planSlides', () => {
  const lecture = (items: LectureExport['parts'][number]['items'], heading = '一、主要内容'): LectureExport => ({
    title: '专题党课',
    date: '2026-11-29',
    parts: [{ heading, items }],
  });

  test('a long quotation continues over slides titled （续）, within the line budget, none shrunk', () => {
    const p = realCorpus().passages.reduce((a, b) =>
      printedText(b.paragraph).length > printedText(a.paragraph).length ? b : a,
    );
    const plan = planSlides(layoutLecture(lecture([passageItem(p)])));
    const content = plan.filter((s) => s.kind === 'content');
    expect(content.length).toBeGreaterThanOrEqual(
      Math.ceil(textWidth(printedText(p.paragraph)) / (SLIDE.charsPerLine * SLIDE.linesPerSlide)),
    );
    expect(content[0]!.title).toBe('一、主要内容');
    for (const s of content.slice(1)) expect(s.title).toBe('一、主要内容（续）');
    for (const s of content) {
      const used = s.lines.reduce((n, l) => n + linesOf(l.text, l.role === 'quote' ? SLIDE.bodyPt : SLIDE.smallPt), 0);
      expect(used).toBeLessThanOrEqual(SLIDE.linesPerSlide);
    }
    expect(content.flatMap((s) => s.lines.filter((l) => l.role === 'quote').map((l) => l.text)).join('')).toBe(
      printedText(p.paragraph),
    );
    // The source line follows the last piece, on the last slide.
    expect(content.at(-1)!.lines.at(-1)!.text).toMatch(/^——.*\[1\]$/);
    expect(SLIDE.smallPt).toBeGreaterThanOrEqual(18);
  });

  test('slides: title first, sources last (split when long), each source numbered once', () => {
    const items = realCorpus()
      .passages.filter((p) => p.paragraph.text.length > 20)
      .filter((_, i) => i % 40 === 0)
      .map(passageItem);
    const l = layoutLecture(lecture(items));
    const plan = planSlides(l);
    expect(plan[0]).toMatchObject({ kind: 'title', title: '专题党课', subtitle: '2026-11-29' });
    const sources = plan.filter((s) => s.kind === 'sources');
    expect(plan.slice(-sources.length)).toEqual(sources);
    expect(sources.flatMap((s) => s.lines.map((x) => x.text))).toEqual(l.references.map((r, i) => `[${i + 1}] ${r}`));
    expect(new Set(l.references).size).toBe(l.references.length);
  });

  test('a part without a heading is titled with the lecture title', () => {
    const p = realCorpus().passages[0]!;
    expect(planSlides(layoutLecture(lecture([passageItem(p)], '')))[1]!.title).toBe('专题党课');
  });
});
