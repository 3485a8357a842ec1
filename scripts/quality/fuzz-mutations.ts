/**
 * Seeded mutations of real source texts for the fuzz test: the damage users' files really have
 * (cut, duplicated and shuffled lines, broken numbering, control and zero-width characters,
 * MDX-hostile text, other encodings, a huge single line, a file cut mid-character).
 */
import { encodeGb18030, encodeUtf16 } from './gb18030.js';

/** A seeded PRNG (mulberry32): same seed, same mutants. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

/** Insert `piece` at `count` random offsets of `text`. */
function sprinkle(text: string, rng: Rng, count: number, piece: () => string): string {
  const chars = [...text];
  for (let i = 0; i < count; i++) chars.splice(int(rng, chars.length + 1), 0, piece());
  return chars.join('');
}

/** Apply `f` to a random run of 1–`max` lines. */
function onLines(text: string, rng: Rng, max: number, f: (run: string[]) => string[]): string {
  const lines = text.split('\n');
  const start = int(rng, lines.length);
  const len = 1 + int(rng, max);
  lines.splice(start, len, ...f(lines.slice(start, start + len)));
  return lines.join('\n');
}

/** Numbering a Chinese document uses, to break and swap (`第三章`, `一、`, `（一）`, `1.1`, `（1）`, `①`). */
const NUMBERING =
  /^(\s*)(第[一二三四五六七八九十百]+[章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+(?:\.\d+)*[.．]?|（\d+）|[①-⑳])/u;
const SOME_NUMBERS = [
  '第一章',
  '第十一章',
  '三、',
  '十、',
  '（二）',
  '（十）',
  '1.',
  '7．',
  '2.3',
  '9.9.9',
  '（1）',
  '（42）',
  '⑤',
  '⑳',
  '一是',
  '第一，',
];
const MDX_HOSTILE = [
  '{',
  '}',
  '<',
  '>',
  '{x}',
  '<div>',
  '</p>',
  '<Para id="x">',
  'import x from "y"',
  'export const a = 1',
  '`',
  '```',
  '${a}',
  '{/* c */}',
  '<!--',
  '-->',
  '&amp;',
  '\\',
  '*',
  '_',
  '[a](b)',
  '#',
  '|',
];
const MDX_LINES = [
  '---',
  'import React from "react"',
  'export default function X() {}',
  '```js',
  '<script>alert(1)</script>',
  '{1+1}',
  '# 标题',
  '> 引用',
  '- 列表',
  '***',
];
const CONTROLS = [...Array(32).keys()]
  .filter((c) => c !== 10)
  .map((c) => String.fromCharCode(c))
  .concat(['\u007f', '\u0085', '\u009b', '\u240e', '\r']);
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const ODD_SPACES = ['\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u202f', '\t'];

/** A text mutation: name (for the report) and function. */
export interface Mutation {
  name: string;
  apply(text: string, rng: Rng): string;
}

/** The ordinary mutations, picked at random one to three times per mutant. */
export const textMutations: Mutation[] = [
  { name: 'cut-lines', apply: (t, r) => onLines(t, r, 20, () => []) },
  { name: 'duplicate-lines', apply: (t, r) => onLines(t, r, 20, (run) => [...run, ...run]) },
  {
    name: 'shuffle-lines',
    apply: (t, r) =>
      onLines(t, r, 12, (run) =>
        run
          .map((l) => [r(), l] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, l]) => l),
      ),
  },
  {
    name: 'break-numbering',
    apply: (t, r) =>
      t
        .split('\n')
        .map((l) =>
          NUMBERING.test(l) && r() < 0.3 ? l.replace(NUMBERING, (_m, sp: string) => sp + pick(r, SOME_NUMBERS)) : l,
        )
        .join('\n'),
  },
  {
    name: 'strip-numbering',
    apply: (t, r) =>
      t
        .split('\n')
        .map((l) => (r() < 0.3 ? l.replace(NUMBERING, '$1') : l))
        .join('\n'),
  },
  { name: 'control-characters', apply: (t, r) => sprinkle(t, r, 1 + int(r, 30), () => pick(r, CONTROLS)) },
  { name: 'zero-width', apply: (t, r) => sprinkle(t, r, 1 + int(r, 50), () => pick(r, ZERO_WIDTH)) },
  { name: 'odd-spaces', apply: (t, r) => sprinkle(t, r, 1 + int(r, 50), () => pick(r, ODD_SPACES)) },
  { name: 'mdx-hostile-inline', apply: (t, r) => sprinkle(t, r, 1 + int(r, 40), () => pick(r, MDX_HOSTILE)) },
  { name: 'mdx-hostile-lines', apply: (t, r) => onLines(t, r, 1, (run) => [...run, pick(r, MDX_LINES)]) },
  { name: 'line-endings', apply: (t, r) => t.replace(/\n/g, () => pick(r, ['\n', '\r\n', '\r', '\n\n'])) },
  { name: 'empty-and-blank', apply: (t, r) => pick(r, ['', '\n', '   \n\n  ', t.slice(0, int(r, 200))]) },
];

