/**
 * Segment: where the manifest's title is printed among a source's first blocks. An official
 * document (公文) prints a 版头 (`中共某某委员会文件`) and a document number above its title and
 * breaks a long title over two lines; the manifest names the title, so we look for it.
 */
import type { Block } from './block.js';

/** How many leading blocks may stand above the title (版头, 文号, a date line …). */
const MAX_ABOVE = 5;
/** Most lines a printed title is broken over. */
const MAX_TITLE_LINES = 3;

/** Text compared without spaces and quotation/book-title marks (`《》“”`), which titles print variously. */
const key = (s: string): string => s.replace(/[\s《》〈〉“”"「」『』]/g, '');

/**
 * True if `block` prints the manifest title whole: then it is the title even when it looks like a
 * heading, as a lecture of a series (`第三讲　严明党的纪律`) or a chapter given alone does.
 */
export const printsManifestTitle = (block: Block, manifestTitle: string | undefined): boolean =>
  manifestTitle !== undefined && key(manifestTitle) !== '' && key(block.text) === key(manifestTitle);

/**
 * The blocks `[start, end)` that print the manifest title, when it is not simply the first block
 * on its own (that case needs no help); undefined if it is not found near the top.
 * @example findPrintedTitle(['某委员会文件', '某发〔2024〕5号', '关于开展…的', '通知', '各支部：'], '关于开展…的通知') → { start: 2, end: 4 }
 */
export function findPrintedTitle(blocks: Block[], manifestTitle: string): { start: number; end: number } | undefined {
  const want = key(manifestTitle);
  if (want === '') return undefined;
  for (let start = 0; start <= MAX_ABOVE && start < blocks.length; start++) {
    let text = '';
    for (let end = start + 1; end <= start + MAX_TITLE_LINES && end <= blocks.length; end++) {
      text += key(blocks[end - 1]!.text);
      if (!want.startsWith(text)) break;
      if (text === want) return start === 0 && end === 1 ? undefined : { start, end };
    }
  }
  return undefined;
}
