import { describe, expect, test } from 'vitest';
import { parseGlossary } from '../../../scripts/io/read-glossary.js';
import {
  compileMatcher,
  findEnglishMentions,
  findMentions,
  type RejectedMention,
} from '../../../scripts/stages/annotate/concept-matcher.js';
import { annotateConcepts } from '../../../scripts/stages/annotate/concepts.js';
import type { Document, Paragraph } from '../../../scripts/model/document.js';

const glossary = (notInside = true) =>
  parseGlossary(
    `concepts:
  - id: dang-feng-lian-zheng-jian-she
    term: 党风廉政建设
    category: 廉政
    en: [Party conduct and clean governance construction]
    definition: { text: x, editorial: true }
  - id: lian-zheng-jian-she
    term: 廉政建设
    category: 廉政
    definition: { text: x, editorial: true }
  - id: zheng-gong
    term: 政工
    aliases: [政工工作]
    category: 组织建设
${notInside ? '    notInside: [财政工作, 行政工作]\n' : ''}    definition: { text: x, editorial: true }
  - id: zhong-yang-ba-xiang-gui-ding
    term: 中央八项规定
    aliases: [八项规定]
    category: 作风
    definition: { text: x, editorial: true }
  - id: liang-xue-yi-zuo
    term: 两学一做
    category: 学习教育
    en: [two studies and one action]
    definition: { text: x, editorial: true }
`,
    'test.yaml',
  );

const ids = (text: string, g = glossary()) =>
  findMentions(text, compileMatcher(g)).map((m) => [text.slice(m.start, m.end), m.conceptId]);

describe('findMentions: leftmost-longest, never inside a longer word', () => {
  test.each([
    ['加强党风廉政建设', [['党风廉政建设', 'dang-feng-lian-zheng-jian-she']]],
    ['要加强廉政建设，对腐败行为敢于碰硬', [['廉政建设', 'lian-zheng-jian-she']]],
    [
      '落实中央八项规定和八项规定精神',
      [
        ['中央八项规定', 'zhong-yang-ba-xiang-gui-ding'],
        ['八项规定', 'zhong-yang-ba-xiang-gui-ding'],
      ],
    ],
    ['政工工作通过政策引导', [['政工工作', 'zheng-gong']]],
    ['政工即政治工作', [['政工', 'zheng-gong']]],
    ['坚持党对财政工作的领导', []],
    ['问题和政府行政工作中的重点', []],
    ['深入开展“两学一做”学习教育', [['两学一做', 'liang-xue-yi-zuo']]],
    // A form's first character before a character no form continues with, and at the text's ends.
    ['两两学一做', [['两学一做', 'liang-xue-yi-zuo']]],
    ['政工', [['政工', 'zheng-gong']]],
    ['党风和政', []],
    // A PDF copy's spaced characters, marked over the spaces; a space between two longer runs parts them.
    ['深入开展“两 学 一 做”学习教育', [['两 学 一 做', 'liang-xue-yi-zuo']]],
    ['落实中央　八　项　规　定', [['中央　八　项　规　定', 'zhong-yang-ba-xiang-gui-ding']]],
    ['财 政 工 作', []],
    ['推进党风 廉政建设', [['廉政建设', 'lian-zheng-jian-she']]],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('a candidate refused in spaced text is reported at its place in the text', () => {
    const rejected: RejectedMention[] = [];
    findMentions('坚持党对财 政 工 作的领导', compileMatcher(glossary(false)), rejected);
    expect(rejected.map((r) => [r.start, r.end, r.reason])).toEqual([[6, 9, 'word-boundary']]);
  });

  test('without notInside, jieba word boundaries alone keep 政工 out of 财政工作 and 行政工作', () => {
    const rejected: RejectedMention[] = [];
    expect(findMentions('坚持党对财政工作的领导和政府行政工作', compileMatcher(glossary(false)), rejected)).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual(['word-boundary', 'word-boundary']);
  });

  test('a compound that only starts or ends inside another word is still the term (思想作风建设 ⊃ 作风建设 is kept by one open side)', () => {
    expect(ids('全国财政党风廉政建设工作会议')).toEqual([['党风廉政建设', 'dang-feng-lian-zheng-jian-she']]);
  });

  test('English names match case-insensitively as whole words', () => {
    const m = compileMatcher(glossary());
    const text = 'the "Two Studies and One Action" learning; two studies and one actions';
    expect(findEnglishMentions(text, m).map((x) => [x.form, x.conceptId])).toEqual([
      ['Two Studies and One Action', 'liang-xue-yi-zuo'],
    ]);
  });
});

describe('annotateConcepts', () => {
  const para = (text: string, marks: Paragraph['marks'] = []): Paragraph =>
    ({ id: 'p-1', kind: 'paragraph', text, marks, provenance: { file: 'f', lines: [1, 1] } }) as Paragraph;
  const doc = (p: Paragraph) =>
    ({ id: 'd', paragraphs: [p], sections: [], children: [], front: { provenance: [] } }) as unknown as Document;

  test('adds concept marks and keeps them clear of an existing redaction', () => {
    const annotate = annotateConcepts(glossary());
    const redaction = { kind: 'redaction' as const, start: 2, end: 4 };
    const out = annotate.run(doc(para('两学xx一做；两学一做', [redaction])));
    expect(out.paragraphs[0]!.marks).toEqual([
      redaction,
      { kind: 'concept', start: 7, end: 11, conceptId: 'liang-xue-yi-zuo' },
    ]);
    expect(annotate.name).toBe('annotateConcepts');
  });

  test('is idempotent', () => {
    const annotate = annotateConcepts(glossary());
    const once = annotate.run(doc(para('加强党风廉政建设和廉政建设')));
    expect(annotate.run(once)).toEqual(once);
  });
});
