/**
 * Segment: where the manifest's title is printed among a source's first blocks. An official
 * document (公文) prints a 版头 (`中共某某委员会文件`) and a document number above its title and
 * breaks a long title over two lines; the manifest names the title, so we look for it.
 */
import type { Block } from './block.js';
import { EMOJI_LEAD } from '../../util/emoji.js';

/** How many leading blocks may stand above the title (版头, 文号, a date line …). */
const MAX_ABOVE = 5;
/** Most lines a printed title is broken over. */
const MAX_TITLE_LINES = 3;

/** Text compared without spaces and quotation/book-title marks (`《》“”`), which titles print variously. */
const key = (s: string): string => s.replace(/[\s《》〈〉“”"「」『』]/g, '');

/** A WeChat headline's tag before the title: `重磅！`, `收藏｜`, `【速看】` (after any emoji). */
const HEADLINE_TAG = /^(?:【[^】]{1,6}】|[^，。；：:！!｜|丨]{1,6}[！!｜|丨])$/u;

/**
 * True if `block` prints the manifest title whole: then it is the title even when it looks like a
 * heading or an item, as a lecture of a series (`第三讲　严明党的纪律`) or a chapter given alone
 * does, or a WeChat headline behind its emoji and tag (`🔥重磅！一图读懂…`).
 */
export function printsManifestTitle(block: Block, manifestTitle: string | undefined): boolean {
  const want = key(manifestTitle ?? '');
  if (want === '') return false;
  const printed = key(block.text);
  if (printed === want) return true;
  const headline = printed.slice(EMOJI_LEAD.exec(printed)?.[0].length ?? 0);
  return headline.endsWith(want) && HEADLINE_TAG.test(headline.slice(0, -want.length));
}

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
