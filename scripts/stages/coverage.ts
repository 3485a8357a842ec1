/**
 * The nothing-lost check, run after segmenting each source: every non-whitespace character of the
 * decoded text must be found, on its own lines, in the Document (front matter, headings,
 * paragraphs, references) or in its `removed[]` list — and nothing may appear that is not there.
 * A removal that says where on its line it stood (`occurrence`, a character reference) is placed
 * there, and its `replacement` (the `—` of `&mdash;`) is source text in its place.
 */
import type {
  Document,
  FrontMatter,
  Paragraph,
  Removal,
  RemovalReason,
  Section,
  Translation,
} from '../model/document.js';
import { printedText } from '../model/walk.js';
import { SourceError, sourceFilePath } from '../util/errors.js';
import { splitLines } from './normalize.js';
import { unitTable } from '../util/unit-table.js';

/** A piece of document text and the source lines it must come from. */
interface Piece {
  text: string;
  lines: [number, number];
  /** A removed character nobody can see (zero-width, control, BOM): placed before all text. */
  invisible?: boolean;
  /** Removed text (syntax, artefacts): placed after the document's own text. */
  removal?: boolean;
  /** A removal placed already, where it stood on its line (a character reference). */
  placed?: boolean;
}

const INVISIBLE_REMOVALS: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
  'zero-width',
  'control-character',
  'byte-order-mark',
]);

const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => [
  items.filter(test),
  items.filter((i) => !test(i)),
];

/** What the check found: counts, and the first problems with their source lines. */
export interface CoverageReport {
  file: string;
  /** Non-whitespace characters of the decoded source, and those its decoded references stand for. */
  sourceChars: number;
  /** Non-whitespace characters in the document and its removals. */
  documentChars: number;
  /** Source characters the document accounts for. */
  matched: number;
  /** Runs of source text found nowhere in the document, by line (first 20). */
  missing: { line: number; text: string }[];
  /** Document text not found on its source lines (first 20). */
  extra: { line: number; text: string }[];
}

/** The English text of a bilingual block, on its own lines. */
const translationPiece = (t: Translation | undefined): Piece[] => (t ? [{ text: t.text, lines: t.lines }] : []);

/** A paragraph as printed, and its translation. */
const paragraphPieces = (p: Paragraph): Piece[] => [
  { text: printedText(p), lines: p.provenance.lines },
  ...translationPiece(p.translation),
];

function sectionPieces(s: Section, out: Piece[]): void {
  out.push({ text: `${s.numbering}${s.title}`, lines: s.provenance.lines }, ...translationPiece(s.titleTranslation));
  for (const p of s.paragraphs) out.push(...paragraphPieces(p));
  for (const c of s.sections) sectionPieces(c, out);
}

/** Front-matter strings have no line of their own: they may come from any front-matter line. */
function frontPieces(front: FrontMatter, precise: Piece[], loose: Piece[]): void {
  for (const p of [...(front.abstract ?? []), ...(front.abstractEn ?? [])])
    precise.push({ text: p.text, lines: p.provenance.lines });
  for (const e of front.toc ?? []) precise.push({ text: `${e.numbering}${e.title}`, lines: e.provenance.lines });
  // Official front-matter lines as printed; the fields read from them (date, issuer …) are derived.
  for (const l of front.frontLines ?? [])
    precise.push({ text: l.text, lines: l.provenance.lines }, ...translationPiece(l.translation));
  const starts = front.provenance.map((p) => p.lines[0]);
  const ends = front.provenance.map((p) => p.lines[1]);
  if (starts.length === 0) return;
  const lines: [number, number] = [Math.min(...starts), Math.max(...ends)];
  const strings = [
    front.numbering,
    front.title,
    front.titleEn,
    front.affiliation,
    front.affiliationNote,
    ...(front.authors ?? []),
    ...(front.authorIndexes ?? []),
    ...(front.keywords ?? []),
    ...(front.keywordsEn ?? []),
  ];
  for (const text of strings) if (text) loose.push({ text, lines });
}

