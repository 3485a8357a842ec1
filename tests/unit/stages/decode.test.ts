// Decoding: every supported encoding gives the same text; bad input gives a SourceError with file (and line).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidUtf8 } from '../../../scripts/stages/decode.js';
import { SourceError } from '../../../scripts/util/errors.js';
import { encodeGb18030, encodeUtf16 } from '../../../scripts/quality/gb18030.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));
const expected = readFileSync(new URL('../../fixtures/encodings/expected.txt', import.meta.url), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

/** Run `fn` and return the SourceError it throws (fails the test if it does not throw one). */
function sourceErrorOf(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

describe('decodeSource: encodings', () => {
  it('decodes plain UTF-8', () => {
    expect(decodeSource(utf8('党建\n工作'), 'a.txt')).toEqual({ text: '党建\n工作', encoding: 'utf-8', removed: [] });
  });

  it('strips a UTF-8 BOM and records it', () => {
    const d = decodeSource(concat([0xef, 0xbb, 0xbf], utf8('党建')), 'a.txt');
    expect(d).toEqual({
      text: '党建',
      encoding: 'utf-8-bom',
      removed: [{ text: '\uFEFF', line: 1, reason: 'byte-order-mark' }],
    });
  });

  it('decodes known GB18030 bytes: 党建 = b5 b3 bd a8', () => {
    expect(decodeSource(new Uint8Array([0xb5, 0xb3, 0xbd, 0xa8]), 'a.txt')).toMatchObject({
      text: '党建',
      encoding: 'gb18030',
    });
  });

  it.each([
    ['gb18030.txt', 'gb18030'],
    ['utf-16le-bom.txt', 'utf-16le'],
    ['utf-16be-bom.txt', 'utf-16be'],
  ])('decodes the fixture %s as %s', (name, encoding) => {
    const d = decodeSource(fixture(name), name);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(expected);
  });

  it('decodes a longer GB18030 text (the handbook opening) where chardet is consulted and agrees', () => {
    const handbook = readFileSync(
      new URL('../../../content/sources/handbook-jiguan-dangjian.txt', import.meta.url),
      'utf8',
    );
    const d = decodeSource(fixture('gb18030-handbook-600.txt'), 'h.txt');
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(handbook.slice(0, 600));
  });

  it('decodes every corpus source as UTF-8', () => {
    for (const f of ['handbook-jiguan-dangjian.txt', 'speeches-zhengzhi-jiguan.txt', 'paper-dangjian-xietong.txt']) {
      const bytes = new Uint8Array(readFileSync(new URL(`../../../content/sources/${f}`, import.meta.url)));
      expect(decodeSource(bytes, f).encoding).toBe('utf-8');
    }
  });
});

describe('decodeSource: bad input', () => {
  it('refuses a 0-byte file as empty', () => {
    const e = sourceErrorOf(() => decodeSource(new Uint8Array(), 'content/sources/empty.txt'));
    expect(e.message).toMatch(/^content\/sources\/empty\.txt: empty file/);
  });

  it('refuses a whitespace-only file as empty (also in UTF-16)', () => {
    expect(sourceErrorOf(() => decodeSource(utf8(' \n\u3000\n\t'), 'e.txt')).detail).toMatch(/empty/);
    expect(sourceErrorOf(() => decodeSource(concat([0xff, 0xfe], [0x20, 0, 0x0a, 0]), 'e.txt')).detail).toMatch(
      /empty/,
    );
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ['ZIP/DOCX', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]],
    ['PDF', [...utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')]],
  ])('refuses a %s file as binary', (name, bytes) => {
    const e = sourceErrorOf(() => decodeSource(new Uint8Array(bytes), 'pic.txt'));
    expect(e.detail).toContain(`binary file (${name})`);
  });

  it('refuses a web page or RTF document saved as .txt, naming its first line; text that mentions a tag is text', () => {
    const page = sourceErrorOf(() =>
      decodeSource(utf8('\uFEFF\n\n<!DOCTYPE html>\n<html lang="zh-CN">\n<p>通知</p>'), 'p.txt'),
    );
    expect(page.message).toMatch(/^p\.txt:3: an HTML page, not a text source/);
    expect(page.hint).toMatch(/save the page's text/);
    expect(sourceErrorOf(() => decodeSource(utf8('<html><body>正文</body></html>'), 'h.md')).detail).toMatch(
      /HTML page/,
    );
    expect(sourceErrorOf(() => decodeSource(utf8('{\\rtf1\\ansi 党建}'), 'w.txt')).detail).toMatch(/RTF document/);
    for (const text of ['# 标题\n\n<p>段落</p>', '网页以<html>标签开头。', '<p>各党支部：</p>'])
      expect(decodeSource(utf8(text), 'ok.md').text).toBe(text);
  });

  it('refuses a NUL byte as binary and names its line (UTF-16 without BOM looks like this)', () => {
    const e = sourceErrorOf(() => decodeSource(concat(utf8('一\n二\n'), [0x41, 0x00]), 'u.txt'));
    expect(e.message).toMatch(/^u\.txt:3: binary file: NUL byte/);
    expect(e.hint).toMatch(/byte-order mark/);
  });

  it('refuses text full of control bytes as binary', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(sourceErrorOf(() => decodeSource(bytes, 'c.txt')).detail).toMatch(/binary file: \d+ control bytes/);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming the line of the first bad byte', () => {
    // 0x80 alone is invalid in UTF-8 and in GB18030 (it is not a lead byte there either).
    const e = sourceErrorOf(() =>
      decodeSource(concat(utf8('第一行\n第二行\n'), [0x80, 0x80]), 'content/sources/bad.txt'),
    );
    expect(e.message).toMatch(
      /^content\/sources\/bad\.txt:3: unknown encoding: not UTF-8 \(invalid byte 0x80 at byte offset 20\)/,
    );
  });

  it.each([
    ['shift_jis.txt', 'Shift_JIS'],
    ['big5.txt', 'Big5'],
    ['euc-kr.txt', 'EUC-KR'], // same byte ranges as GB2312: only chardet tells them apart
  ])('refuses %s instead of decoding it as GB18030 nonsense, naming what it looks like', (name, guess) => {
    const e = sourceErrorOf(() => decodeSource(fixture(name), `content/sources/${name}`));
    expect(e.message).toMatch(
      new RegExp(`^content/sources/${name}:1: unknown encoding: .* and not GB18030 \\(it looks like ${guess}\\)`),
    );
  });

  it('refuses Latin-1 text whose bytes happen to be valid GB18030 (Bär äße Öl)', () => {
    const bytes = new Uint8Array(
      [...'Der B'].map((c) => c.charCodeAt(0)).concat([0xe4, 0x72, 0x20, 0xe4, 0xdf, 0x65, 0x20, 0xd6, 0x6c]),
    );
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toContain('B'); // the trap: it decodes
    expect(sourceErrorOf(() => decodeSource(bytes, 'l.txt')).detail).toMatch(/unknown encoding/);
  });

  it('names the line of one stray byte in an otherwise UTF-8 file (never replaces it silently)', () => {
    const bytes = concat(
      utf8('第一章 总则\n第一条 为了加强党的建设，制定本规定。\n第二条 党支'),
      [0xff],
      utf8('部是党的基础组织。\n'),
    );
    const e = sourceErrorOf(() => decodeSource(bytes, 'content/sources/u.txt'));
    expect(e.message).toMatch(/^content\/sources\/u\.txt:3: UTF-8 text with an invalid byte 0xff at byte offset \d+/);
    expect(e.hint).toMatch(/fix or delete the character on this line/);
  });

  it('names the line of an invalid byte in an otherwise GBK/GB18030 file', () => {
    const text =
      '第一章 总则\n第一条 为了加强党的建设，制定本规定。\n第二条 党支部是党的基础组织。\n第三条 党员应当履行义务。\n';
    const gb = encodeGb18030(text);
    const line4 = gb.indexOf(0x0a, gb.indexOf(0x0a, gb.indexOf(0x0a) + 1) + 1) + 1;
    const bytes = concat(gb.subarray(0, line4 + 2), [0xff], gb.subarray(line4 + 2));
    const e = sourceErrorOf(() => decodeSource(bytes, 'content/sources/g.txt'));
    expect(e.message).toMatch(/^content\/sources\/g\.txt:4: GB18030\/GBK text with an invalid byte 0xff/);
  });

  it('reads UTF-16 saved without a byte-order mark (NULs on one side of every ASCII character)', () => {
    const text = '第一章 总则\r\n第一条 为了加强党的建设，制定本规定。\r\n';
    expect(decodeSource(encodeUtf16(text, 'le').subarray(2), 'le.txt')).toMatchObject({
      text,
      encoding: 'utf-16le',
      removed: [],
    });
    expect(decodeSource(encodeUtf16(text, 'be').subarray(2), 'be.txt')).toMatchObject({
      text,
      encoding: 'utf-16be',
      removed: [],
    });
  });

  it('names the line of a bad byte after lone-CR line ends (old Mac files)', () => {
    const e = sourceErrorOf(() => decodeSource(concat(utf8('第一行\r第二行\r第三'), [0xff], utf8('行\r')), 'cr.txt'));
    expect(e.message).toMatch(/^cr\.txt:3: UTF-8 text with an invalid byte 0xff/);
  });

  it('refuses a UTF-16 BOM followed by an odd number of bytes', () => {
    expect(sourceErrorOf(() => decodeSource(concat([0xff, 0xfe], [0x41]), 'o.txt')).detail).toMatch(
      /not valid utf-16le/,
    );
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x41, 0xe5, 0x85, 0x9a], -1],
    [[0x41, 0xc0, 0x80], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x41, 0xe5, 0x85], 1], // truncated
    [[0xb5, 0xb3], 0], // a GB18030 pair
  ])('%j → %i', (bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});
