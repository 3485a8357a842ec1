import { describe, expect, test } from 'vitest';
import type { Paragraph } from '../../../../scripts/model/document.js';
import { markArticles } from '../../../../scripts/stages/segment/articles.js';
import { paragraphOf } from './support.js';

const para = (text: string, marker?: string): Paragraph =>
  paragraphOf(text, {
    kind: marker && !marker.startsWith('第') ? 'list-item' : 'paragraph',
    ...(marker && { marker }),
  });

describe('markArticles', () => {
  test('an article runs to the next article; items and paragraphs after it are its own', () => {
    const list = [
      para('序言。'),
      para('党员必须履行下列义务：', '第三条'),
      para('认真学习。', '（一）'),
      para('另起一段。'),
      para('党员享有下列权利：', '第四条'),
    ];
    markArticles([list]);
    expect(list.map((p) => [p.article ?? null, p.articleAnchor ?? null])).toEqual([
      [null, null],
      ['第三条', 'art-3'],
      ['第三条', null],
      ['第三条', null],
      ['第四条', 'art-4'],
    ]);
  });

  test('a heading ends an article (each list is one section), and a repeated number gets its own anchor', () => {
    const a = [para('甲。', '第一条'), para('乙。')];
    const b = [para('丙。'), para('丁。', '第一条')];
    markArticles([a, b]);
    expect(b[0]!.article).toBeUndefined();
    expect([a[0]!.articleAnchor, b[1]!.articleAnchor]).toEqual(['art-1', 'art-1-2']);
  });

  test('Chinese numerals up to hundreds: 第一百零五条 → art-105', () => {
    const list = [para('某条。', '第一百零五条')];
    markArticles([list]);
    expect(list[0]!.articleAnchor).toBe('art-105');
  });
});
