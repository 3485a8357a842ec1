import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../scripts/stages/segment/block.js';
import { isInterleaved, pairTranslations } from '../../../../scripts/stages/segment/bilingual.js';

const blocks = (...texts: string[]): Block[] =>
  texts.map((text, i) => ({ text, lines: [i + 1, i + 1], origins: [{ offset: 0, line: i + 1 }] }));

describe('bilingual pairing', () => {
  const text = blocks(
    '第一章　党员',
    'Chapter I. Membership',
    '第一条　年满十八岁的…',
    'Article 1. Any Chinese worker',
    'who has reached the age of 18…',
    '第二条　党员是…',
    'Article 2. Members…',
    '第三条　党员必须…',
  );

  test('an interleaved text: English blocks after Chinese ones', () => {
    expect(isInterleaved(text)).toBe(true);
  });

  test('a Chinese text with an English abstract and keywords is not interleaved', () => {
    const paper = blocks(
      '题目',
      'Title in English',
      '摘要：…',
      'Abstract: …',
      '关键词：…',
      'Keywords: …',
      ...Array.from({ length: 10 }, (_, i) => `正文第${i}段。`),
    );
    expect(isInterleaved(paper)).toBe(false);
  });

  test('each run of English blocks is the translation of the Chinese block before it; nothing else moves', () => {
    const { blocks: zh, translations } = pairTranslations(text);
    expect(zh.map((b) => b.text)).toEqual([
      '第一章　党员',
      '第一条　年满十八岁的…',
      '第二条　党员是…',
      '第三条　党员必须…',
    ]);
    expect(Object.fromEntries(translations)).toEqual({
      1: { language: 'en', text: 'Chapter I. Membership', lines: [2, 2] },
      3: { language: 'en', text: 'Article 1. Any Chinese worker who has reached the age of 18…', lines: [4, 5] },
      6: { language: 'en', text: 'Article 2. Members…', lines: [7, 7] },
    });
  });

  test('English before any Chinese block stays a block of its own', () => {
    expect(pairTranslations(blocks('Preface in English', '第一条　…', 'Article 1.')).blocks.map((b) => b.text)).toEqual(
      ['Preface in English', '第一条　…'],
    );
  });
});
