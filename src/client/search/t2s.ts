/**
 * Traditional → simplified conversion of a query with a small table derived at build time from
 * opencc-js (`tw`→`cn`, restricted to what can reach the corpus), so the browser does not download
 * the 50 KB opencc-js dictionary. Longest match first, as OpenCC does: 乾隆 stays, 乾淨 → 干净.
 */

/** The derived table: single characters and the phrases whose conversion differs from char by char. */
export interface T2sTable {
  chars: Record<string, string>;
  phrases: Record<string, string>;
  /** Length of the longest phrase key. */
  maxPhrase: number;
}

/** `convertT2s('黨風廉政建設', table)` → `党风廉政建设`. */
export function convertT2s(s: string, table: T2sTable): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    let matched = false;
    for (let len = Math.min(table.maxPhrase, s.length - i); len >= 2; len--) {
      const to = table.phrases[s.slice(i, i + len)];
      if (to !== undefined) {
        out += to;
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    out += table.chars[s[i]!] ?? s[i]!;
    i++;
  }
  return out;
}
