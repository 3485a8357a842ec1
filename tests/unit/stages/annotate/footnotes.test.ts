// Footnotes: `①` marks in the text and the `①` notes a PDF page prints at its foot.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Paragraph, Section } from '../../../../scripts/model/document.js';
import { footnotesOf, markFootnotes } from '../../../../scripts/stages/annotate/footnotes.js';
import { readSources } from '../../../../scripts/io/read-manifest.js';
import { runPipeline } from '../../../../scripts/pipeline.js';
import { leavesOf, paragraphsIn, printedText } from '../../../../scripts/model/walk.js';
import { emitPages } from '../../../../scripts/emit/pages.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText } from '../segment/support.js';
import { ROOT } from '../segment/support.js';
import { corpusDocument, documentOf, paragraph } from './corpus-doc.js';

const item = (marker: string, text: string, line: number, extra: Partial<Paragraph> = {}) =>
  paragraph(text, line, { kind: 'list-item', marker, ...extra });

/** `mark → note` pairs: each footnote mark's character and the printed text of its note. */
function pairs(ps: Paragraph[]): string[] {
  const changed = footnotesOf(ps);
  const now = ps.map((p) => changed.get(p) ?? p);
  const byId = new Map(now.map((p) => [p.id as string, p]));
  return now.flatMap((p) =>
    p.marks.flatMap((m) =>
      m.kind === 'footnote' ? [`${p.id}:${p.text[m.start]}→${printedText(byId.get(m.note)!)}`] : [],
    ),
  );
}

describe('footnotesOf', () => {
  it('pairs each mark with the note of its number after it; the notes become footnotes, their lead text again', () => {
    const ps = [
      paragraph('党中央高度重视机关党的建设①，机关党建要走在前②。', 1),
      item('①', '参见某文件。', 2),
      item('②', '《求是》2019年第21期。', 3, { lead: '习近平：' }),
    ];
    expect(pairs(ps)).toEqual(['p-1:①→①参见某文件。', 'p-1:②→②习近平：《求是》2019年第21期。']);
    const note = footnotesOf(ps).get(ps[2]!)!;
    expect(note).toMatchObject({ kind: 'footnote', marker: '②', text: '习近平：《求是》2019年第21期。' });
    expect(note.lead).toBeUndefined();
  });

  it('superscript numbers (as a web copy prints them: ¹, ¹⁰) pair as circled ones do; a mark spans its digits', () => {
    const ps = [
      paragraph('第二个答案¹。永远在路上²。', 1),
      item('¹', '《论党的自我革命》。', 2),
      item('²', '同上书。', 3),
    ];
    expect(pairs(ps)).toEqual(['p-1:¹→¹《论党的自我革命》。', 'p-1:²→²同上书。']);
    const tens = [paragraph('见注¹⁰。', 1), item('¹⁰', '注十。', 2)];
    const marked = (footnotesOf(tens).get(tens[0]!) as Paragraph).marks[0]!;
    expect([marked.start, marked.end]).toEqual([2, 4]);
  });

  it('a superscript after a letter or digit is an exponent (120m²), never a note mark', () => {
    const ps = [paragraph('第二个答案¹。面积120m²。', 1), item('¹', '参见。', 2), item('²', '同上。', 3)];
    expect(pairs(ps)).toEqual([]);
  });

  it('a mark in a heading pairs like one in a paragraph, in reading order; the heading gets the mark', () => {
    const notes = [item('①', '参见某文件。', 4), item('②', '同上。', 5)];
    const heading: Section = {
      id: 's-1' as Section['id'],
      numbering: '一、',
      title: '机关党建的历史沿革①',
      level: 1,
      role: 'body',
      provenance: { file: 'x.txt', lines: [2, 2] },
      span: [2, 5],
      paragraphs: [paragraph('正文②。', 3), ...notes],
      sections: [],
    };
    const changed = footnotesOf([heading, ...heading.paragraphs]);
    expect((changed.get(heading) as Section).titleMarks).toEqual([
      { kind: 'footnote', start: 9, end: 10, note: notes[0]!.id },
    ]);
    expect((changed.get(heading.paragraphs[0]!) as Paragraph).marks).toEqual([
      { kind: 'footnote', start: 2, end: 3, note: notes[1]!.id },
    ]);
    expect(notes.map((n) => (changed.get(n) as Paragraph).kind)).toEqual(['footnote', 'footnote']);
  });

  it("a mark in a run-in lead (`抓实理论学习①。`) pairs too, and goes to the lead's marks", () => {
    const notes = [item('①', '参见某文件。', 4), item('②', '同上。', 5)];
    const led = item('（一）', '坚持集中学习②。', 2, { lead: '抓实理论学习①。' });
    const changed = footnotesOf([led, ...notes]);
    const now = changed.get(led) as Paragraph;
    expect(now.leadMarks).toEqual([{ kind: 'footnote', start: 6, end: 7, note: notes[0]!.id }]);
    expect(now.marks).toEqual([{ kind: 'footnote', start: 6, end: 7, note: notes[1]!.id }]);
    expect(notes.map((n) => (changed.get(n) as Paragraph).kind)).toEqual(['footnote', 'footnote']);
  });

  it('notes past ⑳ run on: ⑲ ⑳ ㉑ ㉒ are one run, each paired with its mark', () => {
    const marks = ['⑲', '⑳', '㉑', '㉒'];
    const ps = [
      paragraph(`正文${marks.map((m) => `一句${m}，`).join('')}完。`, 1),
      ...marks.map((m, k) => item(m, `注释${k + 19}。`, k + 2)),
    ];
    expect(pairs(ps)).toEqual(marks.map((m, k) => `p-1:${m}→${m}注释${k + 19}。`));
  });

  it('numbers that start again on every page pair with the nearest note', () => {
    const ps = [
      paragraph('第一页正文①。', 1),
      item('①', '第一页的注。', 2),
      paragraph('第二页正文①。', 3),
      item('①', '第二页的注。', 4),
    ];
    expect(pairs(ps)).toEqual(['p-1:①→①第一页的注。', 'p-3:①→①第二页的注。']);
  });

  it('a list no mark points to, or one only some of whose items are marked, stays a list', () => {
    const list = [paragraph('具体做法有三：', 1), item('①', '强化理论武装；', 2), item('②', '严格组织生活。', 3)];
    expect(footnotesOf(list).size).toBe(0);
    const half = [paragraph('正文①。', 1), item('①', '甲；', 2), item('②', '乙。', 3)];
    expect(footnotesOf(half).size).toBe(0);
    // …and the mark still finds its note at the page foot after that list.
    expect(pairs([...half, item('①', '注文。', 4)])).toEqual(['p-1:①→①注文。']);
  });

  it('a circled number opening a text is no mark', () => {
    expect(footnotesOf([paragraph('①号文件已印发。', 1), item('①', '注。', 2)]).size).toBe(0);
  });
});

