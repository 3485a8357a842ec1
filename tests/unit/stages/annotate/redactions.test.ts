// Redactions: every x-run of the speeches is marked, English words never are; heads and leads too.
import { describe, expect, it } from 'vitest';
import { findRedactions, markRedactions } from '../../../../scripts/stages/annotate/redactions.js';
import { corpusDocument, documentOf, markedTexts, paragraph, section } from './corpus-doc.js';

describe('markRedactions on the corpus', () => {
  it('speeches: all 43 x-runs (21 x, 16 xx, 6 xxx) are marked, and nothing else', () => {
    const doc = markRedactions.run(corpusDocument('speeches-zhengzhi-jiguan.txt'));
    const marked = markedTexts(doc, 'redaction');
    expect(marked).toHaveLength(43);
    expect(marked.every((m) => /^\d+:x{1,3}$/.test(m))).toBe(true);
    expect(marked.filter((m) => m.endsWith(':xx'))).toHaveLength(16);
    expect(marked.filter((m) => m.endsWith(':xxx'))).toHaveLength(6);
    // 省委xx届x次全会 and 市第x次党代会 on line 17.
    const line17 = doc.paragraphs.find((p) => p.provenance.lines[0] === 17)!;
    const at = line17.text.indexOf('省委xx届x次全会');
    expect(line17.marks.slice(0, 2)).toEqual([
      { kind: 'redaction', start: at + 2, end: at + 4 },
      { kind: 'redaction', start: at + 5, end: at + 6 },
    ]);
    expect(marked.filter((m) => m.startsWith('81:'))).toEqual(['81:xx', '81:xx', '81:xx', '81:xx', '81:xxx', '81:xxx']);
  });

  it.each([
    'paper-zhenggong-lianzheng.txt',
    'paper-zhenggong-lianzheng.en.txt',
    'paper-dangjian-xietong.txt',
    'handbook-jiguan-dangjian.txt',
  ])('%s: no redaction (the papers say `explores`, `exercise`)', (file) => {
    expect(markedTexts(markRedactions.run(corpusDocument(file)), 'redaction')).toEqual([]);
  });
});

describe('findRedactions', () => {
  it.each([
    ['省委xx届x次全会', ['xx', 'x']],
    ['xx项整改任务', ['xx']], // start of text
    ['完成xxx项。', ['xxx']],
    ['出版《xx精神》', ['xx']],
    ['“xx”', ['xx']],
    ['建立“财青x+”青年日常', ['x']],
    ['x万余篇', ['x']],
    ['XX市委', ['XX']],
    ['××同志', ['××']],
    ['this article explores Xi and xx-large', []],
    ['X光检查', []], // single uppercase X is a word, not a placeholder
    ['尺寸3x3', []], // digits on both sides, no Chinese neighbour
    ['xxx', []], // no Chinese context at all
    ['党员xxl号', []], // part of an ASCII word
  ])('%s → %j', (text, expected) => {
    expect(findRedactions(text).map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });
});

describe('markRedactions on the document tree', () => {
  it('marks section titles, run-in leads, nested sections, children and translations; keeps other marks', () => {
    const citation = { kind: 'citation' as const, start: 0, end: 3, ref: 1 };
    const child = documentOf([paragraph('[1]第x次', 5, { marks: [citation] })]);
    const doc = documentOf([paragraph('四是推进工作。', 1, { lead: '扎实推进文化润x工程。' })], {
      sections: [section('出版《xx精神》', [], { sections: [section('二', [paragraph('共x名', 3)])] })],
      children: [child],
      translations: [documentOf([paragraph('explores', 9)])],
    });
    const out = markRedactions.run(doc);
    expect(out.paragraphs[0]!.leadMarks).toEqual([{ kind: 'redaction', start: 7, end: 8 }]);
    expect(out.paragraphs[0]!.marks).toEqual([]);
    expect(out.sections[0]!.titleMarks).toEqual([{ kind: 'redaction', start: 3, end: 5 }]);
    expect(out.sections[0]!.sections[0]!.paragraphs[0]!.marks).toEqual([{ kind: 'redaction', start: 1, end: 2 }]);
    expect(out.children[0]!.paragraphs[0]!.marks).toEqual([citation, { kind: 'redaction', start: 4, end: 5 }]);
    expect(out.translations![0]!.paragraphs[0]!.marks).toEqual([]);
    // Pure, and running twice changes nothing.
    expect(doc.sections[0]!.titleMarks).toBeUndefined();
    expect(markRedactions.run(out)).toEqual(out);
  });
});