/**
 * Every piece of source text a document (and its children) holds: precise pieces first.
 * `translations` are other files (checked on their own before they are attached), so not here.
 */
function documentPieces(doc: Document, precise: Piece[], loose: Piece[], placed: ReadonlySet<Removal>): void {
  frontPieces(doc.front, precise, loose);
  for (const p of doc.paragraphs) precise.push(...paragraphPieces(p));
  for (const s of doc.sections) sectionPieces(s, precise);
  for (const r of doc.references)
    precise.push({ text: `${r.label ?? `[${r.number}]`}${r.raw}`, lines: r.provenance.lines });
  for (const r of doc.removed)
    if (placed.has(r)) precise.push({ text: r.text, lines: [r.line, r.line], placed: true });
    else
      precise.push({
        text: r.text,
        lines: [r.line, r.line],
        invisible: INVISIBLE_REMOVALS.has(r.reason),
        removal: true,
      });
  if (doc.part && !doc.part.ownPage)
    precise.push({ text: `${doc.part.numbering}${doc.part.title}`, lines: doc.part.provenance.lines });
  for (const c of doc.children) documentPieces(c, precise, loose, placed);
}

/** Whether a UTF-16 unit is whitespace to /\s/ (all of it is in the BMP), by unit: one table look-up. */
const SPACE_UNIT = unitTable(/\s/);

/**
 * Write the code points of `s` without whitespace into `out` from `at`; returns the end. Equal to
 * `Array.from(s.replace(/\s+/g, ''))` (a surrogate pair that whitespace separated joins up), as
 * numbers: this runs over every character of the corpus twice, and one string per character cost
 * more than the check itself.
 */
function nonSpaceInto(s: string, out: Int32Array, at: number): number {
  let high = -1;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (SPACE_UNIT[u]) continue;
    if (high >= 0) {
      if (u >= 0xdc00 && u <= 0xdfff) {
        out[at++] = (high - 0xd800) * 0x400 + (u - 0xdc00) + 0x10000;
        high = -1;
        continue;
      }
      out[at++] = high;
      high = -1;
    }
    if (u >= 0xd800 && u <= 0xdbff) high = u;
    else out[at++] = u;
  }
  if (high >= 0) out[at++] = high;
  return at;
}

/** The code points of `s` without whitespace. */
const nonSpace = (s: string): Int32Array => {
  const out = new Int32Array(s.length);
  return out.subarray(0, nonSpaceInto(s, out, 0));
};

/** Comparisons a contiguous search may spend per source character in its range before giving up. */
const SEARCH_BUDGET_PER_CHAR = 8;

/**
 * Mark the first run of unused source characters in `[from, to)` that spells `text` (used
 * characters in between are skipped: a removal may sit inside a heading line). False if none, or
 * if the search grows quadratic (a 200 KB line of one repeated character with a removal near its
 * end): the character-by-character pass then places the piece in linear time.
 */
function placeContiguous(text: Int32Array, [from, to]: [number, number], chars: Int32Array, used: Uint8Array): boolean {
  if (text.length === 0) return true;
  let budget = SEARCH_BUDGET_PER_CHAR * (to - from) + text.length;
  for (let start = from; start < to; start++) {
    if (used[start] || chars[start] !== text[0]) continue;
    let matched = 1;
    let k = start + 1;
    for (let i = 1; i < text.length; i++, k++) {
      while (k < to && used[k]) k++;
      if (k >= to || chars[k] !== text[i]) break;
      matched++;
    }
    if (matched === text.length) {
      // The same walk again, marking what it took.
      used[start] = 1;
      for (let i = 1, m = start + 1; i < text.length; i++, m++) {
        while (used[m]) m++;
        used[m] = 1;
      }
      return true;
    }
    budget -= k - start;
    if (budget < 0) return false;
  }
  return false;
}

