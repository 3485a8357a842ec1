/**
 * Ingest, step 1 helpers: sniffing bytes before and after decoding: binary files (signatures, NUL
 * and control bytes), whether a GB18030 decode is plausible Chinese, and chardet as a second
 * opinion where it is reliable (long samples only).
 */
import chardet from 'chardet';
import { SourceError } from '../util/errors.js';

/** Byte signatures of formats users mistake for text (first bytes of the file). */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'ZIP/DOCX', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'DOC (OLE)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** Share of C0 control bytes (other than tab, LF, FF, CR) above which a file is not text. */
const MAX_CONTROL_RATIO = 0.05;
/** How many leading bytes the binary check samples. */
const SAMPLE = 8192;

/** True if the bytes begin with the signature `sig`. */
export const startsWith = (bytes: Uint8Array, sig: number[]) =>
  sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);

/**
 * 1-based line of a byte offset: count line ends before it — LF, CRLF or a lone CR, as the
 * normaliser splits lines (valid for UTF-8 and GB18030, whose bytes 0x0A/0x0D are always ASCII).
 */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Fewest NUL bytes that make us try UTF-16 on a file without a BOM. */
const MIN_UTF16_NULS = 2;
/** Share of a UTF-16 decode that must be ordinary text (ASCII, CJK, CJK and full-width punctuation). */
const MIN_UTF16_TEXT_SHARE = 0.9;

/** Share of characters that are ordinary Chinese or ASCII text: the wrong byte order gives rare blocks. */
function textShare(text: string): number {
  let ok = 0;
  let all = 0;
  for (const ch of text) {
    all++;
    if (/[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u2027\u00b7]/u.test(ch)) ok++;
  }
  return all === 0 ? 0 : ok / all;
}

/**
 * UTF-16 saved without a byte-order mark: NUL bytes (the high byte of every ASCII character,
 * newlines included) that UTF-8 and GB18030 text never has. Both byte orders are tried; the one
 * that reads as ordinary text wins. Returns the TextDecoder label, or undefined.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  // indexOf runs natively: a text without NUL bytes, nearly every source, is passed in one scan.
  let nuls = 0;
  for (let i = bytes.indexOf(0); i >= 0 && nuls < MIN_UTF16_NULS; i = bytes.indexOf(0, i + 1)) nuls++;
  if (nuls < MIN_UTF16_NULS) return undefined;
  const share = (label: string): number => {
    try {
      return textShare(new TextDecoder(label, { fatal: true }).decode(bytes));
    } catch {
      return 0;
    }
  };
  const le = share('utf-16le');
  const be = share('utf-16be');
  const best = Math.max(le, be);
  if (best < MIN_UTF16_TEXT_SHARE) return undefined;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

/** Throws if the bytes look like a binary file (signature, NUL byte or many control bytes). */
export function assertNotBinary(bytes: Uint8Array, file: string): void {
  const sig = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (sig) {
    throw new SourceError(
      file,
      undefined,
      `binary file (${sig.name}), not a text source`,
      'convert it to plain text (.txt, UTF-8) or Markdown (.md) first',
    );
  }
  const sample = bytes.subarray(0, SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      throw new SourceError(
        file,
        lineOfOffset(bytes, i),
        `binary file: NUL byte at byte offset ${i}`,
        'if this is UTF-16 text, save it with a byte-order mark; otherwise convert it to UTF-8 text',
      );
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO) {
    throw new SourceError(
      file,
      undefined,
      `binary file: ${controls} control bytes in the first ${sample.length} bytes`,
      'convert it to plain text (.txt, UTF-8) or Markdown (.md) first',
    );
  }
}

/** Share of GB double-byte characters that must lie in GB2312's common area (see `looksLikeGb`). */
const MIN_GB2312_SHARE = 0.8;

/**
 * GB18030 accepts almost any byte pairs, so Shift_JIS, Big5 or Latin-1 files often "decode" into
 * nonsense. Real Chinese GBK text keeps nearly all its double-byte characters in GB2312's common
 * area (lead 0xA1–0xA9 symbols or 0xB0–0xF7 hanzi, trail 0xA1–0xFE); other encodings do not
 * (kana leads 0x82/0x83, Big5 trails 0x40–0x7E, Latin-1 letters followed by ASCII).
 */
export function looksLikeGb(bytes: Uint8Array): boolean {
  let common = 0;
  let total = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    total++;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3; // a four-byte GB18030 sequence: outside GB2312
      continue;
    }
    if (((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xf7)) && trail >= 0xa1 && trail <= 0xfe) common++;
    i++;
  }
  return total === 0 || common / total >= MIN_GB2312_SHARE;
}

/** Below this many bytes chardet's statistics are noise (it calls 4 bytes of 党建 "windows-1252"). */
const CHARDET_MIN_BYTES = 200;
/** chardet reads at most this many leading bytes (enough for its statistics, cheap on big files). */
const CHARDET_SAMPLE = 65536;
/** How far chardet's best guess must beat its GB18030 score to overrule a GB18030 decode. */
const CHARDET_MARGIN = 20;

/**
 * chardet's opinion on a long sample: the encoding it clearly prefers over GB18030 (e.g. EUC-KR,
 * whose byte ranges equal GB2312's), or undefined when the sample is short or GB18030 wins.
 */
export function chardetPrefersOther(bytes: Uint8Array): string | undefined {
  if (bytes.length < CHARDET_MIN_BYTES) return undefined;
  const matches = chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE));
  const best = matches[0];
  const gb = matches.find((m) => m.name === 'GB18030')?.confidence ?? 0;
  return best && best.name !== 'GB18030' && best.confidence >= gb + CHARDET_MARGIN ? best.name : undefined;
}

/** chardet's best guess for an error message, only where it is meaningful (long samples). */
export const chardetGuess = (bytes: Uint8Array): string | undefined =>
  bytes.length < CHARDET_MIN_BYTES ? undefined : (chardet.detect(bytes.subarray(0, CHARDET_SAMPLE)) ?? undefined);

/**
 * Offset of the first byte sequence that is not GB18030 (WHATWG structure: ASCII, 0x80, a lead
 * 0x81–0xFE with a trail 0x40–0x7E / 0x80–0xFE, or a four-byte 0x81–0xFE 0x30–0x39 0x81–0xFE
 * 0x30–0x39), or -1.
 */
export function firstInvalidGb18030(bytes: Uint8Array): number {
  const inRange = (b: number | undefined, lo: number, hi: number) => b !== undefined && b >= lo && b <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b <= 0x80) {
      i++;
      continue;
    }
    if (b === 0xff) return i;
    const b2 = bytes[i + 1];
    if (inRange(b2, 0x30, 0x39)) {
      if (!inRange(bytes[i + 2], 0x81, 0xfe) || !inRange(bytes[i + 3], 0x30, 0x39)) return i;
      i += 4;
    } else if (inRange(b2, 0x40, 0x7e) || inRange(b2, 0x80, 0xfe)) i += 2;
    else return i;
  }
  return -1;
}

/** Share of a file's non-ASCII characters that must decode as UTF-8 for it to count as damaged UTF-8. */
const MIN_UTF8_SHARE = 0.9;

/**
 * True if the bytes are UTF-8 with a few bad bytes (a truncated copy, one stray byte): most
 * non-ASCII characters decode, only a few become U+FFFD.
 */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (ch.charCodeAt(0) >= 0x80) good++;
  }
  return good > 0 && good / (good + bad) >= MIN_UTF8_SHARE;
}
