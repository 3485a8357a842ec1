/**
 * Invariants of the segmenter on inputs nobody wrote by hand: random mixtures of every structure
 * it knows (numbering styles, labels, 目录, references, Markdown) and random slices of the real
 * corpus must segment without error, lose no character and give the same output twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { coverageReport } from '../../../../scripts/stages/coverage.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { ROOT, sourceFromText, syntheticMeta } from './support.js';

/** mulberry32: a small seeded PRNG, so every run tests the same inputs. */
function random(seed: number) {
  let a = seed;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const PIECES = [
  '第一章 总则',
  '第二章 分则',
  '第三节 要求',
  '一、',
  '一、加强领导',
  '二、工作要求',
  '（一）指导思想',
  '（二）',
  '1.学习',
  '1．学习',
  '2. 组织',
  '1 标题',
  '1.1 细则',
  '1.2',
  '（1）内容',
  '① 党章。',
  '②',
  '第一，集中学习。',
  '第二，',
  '一是严格要求。按时召开。',
  '二是',
  '目录',
  '1.甲\t1',
  '2.乙\t3',
  '甲',
  '乙',
  '参考文献:',
  '[1] 张三 . 题名 [J]. 刊名 ,2020,1(2):3-4.',
  '[2]',
  '创新案例',
  '某地：某案例',
  '（资料来源：某网）',
  '# 标题',
  '## ',
  '作者',
  '吴晓芳',
  '某公司 北京 100000',
  '[摘要]摘要文本。',
  '关键词：甲；乙',
  'Abstract: text.',
  'Keywords: a; b',
  '引言',
  '结束语',
  '党建要点',
  '前言',
  '正文很长的一段，说明了很多事情，并且以句号结束。',
  '短句。',
  'x',
  '  ',
  '',
  '：',
  '。',
  '一是强化政治建设，做“两个确立”的坚定维护者',
  '强化政治引领。正文。',
  '\u00a0缩略图',
  '##paidbegin##标题',
  '# 第一章 总则',
  '# 第二章 分则',
  '目  录',
  '第一章 总则……1',
  '第二章 分则……3',
];

function check(text: string, file: string) {
  const { src, text: decoded } = sourceFromText(text, syntheticMeta(file, { items: [{ institution: '某机关' }] }));
  const doc = segmentSource(src);
  const report = coverageReport(decoded, doc);
  expect({ missing: report.missing, extra: report.extra }).toEqual({ missing: [], extra: [] });
  expect(segmentSource(src)).toEqual(doc);
}

describe('segment invariants', () => {
  test('400 random mixtures of known structures lose nothing and are deterministic', () => {
    const rnd = random(2026);
    for (let t = 0; t < 400; t++) {
      const lines = Array.from({ length: 1 + rnd(25) }, () => PIECES[rnd(PIECES.length)]!);
      const text = lines.join(rnd(2) ? '\n' : '\n\n');
      if (text.trim() === '') continue;
      check(text, rnd(3) === 0 ? 'mix.md' : 'mix.txt');
    }
  });

  test('150 random slices of the real corpus lose nothing and are deterministic', () => {
    const rnd = random(7);
    const files = [
      'handbook-jiguan-dangjian.txt',
      'speeches-zhengzhi-jiguan.txt',
      'paper-zhenggong-lianzheng.txt',
      'paper-dangjian-xietong.txt',
      'paper-zhenggong-lianzheng.en.txt',
    ];
    const sources = files.map((f) => readFileSync(join(ROOT, 'content/sources', f), 'utf8').split('\n'));
    for (let t = 0; t < 150; t++) {
      const lines = sources[rnd(sources.length)]!;
      const from = rnd(lines.length);
      const slice = lines.slice(from, from + 1 + rnd(200));
      if (slice.join('').trim() === '') continue;
      check(slice.join('\n'), 'slice.txt');
    }
  });
});
