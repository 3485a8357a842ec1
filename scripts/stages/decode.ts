/**
 * Ingest, step 1: a source file's bytes → one decoded string. Accepts UTF-8 (with or without BOM),
 * UTF-16 LE/BE (with a BOM, or without one when its NUL bytes show it) and GB18030/GBK; refuses empty, binary and undecodable files with a
 * `SourceError` that names the file (and, for bad bytes, the line).
 */
import type { DecodedText, Removal } from '../model/document.js';
import { SourceError } from '../util/errors.js';
import {
  assertNotBinary,
  chardetGuess,
  chardetPrefersOther,
  firstInvalidGb18030,
  isMostlyUtf8,
  lineOfOffset,
  looksLikeGb,
  startsWith,
  utf16WithoutBom,
} from './encoding-sniff.js';

/**
 * Offset of the first byte that is not well-formed UTF-8, or -1.
 * Follows the Unicode "well-formed UTF-8 byte sequences" table (no overlongs, no surrogates).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number; // continuation bytes expected
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

const decode = (label: string, bytes: Uint8Array): string =>
  new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);

const tryDecode = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return decode(label, bytes);
  } catch {
    return undefined;
  }
};

/** True if the bytes decode strictly in that encoding to text without C0 controls (other than tab, LF, FF, CR). */
const decodesAsText = (label: string, bytes: Uint8Array): boolean => {
  const text = tryDecode(label, bytes);
  return text !== undefined && !/[\u0000-\u0008\u000B\u000E-\u001F]/.test(text);
};

/** BOM → encoding name, label for TextDecoder and BOM length. */
function detectBom(bytes: Uint8Array): { encoding: string; label: string; length: number } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', label: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', label: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', label: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Throw a precise error for text that is almost UTF-8 or almost GB18030 but has a few bad bytes
 * (a stray byte, a truncated copy), naming the line of the first bad byte. We never replace bytes
 * silently: a U+FFFD in the reading text would be a lost character.
 */
function damagedTextError(bytes: Uint8Array, badUtf8: number, gbLike: boolean, file: string): void {
  const hex = (at: number) => `0x${bytes[at]!.toString(16).padStart(2, '0')}`;
  const badGb = gbLike ? firstInvalidGb18030(bytes) : -1;
  if (badGb >= 0) {
    throw new SourceError(
      file,
      lineOfOffset(bytes, badGb),
      `GB18030/GBK text with an invalid byte ${hex(badGb)} at byte offset ${badGb}`,
      'the file is damaged here: fix or delete the character on this line (an editor opening it as GB18030 shows it as �), or save the file as UTF-8',
    );
  }
  if (isMostlyUtf8(bytes)) {
    throw new SourceError(
      file,
      lineOfOffset(bytes, badUtf8),
      `UTF-8 text with an invalid byte ${hex(badUtf8)} at byte offset ${badUtf8}`,
      'the file is damaged here: fix or delete the character on this line (an editor shows it as �)',
    );
  }
}

/**
 * Documents in a markup the pipeline does not read, saved under a text file's name (a web page
 * saved as `.txt`, WordPad's RTF): what their first line opens with. Read as text, their tags and
 * control words would be the reading text.
 */
const MARKUP_FORMATS: { name: string; opening: RegExp; hint: string }[] = [
  {
    name: 'an HTML page',
    opening: /^(?:<!doctype\s+html|<html[\s>])/i,
    hint: "save the page's text instead (in the browser: select the text, copy it into a .txt file), or convert it to Markdown (.md)",
  },
  {
    name: 'an RTF document',
    opening: /^\{\\rtf/,
    hint: 'open it in a word processor and save it as plain text (.txt, UTF-8)',
  },
];

/** Refuse a decoded text that is a markup document (`MARKUP_FORMATS`), naming its first line. */
function assertNotMarkup(text: string, file: string): void {
  const at = text.search(/\S/);
  if (at < 0) return;
  const format = MARKUP_FORMATS.find((f) => f.opening.test(text.slice(at, at + 100)));
  if (!format) return;
  const line = text.slice(0, at).split('\n').length;
  throw new SourceError(file, line, `${format.name}, not a text source`, format.hint);
}

/**
 * Decode a source file. Order: BOM → strict UTF-8 → strict GB18030 that looks like Chinese (see
 * `looksLikeGb`) → error. chardet's guess is unreliable on short texts, so it only makes the error
 * message more helpful (`it may be Shift_JIS`).
 * @example decodeSource(new Uint8Array([0xb5,0xb3,0xbd,0xa8]), 'a.txt') → { text: '党建', encoding: 'gb18030', removed: [] }
 * @throws SourceError for an empty, binary or undecodable file, or a markup document (HTML, RTF).
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new SourceError(file, undefined, 'empty file (0 bytes)');
  const bom = detectBom(bytes);
  // Sniffed once: each call scans the file for NUL bytes and may decode it twice.
  const utf16 = bom ? undefined : utf16WithoutBom(bytes);
  let text: string;
  let encoding: string;
  const removed: Removal[] = [];
  if (bom) {
    const body = bytes.subarray(bom.length);
    const decoded = tryDecode(bom.label, body);
    if (decoded === undefined) {
      throw new SourceError(
        file,
        undefined,
        `not valid ${bom.encoding} although it starts with a ${bom.encoding} byte-order mark`,
      );
    }
    text = decoded;
    encoding = bom.encoding;
    removed.push({ text: '\uFEFF', line: 1, reason: 'byte-order-mark' });
  } else if (utf16 && decodesAsText(utf16, bytes)) {
    // No BOM, but NUL bytes and a decode that reads as text: UTF-16 (some editors and exports).
    encoding = utf16;
    text = decode(encoding, bytes);
  } else {
    assertNotBinary(bytes, file);
    // The strict native decoder first (a valid file, nearly every one, is decoded in one pass); the
    // first bad byte is looked for only when it fails.
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== undefined) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      const bad = firstInvalidUtf8(bytes);
      const other = chardetPrefersOther(bytes);
      const gbLike = looksLikeGb(bytes) && other === undefined;
      const gb = gbLike ? tryDecode('gb18030', bytes) : undefined;
      if (gb === undefined) {
        damagedTextError(bytes, bad, gbLike, file);
        const guess = other ?? chardetGuess(bytes);
        throw new SourceError(
          file,
          lineOfOffset(bytes, bad),
          `unknown encoding: not UTF-8 (invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte offset ${bad}) and not GB18030${guess ? ` (it looks like ${guess})` : ''}`,
          'save the file as UTF-8 (or GB18030, or UTF-16 with a byte-order mark)',
        );
      }
      text = gb;
      encoding = 'gb18030';
    }
  }
  assertNotMarkup(text, file);
  if (text.trim() === '' || /^[\s\uFEFF\u200B]*$/u.test(text)) {
    throw new SourceError(
      file,
      undefined,
      `empty file (${bytes.length} bytes, only whitespace)`,
      'add the text or remove the entry from content/manifest.yaml',
    );
  }
  return { text, encoding, removed };
}
