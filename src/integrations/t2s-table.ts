/**
 * Derive the query-side traditional → simplified table from opencc-js at build time: every
 * dictionary entry of the `tw`→`cn` chain whose full conversion lands on characters the corpus
 * uses (other conversions cannot change a search result), plus the phrases OpenCC converts
 * differently from character by character.
 */
import { Converter, Locale } from 'opencc-js/t2cn';
import { convertT2s, type T2sTable } from '../client/search/t2s.js';

/** Every key of the opencc-js dictionaries that `tw`→`cn` applies. */
function dictionaryKeys(): string[] {
  const dicts = [...(Locale.from.tw ?? []), ...(Locale.to.cn ?? [])].flat() as unknown[];
  return dicts.flatMap((d) =>
    typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : Object.keys(d as object),
  );
}

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
