/**
 * Segment: body blocks → paragraph parts. A numbered block that is not a heading keeps its
 * numbering as a list marker, and a short first sentence after it is a run-in heading, rendered
 * as a bold lead: `1.培养有目标。结合…` → marker `1.`, lead `培养有目标。`, text `结合…`.
 * Unnumbered paragraphs get a lead only as part of a parallel series.
 */
import type { Paragraph, ParagraphKind } from '../../model/document.js';
import { chineseNumeralValue, spelledOutMarker, type Numbering } from './numbering.js';
import { CIRCLED_CLASS, circledValue } from '../../util/circled.js';
import { displayWidth, hasSentenceEnd } from './text.js';
import { PERSON } from './official-front.js';

/** A plain paragraph: no marker or lead, no table or quote (the steps that mark paragraphs read only these). */
export const isPlainParagraph = (p: Paragraph | undefined): p is Paragraph =>
  p !== undefined && p.kind === 'paragraph' && p.marker === undefined && p.lead === undefined;

/** The text parts of a paragraph, before it gets an id and provenance. */
export type ParagraphParts = Pick<Paragraph, 'kind' | 'marker' | 'lead' | 'text'>;

/** Longest run-in lead in display width: `加强教育是根本。` is 8, handbook leads stay under 16. */
const MAX_LEAD_WIDTH = 16;

/**
 * The aspect a 对照检查材料 (a 民主生活会's self-examination) heads each of its problems with: `在……方面。`
 * (`在坚定拥护“两个确立”、坚决做到“两个维护”方面。`, 24 wide). Such a lead may be as long as an
 * unnumbered series' (`MAX_PARALLEL_LEAD_WIDTH`): the genre names its aspects in full.
 */
const ASPECT_LEAD = /^在.+(?:方面|上)[。：:]$/;

/**
 * A run-in heading set apart by a space, as a 公文 prints its points (`（一）加强组织领导　各党支部要…`):
 * three or more Han characters (a PDF copy's spaces between words or characters part shorter runs),
 * the space kept at its end, so the text reads as printed.
 */
const SPACED_LEAD = /^(\p{Script=Han}[\p{Script=Han}“”]{2,}) +(?=\S)/u;

/**
 * First sentence (up to and including `。` or `：`) when it is short and has no comma, and more
 * text follows: that is a run-in heading. `培养有目标。结合所在岗位…` → `培养有目标。`. What follows
 * must hold words: a question bank's `预备期为半年。（ ）` ends in the answer's blank, not a body.
 * Or a short phrase and a space before a sentence (`SPACED_LEAD`).
 */
export function splitLead(text: string): { lead?: string; text: string } {
  const spaced = SPACED_LEAD.exec(text);
  if (spaced && displayWidth(spaced[1]!) <= MAX_LEAD_WIDTH && hasSentenceEnd(text.slice(spaced[0].length)))
    return { lead: spaced[0], text: text.slice(spaced[0].length) };
  // (an ASCII colon between digits is a time of day, `9:00`, no lead's end)
  const m = /^([^。：:，,；;！？]{2,}?(?:[。：]|:(?![0-9])))(?=\s*\S)/.exec(text);
  const width = m && displayWidth(m[1]!);
  const short =
    width !== null && (width <= MAX_LEAD_WIDTH || (width <= MAX_PARALLEL_LEAD_WIDTH && ASPECT_LEAD.test(m![1]!)));
  if (!m || !short || !/[\p{L}\p{N}]/u.test(text.slice(m[1]!.length))) return { text };
  return { lead: m[1]!, text: text.slice(m[1]!.length).trimStart() };
}

/** True if a `一是` (`一要`) block holds its next point too (`一是…。二是…`): the points run inline. */
function inlinePoints(n: Numbering): boolean {
  const next = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n.value + 1];
  return next !== undefined && n.rest.includes(`${next}${n.marker.at(-1)}`);
}

/** Schemes whose marker is kept on a body paragraph (a `1.1` or `1 ` opening body text is not a list). */
const LIST_SCHEMES = new Set([
  'cn-formal',
  'cn-dun',
  'cn-paren',
  'arabic-dot',
  'arabic-paren',
  'arabic-close',
  'circled',
  'ordinal',
  'topic',
  'yishi',
  'bullet',
]);

/**
 * Paragraph parts for a body block; `kind` says whether numbering makes it a list item or a quote.
 * @example toParagraphParts('第一，秉持改革和法治精神。顺利推进改革…', parseNumbering(…), 'list-item')
 *   → { kind: 'list-item', marker: '第一，', lead: '秉持改革和法治精神。', text: '顺利推进改革…' }
 */
