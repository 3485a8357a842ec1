/**
 * Ingest, step 2b: character- and line-level clean-up of one source line. Each function takes a
 * line and returns the cleaned line plus what it removed, so `normalizeSource` can record every
 * removal with its line number and never shift lines.
 */
import { EMOJI } from '../util/emoji.js';
import type { Removal, RemovalReason } from '../model/document.js';
import { joinsWithSpace } from './segment/text.js';

/** Result of cleaning one line: the new text and the runs taken out of it. */
export interface LineCleanup {
  text: string;
  removed: Omit<Removal, 'line'>[];
}

/**
 * Control characters: C0 except tab/LF/CR, DEL, C1, and the Unicode control pictures block
 * (U+2400–U+243F, e.g. U+240E ␎ in `百年成就巡礼␎兵团篇`). Tabs stay: a 目录 line is `title<TAB>page`.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2400-\u243F]/;
/** Zero-width and invisible format characters: ZWSP/ZWNJ/ZWJ, LRM/RLM, bidi embeddings, WJ, bidi isolates, BOM. */
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;
/**
 * Spaces other than ASCII space/tab: NBSP, ogham, U+2000–U+200A, narrow NBSP, math space,
 * ideographic space, and the Unicode line/paragraph separators U+2028/U+2029 (not line breaks
 * here: splitting on them would shift line numbers against what editors show).
 */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

/** A run of line / paragraph separators only: a soft line break, joined as a wrapped line is. */
const LINE_SEPARATORS = /^[\u2028\u2029]+$/;

/** Any character `classify` removes (the three classes are single BMP characters, no flags). */
const ANY_REMOVED = new RegExp(`${CONTROL.source}|${ZERO_WIDTH.source}|${ODD_SPACE.source}`);

/** What to do with one character. */
function classify(ch: string): RemovalReason | undefined {
  if (CONTROL.test(ch)) return 'control-character';
  if (ZERO_WIDTH.test(ch)) return 'zero-width';
  if (ODD_SPACE.test(ch)) return 'odd-space';
  return undefined;
}

/**
 * Remove control, zero-width and odd-space characters, grouping consecutive characters of the
 * same reason into one removal. One odd space inside the line becomes one ASCII space (it may
 * separate two title parts or a number from its heading: `1　引言` → `1 引言`), a run of them two
 * (a column gap: `王　某　　办公室` → `王 某  办公室`, a row of a table text-tables.ts reads); at the
 * start or end of the line (indentation such as `　　`) or next to an ASCII space it is dropped. A
 * line or paragraph separator (U+2028/U+2029, a soft line break) is joined as a wrapped line is:
 * a space between Latin words, nothing between Chinese characters.
 * @example cleanCharacters('巡礼\u240E兵团篇') → { text: '巡礼兵团篇', removed: [{ text: '\u240E', reason: 'control-character' }] }
 */
export function cleanCharacters(line: string): LineCleanup {
  // Most lines have nothing to remove: one scan instead of three tests and a copy per character.
  if (!ANY_REMOVED.test(line)) return { text: line, removed: [] };
  const removed: LineCleanup['removed'] = [];
  let out = '';
  let i = 0;
  while (i < line.length) {
    const reason = classify(line[i]!);
    if (!reason) {
      out += line[i];
      i++;
      continue;
    }
    let j = i + 1;
    while (j < line.length && classify(line[j]!) === reason) j++;
    removed.push({ text: line.slice(i, j), reason });
    if (reason === 'odd-space') {
      // Look past any following control/zero-width characters for the next real character.
      let k = j;
      while (k < line.length && classify(line[k]!) !== undefined && classify(line[k]!) !== 'odd-space') k++;
      const before = out.at(-1);
      const after = line[k];
      const interior = before !== undefined && after !== undefined;
      const beside = interior && before !== ' ' && before !== '\t' && after !== ' ' && after !== '\t';
      // A soft line break (Word's Shift+Enter) between Chinese characters joins them, as a
      // hard-wrapped line does: `两学\u2028一做` is 两学一做, found by a search for it.
      const softBreak = LINE_SEPARATORS.test(line.slice(i, j));
      if (beside && (!softBreak || joinsWithSpace(out, line.slice(k)))) out += j - i > 1 && !softBreak ? '  ' : ' ';
    }
    i = j;
  }
  return { text: out, removed };
}

/** `##paidbegin##` / `##paidend##` paywall markers of a web copy, anywhere in a line. */
const PAYWALL_MARKER = /##\s*paid(?:begin|end)\s*##/gi;

/** Remove paywall markers. `##paidbegin##强化…` → `强化…`. */
export function stripPaywallMarkers(line: string): LineCleanup {
  const removed: LineCleanup['removed'] = [];
  const text = line.replace(PAYWALL_MARKER, (m) => {
    removed.push({ text: m, reason: 'paywall-marker' });
    return '';
  });
  return { text, removed };
}

/**
 * Image labels a web page leaves behind when its text is copied: a line that is only one of these
 * (surrounding whitespace allowed) is not text.
 */
