/**
 * The Word, slides and Markdown exports of a lecture made from the real corpus (passages on
 * 两学一做 from three documents, a whole section, the longest paragraph of the corpus, a case, a
 * note with markup, an item whose paragraph is gone): the files are unzipped and their XML read
 * back, so what is checked is what Word and PowerPoint will open.
 */
import { strFromU8, unzipSync } from 'fflate';
import { micromark } from 'micromark';
import { beforeAll, describe, expect, test } from 'vitest';
import { printedText } from '../../scripts/model/walk.js';
import { lectureToDocx, DOCX_FONTS } from '../../src/client/lecture/export/docx.js';
import { lectureToMarkdown } from '../../src/client/lecture/export/markdown.js';
import { lectureToPptx } from '../../src/client/lecture/export/pptx.js';
import type { LectureExport, LectureItem } from '../../src/lib/lecture/export-model.js';
import { SLIDE } from '../../src/lib/lecture/slides.js';
import {
  caseItem,
  passageItem,
  passagesSaying,
  realCases,
  realCorpus,
  sectionItem,
} from '../unit/lecture/real-corpus.js';

const NOTE = '<img src=x onerror=alert(1)>';
const TITLE = '学习“两学一做” <b>专题党课</b>';
const HEADINGS = ['一、背景与意义', '二、主要内容 & <要求>', '三、典型案例'];

