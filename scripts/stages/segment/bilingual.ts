/**
 * Segment: bilingual interleaved texts. Official bilingual editions print each Chinese block
 * followed by its English translation (`第一章　党员` / `Chapter I. Membership`). The Chinese
 * numbering drives the structure: English blocks are taken out before headings are detected and
 * stored on the Chinese paragraph or heading they translate, so `Chapter I.` never becomes a
 * heading with the Chinese chapters nested under it.
 */
import type { Paragraph, Section, Translation } from '../../model/document.js';
import type { Block } from './block.js';
import { isLatin, joinWrapped } from './text.js';

/** An English block: no CJK character, and at least a word of letters. */
export const isEnglishBlock = (b: Block): boolean => isLatin(b.text) && /[A-Za-z]{2,}/.test(b.text);

/** Fewest Chinese-then-English pairs, and their least share of the Chinese blocks, of an interleaved text. */
const MIN_PAIRS = 3;
const MIN_PAIR_SHARE = 0.3;

/**
 * True if the blocks interleave Chinese and English: at least 3 Chinese blocks, and 30% of them,
 * are directly followed by an English one. A paper's English title, abstract and keywords among
 * many Chinese paragraphs are not (they are front matter, read elsewhere).
 */
export function isInterleaved(blocks: readonly Block[]): boolean {
  let chinese = 0;
  let pairs = 0;
  blocks.forEach((b, i) => {
    if (isLatin(b.text)) return;
    chinese++;
    if (blocks[i + 1] && isEnglishBlock(blocks[i + 1]!)) pairs++;
  });
  return pairs >= MIN_PAIRS && pairs >= chinese * MIN_PAIR_SHARE;
}

/** Chinese blocks with the English translation that follows each, by the Chinese block's first line. */
export interface Paired {
  blocks: Block[];
  translations: Map<number, Translation>;
}

/**
 * Take the English blocks out of an interleaved text: each run of English blocks after a Chinese
 * block becomes that block's translation (wrapped lines joined with a space). English before any
 * Chinese block stays a block of its own.
 * @example ['第一章　党员', 'Chapter I. Membership', '第一条　…', 'Article 1 …'] → blocks ['第一章　党员', '第一条　…'], translations {line of 第一章: 'Chapter I. Membership', …}
 */
export function pairTranslations(blocks: readonly Block[]): Paired {
  const out: Block[] = [];
  const translations = new Map<number, Translation>();
  let owner: Block | undefined;
  for (const b of blocks) {
    if (owner && isEnglishBlock(b)) {
      const line = owner.lines[0];
      const had = translations.get(line);
      translations.set(
        line,
        had
          ? { language: 'en', text: joinWrapped(had.text, b.text.trim()), lines: [had.lines[0], b.lines[1]] }
          : { language: 'en', text: b.text.trim(), lines: [...b.lines] },
      );
      continue;
    }
    out.push(b);
    owner = isLatin(b.text) ? undefined : b;
  }
  return { blocks: out, translations };
}

/**
 * Store each translation on the paragraph or heading that starts at its Chinese block's line.
 * @returns the number of translations placed (fewer than given: some Chinese block became neither)
 */
export function placeTranslations(
  translations: ReadonlyMap<number, Translation>,
  paragraphs: readonly Paragraph[],
  sections: readonly Section[],
): number {
  let placed = 0;
  const place = (line: number): Translation | undefined => {
    const t = translations.get(line);
    if (t) placed++;
    return t;
  };
  const visit = (ps: readonly Paragraph[], ss: readonly Section[]): void => {
    for (const p of ps) {
      const t = place(p.provenance.lines[0]);
      if (t) p.translation = t;
    }
    for (const s of ss) {
      const t = place(s.provenance.lines[0]);
      if (t) s.titleTranslation = t;
      visit(s.paragraphs, s.sections);
    }
  };
  visit(paragraphs, sections);
  return placed;
}
