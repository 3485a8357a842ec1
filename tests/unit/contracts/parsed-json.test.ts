/**
 * Parsed JSON enters the site only through a validator: in src/, every `JSON.parse(…)` and
 * `.json()` is the argument of a schema check (zod's parse/safeParse, or json-shape's shaped /
 * recordOf in the browser) or sits in the one loader (src/lib/data-file.ts). An `as T` on parsed
 * JSON, or a parsed value bound to a typed variable, fails this test with file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The validated loader itself. */
const LOADER = 'src/lib/data-file.ts';
/** Nothing is exempt (the search files and Pagefind record data have schemas: src/client/search/schema.ts). */
const EXEMPT: string[] = [];

const PARSED = /JSON\.parse\(|\.json\(\)/g;
/** What may stand right before a parse: a validator call taking it as its first argument. */
const VALIDATED_BEFORE = /(?:\b(?:shaped|recordOf|parse|safeParse)\()(?:await\s+)?[\w.?]*$/;

/** `file:line: code` for every parse of JSON in `text` that is not handed to a validator. */
function unvalidatedParses(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PARSED)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index);
    if (VALIDATED_BEFORE.test(before)) continue;
    const line = text.slice(0, m.index).split('\n').length;
    found.push(`${file}:${line}: ${text.slice(lineStart, text.indexOf('\n', m.index)).trim()}`);
  }
  return found;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(?:ts|astro|mjs)$/.test(e.name) ? [path] : [];
  });

describe('parsed JSON in src/ goes through a schema', () => {
  test('no JSON.parse or .json() in src/ outside a validator', () => {
    const files = sourceFiles('src').filter((f) => f !== LOADER && !EXEMPT.some((e) => f.startsWith(e)));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => unvalidatedParses(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  test.each([
    ['const c = JSON.parse(text) as Corpus;', 1],
    ['const c: Corpus = JSON.parse(readFileSync(f, "utf8"));', 1],
    ['fetch(u).then((r) => r.json() as Promise<T>)', 1],
    ['const d = (await r.json()) as T;', 1],
    ['const cite = shaped(JSON.parse(el.dataset.cite ?? "{}"), PAGE_CITE);', 0],
    ['recordOf(await r.json(), PREVIEW)', 0],
    ['corpusSchema.parse(JSON.parse(text))', 0],
  ])('the scan itself: %s → %i finding(s)', (code, n) => {
    expect(unvalidatedParses('x.ts', code)).toHaveLength(n);
  });
});
