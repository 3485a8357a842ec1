import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConcepts, toConceptEntry } from '../../../src/integrations/concepts-data.js';

describe('glossary data for search', () => {
  test('reads the concepts stage output ({concepts: […]}) and links only built concept pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-concepts-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'concepts.json'), JSON.stringify({
      concepts: [
        { id: 'san-hui-yi-ke', term: '三会一课', url: '/concepts/san-hui-yi-ke/', aliases: [], definition: '支部党员大会、支委会、党小组会和党课' },
        { id: 'ba-xiang-gui-ding', term: '中央八项规定', url: '/concepts/ba-xiang-gui-ding/', aliases: ['八项规定'], definition: '改进工作作风的规定' },
      ],
    }));
    const entries = await loadConcepts(dir, (id) => id === 'san-hui-yi-ke');
    expect(entries.map((e) => [e.id, e.url, e.aliases])).toEqual([
      ['ba-xiang-gui-ding', '', ['八项规定']],
      ['san-hui-yi-ke', '/concepts/san-hui-yi-ke/', []],
    ]);
  });
  test('falls back to content/concepts.yaml, whose definitions are {text, source}', async () => {
    const entries = await loadConcepts(mkdtempSync(join(tmpdir(), 'search-none-')), () => false);
    expect(entries.length).toBeGreaterThan(50);
    expect(entries.find((e) => e.term === '两学一做')?.definition).toContain('两学一做');
    expect(toConceptEntry({ id: 'x', term: 'X', definition: { text: '定义' } }, () => true)).toEqual({ id: 'x', term: 'X', url: '/concepts/x/', aliases: [], definition: '定义' });
  });
});
