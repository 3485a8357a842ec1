/**
 * Segment: the front matter at the start of a source — title, 作者, affiliation with postcode,
 * [摘要], 关键词 and their English counterparts `Abstract:` / `Keywords:` — read into `FrontMatter`.
 * Labels and list separators become `field-syntax` removals, so nothing is lost.
 */
import type { FrontLine, FrontMatter, Paragraph, Removal } from '../../model/document.js';
import { toParagraphAnchor } from '../../model/ids.js';
import { quoteCandidate, readRoleLabel } from './classify.js';
import { parseNumbering } from './numbering.js';
import { lineAt, markdownLevel, markdownQuote, type Block } from './block.js';
import {
  authorLine,
  AUTHOR_LABEL,
  EDITOR,
  INDEXED_NAMES,
  isAffiliation,
  LATIN_NAMES,
  NAMES,
  readAffiliation,
  readDatedByline,
  readIndexedNames,
} from './byline.js';
import { findPrintedTitle, printsManifestTitle } from './title-block.js';
import {
  isSalutation,
  readFrontLine,
  readColumn,
  readBriefingLine,
  readMasthead,
  readSpeaker,
  DELIVERED_BY,
  findDates,
  PERSON,
  type FrontLineFacts,
} from './official-front.js';
import { isEnglishBlock, isInterleaved } from './bilingual.js';
import { isTocLabel } from './toc-split.js';
import { displayWidth, hasHeadingShape, isLatin, joinWrapped } from './text.js';

/** What the reader took: the front matter, the syntax it consumed and the blocks it left. */
export interface FrontMatterResult {
  front: FrontMatter;
  removed: Removal[];
  rest: Block[];
}

/** Field labels. Group 1 is the whole label (kept as a removal), the value follows. */
const LABELS = {
  // optional [ or 【, 摘要 (spaces allowed), optional ] or 】, optional colon   `[摘要]政工在…`
  abstract: /^([[【]?\s*(?:摘\s*要|内容提要|內容提要|内容摘要|提\s*要(?=\s*[:：\]】]))\s*[\]】]?\s*[:：]?)\s*/,
  // 关键词 or 关键字, optional colon                                             `关键词：党建；廉政`
  keywords: /^([[【]?\s*(?:关键词|关键字|關鍵詞|關鍵字)\s*[\]】]?\s*[:：]?)\s*/,
  // 作者 with an optional colon or bar, a web copy's 文/ … (byline.ts)       `作者：吴晓芳` `文/张某某`
  authors: AUTHOR_LABEL,
  // Abstract + colon (any case)                                                   `Abstract: Political work…`
  abstractEn: /^(Abstract\s*[:：])\s*/i,
  // Keywords / Key words + colon                                                  `Keywords: political work; …`
  keywordsEn: /^(Key\s*words\s*[:：])\s*/i,
};
type Label = keyof typeof LABELS;

/**
 * A magazine's byline: an ornament (`□`, `■`, `◎` …), maybe `文/`, then one to four persons' names
 * (group 2); a bullet heading (`◆ 基本情况`) names no person.
 */
const ORNAMENTED_BYLINE = new RegExp(
  `^([□■◎●◆◇▲△★☆○]\\s*(?:文\\s*[/／]\\s*)?)(${PERSON}(?:[\\s，,、]+${PERSON}){0,3})$`,
);

/** A 单位 field after the authors, on their line or a line of its own: group 1 the label (syntax), group 2 the affiliation. */
const AFFILIATION_FIELD = /(?:^|\s+)((?:作者|工作)?单\s*位\s*[:：])\s*(\S.*?)\s*$/;
/** A 时间 or 日期 field after the authors (`姓名：张三　单位：某局　时间：2024年8月10日`): group 1 the label, group 2 the date. */
const DATE_FIELD = /(?:^|\s+)((?:时\s*间|日\s*期)\s*[:：])\s*(\S.*?)\s*$/;

/** Removals for every non-space piece of `text` at block offset `start` that is syntax. */
function syntaxRemovals(block: Block, start: number, text: string): Removal[] {
  const out: Removal[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    out.push({ text: m[0], line: lineAt(block, start + m.index), reason: 'field-syntax' });
  }
  return out;
}

/** Latin names are separated by commas, semicolons and `and`, never by the space inside a name. */
const LATIN_NAME_SEPARATOR = /\s*(?:[,;]|\band\b)\s*/g;

