/**
 * Segment: a printed 目录 splits a collection into its items. Each 目录 line names an item; the
 * item starts at the body line repeating that title. Page numbers become `toc-page-number`
 * removals, the label `目录` a `field-syntax` removal, the entries `front.toc`.
 */
import type { Removal, TocEntry } from '../../model/document.js';
import type { Block } from './block.js';
import { partsAbove, type PartLine } from './chapters.js';
import { parseNumbering, type NumberingScheme } from './numbering.js';
import { hasHeadingShape } from './text.js';

/** One collection item found through the 目录. */
export interface TocPart {
  entry: TocEntry;
  /**
   * The entry's place among the 目录's items (from 0): the manifest's `items` are given in 目录
   * order, so an entry the body lacks (a 后记 the copy leaves out) must not shift the ones after it.
   */
  item: number;
  /** The body block that repeats the entry's title. */
  titleBlock: Block;
  /** True when that block repeats the numbering too (`第一章 总则`): it is then part of the heading. */
  numberingOnTitle: boolean;
  /** The item's body, up to the next item's title (or the next part's heading). */
  blocks: Block[];
  /** The heading of the part (篇) the item opens, printed right above its title. */
  part?: PartLine;
}

/** What the split found. */
export interface TocSplit {
  /** Every 目录 line read: the items' and the parts' (`第一篇 组织建设`, which group items). */
  entries: TocEntry[];
  parts: TocPart[];
  /** Blocks before the 目录 or between it and the first item (kept as the collection's own text). */
  between: Block[];
  removed: Removal[];
}

/** `目录`, `目 录`, `目次`, `Contents`. */
const TOC_LABEL = /^(?:目\s*[录錄]|目\s*次|contents)$/i;

/** True for a 目录 label line. */
export const isTocLabel = (text: string): boolean => TOC_LABEL.test(text.trim());

/**
 * A 目录 line: optional numbering, the title, then a page number after a tab, spaces or dot leaders.
 *   (\d+[.．、]|第…章|一、)?   numbering          `1.`
 *   (.+?)                      title              `强化政治机关意识 提升引领发展之能`
 *   ([\t ]+|[.…·]{2,}\s*)      separator          `\t`
 *   (\d{1,4})                  page number        `1`
 */
const TOC_LINE =
  /^((?:\d{1,3}[.．、]|第[^\s]{1,4}[章篇部节讲]|[一二三四五六七八九十]+、)?)\s*(.+?)([\t ]+|\s*[.…·]{2,}\s*)(\d{1,4})$/;

/** A 目录 line without a page number (a Word or web copy): optional numbering, then the title. */
const TOC_BARE = /^((?:\d{1,3}[.．、]|第[^\s]{1,4}[章篇部节讲]|[一二三四五六七八九十]+、)?)\s*(.+)$/;

const squash = (s: string): string => s.replace(/\s+/g, '');

/** A 目录 line that names a part (`第一篇　组织建设`), which groups the items under it. */
const isPartEntry = (e: TocEntry): boolean => parseNumbering(`${e.numbering}${e.title}`)?.scheme === 'part';

/** Numbering schemes that head a book's pages, the upper first (a chapter or a lecture, a section of a chapter). */
const PAGE_SCHEMES: readonly NumberingScheme[] = ['chapter', 'jie'];

/**
 * Which 目录 entries are items (pages) of their own, and which head groups of them. Entries
 * numbered alike are all items. Chapters (`第二章　组织生活`) listing their sections (`一、“三会一课”`)
 * are the items with the unnumbered entries beside them (`前言`, `后记`); the sections are read
 * inside their chapter. Two numberings, one over the other (`一、领导讲话` over `（一）在…上的讲话`):
 * in a book the upper are its pages and the lower read inside them; in a collection of works
 * (`worksInside`: speeches, a 汇编) the lower are the works and the upper head their groups, as a
 * part heads chapters. A third numbering under those (`1.` under `（一）`) is read inside its page too.
 */
