import { describe, expect, test } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { jsString, jsxAttrs, jsxText } from '../../../scripts/emit/jsx.js';
import { HOSTILE_TEXT } from '../../fixtures/emit/sample-documents.js';

/** Evaluate a JS string literal the way MDX's expression would. */
const evaluate = (literal: string): unknown => new Function(`return ${literal}`)();

describe('jsString', () => {
  test.each([
    ['plain 中文', '"plain 中文"'],
    ['{a}', '"\\u007ba\\u007d"'],
    ['<b>', '"\\u003cb\\u003e"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['line\u2028sep', '"line\\u2028sep"'],
  ])('%j → %s', (input, expected) => {
    expect(jsString(input)).toBe(expected);
  });

  test.each([HOSTILE_TEXT, '---', '`x`', 'a\\b', '}{', '&nbsp;', 'export default 1', '\u0000'])(
    'evaluates back to the original text: %j',
    (text) => {
      expect(evaluate(jsString(text))).toBe(text);
      expect(jsString(text)).not.toMatch(/[{}<>]/);
    },
  );
});

describe('jsxText / jsxAttrs', () => {
  test('empty text emits nothing', () => expect(jsxText('')).toBe(''));
  test('plain strings are bare, others expressions, undefined skipped, order kept', () => {
    expect(jsxAttrs({ id: 'p-1', n: 2, lead: undefined, linked: true })).toBe(' id="p-1" n={2} linked={true}');
    expect(jsxAttrs({ title: 'say "hi"', keywords: 'a b', place: '云南大理' })).toBe(
      ' title={"say \\"hi\\""} keywords={"a b"} place="云南大理"',
    );
  });
  test('text without ASCII punctuation or whitespace is bare, other text an expression', () => {
    expect(jsxText('两学一做（一）')).toBe('两学一做（一）');
    expect(jsxText('第1条')).toBe('第1条');
    expect(jsxText('a b')).toBe('{"a b"}');
    expect(jsxText('1.')).toBe('{"1."}');
    expect(jsxText('*x*')).toBe('{"*x*"}');
  });
});

describe('hostile text through the real MDX compiler', () => {
  test('compiles and keeps every hostile character as a string', async () => {
    const mdx = `<Para id={"p-1"} kind={"paragraph"}>${jsxText(HOSTILE_TEXT)}</Para>\n\n${jsxText('---')}\n`;
    const js = String(await compile(mdx));
    expect(js).not.toMatch(/^import x from/m);
    expect(js).not.toMatch(/^export const a/m);
    // The compiled module carries the text as one string literal, unchanged.
    const literal = js.match(/"[^"\n]*import x from[^\n]*?&lt;"/)?.[0] ?? '';
    expect(evaluate(literal)).toBe(HOSTILE_TEXT);
  });
});