/**
 * Split a list at its separators (`；` `;` `，` `、`, else spaces, or those given); separators
 * become removals.
 */
function splitList(block: Block, start: number, removed: Removal[], separator?: RegExp): string[] {
  const value = block.text.slice(start);
  const sep = separator ?? (/[；;，,、]/.test(value) ? /\s*[；;，,、]\s*/g : /\s+/g);
  const items: string[] = [];
  let last = 0;
  for (const m of value.matchAll(sep)) {
    items.push(value.slice(last, m.index).trim());
    removed.push(...syntaxRemovals(block, start + m.index, m[0]));
    last = m.index + m[0].length;
  }
  items.push(value.slice(last).trim());
  return items.filter((s) => s !== '');
}

const paragraph = (id: string, text: string, block: Block, file: string): Paragraph => ({
  id: toParagraphAnchor(id),
  kind: 'paragraph',
  text,
  marks: [],
  provenance: { file, lines: [...block.lines] },
});

/**
 * An English title whose main part ends with a colon, over its subtitle on the next line
 * (`Party Building in the New Era:` + `A Case Study`): one title, though neither line alone looks
 * like one.
 */
function isTitleOverSubtitle(blocks: Block[]): boolean {
  const [main, sub] = blocks;
  if (!main || !sub || sub.lines[0] !== main.lines[1] + 1 || !isLatin(main.text) || !isLatin(sub.text)) return false;
  const text = main.text.trim();
  return text.endsWith(':') && isTitleLike({ ...main, text: text.slice(0, -1) }) && isTitleLike(sub);
}

/** True if a block can be the title: short, unpunctuated, neither numbered nor a role label. */
const isTitleLike = (b: Block): boolean =>
  hasHeadingShape(b.text, 60) &&
  !readRoleLabel(b.text) &&
  !parseNumbering(b.text) &&
  !labelOf(b) &&
  !isTocLabel(b.text);

function labelOf(b: Block): { label: Label; length: number } | undefined {
  for (const label of Object.keys(LABELS) as Label[]) {
    const m = LABELS[label].exec(b.text);
    if (m) return { label, length: m[0].length };
  }
  return undefined;
}

/** What the manifest entry says of the text's front matter: the title and authors the user gave. */
export interface ManifestFront {
  title?: string;
  authors?: readonly string[];
  /**
   * A kind of text that is written, not delivered (a paper, a handbook): a name alone under its
   * title is its author, where a speech's would be its speaker.
   */
  written?: boolean;
}

/**
 * Read the front matter from the first blocks of a source.
 * @example ['标题', '作者', '吴晓芳', '某公司 宁夏银川 750021', '引言'] → { title: '标题', authors: ['吴晓芳'], affiliation: '某公司', affiliationNote: '宁夏银川 750021' }, rest ['引言']
 */