export function toParagraphParts(text: string, numbering: Numbering | undefined, kind: ParagraphKind): ParagraphParts {
  // `第三条　…` keeps its article number as a visible marker but is an ordinary paragraph.
  if (numbering?.scheme === 'article') return { kind: 'paragraph', marker: numbering.marker, text: numbering.rest };
  // `一是…。二是…。三是…。` in one block is prose that enumerates inline, not a list item.
  if (numbering?.scheme === 'yishi' && inlinePoints(numbering)) return { kind: 'paragraph', text: text.trim() };
  if (!numbering || !LIST_SCHEMES.has(numbering.scheme)) return { kind: 'paragraph', text: text.trim() };
  const { lead, text: rest } = splitLead(numbering.rest);
  const parts: ParagraphParts = { kind, marker: numbering.marker, text: rest };
  if (lead !== undefined) parts.lead = lead;
  return parts;
}

/** Longest unnumbered run-in lead (`着力在提高政治判断力、政治领悟力、政治执行力上下功夫。` is 26). */
const MAX_PARALLEL_LEAD_WIDTH = 28;
/** Fewest adjacent paragraphs that make a parallel series of run-in heads. */
const MIN_SERIES = 3;

/** A short first sentence ending in `。` (commas allowed, no colon: `党章规定：` introduces a quote). */
function parallelLead(p: Paragraph): string | undefined {
  if (p.kind !== 'paragraph' || p.marker !== undefined || p.lead !== undefined) return undefined;
  const lead = /^([^。：:；;！？!?]{2,}?。)(?=\S)/.exec(p.text)?.[1];
  return lead && displayWidth(lead) <= MAX_PARALLEL_LEAD_WIDTH ? lead : undefined;
}

/**
 * Unnumbered run-in headings exist only in series: three or more adjacent paragraphs that each
 * open with a short sentence (`以政治建设为统领，抓对标聚共识。…` `以方法创新为路径，抓融合促发展。…`)
 * get it as their lead. A lone short first sentence (`党课是每一位中共党员的必修课。…`) is prose;
 * so is a closing `百年恰是风华正茂，新征程仍需砥砺前行。…` after `强化政治引领。…`: a series is
 * parallel, its leads all with a comma or all without.
 */