/** Removals placed where they stood on their line (`occurrence`), and HTML comments, by 1-based line. */
function placedRemovals(doc: Document, into = new Map<number, Removal[]>()): Map<number, Removal[]> {
  for (const r of doc.removed) {
    if (r.occurrence === undefined && r.reason !== 'html-comment') continue;
    const onLine = into.get(r.line);
    if (onLine) onLine.push(r);
    else into.set(r.line, [r]);
  }
  for (const c of doc.children) placedRemovals(c, into);
  return into;
}

/**
 * `line` with its HTML comments (`<!-- … -->`, removed before inline syntax was read) blanked, in
 * place: a reference in a comment is none of the occurrences the inline syntax counted.
 */
function withoutComments(line: string, comments: readonly Removal[]): string {
  let out = line;
  let from = 0;
  for (const { text } of comments) {
    const k = out.indexOf(text, from);
    if (k === -1) continue;
    out = out.slice(0, k) + ' '.repeat(text.length) + out.slice(k + text.length);
    from = k + text.length;
  }
  return out;
}

/** Where on `line` each removal stood (its `occurrence`-th `text`), by position; one not there is left out. */
function positionsOn(line: string, removals: readonly Removal[]): { r: Removal; k: number }[] {
  const starts = new Map<string, number[]>();
  for (const { text } of removals) {
    if (starts.has(text)) continue;
    const at: number[] = [];
    for (let k = line.indexOf(text); k !== -1; k = line.indexOf(text, k + text.length)) at.push(k);
    starts.set(text, at);
  }
  return removals
    .map((r) => ({ r, k: starts.get(r.text)![r.occurrence!] ?? -1 }))
    .filter(({ k }) => k !== -1)
    .sort((a, b) => a.k - b.k);
}

/** The source's non-whitespace code points, each with its 1-based line. */
interface SourceChars {
  chars: Int32Array;
  lineOf: Int32Array;
  /** lineStart[l]: the index of line l's first character (1-based). */
  lineStart: number[];
  /** Characters taken already: those of the removals placed where they stood. */
  used: Uint8Array;
  /** The removals placed where they stood (one whose occurrence is not on its line is not). */
  placed: Set<Removal>;
}

/**
 * The source's characters. A removal that says which occurrence on its line it is (a character
 * reference, `&mdash;`) takes that occurrence's characters at once, and the character the text
 * holds in its place (`—`) is source text where it stood: the reference is one unit, never a
 * source of loose `&` or digits for the text around it, and its twin in a code span or a URL,
 * kept as written, stays the text's.
 */
function sourceChars(decodedText: string, doc: Document): SourceChars {
  const byLine = placedRemovals(doc);
  const placed = new Set<Removal>();
  // At most one code point per UTF-16 unit, and the replacements' characters.
  let room = decodedText.length;
  for (const removals of byLine.values()) for (const r of removals) room += r.replacement?.length ?? 0;
  const chars = new Int32Array(room);
  const lineOf = new Int32Array(room);
  const used = new Uint8Array(room);
  const lineStart: number[] = [0];
  let count = 0;
  const put = (text: string, line: number, taken = false) => {
    const end = nonSpaceInto(text, chars, count);
    lineOf.fill(line, count, end);
    if (taken) used.fill(1, count, end);
    count = end;
  };
  splitLines(decodedText).forEach((line, i) => {
    lineStart.push(count);
    const removals = byLine.get(i + 1);
    if (removals === undefined) return put(line, i + 1);
    const [comments, onLine] = partition(removals, (r) => r.occurrence === undefined);
    let from = 0;
    for (const { r, k } of positionsOn(comments.length > 0 ? withoutComments(line, comments) : line, onLine)) {
      placed.add(r);
      put(line.slice(from, k), i + 1);
      if (r.replacement) put(r.replacement, i + 1);
      put(r.text, i + 1, true);
      from = k + r.text.length;
    }
    put(line.slice(from), i + 1);
  });
  return {
    chars: chars.subarray(0, count),
    lineOf: lineOf.subarray(0, count),
    lineStart,
    used: used.subarray(0, count),
    placed,
  };
}

