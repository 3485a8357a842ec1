/**
 * Markdown escaping of user text: rendered by a CommonMark parser (micromark), every input comes
 * back as exactly its characters, with no element of its own.
 */
import { micromark } from 'micromark';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, markdownLines } from '../../../src/lib/lecture/markdown-text.js';

/** What a paragraph of escaped text renders to, tags removed and entities decoded. */
function rendered(md: string): { html: string; text: string } {
  const html = micromark(md).trim();
  const inner = html.replace(/^<p>|<\/p>$/g, '');
  const text = inner
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { html: inner, text };
}

describe('escapeMarkdown', () => {
  test.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '# 不是标题',
    '- 不是列表',
    '+ 也不是',
    '1. 不是编号',
    '2) 也不是',
    '**不加粗** _不斜体_ `不是代码`',
    '[链接](javascript:alert(1))',
    '![图](x.png)',
    '&amp; &lt; &#60;',
    '| a | b |',
    '~~删除~~',
    '\\ 反斜杠',
    '===',
    '---',
    '> 不是引用',
    'https://example.org/a_b_c/',
    '加强作风建设（2026）——“两学一做”',
  ])('%s renders as itself', (input) => {
    const { html, text } = rendered(escapeMarkdown(input));
    expect(text).toBe(input);
    expect(html).not.toMatch(/<(?!\/?p>)[a-z]/i);
  });

  test('line breaks become spaces (a heading stays one line)', () => {
    expect(micromark(`## ${escapeMarkdown('第一行\n# 第二行')}`)).toBe('<h2>第一行 # 第二行</h2>');
  });
});

describe('markdownLines', () => {
  test('a multi-line note under `> ` stays one quotation, each line literal', () => {
    const html = micromark(markdownLines('<b>甲</b>\n\n- 乙\n1. 丙', '> '));
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(ul|ol|li|b)>/);
    expect(html).toContain('&lt;b&gt;甲&lt;/b&gt;');
  });
});
