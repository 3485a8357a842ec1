import { describe, expect, test } from 'vitest';
import { enclosingHeadings } from '../../../src/client/page-cite.js';

describe('enclosingHeadings: where a collected paragraph or section sits', () => {
  test('a paragraph sits under the last heading of each level above it', () => {
    // 一、 (h2) › （一）(h3) › （二）(h3) › 二、 (h2) › （一）(h3) › the paragraph
    expect(enclosingHeadings([2, 3, 3, 2, 3])).toEqual([3, 4]);
    expect(enclosingHeadings([2, 3, 4, 3])).toEqual([0, 3]);
    expect(enclosingHeadings([])).toEqual([]);
  });

  test('a section sits under its parents, never under the sibling before it', () => {
    // a 通报's 四、 after 三、: the basket had placed it under 三、
    expect(enclosingHeadings([2, 2, 2], 2)).toEqual([]);
    expect(enclosingHeadings([2, 3, 3], 3)).toEqual([0]);
    expect(enclosingHeadings([2, 3, 4], 3)).toEqual([0]);
    expect(enclosingHeadings([2, 3], 4)).toEqual([0, 1]);
  });
});