describe('markFootnotes', () => {
  it('changes nothing in the real corpus (its ① items are lists: no text marks them)', () => {
    for (const file of ['handbook-jiguan-dangjian.txt', 'paper-dangjian-xietong.txt', 'speeches-zhengzhi-jiguan.txt']) {
      const doc = corpusDocument(file);
      expect(markFootnotes.run(doc)).toBe(doc);
    }
  });

  it('on a PDF paper: every note is pointed to once, from its page, and the page renders links to it', () => {
    const dir = join(ROOT, 'tests/fixtures/unseen/pdf-page-footnotes');
    const root = runPipeline(readSources(join(dir, 'manifest.yaml'), dir))[0]!;
    const ps = leavesOf(root).flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)]);
    const notes = ps.filter((p) => p.kind === 'footnote');
    const marks = ps.flatMap((p) => p.marks.flatMap((m) => (m.kind === 'footnote' ? [{ p, m }] : [])));
    expect(notes).toHaveLength(4);
    expect(marks.map(({ m }) => m.note).sort()).toEqual(notes.map((n) => n.id as string).sort());
    for (const { p, m } of marks) {
      const note = notes.find((n) => n.id === m.note)!;
      expect(p.text.slice(m.start, m.end)).toBe(note.marker);
      expect(ps.indexOf(note)).toBeGreaterThan(ps.indexOf(p));
    }
    const mdx = emitPages([root]).find((f) => f.path === 'pages/jiguan-dangjian-lujing/text.mdx')!.contents;
    expect(mdx).toContain(`<NoteRef note="${notes[0]!.id}" text="①" />`);
    expect(mdx.match(/<Notes>/g)).toHaveLength(2);
  });
});

describe('endnotes', () => {
  it('notes gathered under 注释： at the end of a text pair with their marks the same way', () => {
    const { src } = sourceFromText(
      '标题\n\n一、问题\n\n党中央高度重视机关党建①。各地认真落实②。\n\n二、结论\n\n机关党建取得成效。\n\n注释：\n\n①参见某文件。\n\n②参见某讲话。\n',
    );
    const doc = markFootnotes.run(segmentSource(src));
    const ps = [...doc.paragraphs, ...paragraphsIn(doc.sections)];
    const notes = ps.filter((p) => p.kind === 'footnote').map((p) => `${p.id}:${printedText(p)}`);
    // 注释 heads a notes section of its own (role references), the notes in it.
    expect(notes).toEqual(['p-3-1:①参见某文件。', 'p-3-2:②参见某讲话。']);
    expect(doc.sections.at(-1)).toMatchObject({ title: '注释', role: 'references' });
    expect(ps[0]!.marks.map((m) => (m.kind === 'footnote' ? m.note : ''))).toEqual(['p-3-1', 'p-3-2']);
  });
});

describe('markFootnotes without circled numbers', () => {
  it('a document without circled numbers is returned as it is', () => {
    const doc = documentOf([paragraph('没有脚注的正文。', 1)]);
    expect(markFootnotes.run(doc)).toBe(doc);
  });
});