const THUMBNAIL_LABELS = new Set(['缩略图', '查看原图', '点击查看大图', '点击查看原图', '点击图片查看大图']);

/**
 * Buttons and prompts of a WeChat or news page copied with the text: a line that is only one of
 * these is not text (`点击上方蓝字关注我们`, `阅读原文`, `分享` `点赞` `在看`).
 */
const WEB_UI_LABELS = new Set([
  '点击上方蓝字关注我们',
  '点击上方蓝字关注',
  '点击蓝字关注我们',
  '点击蓝字 关注我们',
  '长按识别二维码',
  '长按二维码关注',
  '长按识别二维码关注',
  '扫码关注',
  '阅读原文',
  '点击阅读原文',
  '分享',
  '收藏',
  '点赞',
  '在看',
  '分享收藏点赞在看',
  '返回搜狐，查看更多',
  '打开APP阅读',
  '打开APP',
  '展开全文',
]);

/** A line of emoji alone. */
const EMOJI_ONLY = new RegExp(`^(?:${EMOJI}\\s*)+$`, 'u');
/** The mark a WeChat article ends its text with, over its credits: `END`, `- END -`, `—THE END—`. */
const END_MARK = /^[-—–－~～·•\s]*(?:THE\s+)?END[-—–－~～·•\s]*$/;

/** Remove a line that is only a stray image label such as `缩略图`, a web page's button or emoji. */
export function stripThumbnailLabel(line: string): LineCleanup {
  const label = line.trim();
  if (THUMBNAIL_LABELS.has(label)) return { text: '', removed: [{ text: label, reason: 'thumbnail' }] };
  // Emoji alone (`👇👇👇` over a credit line), or a WeChat article's end mark (`- END -`): no text.
  if (EMOJI_ONLY.test(label) || END_MARK.test(label)) return { text: '', removed: [{ text: label, reason: 'web-ui' }] };
  // One button, or a row of them (`分享 收藏 点赞 在看`).
  const buttons = label.replace(/[▲△↑👆]/gu, '').trim();
  if (WEB_UI_LABELS.has(buttons) || (buttons !== '' && buttons.split(/\s+/).every((b) => WEB_UI_LABELS.has(b))))
    return { text: '', removed: [{ text: label, reason: 'web-ui' }] };
  return { text: line, removed: [] };
}

/** One tool of a government or news site's article page: `字体：大 中 小`, `打印本页`, `关闭窗口`. */
const PAGE_TOOL =
  '(?:字[体号]\\s*[:：]?\\s*(?:[大中小]\\s*){2,3}|打印(?:本页|此页|文章|正文)?|关闭(?:窗口|本页|页面)?|收藏(?:本页)?|我要纠错|纠错|返回顶部|复制链接|默认)';
/** A row of page tools, bracketed (`【打印本页】【关闭窗口】`, `[打印] [关闭]`) or spaced. */
const PAGE_TOOLS = new RegExp(`^(?:\\s*(?:[【\\[]\\s*${PAGE_TOOL}\\s*[】\\]]|${PAGE_TOOL}(?=\\s|$)))+\\s*$`);
/** A breadcrumb trail over an article: `首页 > 工作动态 > 机关党建`, `当前位置：首页>>新闻中心`. */
const BREADCRUMB =
  /^(?:(?:当前|您的|您现在的|你的|所在)位置\s*[:：]\s*)?(?:网站)?首页\s*(?:(?:>>?|»|›|＞|→|\/)\s*[^\s>»›＞→/。，；！？]{1,16}\s*)+$/;
/** A share prompt (`分享到：微信 微博 QQ空间`) or the links to the articles around this one (`上一篇：…`). */
const PAGE_LINKS = /^(?:分享[到至]\s*[:：]?[^。；！？]{0,40}|(?:上|下)一(?:篇|条)\s*[:：][^。；！？]{0,60})$/;

/**
 * Remove a line of an article page's own furniture, copied with its text from a government or
 * news site: the breadcrumb over it, its tools (`【字体：大 中 小】【打印本页】【关闭窗口】`), the
 * share prompt and the links to the previous and next articles under it.
 */
export function stripWebPageFurniture(line: string): LineCleanup {
  const text = line.trim();
  if (text !== '' && (PAGE_TOOLS.test(text) || BREADCRUMB.test(text) || PAGE_LINKS.test(text)))
    return { text: '', removed: [{ text, reason: 'web-ui' }] };
  return { text: line, removed: [] };
}

/**
 * PDF extractions put a leading space on the first line of each page: remove leading ASCII
 * spaces of a line that has content. ` 4 “两学一做”…` → `4 “两学一做”…`. Indentation of other
 * plain-text sources is removed the same way (and recorded under the same reason): no stage reads
 * meaning into leading spaces, and a heading must start at column 0 to be recognised. Leading tabs stay.
 */
export function stripPageBreakSpace(line: string): LineCleanup {
  const m = /^ +(?=\S)/.exec(line);
  if (!m) return { text: line, removed: [] };
  return { text: line.slice(m[0].length), removed: [{ text: m[0], reason: 'page-break-space' }] };
}