/**
 * Markdown's inline syntax and what looks like it, as copies from web pages and editors have it:
 * character references (in text, in code, in a URL), escapes, emphasis marks, tags, autolinks.
 */
const MARKDOWN_INLINE = [
  '**',
  '*',
  '__',
  '~~',
  '==',
  '`',
  '`&amp;`',
  '&ldquo;',
  '&rdquo;',
  '&mdash;',
  '&amp;',
  '&nbsp;',
  '&lt;b&gt;',
  '&#35;',
  '&#8212;',
  '&#x4E2D;',
  '&zwj;',
  '&foo;',
  '\\*',
  '\\#',
  '\\<b>',
  '<br>',
  '</p>',
  '<span class="a">',
  '[链接](http://x?a=1&amp;b=2)',
  '<https://x.cn/?a&amp;b>',
  '[^1]',
  '<!-- 注 &amp; -->',
];

/** Markdown-only mutations (`npm run fuzz -- --markdown`): inline syntax sprinkled into the text. */
export const markdownMutations: Mutation[] = [
  { name: 'markdown-inline', apply: (t, r) => sprinkle(t, r, 1 + int(r, 30), () => pick(r, MARKDOWN_INLINE)) },
  {
    name: 'markdown-line-start',
    apply: (t, r) =>
      t
        .split('\n')
        .map((l) => (r() < 0.1 ? pick(r, MARKDOWN_INLINE) + l : l))
        .join('\n'),
  },
];

/** A ~1 MB line of plausible Chinese text, inserted into the file. */
export const hugeLine: Mutation = {
  name: 'huge-line',
  apply: (t, r) => {
    const words = ['机关党建', '两学一做', '，', '。', '党风廉政建设', '（一）', '1.', 'x', '“', '”', '；', ' '];
    const parts: string[] = [];
    for (let n = 0; n < 1_000_000;) {
      const w = pick(r, words);
      parts.push(w);
      n += w.length * 3;
    }
    return onLines(t, r, 1, (run) => [...run, parts.join('')]);
  },
};

/** How a mutant's text is written to bytes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'utf-8-truncated';

/** Encode a mutant. `utf-8-truncated` cuts the UTF-8 bytes at a random point (maybe mid-character). */
export function encodeText(text: string, encoding: Encoding, rng: Rng): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  switch (encoding) {
    case 'utf-8':
      return utf8;
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    case 'utf-16le':
      return encodeUtf16(text, 'le');
    case 'utf-16be':
      return encodeUtf16(text, 'be');
    case 'gb18030':
      return encodeGb18030(text);
    case 'utf-8-truncated':
      return utf8.slice(0, int(rng, utf8.length));
  }
}

/** One mutant: which source, what was done, the bytes, and the text they encode (if known). */
export interface Mutant {
  sourceIndex: number;
  steps: string[];
  bytes: Uint8Array;
  /** The intended text; undefined when the bytes were damaged (truncated mid-character). */
  text?: string;
}

/**
 * Make mutant number `n` of run `seed` from the given source texts (`hugeLineRate`: chance per step
 * of a ~1 MB line; `mutations`: those picked from, the ordinary ones by default).
 */
export function makeMutant(
  texts: readonly string[],
  seed: number,
  n: number,
  hugeLineRate = 0.04,
  mutations: readonly Mutation[] = textMutations,
): Mutant {
  const rng = createRng(seed * 1_000_003 + n);
  const sourceIndex = int(rng, texts.length);
  let text = texts[sourceIndex]!;
  const steps: string[] = [];
  for (let k = 1 + int(rng, 3); k > 0; k--) {
    // The huge line is costly (seconds per mutant): rare by default, and at most one per mutant.
    const huge = !steps.includes(hugeLine.name) && rng() < hugeLineRate;
    const m = huge ? hugeLine : pick(rng, mutations);
    text = m.apply(text, rng);
    steps.push(m.name);
  }
  const encodings: Encoding[] = [
    'utf-8',
    'utf-8',
    'utf-8',
    'utf-8-bom',
    'utf-16le',
    'utf-16be',
    'gb18030',
    'utf-8-truncated',
  ];
  let encoding = pick(rng, encodings);
  let bytes: Uint8Array;
  try {
    bytes = encodeText(text, encoding, rng);
  } catch {
    // A character GB18030 cannot write (a lone surrogate): keep UTF-8.
    encoding = 'utf-8';
    bytes = encodeText(text, encoding, rng);
  }
  steps.push(encoding);
  return { sourceIndex, steps, bytes, ...(encoding !== 'utf-8-truncated' && { text }) };
}