/**
 * Compare a decoded source with its segmented document, character by character per line range.
 * Each piece's characters are matched, in order, against not-yet-used source characters of its
 * lines; what is left over on either side is reported with its line.
 */
export function coverageReport(decodedText: string, doc: Document): CoverageReport {
  const clean = (r: CoverageReport) => r.missing.length === 0 && r.extra.length === 0;
  const forward = placeAll(decodedText, doc, false);
  if (clean(forward)) return forward;
  // A text's character may be taken, in order, from a short removal earlier on its lines (the `*`
  // of `**重点**` for the literal `*` on the next line, `重点*`): placed from its end it is not.
  const backward = placeAll(decodedText, doc, true);
  return clean(backward) ? backward : forward;
}

/**
 * One placement of every piece (see coverageReport), the texts' in-order pass from their first
 * character or, `fromEnd`, from their last (each at the last unused match before the one after).
 */
function placeAll(decodedText: string, doc: Document, fromEnd: boolean): CoverageReport {
  const { chars, lineOf, lineStart, used, placed } = sourceChars(decodedText, doc);
  const lineCount = lineStart.length - 1;
  const precise: Piece[] = [];
  const loose: Piece[] = [];
  documentPieces(doc, precise, loose, placed);
  const range = (piece: Piece): [number, number] => [
    lineStart[Math.max(1, Math.min(piece.lines[0], lineCount))]!,
    piece.lines[1] >= lineCount ? chars.length : lineStart[piece.lines[1] + 1]!,
  ];
  // Pass 0: invisible characters the normaliser removed (zero-width, controls, BOM) are placed
  // first, so that a U+200B inside a sentence does not break that sentence's contiguous match and
  // let a loose front-matter string (a keyword) take characters from it.
  const [invisible, visible] = partition(
    precise.filter((piece) => !piece.placed),
    (piece) => piece.invisible === true,
  );
  const textOf = new Map<Piece, Int32Array>();
  const charsOf = (piece: Piece): Int32Array => {
    let text = textOf.get(piece);
    if (!text) textOf.set(piece, (text = nonSpace(piece.text)));
    return text;
  };
  const place = (piece: Piece): boolean => placeContiguous(charsOf(piece), range(piece), chars, used);
  const extra: CoverageReport['extra'] = [];
  /**
   * Place a piece's characters in order, each at the first unused match after the one before or,
   * `fromEnd`, from its last, each at the last unused match before the one after. A character
   * with no match fails the piece (nothing taken), or with `miss` is reported and skipped.
   */
  const placeInOrder = (piece: Piece, fromEnd: boolean, miss?: (ch: number) => void): boolean => {
    const [from, to] = range(piece);
    const text = charsOf(piece);
    const step = fromEnd ? -1 : 1;
    const taken: number[] = [];
    let at = fromEnd ? to - 1 : from;
    for (let i = fromEnd ? text.length - 1 : 0; i >= 0 && i < text.length; i += step) {
      let k = at;
      while (k >= from && k < to && (used[k] || chars[k] !== text[i])) k += step;
      if (k >= from && k < to) {
        taken.push(k);
        at = k + step;
      } else if (miss) miss(text[i]!);
      else return false;
    }
    for (const k of taken) used[k] = 1;
    return true;
  };
  const reportExtra = (piece: Piece) => (ch: number) => {
    if (extra.length < 20) extra.push({ line: piece.lines[0], text: String.fromCodePoint(ch) });
  };
  const unplacedInvisible = invisible.filter((piece) => !place(piece));
  const [removals, texts] = partition(visible, (piece) => piece.removal === true);
  // Pass 1: each piece where its characters stand together (unused ones, in order), so a short
  // piece cannot take a character from the middle of a longer one (`text.` inside `Abstract:`):
  // texts, then removals of three characters or more (a tag `</p>`, `](url)`), then texts in
  // order around them, then the rest. Texts first: a text that syntax interrupts
  // (`详见[条例][id]`) is placed around it, and a short removal (`[`, `[^`) cannot take the one
  // of two on its line that is the text's (`[^9]` to no note). Long removals before the texts'
  // in-order pass: a text's `<` after a line's `</p>` (`（2024年）<b>`, its `<` escaped or a
  // reference) must not take the tag's.
  const textsLeft = texts.filter((piece) => !place(piece));
  // Removals and loose front-matter strings, longer first: `[^` before `[`, so the one-character
  // piece takes the `[` left over; `School of Marxism, Some University` before the `,` that parts
  // it from `Beijing 100872` (the comma inside it stands first on the line).
  const byLength = [...removals, ...loose].sort((a, b) => charsOf(b).length - charsOf(a).length);
  const [long, short] = partition(byLength, (piece) => piece.removal === true && charsOf(piece).length >= 3);
  const longLeft = long.filter((piece) => !place(piece));
  const textsOut = textsLeft.filter((piece) => !placeInOrder(piece, fromEnd));
  const unplaced = [...unplacedInvisible, ...textsOut, ...longLeft, ...short.filter((piece) => !place(piece))];
  // Pass 2: what is left, character by character, to report exactly what is missing or extra.
  for (const piece of unplaced) placeInOrder(piece, false, reportExtra(piece));
  const documentChars = [...precise, ...loose].reduce((n, piece) => n + charsOf(piece).length, 0);
  const missing: CoverageReport['missing'] = [];
  let matched = 0;
  for (let k = 0; k < chars.length; k++) {
    if (used[k]) {
      matched++;
      continue;
    }
    const last = missing.at(-1);
    if (last && last.line === lineOf[k] && used[k - 1] === 0) last.text += String.fromCodePoint(chars[k]!);
    else if (missing.length < 20) missing.push({ line: lineOf[k]!, text: String.fromCodePoint(chars[k]!) });
  }
  return { file: doc.meta.file, sourceChars: chars.length, documentChars, matched, missing, extra };
}

