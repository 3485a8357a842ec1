/**
 * Segment: lines a page sets apart from its body text, though they stand in it: the source line a
 * quotation compilation (论述摘编, 金句) prints under each passage, `——《在…上的讲话》（2013年6月18日）`
 * (role `attribution`, flush right), a picture's caption a web copy keeps, `图为…`, `▲ 活动现场`
 * (role `caption`, centred), and the lines of a classical poem a 党课 quotes, `红军不怕远征难，万水千山只等闲。`
 * (role `verse`, set as verse, not as indented prose), the credits a web copy ends with,
 * `编辑：王某　审核：李某` (role `credit`, small and flush right), and a transcript's cues on lines of
 * their own, `【PPT第2页】`, `（掌声）` (role `cue`, small and muted). Marks paragraphs in place.
 */
import type { Paragraph, ParagraphRole, Section } from '../../model/document.js';
import { sectionsIn } from '../../model/walk.js';
import { displayWidth } from './text.js';
import { isPlainParagraph } from './run-ins.js';

/**
 * A dash, maybe `摘自`/`选自`/`引自` and an author, then a work in 《》 and what follows it (a date in
 * brackets, a page), no sentence: `——习近平《论党的自我革命》`, `——摘自《人民日报》2024年3月1日`.
 * A 政府工作报告's `——坚持党的全面领导。…` is a sentence, not a source.
 */
const ATTRIBUTION = /^[—－]{1,2}\s*(?:(?:摘自|选自|引自|见)\s*)?[^《。！？；]{0,20}《[^》]+》[^。！？；]*$/u;

/**
 * A picture's caption: `图为党员参观展厅`, `（图为…）`, WeChat's `▲ 全体党员重温入党誓词`; one sentence
 * at most, and the photographer's credit a newspaper adds after it (`（图为会议现场。记者　王某某　摄）`).
 */
const CAPTION = /^(?:[▲△]\s*(?=\S)|[（(]?图为)[^。！？；]*(?:。[^。！？；]{1,24}摄)?[。）)]?$/u;

/**
 * A transcript's cue, on a line of its own: a slide or a clip the speaker shows (`【PPT第2页】`,
 * `[播放视频]`), or the hall's response (`（掌声）`, `（热烈掌声）`). Not said, yet kept as printed.
 */
export const CUE =
  /^(?:[【[［(（]\s*(?:PPT|ppt|幻灯片?|课件|播放|视频|音频|展示|板书)[^【】[\]［］()（）]{0,20}[】\]］)）]|[（(](?:全场|台下)?(?:热烈|长时间|持久)*(?:的)?(?:掌声|鼓掌|笑声|停顿|音乐)[^（）()]{0,6}[）)])$/u;

/** Widest line set apart. */
const MAX_WIDTH = 80;

/** The role of a line set apart, if it is one (`k` its place in its list: an attribution follows a passage). */
function roleOf(p: Paragraph, k: number): ParagraphRole | undefined {
  if (!isPlainParagraph(p) || p.role !== undefined || displayWidth(p.text) > MAX_WIDTH) return undefined;
  if (k > 0 && ATTRIBUTION.test(p.text)) return 'attribution';
  if (CUE.test(p.text.trim())) return 'cue';
  return CAPTION.test(p.text) ? 'caption' : undefined;
}

/** A line of verse: five or seven Chinese characters and its stop (律诗, 绝句; a couplet's line ends in `，`). */
const VERSE_LINE = /\p{Script=Han}+[，。！？；]/gu;
/** The line lengths of regular verse; four-character phrases are prose's (`不忘初心，牢记使命。`). */
const VERSE_LENGTHS = new Set([5, 7]);
/** Fewest lines of a poem: a 绝句's four. */
const MIN_VERSE_LINES = 4;

/** The line length of a paragraph that is nothing but verse lines of one length, and how many; else undefined. */
function verseOf(p: Paragraph): { length: number; lines: number } | undefined {
  if (!isPlainParagraph(p) || p.role !== undefined || !/[。！？；]$/.test(p.text)) return undefined;
  const lines = p.text.match(VERSE_LINE) ?? [];
  if (lines.join('') !== p.text) return undefined;
  const length = lines[0]!.length - 1;
  if (!VERSE_LENGTHS.has(length) || lines.some((l) => l.length - 1 !== length)) return undefined;
  return { length, lines: lines.length };
}

/**
 * Mark the runs of verse in a list: paragraphs in a row of verse lines of one length, four lines
 * at least (one paragraph a couplet, or a quatrain in one).
 */
function markVerse(list: readonly Paragraph[]): void {
  let k = 0;
  while (k < list.length) {
    const first = verseOf(list[k]!);
    let end = k + 1;
    let lines = first?.lines ?? 0;
    for (; first && end < list.length; end += 1) {
      const next = verseOf(list[end]!);
      if (next?.length !== first.length) break;
      lines += next.lines;
    }
    if (lines >= MIN_VERSE_LINES) for (const p of list.slice(k, end)) p.role = 'verse';
    k = end;
  }
}

/** One credit of a web copy: `编辑：王某`, `来源：某某组工`. */
const CREDIT_FIELD =
  '(?:责任编辑|编辑|责编|审核|审校|校对|初审|复审|终审|排版|美编|设计|监制|统筹|来源|图片|图文|摄影|文字|供稿|出品|制作)\\s*[:：]\\s*[^\\s:：，。；！？（）()|｜]{1,20}';
