/**
 * Find glossary terms in a text: leftmost-longest match over every term and alias, rejecting a
 * match that sits inside a longer word (the glossary's `notInside`, and jieba word boundaries).
 * Used by the concept annotator; the later knowledge-base stages read the marks it leaves.
 */
import { formsOf, type Glossary } from '../../model/concept.js';
import { segmenterFor, type Segmenter } from '../../util/jieba.js';
import { compareCodeUnits } from '../../util/sort.js';
import { withoutLayoutSpaces } from '../../../src/client/search/text.js';

/** One occurrence of a concept in a text: half-open UTF-16 range and the form that matched. */
export interface ConceptMention {
  conceptId: string;
  start: number;
  end: number;
  form: string;
}

/** Why a candidate was not accepted (reported by term mining so editors can review it). */
export interface RejectedMention extends ConceptMention {
  reason: 'not-inside' | 'word-boundary';
}

/** A compiled glossary: forms by first character, longest first. */
export interface ConceptMatcher {
  /** Candidate forms grouped by their first UTF-16 unit, each list longest first. */
  byFirst: Map<string, { form: string; conceptId: string }[]>;
  /** `notInside` words per concept id. */
  notInside: Map<string, string[]>;
  /** Rejects matches inside a longer jieba word; absent when word boundaries are not checked. */
  segmenter?: Segmenter;
  /** English names (lowercased), longest first: `two studies and one action` → 两学一做. */
  english: { form: string; conceptId: string }[];
}

/**
 * Compile a glossary. Word boundaries come from `options.segmenter` (built from the same glossary,
 * so its forms are one word; by default a new one), or are not checked with `jieba: false`.
 * @example compileMatcher(g).byFirst.get('两') → [{form:'两学一做', conceptId:'liang-xue-yi-zuo'}, …]
 */
export function compileMatcher(
  glossary: Glossary,
  options: { jieba?: boolean; segmenter?: Segmenter } = {},
): ConceptMatcher {
  const byFirst = new Map<string, { form: string; conceptId: string }[]>();
  const notInside = new Map<string, string[]>();
  for (const c of glossary.concepts) {
    for (const form of formsOf(c)) {
      const list = byFirst.get(form[0]!) ?? [];
      list.push({ form, conceptId: c.id });
      byFirst.set(form[0]!, list);
    }
    if (c.notInside.length > 0) notInside.set(c.id, c.notInside);
  }
  for (const list of byFirst.values())
    list.sort((a, b) => b.form.length - a.form.length || compareCodeUnits(a.form, b.form));
  const segmenter = options.jieba === false ? undefined : (options.segmenter ?? segmenterFor(glossary));
  const english = glossary.concepts
    .flatMap((c) => c.en.map((e) => ({ form: e.toLowerCase(), conceptId: c.id })))
    .sort((a, b) => b.form.length - a.form.length || compareCodeUnits(a.form, b.form));
  return { byFirst, notInside, english, ...(segmenter && { segmenter }) };
}

/** A matcher's forms by their first two UTF-16 units, computed on demand: see `candidatesAt`. */
interface FormIndex {
  /** 1 at each first unit of a form: a table look-up per character of the corpus, not a hash look-up. */
  firsts: Uint8Array;
  /** Forms that may start where the text has a pair of units (key `first * 0x10000 + second`, or `-1 - first` at the text's end). */
  byPair: Map<number, { form: string; conceptId: string }[]>;
}

const formIndexes = new WeakMap<ConceptMatcher, FormIndex>();
function formIndex(matcher: ConceptMatcher): FormIndex {
  let index = formIndexes.get(matcher);
  if (!index) {
    const firsts = new Uint8Array(0x10000);
    for (const k of matcher.byFirst.keys()) firsts[k.charCodeAt(0)] = 1;
    formIndexes.set(matcher, (index = { firsts, byPair: new Map() }));
  }
  return index;
}

/**
 * The forms that may start at offset `i` of `text` (its first unit starts a form), longest first:
 * those of its first unit whose second unit is the text's next (or that are one unit long). Most
 * characters that start a form (党, 三, 一) are followed by none of its forms' second units, so the
 * scan tries no form there.
 */