/**
 * Throw a SourceError naming the file and the first line where text went missing (or where the
 * document holds text its source lines do not have).
 * @throws SourceError `content/sources/x.txt:12: 3 characters of the source are not in the document: "政工…"`
 */
export function assertNothingLost(decodedText: string, doc: Document): void {
  const r = coverageReport(decodedText, doc);
  const file = sourceFilePath(r.file);
  const hint = 'this is a bug in the segmenter, not in the source: please report it with this message';
  const lost = r.sourceChars - r.matched;
  if (r.missing.length > 0) {
    const first = r.missing[0]!;
    throw new SourceError(
      file,
      first.line,
      `${lost} character(s) of the source are not in the document, first "${first.text}"`,
      hint,
    );
  }
  if (r.extra.length > 0) {
    const first = r.extra[0]!;
    throw new SourceError(
      file,
      first.line,
      `the document holds text not found on its source lines, first "${first.text}"`,
      hint,
    );
  }
}

/**
 * Refuse a source that is nothing but its title and front matter (a Markdown file of YAML and a
 * `#` title, a one-line file): it would build a reading page with no text, as an empty file would,
 * which is refused too. Checked on a root document after its translations are attached (an
 * English `.en.txt` of a title and an abstract is a translation, not a text of its own).
 * @throws SourceError naming the file and the last line of its front matter
 */
export function assertHasText(root: Document): void {
  const hasText = (d: Document): boolean =>
    d.paragraphs.length > 0 || d.sections.length > 0 || (d.front.abstract?.length ?? 0) > 0 || d.children.some(hasText);
  if (hasText(root)) return;
  throw new SourceError(
    sourceFilePath(root.meta.file),
    Math.max(1, ...root.front.provenance.map((p) => p.lines[1])),
    'nothing but a title and front matter: its page would have no text',
    'add the text under the title, or remove the entry from content/manifest.yaml',
  );
}
