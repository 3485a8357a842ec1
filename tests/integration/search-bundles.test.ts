/**
 * The passage index written by Pagefind in bundles (pagefind.ts, search-shards.ts,
 * pagefind-fragments.ts), on the real corpus's records: every record is one fragment of exactly one
 * bundle, each fragment keeps its record's data and URL but not its words, and only the first
 * bundle carries Pagefind's script and WebAssembly.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writePagefindBundles } from '../../src/integrations/pagefind.js';
import { withoutContent } from '../../src/integrations/pagefind-fragments.js';
import { recordWords } from '../../src/integrations/search-shards.js';
import { records } from '../unit/search/records-fixture.js';

const SIGNATURE = 'pagefind_dcd';
const readFragment = (file: string) =>
  JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').slice(SIGNATURE.length)) as Record<string, unknown>;

describe('Pagefind bundles of the real records', () => {
  let dir = '';
  let bundles: string[] = [];
  const budget =
    Math.ceil(records.reduce((n, r) => n + recordWords(r), 0) / 3) + 2 * Math.max(...records.map(recordWords));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dj-bundles-'));
    bundles = await writePagefindBundles(records, dir, budget);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('three bundles: the Pagefind folder and s1/, s2/ inside it', () => {
    expect(bundles).toEqual(['', 's1/', 's2/']);
  });

  test('every record is one fragment of one bundle, with its data and URL and without its words', () => {
    const byUrl = new Map(records.map((r) => [r.url, r]));
    const seen: string[] = [];
    for (const b of bundles) {
      const fragments = join(dir, b, 'fragment');
      for (const name of readdirSync(fragments)) {
        const f = readFragment(join(fragments, name));
        const record = byUrl.get(f.url as string);
        expect(record, `${b}${name}: a record's fragment`).toBeDefined();
        expect(f.content).toBe('');
        expect((f.meta as { d: string }).d).toBe(record!.meta.d);
        seen.push(f.url as string);
      }
    }
    expect(seen.sort()).toEqual(records.map((r) => r.url).sort());
  });

  test("only the first bundle holds Pagefind's script and WebAssembly; each has its entry file and metadata", () => {
    const files = (b: string) => readdirSync(join(dir, b));
    expect(files('')).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', 'pagefind-entry.json']));
    for (const b of bundles.slice(1)) {
      expect(files(b).filter((f) => /\.js$|^wasm\./.test(f))).toEqual([]);
      expect(files(b)).toContain('pagefind-entry.json');
      expect(files(b).some((f) => f.endsWith('.pf_meta'))).toBe(true);
    }
  });
});

describe('withoutContent', () => {
  const fragment = (o: object) => gzipSync(SIGNATURE + JSON.stringify(o));

  test('empties content and keeps every other field, in order', () => {
    const out = gunzipSync(
      withoutContent(fragment({ url: '/a/', content: '两学 学一', word_count: 2, meta: { d: '{}' } })),
    );
    expect(out.toString('utf8')).toBe(`${SIGNATURE}{"url":"/a/","content":"","word_count":2,"meta":{"d":"{}"}}`);
  });

  test('deterministic: the same fragment gives the same bytes', () => {
    const f = fragment({ url: '/a/', content: '党建', meta: {} });
    expect(withoutContent(f).equals(withoutContent(f))).toBe(true);
  });

  test('refuses what is not a Pagefind fragment, naming the file', () => {
    expect(() => withoutContent(gzipSync('{"content":""}'), 'x.pf_fragment')).toThrow(
      /x\.pf_fragment: not a Pagefind fragment/,
    );
    expect(() => withoutContent(fragment({ url: '/a/' }), 'y.pf_fragment')).toThrow(
      /y\.pf_fragment: .*without a content/,
    );
  });
});
