/**
 * No URL of the site is assembled outside the URL module (scripts/model/urls.ts): a string that
 * starts a site path by hand (`'/library/'`, `` `/concepts/${id}/` ``, `href="/"`, `fetch('/data/…')`)
 * ignores the deploy base and breaks the site under /dangjian/. Comments may show URLs; code may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The one module allowed to spell the URL scheme. */
const URL_MODULE = join('scripts', 'model', 'urls.ts');
const SOURCE = /\.(ts|mts|mjs|js|astro)$/;

/**
 * Shapes of a hand-built URL: a quote or backtick opening a site section (`'/library/`, `"/search`,
 * `` `/concepts/ ``…); an HTML attribute with a literal site-absolute value (`href="/"`,
 * `action="/search/"`); a fetch or import of a literal site path.
 */
const HAND_BUILT: readonly RegExp[] = [
  /["'`]\/(?:library|concepts|cases|search|references|data|lecture|pagefind|_astro)(?:[/?#"'`$]|\b)/,
  /\b(?:href|src|action|formaction|poster)=["']\//,
  /\b(?:fetch|import)\(\s*["'`]\/(?!\/)/,
];

/** Code without its comments (`// …`, `/* … *\/`, `{/* … *\/}`), line count kept for messages. */
export function stripComments(code: string): string {
  const keepLines = (m: string) => m.replace(/[^\n]/g, ' ');
  return (
    code
      .replace(/\/\*[\s\S]*?\*\//g, keepLines)
      .replace(/<!--[\s\S]*?-->/g, keepLines)
      // `//` after a colon is a scheme (`http://`), inside a regex it is escaped (`\/\/`).
      .replace(/(^|[^:\\'"`])\/\/.*$/gm, (_m, before: string) => before)
  );
}

/** `file:line: text` of every hand-built URL in the given files. */
function handBuilt(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const lines = stripComments(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (HAND_BUILT.some((re) => re.test(line))) out.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => f !== URL_MODULE)
    .sort();
}

describe('URLs are built only by scripts/model/urls.ts', () => {
  test('no hand-built site URL in src/ or scripts/ (or astro.config.mjs)', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'];
    expect(files.length).toBeGreaterThan(50);
    expect(handBuilt(files)).toEqual([]);
  });

  test.each([
    ["const u = '/library/' + id;", true],
    ['<a href={`/concepts/${id}/`}>', true],
    ['<a href="/">首页</a>', true],
    ['<form action="/search/" method="get">', true],
    ["fetch('/data/concept-previews.json')", true],
    ['return `/search/?${q}`;', true],
    ['const url = conceptUrl(id);', false],
    ['// the page is `/concepts/<id>/`', false],
    ['/** `/library/<root>/<slug>/` */', false],
    ["const origin = 'http://x/library/';", false],
    ['const re = /\\/concepts\\/([a-z0-9-]+)\\//;', false],
  ])('%s → hand-built: %s', (line, expected) => {
    const found = HAND_BUILT.some((re) => re.test(stripComments(line)));
    expect(found).toBe(expected);
  });
});
