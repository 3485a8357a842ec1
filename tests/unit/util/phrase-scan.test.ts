import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { phraseTrie, scanPhrases } from '../../../scripts/util/phrase-scan.js';

/** Every start of `s` in `text`, overlapping ones included: the loop the scanner replaces. */
const indexOfAll = (text: string, s: string): number[] => {
  const out: number[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push(at);
  return out;
};

describe('scanPhrases', () => {
  test('finds overlapping and nested phrases, shorter first at one start', () => {
    const hits: [string, number][] = [];
    const phrases = ['三会', '三会一课', '会一课', '课课', ''];
    scanPhrases('坚持三会一课课课', phraseTrie(phrases), (k, at) => hits.push([phrases[k]!, at]));
    expect(hits).toEqual([
      ['三会', 2],
      ['三会一课', 2],
      ['会一课', 3],
      ['课课', 5],
      ['课课', 6],
    ]);
  });

  test('finds exactly what indexOf finds, on a real source', () => {
    const text = readFileSync('content/sources/handbook-jiguan-dangjian.txt', 'utf8');
    const phrases = ['党风廉政建设', '廉政', '两学一做', '三会一课', '工作', '作风建设', '党', '“', '。\n'];
    const found = phrases.map((): number[] => []);
    scanPhrases(text, phraseTrie(phrases), (k, at) => found[k]!.push(at));
    phrases.forEach((s, k) => expect(found[k], s).toEqual(indexOfAll(text, s)));
    expect(found[0]!.length).toBeGreaterThan(10);
  });
});
