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
  suggestReadingPages,
  withReadingPages,
  type ReadingPageLink,
  type SuggestIndex,
} from '../../src/client/not-found/suggest.js';
import { readingUrl, type DocId, type PageSlug } from '../../scripts/model/ids.js';
import { corpusIndexSchema } from '../../src/schemas/corpus-split.js';
import { buildRealCorpus } from './support/real-build.js';

let index: SuggestIndex;
let kinds: Map<string, string>;
/** The reading pages of each document, as the emitted MDX files name them (pages/<root>/<slug>.mdx). */
let pagesOf: Map<string, ReadingPageLink[]>;
beforeAll(() => {
  const real = buildRealCorpus();
  const file = emitAll(real.roots, real.kb).find((f) => f.path === CORPUS_INDEX_PATH)!;
  const parsed = corpusIndexSchema.parse(JSON.parse(file.contents));
  index = { documents: parsed.documents, concepts: parsed.concepts ?? [] };
  kinds = new Map(parsed.documents.map((d) => [d.id, d.kind]));
  pagesOf = new Map();
  for (const f of emitAll(real.roots, real.kb)) {
    const m = /^pages\/([^/]+)\/([^/]+)\.mdx$/.exec(f.path);
    if (!m) continue;
    const list = pagesOf.get(m[1]!) ?? pagesOf.set(m[1]!, []).get(m[1]!)!;
    list.push({ title: `${m[1]} ${m[2]}`, url: readingUrl(m[1]! as DocId, m[2]! as PageSlug) });
  }
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

describe('a mistyped reading-page address suggests the reading page, then its document', () => {
  test('every reading page of a document with several, its slug mistyped: that page first', () => {
    let tried = 0;
    for (const d of index.documents) {
      const pages = pagesOf.get(d.id) ?? [];
      if (pages.length < 2) continue;
      for (const p of pages) {
        const slug = p.url.split('/').filter(Boolean).at(-1)!;
        // As readers type them: ch03 → ch3, part-02 → part-2, ch10 → ch-10, preface → prefce.
        const typo = /0\d$/.test(slug)
          ? slug.replace(/0(\d)$/, '$1')
          : /\d$/.test(slug)
            ? slug.replace(/(\d+)$/, '-$1')
            : slug.slice(0, -3) + slug.slice(-2);
        slug.replace(/0(\d)$/, '$1') === slug ? slug.slice(0, -2) + slug.slice(-1) : slug.replace(/0(\d)$/, '$1');
        const path = `/dangjian/library/${d.id}/${typo}/`;
        const found = withReadingPages(
          suggestReadingPages(path, '/dangjian/', pages),
          suggestPages(path, '/dangjian/', index),
        );
        expect(found[0], path).toMatchObject({ kind: 'page', url: p.url });
        expect(found.find((f) => f.kind === 'document')?.url).toBe(d.url);
        expect(found.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(10);
  });

  test('an exact page address needs no page suggestion; an unrelated segment gets none', () => {
    const [id, pages] = [...pagesOf].find(([, p]) => p.length > 2)!;
    expect(suggestReadingPages(`/library/${id}/no-such-thing/`, '/', pages)).toEqual([]);
    // The document's own segment matches no slug, so it never brings every page along.
    expect(suggestReadingPages(`/library/${id}/`, '/', pages)).toEqual([]);
  });
});