export function readFrontMatter(
  blocks: Block[],
  file: string,
  format: 'txt' | 'md' = 'txt',
  manifest: ManifestFront = {},
): FrontMatterResult {
  const manifestTitle = manifest.title;
  const front: FrontMatter = { provenance: [] };
  const removed: Removal[] = [];
  let i = 0;
  const take = (b: Block) => front.provenance.push({ file, lines: [...b.lines] });

  const first = blocks[0];
  // In Markdown a `# …` line is a heading of the body, unless it is the only heading of its
  // level or above: then it is the document's title (it would wrap the whole text).
  const markdownHeading = format === 'md' && first !== undefined && markdownLevel(first) !== undefined;
  const markdownTitle = markdownHeading ? readMarkdownTitle(blocks) : undefined;
  // The manifest's title printed over two lines, or below a 版头 and a document number.
  const printed = markdownHeading || manifestTitle === undefined ? undefined : findPrintedTitle(blocks, manifestTitle);
  const before: Block[] = [];
  if (markdownTitle) {
    take(first!);
    front.title = markdownTitle.title;
    // A setext title's underline was removed at ingest.
    if (markdownTitle.syntax)
      removed.push({ text: markdownTitle.syntax, line: first!.lines[0], reason: 'markdown-syntax' });
    i = 1;
  } else if (printed) {
    // Above the title: an official document's 版头 and 文号 are front lines, and a column's name
    // alone there (`理论前沿` over a magazine's paper); anything else, body.
    const above = blocks.slice(0, printed.start);
    for (const b of above) {
      const masthead =
        readMasthead(b.text) ?? readBriefingLine(b.text) ?? (above.length === 1 ? readColumn(b.text) : undefined);
      if (!masthead) before.push(b);
      else {
        // A briefing's issue follows its name: one source, `机关党建工作简报 第5期`.
        if (masthead.kind === 'dateline' && front.source !== undefined && masthead.source)
          front.source = `${front.source} ${masthead.source}`;
        addFrontLine(front, masthead, b, file);
        take(b);
      }
    }
    const titleBlocks = blocks.slice(printed.start, printed.end);
    titleBlocks.forEach(take);
    const title = titleBlocks.map((b) => b.text.trim()).reduce(joinWrapped);
    if (isLatin(title)) front.titleEn = title;
    else front.title = title;
    i = printed.end;
  } else if (
    first &&
    (isTitleLike(first) || isTitleOverSubtitle(blocks) || printsManifestTitle(first, manifestTitle)) &&
    !markdownHeading
  ) {
    let title = first.text;
    take(first);
    i = 1;
    // A wrapped English title continues on the next short Latin line, right under it (after a
    // blank line come the authors and their affiliation: `Zhang San`, `…, Beijing 100872`).
    while (
      isLatin(title) &&
      blocks[i] &&
      blocks[i]!.lines[0] === blocks[i - 1]!.lines[1] + 1 &&
      isLatin(blocks[i]!.text) &&
      isTitleLike(blocks[i]!) &&
      !isAffiliation(blocks[i]!.text)
    ) {
      title = `${title} ${blocks[i]!.text}`;
      take(blocks[i]!);
      i++;
    }
    // A Chinese title broken over lines, right above its subtitle or 题注 (`——在…上的报告`).
    while (
      !isLatin(title) &&
      blocks[i] &&
      !isLatin(blocks[i]!.text) &&
      isTitleLike(blocks[i]!) &&
      !readSpeaker(blocks[i]!.text) &&
      !readFrontLine(blocks[i]!.text) &&
      blocks[i + 1] &&
      ['occasion', 'headnote'].includes(readFrontLine(blocks[i + 1]!.text)?.kind ?? '')
    ) {
      title = `${title} ${blocks[i]!.text.trim()}`; // two phrases of one title: `高举…旗帜　为…而团结奋斗`
      take(blocks[i]!);
      i++;
    }
    if (isLatin(title)) front.titleEn = title;
    else front.title = title;
  }

  const under = readLinesUnderTitle(blocks, i, front, file, manifest, format);
  return { front, removed: [...removed, ...under.removed], rest: [...before, ...under.rest] };
}

/**
 * The front-matter lines under a title (`blocks[start - 1]`, already in `front`): bylines, 题注,
 * occasion, 发布 and date-and-source lines, 作者/摘要/关键词 fields, an affiliation, an English title.
 * Read for a whole source under its title, and for each item of a collection under the item's.
 * @returns the syntax they consumed and the blocks after them (the body)
 */