function itemEntries(entries: TocEntry[], worksInside: boolean): { items: TocEntry[]; groups: TocEntry[] } {
  const schemes = entries.map((e) => parseNumbering(`${e.numbering}${e.title}`)?.scheme);
  const where = (keep: (scheme: string | undefined) => boolean) => entries.filter((_, k) => keep(schemes[k]));
  // Chapters listing their sections (`第一章` over `第一节`): the chapters are the pages.
  const page = PAGE_SCHEMES.find((p) => schemes.includes(p));
  if (page) return { items: where((s) => s === undefined || s === page), groups: [] };
  // The numberings in order of first use: the upper one opens the list.
  const numbered = [...new Set(schemes.filter((s) => s !== undefined))];
  if (numbered.length < 2) return { items: entries, groups: [] };
  const [upper, second] = numbered;
  return worksInside
    ? { items: where((s) => s === undefined || s === second), groups: where((s) => s === upper) }
    : { items: where((s) => s === undefined || s === upper), groups: [] };
}

/** Numberings that name one heading of a book: the 目录's `第二章` is the body's, whatever title each prints. */
const HEADING_NUMBERINGS = new Set<NumberingScheme>(['part', 'chapter', 'jie']);

/**
 * The body's heading with an entry's numbering (`第二章　党支部的职责` for the 目录's `第二章　党支部职责`,
 * abbreviated or mistyped there), from block `from` on: its index, numbering and title as the body
 * prints them. Undefined for an entry without such a numbering: `一、` or `1.` may number a list.
 */
function numberedHeadingAt(
  blocks: readonly Block[],
  from: number,
  entry: TocEntry,
): { at: number; numbering: string; title: string } | undefined {
  const n = parseNumbering(`${entry.numbering}${entry.title}`);
  if (!n || !HEADING_NUMBERINGS.has(n.scheme)) return undefined;
  for (let k = from; k < blocks.length; k++) {
    const b = parseNumbering(blocks[k]!.text.trim());
    if (b?.scheme === n.scheme && b.value === n.value && hasHeadingShape(b.rest))
      return { at: k, numbering: b.marker.trim(), title: b.rest.trim() };
  }
  return undefined;
}

/**
 * Whether the body after a 目录 without page numbers heads its sections with the 目录's numberings,
 * in its order (`一、基本情况` … `四、对策建议` over `一、全市机关党建工作的基本情况` … `四、…`): then
 * the lines are a 目录 even where the body words its headings otherwise. Each entry numbered, two
 * at least.
 */
export function bodyRepeatsNumbering(blocks: readonly Block[], toc: TocLines): boolean {
  if (toc.entries.length < 2) return false;
  const wanted = toc.entries.map((e) => parseNumbering(`${e.numbering}${e.title}`));
  if (wanted.some((n, k) => !n || n.marker.trim() !== toc.entries[k]!.numbering.trim())) return false;
  // One pass: each entry's heading is the first after the one before it.
  let found = 0;
  for (let k = toc.end; k < blocks.length && found < wanted.length; k++) {
    const h = parseNumbering(blocks[k]!.text.trim());
    const n = wanted[found]!;
    if (h?.scheme === n.scheme && h.value === n.value && hasHeadingShape(h.rest)) found += 1;
  }
  return found === wanted.length;
}

/**
 * Whether a numbered line repeats the first entry's numbering (`一、` again under `一、基本情况` …
 * `四、对策建议`): the body has begun, its heading worded otherwise than the 目录's.
 */
function restartsNumbering(first: TocEntry | undefined, numbering: string): boolean {
  if (!first || numbering === '') return false;
  const [a, b] = [parseNumbering(`${first.numbering}x`), parseNumbering(`${numbering}x`)];
  return a !== undefined && b !== undefined && a.key === b.key && a.value === b.value;
}

/** A 目录 as read: where its label stands, the block after its last line, its entries and syntax. */
export interface TocLines {
  labelAt: number;
  end: number;
  entries: TocEntry[];
  removed: Removal[];
  /** How many entries carry a page number. */
  paged: number;
}

