/**
 * A GB18030 encoder for the fuzz test (Node's TextEncoder only writes UTF-8). The table is built
 * once by decoding every 2-byte and BMP 4-byte sequence with TextDecoder('gb18030'), so it is
 * exactly the inverse of the decoder the pipeline uses.
 */
let table: Map<number, number[]> | undefined;

function buildTable(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const dec = new TextDecoder('gb18030', { fatal: true });
  const add = (bytes: number[]): void => {
    let s: string;
    try {
      s = dec.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    const cp = s.codePointAt(0)!;
    if (s.length === 1 && cp !== 0xfffd && !map.has(cp)) map.set(cp, bytes);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1++) for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) add([b1, b2]);
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  return map;
}

/** `s` as GB18030 bytes (ASCII as is, BMP from the table, astral planes by formula). */
export function encodeGb18030(s: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      // Linear 4-byte index: 0x90308130 is index 189000 and stands for U+10000.
      const l = 189000 + (cp - 0x10000);
      out.push(
        0x81 + Math.floor(l / 12600),
        0x30 + (Math.floor(l / 1260) % 10),
        0x81 + (Math.floor(l / 10) % 126),
        0x30 + (l % 10),
      );
    } else {
      const bytes = table.get(cp);
      if (!bytes) throw new Error(`U+${cp.toString(16)} has no GB18030 encoding`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** `s` as UTF-16 with a byte-order mark. */
export function encodeUtf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), endian === 'le');
  return out;
}
