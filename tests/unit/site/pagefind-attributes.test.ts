/**
 * Search indexes custom records built from corpus.json (src/integrations/search-records.ts), never
 * the HTML pages, so Pagefind's page attributes (`data-pagefind-body`, `-ignore`, `-meta`,
 * `-filter`…) would do nothing and only mislead. This keeps them out of the pages, and fails if
 * HTML indexing comes back (then the pages need those attributes again: see Pagefind's docs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SOURCE = /\.(ts|mts|mjs|js|astro|mdx|css)$/;
/** The search page is the search engineers' (its `data-pagefind-ignore="all"` is just as dead). */
const OWNED_BY_SEARCH = new Set([join('src', 'pages', 'search.astro')]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `file:line: text` of every line matching `re`. */
function linesMatching(files: string[], re: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (re.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
  );
}

const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'];

describe('Pagefind indexes records, not pages', () => {
  test('the index is fed custom records only: no directory, HTML file or CLI site run', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(linesMatching(files, /\baddCustomRecord\(/).length).toBeGreaterThan(0);
    expect(linesMatching(files, /\b(?:addDirectory|addHTMLFile)\(|pagefind\b.*--site\b/)).toEqual([]);
  });

  test('no page carries a Pagefind attribute', () => {
    const pages = files.filter((f) => !OWNED_BY_SEARCH.has(f));
    expect(linesMatching(pages, /data-pagefind-|dataset\.pagefind|\[data-pagefind/)).toEqual([]);
  });
});
