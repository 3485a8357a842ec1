/**
 * How a lecture falls onto 16:9 slides, decided without pptxgenjs so it can be tested: a title
 * slide, the quotations of each heading packed onto as many slides as they need (a long quotation
 * is split at sentence ends and continues on the next slide, titled `…（续）`; text is never
 * shrunk), one slide per case with its key figures, and the reference list (split if long).
 *
 * The budget is in lines: the body box of a 13.33 × 7.5 in slide is 12.3 in wide and 5.5 in high;
 * at 20 pt a CJK character is 20 pt wide, so a line holds 44 (we count 40, for punctuation and
 * margins), and at a line height of 1.3 the box holds 15 lines (we count 12). A source or note line
 * is set at 18 pt, the smallest size on any slide.
 */
import { lectureExportUi as t } from '../../i18n/lecture-export.zh-CN';
import { citedLine, type LectureBlock, type LectureLayout } from './layout';

export const SLIDE = {
  /** Quotation text size (pt). */
  bodyPt: 20,
  /** Source, note, figure and reference size (pt): the floor. */
  smallPt: 18,
  titlePt: 28,
  /** Full-width characters per line at `bodyPt` in the body box. */
  charsPerLine: 40,
  /** Lines the body box holds. */
  linesPerSlide: 12,
} as const;

/** One run of text on a slide. */
export interface SlideLine {
  role: 'quote' | 'source' | 'note' | 'changed' | 'figure' | 'reference';
  text: string;
}

export interface SlidePlan {
  kind: 'title' | 'content' | 'case' | 'sources';
  title: string;
  /** Subtitle of the title slide (the date). */
  subtitle?: string;
  lines: SlideLine[];
}

/** Display width in full-width characters: ASCII counts half. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return w;
}

/** Lines a text takes in the body box (at least one); smaller text takes proportionally fewer. */
export function linesOf(text: string, pt: number = SLIDE.bodyPt): number {
  const perLine = Math.floor((SLIDE.charsPerLine * SLIDE.bodyPt) / pt);
  return Math.max(1, Math.ceil(textWidth(text) / perLine));
}

/**
 * Splits a text into pieces of at most `maxWidth` (full-width characters), cutting after a sentence
 * end (。！？；, or `. ` in Latin text), else after a comma-like pause (，、：), else anywhere; the pieces joined give the text.
 */
export function splitText(text: string, maxWidth: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (textWidth(rest) > maxWidth) {
    const chars = [...rest];
    let cut = 0;
    let width = 0;
    let sentence = -1;
    let pause = -1;
    for (let i = 0; i < chars.length; i++) {
      width += textWidth(chars[i]!);
      if (width > maxWidth) break;
      cut = i + 1;
      if ('。！？；'.includes(chars[i]!) && chars[i + 1] !== '”') sentence = i + 1;
      else if ('.!?;'.includes(chars[i]!) && chars[i + 1] === ' ') sentence = i + 1;
      else if (chars[i] === '”' && '。！？'.includes(chars[i - 1] ?? '')) sentence = i + 1;
      else if ('，、：,:'.includes(chars[i]!)) pause = i + 1;
    }
    // Prefer a sentence end in the second half of the slide; a cut too early wastes the slide.
    const at = sentence > cut / 2 ? sentence : pause > cut / 2 ? pause : cut;
    pieces.push(chars.slice(0, at).join(''));
    rest = chars.slice(at).join('');
  }
  if (rest !== '' || pieces.length === 0) pieces.push(rest);
  return pieces;
}

const line = (role: SlideLine['role'], text: string): SlideLine => ({ role, text });
const roleLines = (l: SlideLine): number => linesOf(l.text, l.role === 'quote' ? SLIDE.bodyPt : SLIDE.smallPt);

/** Width of one quotation piece: the slide's lines less room for a title line and a source line. */
const PIECE = SLIDE.charsPerLine * (SLIDE.linesPerSlide - 4);

/**
 * The lines of one block in groups that stay on one slide: the 原文已变更 mark and title with the
 * first piece of text, the source with the last; a note follows in groups of its own.
 */
function blockLines(b: LectureBlock): SlideLine[][] {
  const head: SlideLine[] = [];
  if (b.changed) head.push(line('changed', `【${t.changed}】`));
  if (b.title) head.push(line('source', b.title));
  const groups = b.paragraphs.flatMap((p) => splitText(p, PIECE).map((piece) => [line('quote', piece)]));
  if (groups.length === 0) groups.push([]);
  groups[0]!.unshift(...head);
  groups[groups.length - 1]!.push(line('source', citedLine(b)));
  return [...groups, ...noteLines(b)];
}

/** A note, in pieces that fit a slide at the small size. */
const noteLines = (b: LectureBlock): SlideLine[][] =>
  b.note
    ? splitText(`${t.note}：${b.note}`, (PIECE * SLIDE.bodyPt) / SLIDE.smallPt).map((piece) => [line('note', piece)])
    : [];

/** Packs groups of lines onto slides titled `title`, `title（续）` …, within the line budget. */
function pack(kind: SlidePlan['kind'], title: string, groups: SlideLine[][]): SlidePlan[] {
  const slides: SlidePlan[] = [];
  let lines: SlideLine[] = [];
  let used = 0;
  const flush = () => {
    slides.push({ kind, title: slides.length === 0 ? title : `${title}（${t.continued}）`, lines });
    lines = [];
    used = 0;
  };
  for (const g of groups) {
    const need = g.reduce((n, l) => n + roleLines(l), 0);
    if (used > 0 && used + need > SLIDE.linesPerSlide) flush();
    lines.push(...g);
    used += need;
  }
  if (lines.length > 0 || slides.length === 0) flush();
  return slides;
}

/** The slides of a case: its title, key figures (or its opening text when it reports none), source. */
function caseSlides(b: LectureBlock): SlidePlan[] {
  const groups: SlideLine[][] = [];
  if (b.changed) groups.push([line('changed', `【${t.changed}】`)]);
  if (b.figures.length > 0) {
    groups.push([line('source', `${t.figures}：`)]);
    for (const f of b.figures) groups.push([line('figure', f)]);
  } else if (b.paragraphs[0]) {
    groups.push([line('quote', splitText(b.paragraphs[0], PIECE)[0]!)]);
  }
  groups.push([line('source', citedLine(b))], ...noteLines(b));
  return pack('case', b.title, groups);
}

/** Every slide of a lecture, in order. */
export function planSlides(l: LectureLayout): SlidePlan[] {
  const slides: SlidePlan[] = [{ kind: 'title', title: l.title, subtitle: t.dated(l.date), lines: [] }];
  for (const part of l.parts) {
    const heading = part.heading || l.title;
    const quotes = part.blocks.filter((b) => b.kind !== 'case');
    if (quotes.length > 0) slides.push(...pack('content', heading, quotes.flatMap(blockLines)));
    for (const b of part.blocks.filter((b) => b.kind === 'case')) slides.push(...caseSlides(b));
  }
  if (l.references.length > 0) {
    slides.push(
      ...pack(
        'sources',
        t.references,
        l.references.map((r, i) => [line('reference', `[${i + 1}] ${r}`)]),
      ),
    );
  }
  return slides;
}