export function readLinesUnderTitle(
  blocks: Block[],
  start: number,
  front: FrontMatter,
  file: string,
  manifest: ManifestFront = {},
  format: 'txt' | 'md' = 'txt',
): { removed: Removal[]; rest: Block[] } {
  const removed: Removal[] = [];
  const take = (b: Block) => front.provenance.push({ file, lines: [...b.lines] });
  let i = start;
  /** The 单位 and 时间 lines under the authors' or the speaker's line (`时间：2024年5月10日`), taken. */
  const takeFieldLines = () => {
    // A line all of whose text is fields: they begin at its start.
    for (let next = blocks[i + 1]; next; next = blocks[i + 1]) {
      const own = authorFields(next.text, 0);
      if (own.end > 0) break;
      takeAuthorFields(own, next, front, removed, file);
      take(blocks[++i]!);
    }
  };
  // A bilingual interleaved text prints the English title and front lines after the Chinese ones.
  const bilingual = isInterleaved(blocks);
  const titleStop = start;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (bilingual && i > 0 && isEnglishBlock(b)) {
      const last = front.frontLines?.at(-1);
      if (last && last.provenance.lines[1] === blocks[i - 1]!.lines[1] && !last.translation) {
        last.translation = { language: 'en', text: b.text.trim(), lines: [...b.lines] };
        take(b);
        continue;
      }
      if (i === titleStop && front.title !== undefined && front.titleEn === undefined) {
        front.titleEn = b.text.trim();
        take(b);
        continue;
      }
    }
    const quoted = format === 'md' && i > 0 && front.title !== undefined ? quotedFrontLine(b) : undefined;
    if (quoted) {
      addFrontLine(front, quoted.facts, { ...b, text: quoted.text }, file);
      removed.push(...quoted.removed);
      take(b);
      continue;
    }
    const found = labelOf(b);
    if (found && front[found.label] !== undefined) break; // a second 作者/摘要: the body has begun
    if (found) {
      removed.push(...syntaxRemovals(b, 0, b.text.slice(0, found.length)));
      take(b);
      let valueBlock = b;
      let start = found.length;
      if (b.text.slice(start).trim() === '' && blocks[i + 1]) {
        valueBlock = blocks[++i]!; // `作者` on its own line: the value is the next block
        take(valueBlock);
        start = 0;
      }
      const value = valueBlock.text.slice(start).trim();
      if (found.label === 'abstract') front.abstract = [paragraph('p-abstract-1', value, valueBlock, file)];
      else if (found.label === 'abstractEn') front.abstractEn = [paragraph('p-abstract-en-1', value, valueBlock, file)];
      else if (found.label === 'authors') {
        // `作者：张某某 单位：某局` (one line, or a `<br>` between), `姓名：张三　单位：某局　时间：2024年8月10日`:
        // the 单位 is the affiliation, the 时间 dates the text; so on lines of their own under it.
        const fields = authorFields(valueBlock.text, start);
        takeAuthorFields(fields, valueBlock, front, removed, file);
        front.authors = splitList({ ...valueBlock, text: valueBlock.text.slice(0, fields.end) }, start, removed);
        takeFieldLines();
      } else front[found.label] = splitList(valueBlock, start, removed);
      continue;
    }
    const official =
      i > 0 && (front.title !== undefined || front.titleEn !== undefined)
        ? readFrontLine(b.text, bylineAt(blocks, i, front))
        : undefined;
    if (
      official?.kind === 'speaker' &&
      manifest.written &&
      front.authors === undefined &&
      !readSpeaker(b.text)?.position
    ) {
      take(b);
      front.authors = [official.speaker!];
      // A labelled name (`述职人：张某某`): the label is syntax.
      const label = DELIVERED_BY.exec(b.text.trim())?.[0];
      if (label) removed.push(...syntaxRemovals(b, b.text.indexOf(label), label));
      takeFieldLines();
      continue;
    }
    if (official) {
      addFrontLine(front, official, b, file);
      take(b);
      if (official.kind === 'speaker') takeFieldLines();
      continue;
    }
    // `某某区委组织部　2024年7月15日` or a date alone under the title: who signed it and when.
    const dated = i > 0 && front.title !== undefined ? readDatedByline(b.text, manifest.authors) : undefined;
    if (dated && (dated.speaker !== undefined || !datesFollow(blocks, i))) {
      addFrontLine(front, dated, b, file);
      take(b);
      continue;
    }
    const afterTitle = i > 0 && front.authors === undefined;
    const editor = afterTitle && front.title !== undefined ? EDITOR.exec(b.text.trim()) : null;
    if (editor) {
      const role = editor[2] ?? editor[3]!;
      take(b);
      front.authors = [editor[1]!.trim()];
      removed.push(...syntaxRemovals(b, b.text.lastIndexOf(role), role));
      continue;
    }
    // `□ 张某某` (`■ 文/张某某`) under the title: a magazine sets its authors after an ornament.
    const ornamented = afterTitle && front.title !== undefined ? ORNAMENTED_BYLINE.exec(b.text.trim()) : null;
    if (ornamented) {
      take(b);
      const at = b.text.indexOf(ornamented[2]!);
      removed.push(...syntaxRemovals(b, 0, b.text.slice(0, at)));
      front.authors = splitList(b, at, removed);
      continue;
    }
    // `某某街道党工委` under the title: the author the manifest lists, or a body's name before the body.
    const titled = front.title !== undefined || front.titleEn !== undefined;
    const author = afterTitle && titled ? authorLine(b.text, manifest.authors) : undefined;
    // A body's name with a person's after it (`某某局机关党委　李某`) signs the text, even over a heading.
    const signed = author === 'body' && SIGNED_BY_PERSON.test(b.text.trim());
    if (author === 'listed' || (author === 'body' && (signed || bylineAt(blocks, i, front)))) {
      take(b);
      // A body's name and people's (authorLine checked them): they wrote it, the body is where they work.
      const [body, ...people] = b.text.trim().split(/\s+/);
      if (signed && front.affiliation === undefined) [front.affiliation, front.authors] = [body!, people];
      else front.authors = [b.text.trim()];
      continue;
    }
    const indexed = INDEXED_NAMES.test(b.text.trim());
    if (
      afterTitle &&
      (NAMES.test(b.text) || indexed || LATIN_NAMES.test(b.text.trim())) &&
      displayWidth(b.text) <= 60 &&
      blocks[i + 1] &&
      isAffiliation(blocks[i + 1]!.text)
    ) {
      take(b);
      if (indexed) {
        // `李某某1，王某2`: the indexes point into the affiliations below; the separators are syntax.
        const read = readIndexedNames(b.text);
        front.authors = read.names;
        front.authorIndexes = read.indexes;
        for (const piece of read.syntax) removed.push(...syntaxRemovals(b, piece.at, piece.text));
      } else front.authors = splitList(b, 0, removed, NAMES.test(b.text) ? undefined : LATIN_NAME_SEPARATOR);
      continue;
    }
    if (i > 0 && front.affiliation === undefined && isAffiliation(b.text)) {
      const a = readAffiliation(b.text);
      front.affiliation = a.affiliation;
      if (a.note !== undefined) front.affiliationNote = a.note;
      if (a.syntax) removed.push(...syntaxRemovals(b, 0, a.syntax).map((r) => ({ ...r, line: b.lines[0] })));
      take(b);
      continue;
    }
    const titleEnd = englishTitleEnd(blocks, i);
    if (i > 0 && front.titleEn === undefined && titleEnd > i) {
      // `Research on …` (maybe wrapped) right before `Abstract:`: the English title.
      front.titleEn = blocks
        .slice(i, titleEnd)
        .map((t) => t.text.trim())
        .join(' ');
      blocks.slice(i, titleEnd).forEach(take);
      i = titleEnd - 1;
      continue;
    }
    break;
  }
  return { removed, rest: blocks.slice(i) };
}

