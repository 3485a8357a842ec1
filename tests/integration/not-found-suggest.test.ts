/**
 * 404 suggestions (src/client/not-found/suggest.ts) on the corpus index the site publishes
 * (`/data/corpus/index.json`, emitted from the real corpus): mistyped, old-style and unrelated
 * addresses, at the root and under a deploy base. Expected targets are looked up in the index
 * by what a reader meant, not taken from the suggester.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { emitAll } from '../../scripts/emit/index.js';
import { CORPUS_INDEX_PATH } from '../../scripts/emit/corpus-split.js';
import {
  MAX_SUGGESTIONS,
  normaliseSegment,
  suggestPages,
  type SuggestIndex,
} from '../../src/client/not-found/suggest.js';
import { corpusIndexSchema } from '../../src/schemas/corpus-split.js';
import { buildRealCorpus } from './support/real-build.js';

let index: SuggestIndex;
let kinds: Map<string, string>;
beforeAll(() => {
  const real = buildRealCorpus();
  const file = emitAll(real.roots, real.kb).find((f) => f.path === CORPUS_INDEX_PATH)!;
  const parsed = corpusIndexSchema.parse(JSON.parse(file.contents));
  index = { documents: parsed.documents, concepts: parsed.concepts ?? [] };
  kinds = new Map(parsed.documents.map((d) => [d.id, d.kind]));
}, 120_000);

const first = (path: string, base = '/') => suggestPages(path, base, index)[0];

describe('a missing address suggests the page meant', () => {
  test('the real index has documents with chapters and concepts to suggest', () => {
    expect(index.documents.length).toBeGreaterThanOrEqual(4);
    expect(index.concepts.length).toBeGreaterThan(50);
  });

  test('a mistyped chapter slug, at the root and under /dangjian/: its document first', () => {
    for (const d of index.documents) {
      expect(first(`/library/${d.id}/ch3/`)).toMatchObject({ kind: 'document', url: d.url, score: 1 });
      expect(first(`/dangjian/library/${d.id}/no-such-part/`, '/dangjian/')).toMatchObject({ url: d.url });
    }
  });

  test('a mistyped document id: the document it is one or two letters from', () => {
    for (const d of index.documents) {
      const typo = d.id.slice(0, -3) + d.id.slice(-2); // one letter dropped near the end
      expect(first(`/library/${typo}/`)).toMatchObject({ url: d.url });
    }
  });

  test('old-style paths: dots or underscores, upper case, .html, an escaped Chinese term', () => {
    const speeches = index.documents.find((d) => kinds.get(d.id) === 'speech')!;
    const dotted = speeches.id.replace(/-/g, '.').toUpperCase();
    expect(first(`/library/${dotted}/part-01.html`)).toMatchObject({ url: speeches.url });
    expect(first(`/library/${speeches.id.replace(/-/g, '_')}/index.html`)).toMatchObject({ url: speeches.url });
    const concept = index.concepts.find((c) => c.term === '两学一做')!;
    expect(first(`/concepts/${encodeURIComponent('两学一做')}/`)).toMatchObject({ kind: 'concept', url: concept.url });
    expect(first(`/concepts/${concept.id.replace(/o$/, 'u')}/`)).toMatchObject({ url: concept.url });
    // An alias finds its concept too.
    const aliased = index.concepts.find((c) => c.aliases.length > 0)!;
    expect(first(`/concept/${encodeURIComponent(aliased.aliases[0]!)}`)).toMatchObject({ url: aliased.url });
  });

  test('an unrelated address suggests nothing; the list never exceeds its length', () => {
    expect(suggestPages('/no-such-page/', '/', index)).toEqual([]);
    expect(suggestPages('/dangjian/', '/dangjian/', index)).toEqual([]);
    expect(suggestPages('/wp-admin/setup-config.php', '/', index)).toEqual([]);
    expect(suggestPages('/library/x/', '/', index).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  test('segments are normalised as old links write them; a malformed escape is kept as typed', () => {
    expect(normaliseSegment('Speeches.Zhengzhi_Jiguan.HTML')).toBe('speeches-zhengzhi-jiguan');
    expect(normaliseSegment('%E4%B8%A4%E5%AD%A6')).toBe('两学');
    expect(normaliseSegment('%E4%B8')).toBe('%e4%b8');
  });
});
