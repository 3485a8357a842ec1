/**
 * The pipeline under a deploy base: built with `DJ_BASE=/dangjian/`, no file it writes (MDX front
 * matter and props, corpus.json, the knowledge data) holds an internal URL outside the base; and
 * the scanner that says so (scripts/quality/base-urls.ts) finds each kind of URL it must.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildGenerated, defaultBuildOptions } from '../../scripts/build.js';
import { scanTreeForBase, urlsIgnoringBase } from '../../scripts/quality/base-urls.js';

const BASE = '/dangjian/';

describe('urlsIgnoringBase', () => {
  test.each([
    ['<a href="/library/x/">', ['/library/x/']],
    ['<a href="/dangjian/library/x/">', []],
    ['<link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/b.js">', ['/_astro/a.css', '/_astro/b.js']],
    ['<form action="/search/" method="get">', ['/search/']],
    ['{"url":"/library/x/ch01/#p-1","readingUrl":"/dangjian/library/x/text/"}', ['/library/x/ch01/#p-1']],
    ['{"sectionUrl": "/library/x/#s-1"}', ['/library/x/#s-1']],
    ['<Term id="x" url={"/concepts/x/"} />', ['/concepts/x/']],
    ['.a{background:url(/img/a.png)} .b{background:url("/dangjian/img/b.png")}', ['/img/a.png']],
    [
      'fetch("/data/concept-previews.json");import("/pagefind/pagefind.js")',
      ['/data/concept-previews.json', '/pagefind/pagefind.js'],
    ],
    ['const e=new P("/search/");', ['/search/']],
    ['<a href="//cdn.example.com/x.js">', ['//cdn.example.com/x.js']],
    ['<a href="https://example.com/library/">外部</a> <a href="#p-1">¶</a> <a href="ch02/">相对</a>', []],
    ['text: "/ 与 /"', []],
  ])('%s', (text, urls) => {
    expect(urlsIgnoringBase(text, BASE).map((v) => v.url)).toEqual(urls);
  });

  test('names the line of each URL', () => {
    expect(urlsIgnoringBase('<p>\n<a href="/cases/">\n</p>', BASE)).toEqual([{ line: 2, url: '/cases/' }]);
  });
});

describe('the pipeline with DJ_BASE=/dangjian/ on the real corpus', () => {
  const saved = process.env.DJ_BASE;
  const out = mkdtempSync(join(tmpdir(), 'dj-base-generated-'));
  afterAll(() => {
    if (saved === undefined) delete process.env.DJ_BASE;
    else process.env.DJ_BASE = saved;
    rmSync(out, { recursive: true, force: true });
  });

  test('every URL it writes starts with the base', async () => {
    process.env.DJ_BASE = BASE;
    const { files } = buildGenerated({ ...defaultBuildOptions, outDir: out });
    const scan = await scanTreeForBase(out, BASE);
    expect(scan.files).toBe(files);
    expect(scan.violations, scan.violations.slice(0, 40).join('\n')).toEqual([]);
    // Every paragraph, section, concept occurrence and case carries a URL: thousands, not a handful.
    expect(scan.based).toBeGreaterThan(2000);
  }, 180_000);
});