/**
 * `# 标题` (or a title over `===`) as the first block of a Markdown source, when no later heading
 * has its level or a higher one: the title, and the `#` syntax around it ('' for a setext title).
 */
function readMarkdownTitle(blocks: Block[]): { title: string; syntax: string } | undefined {
  const first = blocks[0]!;
  const m = first.setext ? ['', '', first.text] : /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(first.text);
  const level = markdownLevel(first)!;
  if (
    !m ||
    m[2] === '' ||
    parseNumbering(m[2]!) ||
    readRoleLabel(m[2]!) ||
    blocks.slice(1).some((b) => (markdownLevel(b) ?? 7) <= level)
  )
    return undefined;
  return { title: m[2]!, syntax: first.text.replace(m[2]!, '').replace(/\s+/g, '') };
}

/** A body's name, then a person's: `某某局机关党委　李某`, `某某县委组织部 张某某`. */
const SIGNED_BY_PERSON = new RegExp(`\\S\\s+${PERSON}$`);

/**
 * A bare name at block i is a byline (not a heading) when it stands with other front-matter
 * lines, before a salutation (`同志们：`) or directly before body text.
 */
function bylineAt(blocks: Block[], i: number, front: FrontMatter): boolean {
  const next = blocks[i + 1];
  if ((front.frontLines ?? []).some((l) => l.kind !== 'speaker')) return true;
  if (!next) return false;
  const nextLine = readFrontLine(next.text);
  return (
    (nextLine !== undefined && nextLine.kind !== 'speaker') ||
    isSalutation(next.text) ||
    !hasHeadingShape(next.text, MAX_TITLE_EN_WIDTH)
  );
}

/**
 * Whether a date alone at block i heads a list of dated entries (a 大事记: `2024年1月5日`, its
 * entry, `2024年1月12日` …) rather than dating the text: another date alone among the next blocks.
 */
function datesFollow(blocks: Block[], i: number): boolean {
  return blocks.slice(i + 1, i + 4).some((b) => {
    const d = readDatedByline(b.text);
    return d !== undefined && d.speaker === undefined;
  });
}

/** The 时间 and 单位 fields that end an authors' line or stand on a line of their own: where each begins, its label and value. */
interface AuthorFields {
  /** Where the fields begin (the text's length when there are none). */
  end: number;
  date?: { at: number; label: string; text: string; iso: string };
  unit?: { at: number; label: string; name: string };
}

