/**
 * Text in traditional characters, read as simplified for matching: whether a text is written in
 * traditional characters, and its simplified form character by character (same length, so offsets
 * found in it are offsets in the text). Search (src/integrations/t2s-table.ts) and the concept
 * marks (scripts/stages/annotate/concepts.ts) use it, so a simplified term finds and marks 黨風廉政建設.
 * Build time only: it loads opencc-js's dictionaries.
 */
import { Converter, Locale } from 'opencc-js/t2cn';

/** Every key of the opencc-js dictionaries that `tw`→`cn` applies. */
export function dictionaryKeys(): string[] {
  const dicts = [...(Locale.from.tw ?? []), ...(Locale.to.cn ?? [])].flat() as unknown[];
  return dicts.flatMap((d) =>
    typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : Object.keys(d as object),
  );
}

/**
 * Characters only a traditional text prints (their simplified forms differ, and simplified text
 * never uses them), common enough that a page in traditional characters holds several.
 */
const TRADITIONAL_ONLY =
  '們這國會黨說對為與學實經發來時個從當還進過動體現問題義關長開應將種設資機規導產結點級務員總認權書傳議變區歷織編據職';
/** TRADITIONAL_ONLY by UTF-16 unit (all are in the BMP): the build asks this of every page's every character. */
const IS_TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (const c of TRADITIONAL_ONLY) IS_TRADITIONAL_ONLY[c.charCodeAt(0)] = 1;
/** How many of them make a page traditional: one may be a quoted name. */
const MIN_TRADITIONAL = 3;

/** Share of a text's characters they make up at least in a traditional text (one in a hundred). */
const MIN_TRADITIONAL_SHARE = 0.01;

/**
 * True if a text (or a page's texts together) is written in traditional characters; a simplified
 * text quoting a few is not. Search and the concept marks both ask it of a reading page's texts.
 */
export function isTraditional(texts: string | readonly string[]): boolean {
  const all = typeof texts === 'string' ? [texts] : texts;
  const needed = Math.max(MIN_TRADITIONAL, all.reduce((n, t) => n + t.length, 0) * MIN_TRADITIONAL_SHARE);
  let n = 0;
  for (const t of all) {
    for (let i = 0; i < t.length; i += 1) n += IS_TRADITIONAL_ONLY[t.charCodeAt(i)]!;
    if (n >= needed) return true;
  }
  return false;
}

/**
 * Traditional → simplified character by character (`黨風廉政建設` → `党风廉政建设`), so the simplified
 * form has the text's length and offsets. For a text known to be traditional: OpenCC's choice for
 * a character both scripts use may differ from a simplified text's (`顯著` → `显着`, where a
 * simplified text prints `显著`; the query side converts 著 the same way).
 */
export function t2sFolder(): (s: string) => string {
  const convert = Converter({ from: 'tw', to: 'cn' });
  const map = new Map<string, string>();
  for (const k of new Set(dictionaryKeys())) {
    if ([...k].length !== 1) continue;
    const to = convert(k);
    if (to !== k && to.length === k.length) map.set(k, to);
  }
  return (s) => [...s].map((c) => map.get(c) ?? c).join('');
}

let folder: ((s: string) => string) | undefined;
/** `t2sFolder`, built once per process. */
export const foldTraditional = (s: string): string => (folder ??= t2sFolder())(s);
