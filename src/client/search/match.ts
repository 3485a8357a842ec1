/**
 * Exact matching on word positions, pure: a form (`两学一做`) is found in a passage of a record
 * where its cover words (`两学@0`, `一做@2`, tokens.ts) sit at those offsets from one start and the
 * whole form lies inside the passage, so a passage that merely holds 两, 学, 一 and 做 apart, or a
 * string split across two passages, is never returned.
 */
import type { RecordData, RecordPassage, RecordPage } from './schema.js';
import { coverWords, formLength, passageWords } from './tokens.js';
import { namesWork } from './query.js';

/** Word positions of one record: where a word, or a word starting with it, stands. */
export type WordPositions = (word: string) => ReadonlySet<number> | undefined;

/**
 * The positions lookup of a record's words, answering as Pagefind's prefix search would, but
 * exactly: Pagefind also returns near words when a word is missing (两做 → 两), so the browser
 * finds the record with Pagefind and the passages in the record's own text.
 */
export function wordPositions(words: readonly string[]): WordPositions {
  const at = new Map<string, Set<number>>();
  const add = (w: string, i: number) => {
    const s = at.get(w) ?? new Set<number>();
    s.add(i);
    at.set(w, s);
  };
  words.forEach((w, i) => {
    add(w, i);
    if (w.length > 1) add(w[0]!, i);
  });
  return (w) => at.get(w);
}

/** Index of the passage holding position `pos`: the last one starting at or before it. */
export function passageAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where a form occurs in a record: passage index → occurrences.
 * `formHits('两学一做', positions, [0, 40, 95])` → `Map{1 → 2}`.
 */
export function formHits(form: string, positions: WordPositions, starts: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const cover = coverWords(form);
  const first = cover[0];
  if (!first) return out;
  const sets = cover.map((c) => positions(c.word));
  if (sets.some((s) => s === undefined)) return out;
  const span = formLength(form);
  for (const p of sets[0]!) {
    const start = p - first.at;
    if (!cover.every((c, i) => sets[i]!.has(start + c.at))) continue;
    const k = passageAt(starts, start);
    const end = starts[k + 1] ?? Infinity;
    if (start < starts[k]! || start + span > end) continue;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** A passage found by a query, with what ranks and shows it. */
export interface PassageMatch {
  pid: number;
  /** Occurrences of every term's forms, summed. */
  count: number;
  /** The forms found in this passage, first the one typed (for `<mark>` and `?hl=`). */
  forms: string[];
  /** Every term was found as typed (or its simplified form), not only through a glossary alias. */
  exact: boolean;
  passage: RecordPassage;
  page: RecordPage;
}

/** A query's terms: the forms of each (typed, simplified, glossary) and which of them are exact. */
export interface TermForms {
  forms: readonly string[];
  exact: ReadonlySet<string>;
  /** Forms that count only in a document whose title names a work (`第三条` → `党章`: query.ts `termFormsOf`). */
  within?: ReadonlyMap<string, string>;
}

/**
 * The passages of one record that hold every term in one of its forms (AND of terms, OR of
 * forms), in record order, found in the record's own text written as words again.
 */
export function matchRecord(terms: readonly TermForms[], data: RecordData): PassageMatch[] {
  const { words, starts } = passageWords(data.passages);
  const positions = wordPositions(words);
  let acc: Map<number, { count: number; forms: string[]; exact: boolean }> | undefined;
  for (const { forms, exact, within } of terms) {
    const found = new Map<number, { count: number; forms: string[]; exact: boolean }>();
    for (const form of forms) {
      const work = within?.get(form);
      if (work !== undefined && !namesWork(data.page.document, work)) continue;
      for (const [k, n] of formHits(form, positions, starts)) {
        const prev = acc?.get(k);
        if (acc && !prev) continue;
        const m = found.get(k) ?? { count: prev?.count ?? 0, forms: [...(prev?.forms ?? [])], exact: false };
        m.count += n;
        m.forms.push(form);
        m.exact ||= exact.has(form);
        found.set(k, m);
      }
    }
    for (const [k, m] of found) m.exact &&= acc?.get(k)?.exact ?? true;
    acc = found;
  }
  return [...(acc ?? [])]
    .sort((a, b) => a[0] - b[0])
    .map(([k, m]) => ({ pid: data.passages[k]!.pid, ...m, passage: data.passages[k]!, page: data.page }));
}
