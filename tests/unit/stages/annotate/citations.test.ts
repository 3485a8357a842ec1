// Citations: the zhenggong paper's [1]–[3] (no reference list), the xietong reference list, and markers that are not citations.
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../../scripts/model/document.js';
import { findCitations, markCitations } from '../../../../scripts/stages/annotate/citations.js';
import { corpusDocument, documentOf, markedTexts, paragraph, section } from './corpus-doc.js';

const reference = (number: number): Reference => ({
  number,
  raw: `ref ${number}`,
  authors: [],
  provenance: { file: 't', lines: [1, 1] },
});

describe('markCitations on the corpus', () => {
  it('zhenggong paper (no reference list): [1], [2], [3] on lines 81, 108, 188 are marked', () => {
    const doc = markCitations.run(corpusDocument('paper-zhenggong-lianzheng.txt'));
    expect(markedTexts(doc, 'citation')).toEqual(['81:[1]', '108:[2]', '188:[3]']);
    const p = doc.paragraphs.find((x) => x.provenance.lines[0] === 81)!;
    expect(p.marks).toEqual([
      { kind: 'citation', start: p.text.indexOf('[1]'), end: p.text.indexOf('[1]') + 3, ref: 1 },
    ]);
  });

  it('handbook: the document number （中发[1990]8号） is not a citation', () => {
    const doc = corpusDocument('handbook-jiguan-dangjian.txt');
    expect(doc.paragraphs.some((p) => p.text.includes('中发[1990]8号'))).toBe(true);
    expect(markedTexts(markCitations.run(doc), 'citation')).toEqual([]);
  });

  it('xietong paper: reference-list lines `[1] 张芳 …` are list labels, not citations', () => {
    const doc = corpusDocument('paper-dangjian-xietong.txt');
    expect(doc.paragraphs.filter((p) => p.text.startsWith('[')).length).toBe(3);
    expect(markedTexts(markCitations.run(doc), 'citation')).toEqual([]);
  });
});

describe('findCitations', () => {
  const none = new Set<number>();
  it.each([
    ['部分[1]。', none, [['[1]', 1]]],
    [
      '见[2-3]和[1,2]及［4］',
      none,
      [
        ['[2-3]', 2],
        ['[1,2]', 1],
        ['［4］', 4],
      ],
    ],
    [
      '见[2–3]、[1，3，5]',
      none,
      [
        ['[2–3]', 2],
        ['[1，3，5]', 1],
      ],
    ],
    ['（中发[1990]8号）', none, []], // a year: 4 digits
    ['〔2014〕与[12]5号', none, []], // followed by a digit: a document number
    ['[1] 张芳', none, []], // list label at the start
    ['[0]与[a]', none, []],
    ['部分[1]和[7]', new Set([1, 2, 3]), [['[1]', 1]]], // [7] is not in the reference list
    [
      '第二个答案[注1]，从严治党〔注释2〕。',
      new Set([1, 2]),
      [
        ['[注1]', 1],
        ['〔注释2〕', 2],
      ],
    ], // an endnote's label
    ['〔2014〕5号与〔注〕', none, []], // a document number's year; a note without a number
  ] as const)('%s', (text, known, expected) => {
    expect(
      findCitations(text, known).map((m) => [text.slice(m.start, m.end), m.kind === 'citation' ? m.ref : -1]),
    ).toEqual(expected);
  });
});

describe('markCitations on the document tree', () => {
  it('uses the nearest reference list, skips 参考文献 sections, keeps redaction marks sorted', () => {
    const redaction = { kind: 'redaction' as const, start: 0, end: 2 };
    const doc = documentOf([paragraph('xx见[1]与[4]', 1, { marks: [redaction] })], {
      references: [reference(1), reference(2)],
      sections: [section('参考文献', [paragraph('另见 [1] 张芳', 7)], { role: 'references' })],
      children: [documentOf([paragraph('子文档[2]和[4]', 3)])],
    });
    const out = markCitations.run(doc);
    expect(out.paragraphs[0]!.marks).toEqual([redaction, { kind: 'citation', start: 3, end: 6, ref: 1 }]);
    expect(out.sections[0]!.paragraphs[0]!.marks).toEqual([]);
    // The child has no list of its own: its parent's [1, 2] apply, so [4] stays text.
    expect(out.children[0]!.paragraphs[0]!.marks).toEqual([{ kind: 'citation', start: 3, end: 6, ref: 2 }]);
    expect(markCitations.run(out)).toEqual(out);
  });
});