/** The 目录 after its label (`目录`, `目　录`, `Contents`): its lines up to the body; undefined without a label. */
export function readToc(blocks: readonly Block[], file: string): TocLines | undefined {
  const labelAt = blocks.findIndex((b) => TOC_LABEL.test(b.text.trim()));
  if (labelAt < 0) return undefined;
  const label = blocks[labelAt]!;
  const removed: Removal[] = [{ text: label.text.trim(), line: label.lines[0], reason: 'field-syntax' }];
  const entries: TocEntry[] = [];
  let i = labelAt + 1;
  let bare = 0; // item entries without a page number
  let paged = 0; // entries with one
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.lines[0] !== b.lines[1]) break;
    const m = TOC_LINE.exec(b.text.trim());
    if (!m) {
      // Without page numbers the list runs until the body repeats its first title; a part's line
      // (`第一篇　组织建设`), or a numbered line over lines with page numbers (`一、领导讲话` over
      // `（一）在…上的讲话……1`), heads a group of them and may stand without one.
      const n = TOC_BARE.exec(b.text.trim());
      const seen = entries.some((e) => [squash(e.title), squash(e.numbering + e.title)].includes(squash(b.text)));
      if (!n || seen || !hasHeadingShape(n[2]!) || restartsNumbering(entries[0], n[1]!)) break;
      const entry: TocEntry = { numbering: n[1]!, title: n[2]!.trim(), provenance: { file, lines: [...b.lines] } };
      const heads = isPartEntry(entry) || (n[1] !== '' && TOC_LINE.test(blocks[i + 1]?.text.trim() ?? ''));
      if (!heads && paged > 0) break;
      entries.push(entry);
      if (!heads) bare++;
      continue;
    }
    if (bare > 0) break;
    paged++;
    entries.push({ numbering: m[1]!, title: m[2]!.trim(), provenance: { file, lines: [...b.lines] } });
    const leader = m[3]!.trim();
    if (leader) removed.push({ text: leader, line: b.lines[0], reason: 'field-syntax' });
    removed.push({ text: m[4]!, line: b.lines[0], reason: 'toc-page-number' });
  }
  return { labelAt, end: i, entries, removed, paged };
}

/**
 * Split blocks at the titles a 目录 lists; undefined when there is no 目录 or a title is missing
 * from the body (then the source is read as one document).
 * @example ['目录', '1.甲\t1', '2.乙\t4', '甲', '正文', '乙', '正文'] → parts 甲 [正文], 乙 [正文]
 */
export function splitByToc(blocks: Block[], file: string, worksInside = false): TocSplit | undefined {
  const toc = readToc(blocks, file);
  if (!toc) return undefined;
  const { labelAt, entries, removed } = toc;
  const i = toc.end;
  const { items, groups } = itemEntries(
    entries.filter((e) => !isPartEntry(e)),
    worksInside,
  );
  if (items.length < 2) return undefined;

  const starts: number[] = [];
  const printed: boolean[] = [];
  // Each item as its body heads it: the 目录's entry, or the body's title where only the numbering matched.
  const headed: TocEntry[] = [];
  const found: number[] = [];
  let from = i;
  for (const [item, entry] of items.entries()) {
    // The body repeats the title alone (`强化…之能`) or with its numbering (`第一章 总则`).
    const numbered = squash(entry.numbering + entry.title);
    let at = blocks.findIndex(
      (b, k) => k >= from && (squash(b.text) === squash(entry.title) || squash(b.text) === numbered),
    );
    let body = entry;
    if (at < 0) {
      const heading = numberedHeadingAt(blocks, from, entry);
      // An unnumbered entry the body lacks (`后记` of a copy without it) splits nothing; a chapter must be found.
      if (!heading && parseNumbering(`${entry.numbering}${entry.title}`) === undefined && items.length > 2) continue;
      if (!heading) return undefined;
      ({ at } = heading);
      body = { ...entry, numbering: heading.numbering, title: heading.title };
    }
    starts.push(at);
    printed.push(body !== entry || (entry.numbering !== '' && squash(blocks[at]!.text) === numbered));
    headed.push(body);
    found.push(item);
    from = at + 1;
  }
  if (headed.length < 2) return undefined;
  // A part's heading right above an item's title opens that item's part (as in a book without a 目录).
  const above = partsAbove(blocks, starts, i, 'txt', (b) => {
    const g = groups.find((e) => [squash(e.title), squash(e.numbering + e.title)].includes(squash(b.text)));
    return g && { numbering: g.numbering, title: g.title, block: b };
  });
  const parts = headed.map((entry, k): TocPart => {
    const part = above.parts[k];
    return {
      entry,
      item: found[k]!,
      titleBlock: blocks[starts[k]!]!,
      numberingOnTitle: printed[k]!,
      blocks: blocks.slice(starts[k]! + 1, above.ends[k]),
      ...(part && { part }),
    };
  });
  return { entries, parts, between: [...blocks.slice(0, labelAt), ...blocks.slice(i, above.firstStart)], removed };
}