function candidatesAt(text: string, i: number, index: FormIndex, matcher: ConceptMatcher) {
  const first = text.charCodeAt(i);
  const key = i + 1 < text.length ? first * 0x10000 + text.charCodeAt(i + 1) : -1 - first;
  let list = index.byPair.get(key);
  if (!list) {
    const second = text[i + 1];
    list = matcher.byFirst.get(text[i]!)!.filter(({ form }) => form.length === 1 || form[1] === second);
    index.byPair.set(key, list);
  }
  return list;
}

/** True when `text` has `word` at some position covering [start, end). */
function insideWord(text: string, word: string, form: string, start: number, end: number): boolean {
  for (let at = word.indexOf(form); at >= 0; at = word.indexOf(form, at + 1)) {
    const p = start - at;
    if (p >= 0 && p + word.length >= end && text.startsWith(word, p)) return true;
  }
  return false;
}

/**
 * All accepted mentions in `text`, in order, non-overlapping; `rejected` collects candidates that
 * were refused (a shorter form at the same position is tried next, then the scan moves on).
 * @example findMentions('加强党风廉政建设', m) → [{conceptId:'dang-feng-lian-zheng-jian-she', start:2, end:8, …}]
 * @example findMentions('财政工作', m) → [] (政工 inside 财政工作: notInside, and jieba cuts 财政/工作)
 */
export function findMentions(text: string, matcher: ConceptMatcher, rejected?: RejectedMention[]): ConceptMention[] {
  // A PDF copy's spaced characters (`两 学 一 做`): found in the text without its layout spaces,
  // as the search finds them, and marked over the spaces in the text itself.
  const through = withoutLayoutSpaces(text);
  if (!through) return mentionsIn(text, matcher, rejected);
  const back = <M extends ConceptMention>(m: M): M => ({
    ...m,
    start: through.at[m.start]!,
    end: through.at[m.end - 1]! + 1,
  });
  const refused: RejectedMention[] = [];
  const found = mentionsIn(through.text, matcher, rejected && refused).map(back);
  rejected?.push(...refused.map(back));
  return found;
}

function mentionsIn(text: string, matcher: ConceptMatcher, rejected?: RejectedMention[]): ConceptMention[] {
  const out: ConceptMention[] = [];
  let boundary: ((at: number) => boolean) | undefined;
  const index = formIndex(matcher);
  for (let i = 0; i < text.length;) {
    // Most characters start no form: skip them without making a one-character string.
    if (index.firsts[text.charCodeAt(i)] === 0) {
      i += 1;
      continue;
    }
    const candidates = candidatesAt(text, i, index, matcher);
    let taken = 0;
    for (const { form, conceptId } of candidates) {
      if (!text.startsWith(form, i)) continue;
      const m = { conceptId, start: i, end: i + form.length, form };
      if ((matcher.notInside.get(conceptId) ?? []).some((w) => insideWord(text, w, form, m.start, m.end))) {
        rejected?.push({ ...m, reason: 'not-inside' });
        continue;
      }
      if (matcher.segmenter) {
        boundary ??= matcher.segmenter.boundaries(text);
        // Only a match cut on BOTH sides is inside another word (财政|工作 ⊃ 政工); one cut side is
        // usually a compound (思想作风|建设, 机关|党委书记) whose part is still the term.
        if (!boundary(m.start) && !boundary(m.end)) {
          rejected?.push({ ...m, reason: 'word-boundary' });
          continue;
        }
      }
      out.push(m);
      taken = form.length;
      break;
    }
    i += taken || 1;
  }
  return out;
}

const LETTER = /[A-Za-z]/;

/**
 * English names in `text`, case-insensitive, whole words only, leftmost-longest, non-overlapping.
 * @example findEnglishMentions('the "Two Studies and One Action" learning', m) → [{conceptId:'liang-xue-yi-zuo', start:5, end:31, …}]
 */
export function findEnglishMentions(text: string, matcher: ConceptMatcher): ConceptMention[] {
  if (matcher.english.length === 0 || !LETTER.test(text)) return [];
  const lower = text.toLowerCase();
  const found: ConceptMention[] = [];
  for (const { form, conceptId } of matcher.english) {
    for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      if (found.some((f) => f.start < end && at < f.end)) continue;
      found.push({ conceptId, start: at, end, form: text.slice(at, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
