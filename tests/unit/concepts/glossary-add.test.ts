import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  appendEntries,
  conceptIdOf,
  contextLine,
  expansionNote,
  findDefinition,
  newEntry,
} from '../../../scripts/glossary/entries.js';
import { parseGlossary } from '../../../scripts/io/read-glossary.js';
import { isNoiseTerm } from '../../../scripts/stages/term-noise.js';
import { ROOT } from '../stages/segment/support.js';

const docs = [
  {
    docId: 'a',
    paragraphs: [
      '共建“一带一路”是重大举措。',
      '“一带一路”是指“丝绸之路经济带”和“21世纪海上丝绸之路”的简称。此后逐步推进。',
    ],
  },
  { docId: 'b', paragraphs: ['所谓四风，即形式主义、官僚主义、享乐主义和奢靡之风。'] },
];

describe('findDefinition: a defining sentence of the corpus', () => {
  test('…是指… with the term quoted, cited by a text unique in its document', () => {
    expect(findDefinition('一带一路', docs)).toEqual({
      text: '“一带一路”是指“丝绸之路经济带”和“21世纪海上丝绸之路”的简称。',
      source: { doc: 'a', contains: '“一带一路”是指“丝绸之路经济带”和“21世纪海上丝绸之路”的简称。' },
    });
  });
  test('所谓…，即…', () =>
    expect(findDefinition('四风', docs)?.text).toBe('所谓四风，即形式主义、官僚主义、享乐主义和奢靡之风。'));
  test('none: undefined (the entry is then editorial)', () => {
    expect(findDefinition('放管服', docs)).toBeUndefined();
    expect(newEntry('放管服', '制度', docs, new Set()).definition).toMatchObject({ editorial: true });
  });
});

describe('glossary entries', () => {
  test('ids are pinyin, unique', () => {
    expect(conceptIdOf('一带一路', new Set())).toBe('yi-dai-yi-lu');
    expect(conceptIdOf('一带一路', new Set(['yi-dai-yi-lu']))).toBe('yi-dai-yi-lu-2');
  });

  test('appending to the real glossary keeps its text, comments and order, and the result validates', () => {
    const path = join(ROOT, 'content/concepts.yaml');
    const before = readFileSync(path, 'utf8');
    const glossary = parseGlossary(before, path);
    const entry = newEntry('一带一路', '理论', docs, new Set(glossary.concepts.map((c) => c.id)));
    const after = appendEntries(before, [entry]);
    expect(after.startsWith(before.trimEnd())).toBe(true);
    const parsed = parseGlossary(after, path);
    expect(parsed.concepts.map((c) => c.id)).toEqual([...glossary.concepts.map((c) => c.id), 'yi-dai-yi-lu']);
    expect(() => appendEntries(after, [entry])).toThrow('一带一路 is already in the glossary');
  });

  test('a proposed expansion says where its members were found, and flags a list from another document', () => {
    const location = { docId: 'd', paragraphId: 'p-2', url: '/library/d/text/#p-2' };
    expect(expansionNote(undefined)).toBe('');
    expect(expansionNote({ members: ['甲', '乙'], location, scope: 'same-paragraph' })).toBe('  = 甲、乙（同段列举）');
    expect(expansionNote({ members: ['甲', '乙'], location, scope: 'following-points' })).toBe(
      '  = 甲、乙（下文分点列举：/library/d/text/#p-2）',
    );
    expect(expansionNote({ members: ['甲', '乙'], location, scope: 'elsewhere' })).toContain(
      '请核对：/library/d/text/#p-2',
    );
  });

  test('a context line around the term', () => {
    expect(contextLine('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸一带一路子丑寅卯辰巳午未申酉戌亥', '一带一路', 4)).toBe(
      '…庚辛壬癸一带一路子丑寅卯…',
    );
  });
});

describe('term noise', () => {
  test.each(['五湖四海', '七十二变', '二十一世', '一二三产'])('%s is noise', (t) => expect(isNoiseTerm(t)).toBe(true));
  test.each(['一带一路', '两个一百年', '四个全面', '五位一体', '三严三实', '四风', '六稳', '两学一做', '十个明确'])(
    '%s is a term',
    (t) => expect(isNoiseTerm(t)).toBe(false),
  );
});