/** Texts of the `<w:t>` / `<a:t>` runs of an XML part, entities decoded, in document order. */
function runs(xml: string, tag: 'w:t' | 'a:t'): string[] {
  const re = new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g');
  return [...xml.matchAll(re)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Paragraph texts of a Word part (runs of one `<w:p>` joined). */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => runs(m[0], 'w:t').join(''));

async function unzip(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

let lecture: LectureExport;
let items: LectureItem[];
let longest: string;

beforeAll(() => {
  const { passages } = realCorpus();
  const said = passagesSaying('两学一做');
  // Three documents at least: one passage from each root that says it.
  const fromRoots = [...new Map(said.map((p) => [p.root.id, p])).values()];
  const handbookPassage = passages.find(
    (p) => p.root.kind === 'handbook' && p.sections.length > 0 && p.sections.at(-1)!.paragraphs.length >= 2,
  )!;
  const long = passages.reduce((a, b) => (printedText(b.paragraph).length > printedText(a.paragraph).length ? b : a));
  longest = printedText(long.paragraph);
  const first = passageItem(fromRoots[0]!);
  const gone = { ...passageItem(fromRoots[1]!), changed: true };
  const noted = { ...passageItem(fromRoots[2] ?? said[1]!), note: NOTE };
  const withFigures = realCases().find((c) => c.figures.length > 0)!;
  items = [first, gone, noted, sectionItem(handbookPassage), passageItem(long), caseItem(withFigures)];
  lecture = {
    title: TITLE,
    date: '2026-11-29',
    parts: [
      { heading: HEADINGS[0]!, items: items.slice(0, 3) },
      { heading: HEADINGS[1]!, items: items.slice(3, 5) },
      { heading: HEADINGS[2]!, items: items.slice(5) },
    ],
  };
}, 120_000);

test('the lecture spans at least three documents of the corpus', () => {
  expect(new Set(items.map((i) => i.cite?.title)).size).toBeGreaterThanOrEqual(3);
  expect(longest.length).toBeGreaterThan(SLIDE.charsPerLine * SLIDE.linesPerSlide);
});

describe('Word (.docx)', () => {
  let xml: Record<string, string>;
  let body: string[];
  beforeAll(async () => {
    xml = await unzip(await lectureToDocx(lecture));
    body = paragraphs(xml['word/document.xml']!);
  });

  test('title, headings, passages and the reference list come in the lecture order', () => {
    const texts = [
      TITLE,
      HEADINGS[0]!,
      ...(items.slice(0, 3) as { text: string }[]).map((i) => i.text),
      HEADINGS[1]!,
      longest,
      HEADINGS[2]!,
      '参考文献',
    ];
    const at = texts.map((t) => body.findIndex((p) => p.includes(t)));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(texts.filter((_, k) => at[k]! < 0)),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('user text is literal: the note, the title and a heading with markup are text runs, not XML', () => {
    const doc = xml['word/document.xml']!;
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc).not.toContain('<img');
    expect(doc).not.toContain('<b>');
    expect(body.some((p) => p === `备注：${NOTE}`)).toBe(true);
    expect(body).toContain(HEADINGS[1]);
  });

  test('every quotation is followed by its source line with its reference number, and each source is listed once', () => {
    const refs = body.filter((p) => /^\[\d+\] /.test(p));
    expect(refs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(refs.map((r) => r.replace(/^\[\d+\] /, ''))).size).toBe(refs.length);
    refs.forEach((r, i) => expect(r.startsWith(`[${i + 1}] `)).toBe(true));
    for (const r of refs)
      expect(r).toMatch(
        /\[(J|M|G)\/OL\](\/\/[^.]+)?\. .*\[2026-11-29\]\. https:\/\/example\.org\/(library|cases)\/[^#]+\/\.$/,
      );
    const sources = body.filter((p) => p.startsWith('——'));
    expect(sources.length).toBe(items.length);
    for (const s of sources) {
      const n = Number(/\[(\d+)\]$/.exec(s)?.[1]);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(refs.length);
    }
    // The first quotation's source line names its work and its section.
    expect(sources[0]).toContain(`《${items[0]!.cite!.title}》`);
  });

  test('the item whose paragraph is gone is marked 原文已变更; the case carries its 资料来源 and key figures', () => {
    expect(body.some((p) => p.includes('【原文已变更】'))).toBe(true);
    const c = items[5] as Extract<LectureItem, { kind: 'case' }>;
    expect(body.some((p) => p.includes(`资料来源：${c.source}`))).toBe(true);
    expect(body.some((p) => p.startsWith('关键数据：') && p.includes(c.figures[0]!))).toBe(true);
  });

  test('GB/T 9704 page: A4, margins 37/35/28/26 mm, page number field in the footer', () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(xml['word/document.xml']!)![0];
    const twip = (mm: number) => Math.round((mm / 25.4) * 1440);
    const attr = (el: string, name: string) => Number(new RegExp(`<w:${el} [^>]*w:${name}="(\\d+)"`).exec(sect)?.[1]);
    expect(Math.abs(attr('pgSz', 'w') - twip(210))).toBeLessThanOrEqual(1);
    expect(Math.abs(attr('pgSz', 'h') - twip(297))).toBeLessThanOrEqual(1);
    for (const [side, mm] of [
      ['top', 37],
      ['bottom', 35],
      ['left', 28],
      ['right', 26],
    ] as const)
      expect(Math.abs(attr('pgMar', side) - twip(mm))).toBeLessThanOrEqual(1);
    const footer = Object.entries(xml).find(([n]) => /word\/footer\d*\.xml$/.test(n))![1];
    expect(footer).toMatch(/PAGE/);
  });

  test('fonts are named per style: title 方正小标宋简体 22 pt, body 仿宋 16 pt, headings 黑体 and 楷体', () => {
    const styles = xml['word/styles.xml']!;
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Title')).toContain(`w:eastAsia="${DOCX_FONTS.title}"`);
    expect(style('Title')).toMatch(/<w:sz w:val="44"\/>/);
    expect(style('Heading1')).toContain(`w:eastAsia="${DOCX_FONTS.heading1}"`);
    expect(style('Heading2')).toContain(`w:eastAsia="${DOCX_FONTS.heading2}"`);
    expect(style('Quotation')).toContain(`w:eastAsia="${DOCX_FONTS.body}"`);
    expect(style('Quotation')).toMatch(/<w:sz w:val="32"\/>/);
    expect(style('LectureNote')).toContain(`w:eastAsia="${DOCX_FONTS.heading2}"`);
  });
});

describe('slides (.pptx)', () => {
  let xml: Record<string, string>;
  let slides: string[];
  beforeAll(async () => {
    xml = await unzip(await lectureToPptx(lecture));
    const count = Object.keys(xml).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
    slides = Array.from({ length: count }, (_, i) => xml[`ppt/slides/slide${i + 1}.xml`]!);
  });
  /** The title of a slide: its first text box. */
  const titleOf = (slide: string) => runs(/<p:txBody>[\s\S]*?<\/p:txBody>/.exec(slide)![0], 'a:t').join('');
  /** Text runs of a slide without its slide number field. */
  const textRuns = (slide: string) => runs(slide.replace(/<a:fld[\s\S]*?<\/a:fld>/g, ''), 'a:t');
  const textOf = (slide: string) => textRuns(slide).join('');

  test('16:9, a title slide, a slide per heading in order, a case slide, sources last', () => {
    expect(xml['ppt/presentation.xml']).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(titleOf(slides[0]!)).toBe(TITLE);
    const titles = slides.map(titleOf);
    const at = HEADINGS.slice(0, 2).map((h) => titles.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at[0]).toBeLessThan(at[1]!);
    const c = items[5] as Extract<LectureItem, { kind: 'case' }>;
    const caseSlide = slides.find((s) => titleOf(s).includes(c.title))!;
    expect(textOf(caseSlide)).toContain(c.figures[0]);
    expect(titleOf(slides.at(-1)!)).toMatch(/^参考文献/);
    expect(textOf(slides.at(-1)!)).toMatch(/\[1\] /);
  });

  test('the longest paragraph of the corpus continues over slides titled （续）, whole and in order', () => {
    const titles = slides.map(titleOf);
    const cont = titles.filter((t) => t === `${HEADINGS[1]}（续）`);
    expect(cont.length).toBeGreaterThanOrEqual(1);
    const part = slides.filter((s) => titleOf(s).startsWith(HEADINGS[1]!)).map((s) => textRuns(s).slice(1).join(''));
    expect(part.join('')).toContain(longest);
  });

  test('no text is set below 18 pt and nothing shrinks to fit', () => {
    for (const s of slides) {
      const sizes = [
        ...s
          .replace(/<a:fld[\s\S]*?<\/a:fld>|<a:lstStyle>[\s\S]*?<\/a:lstStyle>/g, '')
          .matchAll(/<a:rPr [^>]*sz="(\d+)"/g),
      ].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1800);
      expect(s).not.toMatch(/normAutofit|fontScale/);
    }
  });

  test('user text is literal in the slide XML: the note and the title', () => {
    const all = slides.join('');
    expect(all).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(all).not.toContain('<img');
    expect(all).not.toContain('<b>');
  });
});

describe('Markdown', () => {
  test('headings, quotations with sources, notes and references; user markup stays text when rendered', () => {
    const md = lectureToMarkdown(lecture);
    const html = micromark(md);
    expect(html).not.toMatch(/<img|<b>|<要求>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<h1>学习“两学一做” &lt;b&gt;专题党课&lt;/b&gt;</h1>');
    expect(html).toContain('<h2>二、主要内容 &amp; &lt;要求&gt;</h2>');
    expect((html.match(/<blockquote>/g) ?? []).length).toBe(items.length);
    expect(html).toMatch(/<h2>参考文献<\/h2>\s*<p>\[1\] /);
    const first = items[0] as Extract<LectureItem, { kind: 'passage' }>;
    expect(html).toContain(first.text.slice(0, 20));
  });
});

describe('sub-headings (level 2 parts)', () => {
  const SUB = '（一）分论点';
  const nested = (): LectureExport => ({
    ...lecture,
    parts: [lecture.parts[0]!, { heading: SUB, level: 2, items: lecture.parts[1]!.items }],
  });

  test('Word: a level-2 part is a Heading2 (楷体), its section titles Heading3', async () => {
    const doc = (await unzip(await lectureToDocx(nested())))['word/document.xml']!;
    const styleOf = (text: string) =>
      [...doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map((m) => m[0])
        .find((p) => runs(p, 'w:t').join('').includes(text))
        ?.match(/<w:pStyle w:val="(\w+)"\/>/)?.[1];
    expect(styleOf(HEADINGS[0]!)).toBe('Heading1');
    expect(styleOf(SUB)).toBe('Heading2');
    expect(styleOf((items[3] as Extract<LectureItem, { kind: 'section' }>).title)).toBe('Heading3');
  });

  test('Markdown: ## for a part, ### for a sub-heading, #### for the titles under it', () => {
    const html = micromark(lectureToMarkdown(nested()));
    expect(html).toContain(`<h2>${HEADINGS[0]}</h2>`);
    expect(html).toContain(`<h3>${SUB}</h3>`);
    expect(html).toMatch(/<h4>.+<\/h4>/);
  });
});

describe('a table passage (a line per row, cells separated by " | ")', () => {
  const TABLE = '项目 | 计划次数 | 实际次数\n支部党员大会 | 4 | 4\n党课 | 4 | 3';
  const withTable = (): LectureExport => ({
    ...lecture,
    parts: [
      { heading: HEADINGS[0]!, items: [{ ...(items[0] as Extract<LectureItem, { kind: 'passage' }>), text: TABLE }] },
    ],
  });

  test('Word: each row is a quotation paragraph of its own, in order', async () => {
    const body = paragraphs((await unzip(await lectureToDocx(withTable())))['word/document.xml']!);
    const rows = TABLE.split('\n').map((row) => body.indexOf(row));
    expect(rows.every((i) => i >= 0)).toBe(true);
    expect(rows).toEqual([rows[0], rows[0]! + 1, rows[0]! + 2]);
  });

  test('slides: each row is a line of its own', async () => {
    const slides = await unzip(await lectureToPptx(withTable()));
    const xml = Object.entries(slides)
      .filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    const paras = [...xml.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].map((m) => runs(m[0], 'a:t').join(''));
    for (const row of TABLE.split('\n')) expect(paras, row).toContain(row);
  });

  test('Markdown: the rows stay lines of one block quote, the pipes text', () => {
    const html = micromark(lectureToMarkdown(withTable()));
    expect(html).toContain(
      '<blockquote>\n<p>项目 | 计划次数 | 实际次数\n支部党员大会 | 4 | 4\n党课 | 4 | 3</p>\n</blockquote>',
    );
  });
});
