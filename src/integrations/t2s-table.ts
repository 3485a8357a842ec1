/**
 * Derive the query-side traditional → simplified table from opencc-js at build time: every
 * dictionary entry of the `tw`→`cn` chain whose full conversion lands on characters the corpus
 * uses (other conversions cannot change a search result), plus the phrases OpenCC converts
 * differently from character by character.
 */
import { Converter } from 'opencc-js/t2cn';
import { dictionaryKeys, foldTraditional, isTraditional } from '../lib/traditional.js';
import { convertT2s, type T2sTable } from '../client/search/t2s.js';
import type { PassageTable } from '../client/search/corpus.js';

/** The table for a corpus whose searchable characters are `charset`. */
export function buildT2sTable(charset: ReadonlySet<string>): T2sTable {
  const convert = Converter({ from: 'tw', to: 'cn' });
  const keys = [...new Set(dictionaryKeys())].sort();
  const reachesCorpus = (s: string) => [...s].every((c) => charset.has(c));
  const chars: Record<string, string> = {};
  for (const k of keys) {
    if (k.length !== 1) continue;
    const to = convert(k);
    if (to !== k && reachesCorpus(to)) chars[k] = to;
  }
  const table: T2sTable = { chars, phrases: {}, maxPhrase: 0 };
  for (const k of keys) {
    if (k.length < 2) continue;
    const to = convert(k);
    if (to === convertT2s(k, { chars, phrases: {}, maxPhrase: 0 }) || !reachesCorpus(to)) continue;
    table.phrases[k] = to;
    table.maxPhrase = Math.max(table.maxPhrase, k.length);
  }
  return table;
}

/**
 * The simplified form of each passage of a reading page written in traditional characters, by
 * passage number (none for a simplified page): the search finds those passages by it.
 */
export function traditionalFolds(table: PassageTable): Map<number, string> {
  const byPage = new Map<number, number[]>();
  table.passages.forEach((p, pid) => {
    const pids = byPage.get(p.page);
    if (pids) pids.push(pid);
    else byPage.set(p.page, [pid]);
  });
  const out = new Map<number, string>();
  for (const pids of byPage.values()) {
    if (!isTraditional(pids.map((pid) => table.passages[pid]!.text))) continue;
    for (const pid of pids) {
      const text = table.passages[pid]!.text;
      const folded = foldTraditional(text);
      if (folded !== text) out.set(pid, folded);
    }
  }
  return out;
}