/** The 时间 and 单位 fields at the end of `text` from `start` (`…　单位：某局　时间：2024年8月10日`). */
function authorFields(text: string, start: number): AuthorFields {
  const out: AuthorFields = { end: text.length };
  const dated = DATE_FIELD.exec(text.slice(start));
  const iso = dated && findDates(dated[2]!)[0]?.iso;
  if (iso) {
    out.end = start + dated.index;
    out.date = { at: out.end, label: dated[1]!, text: dated[2]!, iso };
  }
  const unit = AFFILIATION_FIELD.exec(text.slice(start, out.end));
  if (unit) {
    out.end = start + unit.index;
    out.unit = { at: out.end, label: unit[1]!, name: unit[2]! };
  }
  return out;
}

/** Take an authors' fields: the date into a byline front line, the affiliation into `front`, their labels into `removed`. */
function takeAuthorFields(fields: AuthorFields, block: Block, front: FrontMatter, removed: Removal[], file: string) {
  if (fields.date) {
    removed.push(...syntaxRemovals(block, fields.date.at, fields.date.label));
    addFrontLine(front, { kind: 'byline', date: fields.date.iso }, { ...block, text: fields.date.text }, file);
  }
  if (fields.unit) {
    removed.push(...syntaxRemovals(block, fields.unit.at, fields.unit.label));
    front.affiliation ??= fields.unit.name;
  }
}

/** Front lines a Markdown copy may set apart as a quote under its title: they say when and where the text was given. */
const QUOTABLE_FRONT = new Set<FrontLine['kind']>(['headnote', 'issued', 'occasion']);

/**
 * A Markdown quote under a title that is its 题注, 发布 line or occasion
 * (`> （2019年4月24日中共中央政治局会议审议批准　2019年5月6日中共中央发布）`): what it says, its text
 * and its `>` syntax. Any other quote there (an epigraph, an editor's note) is the body's.
 */
function quotedFrontLine(b: Block): { facts: FrontLineFacts; text: string; removed: Removal[] } | undefined {
  if (!markdownQuote(b)) return undefined;
  const quote = quoteCandidate(b);
  const facts = readFrontLine(quote.text);
  return facts && QUOTABLE_FRONT.has(facts.kind) ? { facts, text: quote.text, removed: quote.removed } : undefined;
}

/** Record a front-matter line and the facts read from it (the first date, issuer and source win). */
function addFrontLine(front: FrontMatter, facts: FrontLineFacts, b: Block, file: string): void {
  const line: FrontLine = { kind: facts.kind, text: b.text.trim(), provenance: { file, lines: [...b.lines] } };
  (front.frontLines ??= []).push(line);
  // A 发布 line is the 题注 printed without brackets: the page prints it under the title as it
  // prints a bracketed one (its first clauses, `…政治局会议审议批准`, were on no page).
  if (facts.kind === 'headnote' || facts.kind === 'issued') front.headnote ??= line.text;
  if (facts.occasion) front.occasion ??= facts.occasion;
  if (facts.speaker) (front.speakers ??= []).push(facts.speaker);
  // A web copy's date is when it was published; a 题注 or 发布 line dates the text itself.
  if (facts.date && facts.kind === 'dateline') front.published ??= facts.date;
  else if (facts.date) front.date ??= facts.date;
  if (facts.issuer) front.issuer ??= facts.issuer;
  if (facts.source) front.source ??= facts.source;
  if (facts.documentNumber) front.documentNumber ??= facts.documentNumber;
  if (facts.catalogue) (front.catalogue ??= []).push(...facts.catalogue);
  if (facts.column) front.column ??= facts.column;
}

/** Longest English title line, in display width (half a CJK column per letter). */
const MAX_TITLE_EN_WIDTH = 100;

/**
 * End (exclusive) of a run of English title lines starting at `i` that is followed by an
 * `Abstract:` label, or `i` when there is none.
 */
function englishTitleEnd(blocks: Block[], i: number): number {
  let k = i;
  while (
    k < blocks.length &&
    k < i + 3 &&
    isLatin(blocks[k]!.text) &&
    !labelOf(blocks[k]!) &&
    hasHeadingShape(blocks[k]!.text, MAX_TITLE_EN_WIDTH)
  )
    k++;
  return k > i && blocks[k] && labelOf(blocks[k]!)?.label === 'abstractEn' ? k : i;
}
