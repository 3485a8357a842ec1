/**
 * How text becomes Pagefind words, pure and shared by the index builder and the browser. Pagefind
 * splits words on spaces only (its CJK segmenter is off: the index is built with `forceLanguage:
 * 'en'`), so the text is written as words that make any substring findable exactly: every run of
 * letters and digits becomes the character pair starting at each of its positions and, last, its
 * final character alone (`两学一做` → `两学 学一 一做 做`), and runs are kept apart by one word of
 * punctuation (`-`), which Pagefind counts as a position but does not index. Word n of a passage
 * stands at character n of its runs (each gap counting one), so a query string is found where its
 * pairs sit at those word positions, and 发展。党员 is not 发展党员. Quotation and title marks are
 * read through (text.ts `searchRuns`): `“两学一做”学习` is the run 两学一做学习.
 */
import { foldText, searchRuns } from './text.js';

/** The word between two runs: a position in Pagefind's content, never a word of its index. */
export const GAP = '-';

/** `'两学一做，党'` → `['两学','学一','一做','做','-','党']` (folded: full-width → ASCII, lowercase). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const run of searchRuns(foldText(text))) {
    if (tokens.length > 0) tokens.push(GAP);
    for (let i = 0; i < run.text.length; i++) tokens.push(run.text.slice(i, i + 2));
  }
  return tokens;
}

/** A word to look up for a query form and its position counted from the form's first word. */
export interface CoverWord {
  word: string;
  at: number;
}

/**
 * The fewest words whose positions pin a form down: pairs at every second character of each run,
 * plus the run's last pair when its length is odd, and a one-character run as itself (looked up
 * by prefix, so it meets the pair that starts with it). `两学一做` → `两学@0 一做@2`;
 * `学习型` → `学习@0 习型@1`; `不忘初心、牢记使命` → `不忘@0 初心@2 牢记@5 使命@7`.
 * The pairs at every second character fix every character, and since a run's last character
 * stands alone, the pair inside a run (`展党`) is implied by its neighbours.
 */
export function coverWords(form: string): CoverWord[] {
  const cover: CoverWord[] = [];
  let at = 0;
  for (const { text } of searchRuns(foldText(form))) {
    if (text.length === 1) cover.push({ word: text, at });
    for (let i = 0; i + 1 < text.length; i += 2) cover.push({ word: text.slice(i, i + 2), at: at + i });
    if (text.length > 1 && text.length % 2 === 1) cover.push({ word: text.slice(-2), at: at + text.length - 2 });
    at += text.length + 1;
  }
  return cover;
}

/** How many words a form spans (its runs' characters and the gaps between): `不忘初心、牢记使命` → 9. */
export const formLength = (form: string): number => tokenize(form).length;

/**
 * The words of a run of passages, one gap word between passages (no string is found across two),
 * and where each passage starts. A passage's parallel translation follows its text; a traditional
 * passage is read in its simplified form (`fold`).
 */
export function passageWords(passages: readonly { text: string; fold?: string; translation?: string }[]): {
  words: string[];
  starts: number[];
} {
  const words: string[] = [];
  const starts: number[] = [];
  for (const p of passages) {
    const text = p.fold ?? p.text;
    if (words.length > 0) words.push(GAP);
    starts.push(words.length);
    words.push(...tokenize(p.translation ? `${text}\n${p.translation}` : text));
  }
  return { words, starts };
}
