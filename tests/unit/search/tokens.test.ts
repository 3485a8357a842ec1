/** Words of the Pagefind content (tokens.ts): a word per character, pairs, on the real corpus. */
import { describe, expect, test } from 'vitest';
import { coverWords, formLength, GAP, tokenize } from '../../../src/client/search/tokens.js';
import { foldText, searchRuns } from '../../../src/client/search/text.js';
import { table } from './records-fixture.js';

describe('tokenize', () => {
  test('pairs at every position and the run’s last character', () => {
    expect(tokenize('两学一做，党')).toEqual(['两学', '学一', '一做', '做', '-', '党']);
    expect(tokenize('ＣＰＣ的，Party')).toEqual(['cp', 'pc', 'c的', '的', '-', 'pa', 'ar', 'rt', 'ty', 'y']);
    // A space beside a Han character is layout (text.ts readThrough); between English words it parts them.
    expect(tokenize('党 的 Party building')).toEqual([
      '党的',
      '的p',
      'pa',
      'ar',
      'rt',
      'ty',
      'y',
      '-',
      'bu',
      'ui',
      'il',
      'ld',
      'di',
      'in',
      'ng',
      'g',
    ]);
  });
  test('quotation and title marks are read through; other punctuation parts two runs', () => {
    expect(tokenize('“两学”学习，《党章》')).toEqual(['两学', '学学', '学习', '习', '-', '党章', '章']);
    expect(coverWords('两学学习').map((c) => `${c.word}@${c.at}`)).toEqual(['两学@0', '学习@2']);
    expect(coverWords('“两学”学习')).toEqual(coverWords('两学学习'));
  });
  test('on every real passage: one word per searchable character and one per gap, each the text there', () => {
    for (const p of table.passages) {
      const runs = searchRuns(foldText(p.text)).map((r) => r.text);
      const words = tokenize(p.text);
      expect(
        words
          .filter((w) => w !== GAP)
          .map((w) => w[0])
          .join(''),
      ).toBe(runs.join(''));
      expect(words.filter((w) => w === GAP)).toHaveLength(Math.max(0, runs.length - 1));
      // A run's last character stands alone; every other is a pair with the next one.
      expect(
        words.every((w, i) => w === GAP || (w.length === 2) === (words[i + 1] !== undefined && words[i + 1] !== GAP)),
      ).toBe(true);
    }
  });
});

describe('coverWords', () => {
  test.each([
    ['两学一做', ['两学@0', '一做@2']],
    ['学习型', ['学习@0', '习型@1']],
    ['党', ['党@0']],
    ['不忘初心、牢记使命', ['不忘@0', '初心@2', '牢记@5', '使命@7']],
    ['党，的', ['党@0', '的@2']],
    ['党 的', ['党的@0']],
  ])('%s', (form, cover) => {
    expect(coverWords(form).map((c) => `${c.word}@${c.at}`)).toEqual(cover);
  });
  test('every character of a real passage’s runs is covered', () => {
    for (const p of table.passages.slice(0, 200)) {
      const covered = new Set(coverWords(p.text).flatMap((c) => [c.at, c.at + c.word.length - 1]));
      expect(covered.size).toBe(tokenize(p.text).filter((w) => w !== GAP).length);
      expect(formLength(p.text)).toBe(tokenize(p.text).length);
    }
  });
});
