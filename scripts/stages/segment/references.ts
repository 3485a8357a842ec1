/**
 * Segment: the entries after a 参考文献 heading → `Reference[]`, parsed as GB/T 7714:
 * `[1] 张芳 , 杨姝 , 等 . 题名 [J]. 林产工业 ,2025,62(04):123-124.` The entries leave the body
 * (the section keeps only its heading), so they are not rendered twice.
 */
import type { Reference, Section } from '../../model/document.js';
import type { Candidate } from './classify.js';
import { joinWrapped } from './text.js';

/**
 * An entry of a references list: group 1 its label as printed, group 2 or 3 the number, group 4 the entry.
 *   [[［〔](?:注释?)?(\d{1,3})[\]］〕]   `[1]`, `［1］`, an endnote's `[注1]`, `〔注释2〕`
 *   | (\d{1,3})[.．、](?!\d)   or `1.`, `1．`, `1、` (not `1.5`)
 */
const ENTRY = /^([[［〔]\s*(?:注释?\s*)?(\d{1,3})\s*[\]］〕]|(\d{1,3})[.．、](?!\d))\s*(.+)$/;

/**
 * GB/T 7714 entry body.
 *   (?:([^.．[\]]+?)\s*[.．](?!\d)\s*)?  authors, ended by `.` (` . ` or `. `; absent for corporate
 *                               news items; `2.0` in a title is no end)
 *   (.+?)\s*                  title
 *   \[([A-Z]+(?:\/[A-Z]+)?)\] document type code [J] [N] [M] [EB/OL]
 *   \s*[.．]\s*(.*)$          the rest: container, year, volume(issue):pages
 */
const BODY = /^(?:([^.．[\]]+?)\s*[.．](?!\d)\s*)?(.+?)\s*\[([A-Z]+(?:\/[A-Z]+)?)\]\s*[.．]?\s*(.*)$/;

/** Types whose source is `place: publisher, year` (book, thesis with its university, report, other). */
const PUBLISHED = new Set(['M', 'D', 'R', 'Z']);

/**
 * An online item's source: `(2022-02-24)[2024-01-10]. http://…` → published, accessed, URL; any
 * text before the dates (`新华网,`) is the container.
 */
