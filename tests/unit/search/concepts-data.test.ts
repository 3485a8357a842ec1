import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConcepts, toConceptEntry } from '../../../src/integrations/concepts-data.js';

/** A concepts.json entry with the fields search reads, the rest empty. */
const concept = (id: string, term: string, aliases: string[], definition: unknown) => ({
  id,
  term,
  url: `/concepts/${id}/`,
  aliases,
  en: [],
  category: '制度',
  pinyin: '',
  initials: '',
  definition,
  definitionEditorial: true,
  memberOf: [],
  count: 0,
  paragraphCount: 0,
  documentCount: 0,
  occurrences: [],
  keyPassages: [],
  cooccurring: [],
  cases: [],
});
const conceptsFile = (concepts: unknown[]) => ({
  categories: [],
  concepts,
  families: [],
  map: { width: 0, height: 0, nodes: [], edges: [] },
  totals: { concepts: concepts.length, occurrences: 0, paragraphs: 0 },
});

describe('glossary data for search', () => {
  test('reads the concepts stage output ({concepts: […]}) and links only built concept pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-concepts-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(
      join(dir, 'data', 'concepts.json'),
      JSON.stringify(
        conceptsFile([
          concept('san-hui-yi-ke', '三会一课', [], '支部党员大会、支委会、党小组会和党课'),
          concept('ba-xiang-gui-ding', '中央八项规定', ['八项规定'], '改进工作作风的规定'),
        ]),
      ),
    );
    const entries = await loadConcepts(dir, (id) => id === 'san-hui-yi-ke');
    expect(entries.map((e) => [e.id, e.url, e.aliases])).toEqual([
      ['ba-xiang-gui-ding', '', ['八项规定']],
      ['san-hui-yi-ke', '/concepts/san-hui-yi-ke/', []],
    ]);
  });
  test('refuses a concepts.json that does not match its schema, naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-concepts-bad-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(
      join(dir, 'data', 'concepts.json'),
      JSON.stringify(conceptsFile([concept('x', 'X', [], { text: '定义' })])),
    );
    await expect(loadConcepts(dir, () => true)).rejects.toThrow(
      /concepts\.json: concepts\[0\]\.definition: Expected string, received object\n\(the schema/,
    );
  });
  test('falls back to the glossary file through the pipeline reader, honouring DJ_GLOSSARY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-glossary-'));
    writeFileSync(
      join(dir, 'g.yaml'),
      'concepts:\n  - id: san-hui-yi-ke\n    term: 三会一课\n    category: 组织生活\n    definition: { text: 支部党员大会、支委会、党小组会和党课, editorial: true }\n',
    );
    const old = process.env.DJ_GLOSSARY;
    process.env.DJ_GLOSSARY = join(dir, 'g.yaml');
    try {
      const entries = await loadConcepts(dir, () => true);
      expect(entries).toEqual([
        {
          id: 'san-hui-yi-ke',
          term: '三会一课',
          url: '/concepts/san-hui-yi-ke/',
          aliases: [],
          pinyin: 'san hui yi ke',
          definition: '支部党员大会、支委会、党小组会和党课',
        },
      ]);
    } finally {
      if (old === undefined) delete process.env.DJ_GLOSSARY;
      else process.env.DJ_GLOSSARY = old;
    }
  });
  test('falls back to content/concepts.yaml, whose definitions are {text, source}', async () => {
    const entries = await loadConcepts(mkdtempSync(join(tmpdir(), 'search-none-')), () => false);
    expect(entries.length).toBeGreaterThan(50);
    expect(entries.find((e) => e.term === '两学一做')?.definition).toContain('两学一做');
    expect(entries.find((e) => e.id === 'liang-xue-yi-zuo')?.url).toBe('');
    expect(
      toConceptEntry(
        { id: 'x', term: 'X', url: '/concepts/x/', aliases: [], pinyin: 'x', definition: '定义' },
        () => true,
      ),
    ).toEqual({ id: 'x', term: 'X', url: '/concepts/x/', aliases: [], pinyin: 'x', definition: '定义' });
  });
});
