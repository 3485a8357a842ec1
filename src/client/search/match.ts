/**
 * Exact matching on the positional bigram index, pure: a form (`两学一做`) is found in a passage
 * when its cover bigrams (`两学@0`, `一做@2`) sit at consistent offsets, so no passage that merely
 * holds 两, 学, 一 and 做 apart is returned. Single characters use the unigram postings.
 */
import { bigramCover, type CountPostings, type PositionalPostings } from './postings.js';
import { wordRuns } from './text.js';

/** Loaded posting lists; a gram missing from the index returns undefined. */
export interface PostingsLookup {
  bigram(gram: string): PositionalPostings | undefined;
  unigram(char: string): CountPostings | undefined;
}

/** The grams whose shards must be loaded before matching these forms. */
export function gramsOf(forms: readonly string[]): { bigrams: Set<string>; unigrams: Set<string> } {
  const bigrams = new Set<string>();
  const unigrams = new Set<string>();
  for (const form of forms) {
    for (const run of wordRuns(form)) {
      if (run.text.length === 1) unigrams.add(run.text);
      else for (const b of bigramCover(run.text)) bigrams.add(b.gram);
    }
  }
  return { bigrams, unigrams };
}

/**
 * Where a form occurs: passage number → number of occurrences.
 * `matchForm('两学一做', idx)` → `Map{412 → 2, 977 → 1}`.
 * Runs separated by punctuation (`不忘初心、牢记使命`) must keep their relative offsets; a
 * one-character run next to longer ones can only be checked for presence.
 */
export function matchForm(form: string, idx: PostingsLookup): Map<number, number> {
  const runs = wordRuns(form);
  const long = runs.filter((r) => r.text.length > 1);
  const short = runs.filter((r) => r.text.length === 1);
  const out = new Map<number, number>();
  if (runs.length === 0) return out;
  const hasAll = (pid: number) => short.every((r) => idx.unigram(r.text)?.has(pid));
  if (long.length === 0) {
    const lists = short.map((r) => idx.unigram(r.text));
    for (const [pid, n] of lists[0] ?? []) {
      if (hasAll(pid)) out.set(pid, Math.min(n, ...lists.map((l) => l?.get(pid) ?? 0)));
    }
    return out;
  }
  // Every cover bigram of every long run, as an offset from the start of the form.
  const checks = long.flatMap((r) => bigramCover(r.text).map((b) => ({ gram: b.gram, at: r.offset + b.offset })));
  const lists = checks.map((c) => idx.bigram(c.gram));
  if (lists.some((l) => l === undefined)) return out;
  const [first, ...others] = checks;
  const [firstList, ...otherLists] = lists as PositionalPostings[];
  for (const [pid, positions] of firstList!) {
    if (!hasAll(pid)) continue;
    const otherPositions = otherLists.map((l) => l.get(pid));
    if (otherPositions.some((p) => p === undefined)) continue;
    let count = 0;
    for (const p of positions) {
      const start = p - first!.at;
      if (others.every((c, i) => otherPositions[i]!.includes(start + c.at))) count++;
    }
    if (count > 0) out.set(pid, count);
  }
  return out;
}

/** A passage found by a query, with what ranks it. */
export interface PassageMatch {
  pid: number;
  /** Occurrences of every term's forms, summed. */
  count: number;
  /** The forms found in this passage, first the one typed (for `<mark>` and `?hl=`). */
  forms: string[];
}

/**
 * AND of terms, each an OR of its forms: `[[两学一做], [党支部]]` → the passages holding both.
 * Results come unsorted by relevance, in passage order.
 */
export function matchQuery(termForms: readonly (readonly string[])[], idx: PostingsLookup): PassageMatch[] {
  let acc: Map<number, PassageMatch> | undefined;
  for (const forms of termForms) {
    const found = new Map<number, PassageMatch>();
    for (const form of forms) {
      for (const [pid, n] of matchForm(form, idx)) {
        if (acc && !acc.has(pid)) continue;
        const m = found.get(pid) ?? { pid, count: acc?.get(pid)?.count ?? 0, forms: [...(acc?.get(pid)?.forms ?? [])] };
        m.count += n;
        m.forms.push(form);
        found.set(pid, m);
      }
    }
    acc = found;
  }
  return [...(acc?.values() ?? [])].sort((a, b) => a.pid - b.pid);
}