function readOnline(ref: Reference, rest: string): void {
  const url = /(?:https?|ftp):\/\/\S+?(?=[.．]?$)/.exec(rest)?.[0];
  const accessed = /\[(\d{4}-\d{2}-\d{2})\]/.exec(rest)?.[1];
  const published = /[(（](\d{4}(?:-\d{2}(?:-\d{2})?)?)[)）]/.exec(rest)?.[1];
  const container = /^([^(（[]+?)[,，.．]?\s*(?=[(（[]|\d{4}|(?:https?|ftp):)/.exec(rest)?.[1]?.trim();
  if (url) ref.url = url;
  if (accessed) ref.accessed = accessed;
  if (published) ref.year = published;
  if (container) ref.container = container;
}

/**
 * `林产工业 ,2025,62(04):123-124.` → container, year, volume, issue, pages.
 *   ([^,，]+?)                 container          `林产工业`
 *   (\d{4}(-\d\d(-\d\d)?)?)   year or date       `2025`, `2021-07-01`
 *   ([,，]\s*(\d+)?)?          volume             `62`
 *   ([(（](\d+)[)）])?          issue (newspaper page for [N])  `(04)`
 *   ([:：]\s*([\d\-–+,]+))?    pages              `123-124`
 */
const SOURCE =
  /^([^,，]+?)\s*[,，]\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*(?:[,，]\s*(\d+)?)?\s*(?:[(（](\d+)[)）])?\s*(?:[:：]\s*([\d\-–+,]+))?\s*[.．]?$/;

/**
 * Parse one reference entry (the text after its `[n]`).
 * @example parseReference(3, '孙艳 . 新时代… [J]. 产业与科技论坛 ,2025,24(01):239-241.', prov)
 *   → { number: 3, authors: ['孙艳'], title: '新时代…', type: 'J', container: '产业与科技论坛', year: '2025', volume: '24', issue: '01', pages: '239-241' }
 */
export function parseReference(number: number, raw: string, provenance: Reference['provenance']): Reference {
  const ref: Reference = { number, raw, authors: [], provenance };
  const m = BODY.exec(raw.trim());
  if (!m) return ref;
  if (m[1])
    ref.authors = m[1]
      .split(/\s*[,，]\s*/)
      .map((a) => a.trim())
      .filter((a) => a !== '' && a !== '等' && a !== 'et al');
  ref.title = m[2]!.trim();
  ref.type = m[3]!;
  if (ref.type.endsWith('/OL')) {
    readOnline(ref, m[4]!.trim());
    return ref;
  }
  const s = SOURCE.exec(m[4]!.trim());
  const book = PUBLISHED.has(ref.type) ? /^(.+?)\s*[:：]\s*(.+)$/.exec(s?.[1]?.trim() ?? '') : null;
  if (s && book) {
    ref.place = book[1]!;
    ref.publisher = book[2]!;
  }
  if (s) {
    if (!book) ref.container = s[1]!.trim();
    ref.year = s[2]!;
    if (s[3]) ref.volume = s[3];
    if (s[4]) ref.issue = s[4];
    if (s[5]) ref.pages = s[5];
  } else if (m[4]!.trim()) ref.container = m[4]!.replace(/[.．]\s*$/, '').trim();
  return ref;
}

/** True if a block right after a reference entry continues it: the entry did not end with `.`. */
const continuesEntry = (ref: Reference, c: Candidate): boolean =>
  c.block.lines[0] === ref.provenance.lines[1] + 1 && !/[.．。]$/.test(ref.raw.trim());

/** An entry's label in brackets (`[注1]`, `〔2〕`), not a list's `1.`: group 1 the number. */
const BRACKET_ENTRY = /^[[［〔]\s*(?:注释?\s*)?(\d{1,3})\s*[\]］〕]/;

/**
 * Where the notes a text ends with start, printed without a 注释 or 参考文献 heading (`…处理[注1]。`
 * over `[注1]见《中国共产党章程》…`): the last blocks are bracketed entries numbered from 1, each one
 * line, and the text before them marks the first. Candidates.length when there are none.
 */
function unlabelledNotesAt(candidates: readonly Candidate[]): number {
  let start = candidates.length;
  while (start > 0) {
    const c = candidates[start - 1]!;
    if (c.role !== undefined || c.mdLevel !== undefined || !BRACKET_ENTRY.test(c.text.trim())) break;
    start -= 1;
  }
  const labels = candidates.slice(start).map((c) => BRACKET_ENTRY.exec(c.text.trim())!);
  const numbered = labels.length > 0 && labels.every((m, k) => Number(m[1]) === k + 1);
  const marked = numbered && candidates.slice(0, start).some((c) => c.text.includes(labels[0]![0]));
  return marked ? start : candidates.length;
}

/**
 * Take the `[n] …` entries that follow a references heading out of the candidates, and the
 * bracketed notes a text ends with under no heading (`unlabelledNotesAt`), when the text marks them.
 * @returns the remaining candidates and the parsed references, in source order
 */
export function takeReferences(
  candidates: Candidate[],
  file: string,
): { candidates: Candidate[]; references: Reference[] } {
  const references: Reference[] = [];
  const kept: Candidate[] = [];
  let inReferences = false;
  const notesAt = unlabelledNotesAt(candidates);
  for (const [k, c] of candidates.entries()) {
    if (c.role !== undefined || c.mdLevel !== undefined) inReferences = c.role === 'references';
    if (k === notesAt) inReferences = true;
    const m = inReferences ? ENTRY.exec(c.text.trim()) : null;
    const last = references.at(-1);
    if (m) {
      const number = Number(m[2] ?? m[3]);
      const ref = parseReference(number, m[4]!, { file, lines: [...c.block.lines] });
      if (m[1] !== `[${number}]`) ref.label = m[1]!;
      references.push(ref);
    } else if (inReferences && last && c.role === undefined && c.mdLevel === undefined && continuesEntry(last, c)) {
      // An entry wrapped onto the next line (`…2020(3):` + `10-12.`): one reference.
      const joined = parseReference(last.number, joinWrapped(last.raw, c.text.trim()), {
        file,
        lines: [last.provenance.lines[0], c.block.lines[1]],
      });
      if (last.label) joined.label = last.label;
      references[references.length - 1] = joined;
    } else kept.push(c);
  }
  return { candidates: kept, references };
}

/** A references section spans its entries too (they are kept in `Document.references`, not in it). */
export function extendReferenceSpans(sections: Section[], references: Reference[]): void {
  for (const s of sections) {
    if (s.role === 'references') {
      const after = references.filter((r) => r.provenance.lines[0] > s.provenance.lines[1]);
      s.span[1] = Math.max(s.span[1], ...after.map((r) => r.provenance.lines[1]));
    }
    extendReferenceSpans(s.sections, references);
  }
}