/** Between two credits: spaces, or a bar, slash or semicolon a web page prints (`编辑：王某｜审核：李某`). */
const CREDIT_GAP = '(?:\\s*[|｜/／;；]\\s*|\\s+)';
/**
 * What a 公文 prints under its signature (its 附注 and 版记): `（此件公开发布）`, `（联系人：王某；电话：1234567）`,
 * `抄送：市委办公室。`, `某某市委组织部办公室　2024年3月8日印发`; a briefing's distribution, `报：局党组成员`,
 * `送：各党支部`.
 */
const OFFICIAL_TAIL =
  '[（(](?:此件|本件)[^（）()。]{1,20}[）)]|[（(][^（）()。]{0,10}联系(?:人|电话)\\s*[:：][^（）()。]{1,60}[）)]|(?:抄\\s*送|抄\\s*报|分\\s*送|报\\s*送|报|送|发)\\s*[:：].{1,100}|\\S.{0,40}?\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印\\s*发';

/**
 * A line of credits, maybe in brackets: `（责任编辑：孙某）`, `编辑：王某　审核：李某`, `编辑：王某｜审核：李某`; a note on the
 * author a paper ends with, `（作者系中共某某省委党校教授）`; who supplied the text, `（某某县委组织部供稿）`;
 * or a 公文's 附注 and 版记 (`OFFICIAL_TAIL`).
 */
const CREDIT = new RegExp(
  `^(?:[（(【]?\\s*${CREDIT_FIELD}(?:${CREDIT_GAP}${CREDIT_FIELD})*\\s*[）)】]?|[（(]作者[系为是][^（）()。；！？]{2,60}[）)]|[（(][^（）()。；！？]{2,30}(?:供稿|供图|撰稿|整理)[）)]|${OFFICIAL_TAIL})$`,
  'u',
);

/** True if a paragraph's text is a line of credits (`CREDIT`): what a text ends with after its body and signature. */
export const isCreditLine = (text: string): boolean => CREDIT.test(text.trim());

/**
 * Mark the credits a web copy ends with (`来源：…`, `编辑：… 审核：…`, `（责任编辑：…）`): the page's
 * last paragraphs, each a line of credits; the run stops at the first that is none.
 */
function markCredits(list: readonly Paragraph[]): void {
  for (let k = list.length - 1; k >= 0; k -= 1) {
    const p = list[k]!;
    if (!isPlainParagraph(p) || p.role !== undefined || !isCreditLine(p.text)) return;
    p.role = 'credit';
  }
}

/** Most paragraphs one source line of a compilation stands under. */
const MAX_QUOTED_PARAGRAPHS = 6;

/**
 * Give the passages above each source line the work it names (`quotedFrom`): in a compilation
 * (two source lines or more in the list) every paragraph since the last source line, up to
 * MAX_QUOTED_PARAGRAPHS; a lone source line, as a speech quoting one passage, only the paragraph
 * right above it.
 */
function attachQuotedFrom(list: readonly Paragraph[]): void {
  const sources = list.flatMap((p, k) => (p.role === 'attribution' ? [k] : []));
  let after = -1;
  for (const at of sources) {
    const work = list[at]!.text.replace(/^[—－\s]+/, '').trim();
    const from = sources.length > 1 ? Math.max(after + 1, at - MAX_QUOTED_PARAGRAPHS) : at - 1;
    for (let k = Math.max(0, from); k < at; k++) if (list[k]!.role === undefined) list[k]!.quotedFrom = work;
    after = at;
  }
}

/** Mark the attributions, captions, verse and closing credits of a page's lists of paragraphs (in order). */
export function markSetApartLines(lists: readonly Paragraph[][]): void {
  for (const list of lists) {
    list.forEach((p, k) => {
      const role = roleOf(p, k);
      if (role) p.role = role;
    });
    markVerse(list);
    attachQuotedFrom(list);
  }
  // The last list with paragraphs: a 注释 or 参考文献 section after the text keeps none.
  const last = [...lists].reverse().find((l) => l.length > 0);
  if (last) markCredits(last);
}

/** A cue of what the speaker shows next (`【PPT第3页】`, `[播放视频]`), unlike the hall's response (`（掌声）`). */
const SHOWN = /^[【[［(（]\s*(?:PPT|ppt|幻灯片?|课件|播放|视频|音频|展示|板书)/;

/**
 * A slide's cue right before a heading (`【PPT第3页】` over `第二个方面，…`) shows what that part
 * is about: it opens the section under the heading, not closes the one above. The hall's response
 * there (`（掌声）`) answers what was said, and stays. Runs on a page's tree before ids are assigned.
 */
export function moveSlideCuesDown(paragraphs: Paragraph[], sections: readonly Section[]): void {
  const order = sectionsIn(sections);
  // Each section's paragraphs end right above the next section's heading, in document order.
  [paragraphs, ...order.map((s) => s.paragraphs)].slice(0, order.length).forEach((list, k) => {
    let from = list.length;
    while (from > 0 && list[from - 1]!.role === 'cue' && SHOWN.test(list[from - 1]!.text.trim())) from--;
    if (from < list.length) order[k]!.paragraphs.unshift(...list.splice(from));
  });
}