export function markParallelLeads(paragraphs: Paragraph[]): void {
  const leads = paragraphs.map(parallelLead);
  const shape = (k: number) => (leads[k] === undefined ? undefined : /[，,]/.test(leads[k]!));
  let i = 0;
  while (i < leads.length) {
    let j = i;
    while (j < leads.length && leads[j] !== undefined && shape(j) === shape(i)) j++;
    if (j - i >= MIN_SERIES) {
      for (let k = i; k < j; k++) {
        const p = paragraphs[k]!;
        p.lead = leads[k]!;
        p.text = p.text.slice(p.lead.length).trimStart();
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** The number in a marker: digits, Chinese numerals or a circled number. */
const MARKER_NUMBER = new RegExp(
  `[0-9０-９]+|[一二三四五六七八九十百零〇两兩壹贰貳叁參肆伍陆陸柒捌玖拾]+|${CIRCLED_CLASS}`,
  'g',
);

/** `（12）` → `（N）`, `三是` → `N是`, `⑤` → `N`, `⒊` → `N.`: markers of one list share a shape. */
const markerShape = (marker: string): string => spelledOutMarker(marker).replace(MARKER_NUMBER, 'N');

/**
 * A Markdown paragraph that opens with bold text before more (`**加强考核**：将…`,
 * `**全面从严治党永远在路上。**党的十八大以来…`): the writer's run-in heading is its lead, with the
 * stop or colon right after it and any space (`加强考核：`). `boldLeads`: the bold text opening each
 * such line, by 1-based line (NormalizedSource `boldLeads`).
 */
export function markBoldLeads(paragraphs: Paragraph[], boldLeads: ReadonlyMap<number, string>): void {
  for (const p of paragraphs) {
    const bold = isPlainParagraph(p) ? boldLeads.get(p.provenance.lines[0]) : undefined;
    if (bold === undefined || !p.text.startsWith(bold)) continue;
    const end = bold.length + /^[。：:．.，,；;！？!?]?\s*/.exec(p.text.slice(bold.length))![0].length;
    if (/[\p{L}\p{N}]/u.test(p.text.slice(end))) [p.lead, p.text] = [p.text.slice(0, end), p.text.slice(end)];
  }
}

/**
 * A numbered lead is a run-in heading only when it is the list's habit: if fewer than half of a
 * list's items (same marker shape, same section) open with a short sentence, that sentence is
 * ordinary prose (`（2）机关基层党组织应当按期换届。…` among whole-paragraph items) and goes back
 * into the text.
 */
export function dropLoneLeads(paragraphs: Paragraph[]): void {
  const lists = new Map<string, Paragraph[]>();
  for (const p of paragraphs) {
    if (p.marker === undefined) continue;
    const shape = markerShape(p.marker);
    lists.set(shape, [...(lists.get(shape) ?? []), p]);
  }
  for (const items of lists.values()) {
    const withLead = items.filter((p) => p.lead !== undefined);
    if (withLead.length * 2 >= items.length) continue;
    for (const p of withLead) {
      p.text = `${p.lead}${p.text}`;
      delete p.lead;
    }
  }
}

/**
 * The level a marker's numbering holds in the hierarchy official Chinese writing numbers by:
 * `一、` above `（一）` above `1.` above `（1）` above `①`. Undefined for the rest (`一是`, `第一，`,
 * bullets): they enumerate inline, never a level of their own.
 */
function markerLevel(marker: string): number | undefined {
  const m = spelledOutMarker(marker.trim());
  if (/^[一二三四五六七八九十]+、$/.test(m)) return 0;
  if (/^[（(][一二三四五六七八九十]+[）)]$/.test(m)) return 1;
  if (/^[0-9０-９]+[.．、]$/.test(m)) return 2;
  if (/^[（(]?[0-9０-９]+[）)]$/.test(m)) return 3;
  if (m.length === 1 && circledValue(m) !== undefined) return 4;
  return undefined;
}

/** Whether a marker numbers its list's first item (`1.`, `（一）`, `①`). */
const numbersFirst = (marker: string): boolean => {
  const n = spelledOutMarker(marker).match(MARKER_NUMBER)?.[0];
  return n !== undefined && (circledValue(n) ?? chineseNumeralValue(n)) === 1;
};

/**
 * A text file's sub-lists: items numbered a level lower that start again at 1 right after an
 * item (`（三）在担当作为、狠抓落实方面。` over `1.工作标准不够高。…` `2.…`) are its items, a level
 * deeper (`depth`), until an item numbered as an outer level resumes (`（四）…`); a paragraph that
 * is no list item ends them. Only down the hierarchy of `markerLevel`: `（一）` after `2.` starts a
 * list of its own. (A Markdown list's depth is its indentation's.)
 */
export function nestSubLists(paragraphs: Paragraph[]): void {
  let levels: number[] = [];
  for (const p of paragraphs) {
    const level = p.kind === 'list-item' && p.marker !== undefined ? markerLevel(p.marker) : undefined;
    if (level === undefined || p.depth !== undefined) {
      levels = [];
      continue;
    }
    const at = levels.indexOf(level);
    if (at >= 0) levels = levels.slice(0, at + 1);
    else if (levels.length > 0 && level > levels.at(-1)! && numbersFirst(p.marker!)) levels.push(level);
    else levels = [level];
    if (levels.length > 1) p.depth = levels.length - 1;
  }
}

/** A question that asks for an answer: it ends in its blank (`（　　）`, `( )`) or a question mark. */
const ASKS = /(?:[（(][\s\u3000_＿]*[）)]|[？?])[。.]?$/u;
/** An answer option opening a line: `A.`, `B．`, `C、` (its letter, the stop and any space). */
const OPTION = /^([A-H])[.．、]\s*(?=\S)/;

/**
 * A test question's answer options, one a line under it (`1.党的最高理想和最终目标是（　　）。` over
 * `A.实现共产主义`, `B.…`): two or more lines lettered from A in order are its options, list items
 * a level under it (their letter the marker), as a test paper sets them. Options all on one line
 * (`A.半年　　B.一年`) stay that line.
 */
export function markAnswerOptions(paragraphs: Paragraph[]): void {
  /** Whether `p` is option `n` (0 for A) on a line of its own. */
  const isOption = (p: Paragraph | undefined, n: number): p is Paragraph =>
    isPlainParagraph(p) && OPTION.exec(p.text)?.[1] === String.fromCharCode(0x41 + n) && !/\s[B-H][.．、]/.test(p.text);
  paragraphs.forEach((question, i) => {
    if (!ASKS.test(question.text) || question.kind === 'table') return;
    let n = 0;
    while (isOption(paragraphs[i + 1 + n], n)) n += 1;
    if (n < 2) return;
    for (const option of paragraphs.slice(i + 1, i + 1 + n)) {
      const m = OPTION.exec(option.text)!;
      Object.assign(option, { kind: 'list-item', marker: m[0].trim(), text: option.text.slice(m[0].length) });
      option.depth = (question.depth ?? 0) + 1;
    }
  });
}

/**
 * An item that is one short sentence and nothing else, among items whose short first sentences
 * are their leads (`（一）加强理论武装。坚持…` `（二）强化责任担当。`), is all lead, set in bold as theirs
 * are: a run-in head with nothing under it, or over a sub-list (`（三）在担当作为、狠抓落实方面。` over
 * `1.…` `2.…`; as long as an aspect lead may be). Runs after `nestSubLists`.
 */
export function leadOnlyItems(paragraphs: Paragraph[]): void {
  /** Marker shape and depth of each item with a lead: one pass, not a scan of the list per item. */
  const keyOf = (q: Paragraph) => `${markerShape(q.marker!)}|${q.depth ?? 0}`;
  const led = new Set(paragraphs.filter((q) => q.lead !== undefined && q.marker !== undefined).map(keyOf));
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    if (p.kind !== 'list-item' || p.marker === undefined || p.lead !== undefined || p.marks.length > 0) return;
    const overSubList = next !== undefined && (next.depth ?? 0) > (p.depth ?? 0);
    const width = displayWidth(p.text);
    const short =
      width <= MAX_LEAD_WIDTH || (width <= MAX_PARALLEL_LEAD_WIDTH && (overSubList || ASPECT_LEAD.test(p.text)));
    if (!/^[^。！？；!?;，,]{2,}[。：:]$/.test(p.text) || !short) return;
    if (!led.has(keyOf(p))) return;
    [p.lead, p.text] = [p.text, ''];
  });
}

/**
 * A question-and-answer label as printed at a paragraph's start: `问：`, `答：`, or a web page's
 * `Q：`, `A：` (full-width `Ｑ` too; an ASCII colon or a space before it too), maybe numbered
 * (`Q1：`, `问3：`).
 */
const QA_LABEL = /^([问答QAＱＡ](?:[0-9０-９]{1,3})?[ \u3000]?[：:][ \u3000]?)(?=\S)/;

/**
 * A speaker's label at a turn of a 座谈会 record or an interview: `主持人：`, `记者：`, or a name
 * (a common surname and one or two characters) with an optional unit, `张某某（财务处）：`; in a
 * recording's transcript after the turn's time (`[00:01:30] 张书记：`).
 */
const SPEAKER_LABEL = new RegExp(
  `^((?:[[【(（]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\]】)）]?[ \\u3000]*)?(?:主持人|记者|嘉宾|${PERSON})(?:[（(][^（）()：:]{1,20}[）)])?[ \\u3000]?[：:][ \\u3000]?)(?=\\S)`,
);

/**
 * The turns of a document a label opens: plain paragraphs whose text starts with one and says
 * something (a sentence): a record's header field `主持人：张某某（支部书记）` is no turn.
 */
const turnsOf = (lists: readonly Paragraph[][], label: RegExp): Paragraph[] =>
  lists.flat().filter((p) => isPlainParagraph(p) && label.test(p.text) && hasSentenceEnd(p.text));

/** Make each turn's label its bold lead. */
function leadWithLabel(turns: readonly Paragraph[], label: RegExp): void {
  for (const p of turns) {
    const printed = label.exec(p.text)![1]!;
    p.lead = printed.trimEnd();
    p.text = p.text.slice(printed.length);
  }
}

/**
 * Interview and 问答 texts print `问：` and `答：` (or `Q：` and `A：`) before each turn, and a 座谈会 record the speaker's
 * name (`主持人：`, `张某某（财务处）：`): the label is the paragraph's bold lead, so a reader sees who
 * speaks where each turn starts. Only where the document reads as turns: two `问`/`答` labels at
 * least (one `答：` in a speech is a sentence), three speaker labels of two speakers at least (a
 * name and a colon is as often a sentence's start, `党章规定：`, and one speaker is no exchange).
 */
export function markQaLabels(lists: readonly Paragraph[][]): void {
  const qa = turnsOf(lists, QA_LABEL);
  if (qa.length >= 2) leadWithLabel(qa, QA_LABEL);
  const spoken = turnsOf(lists, SPEAKER_LABEL);
  const speakers = new Set(
    spoken.map((p) => SPEAKER_LABEL.exec(p.text)![1]!.replace(/^[^\p{Script=Han}]+|[\s：:]/gu, '')),
  );
  if (spoken.length >= 3 && speakers.size >= 2) leadWithLabel(spoken, SPEAKER_LABEL);
}
