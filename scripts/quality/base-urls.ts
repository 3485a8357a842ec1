/**
 * Finds internal URLs that ignore the deploy base: in a site built with `DJ_BASE=/dangjian/`, a
 * link, script, stylesheet, fetch or data URL that starts with `/` but not with `/dangjian/` breaks
 * as soon as the site is served under that path. Used on every built HTML/JS/CSS/JSON file and on
 * the pipeline's `.generated/` output.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

/**
 * Where a URL sits in a text file, each with the URL as its last capture group:
 * - `href="/x"`, `src=…`, `action=…`, `url: "/x"`, `"readingUrl":"/x"`, `sectionUrl={"/x"}` (HTML
 *   attributes, MDX props, JSON and JS keys whose name ends in url/href/src);
 * - `url(/x)` in CSS and inline styles;
 * - `fetch("/x")`, `import("/x")`, `from "/x"` in scripts;
 * - a quoted path of known site sections in scripts (`"/search/"`), the shape a hand-built URL takes
 *   once minified.
 */
const URL_PLACES: readonly RegExp[] = [
  /\b(?:href|src|action|poster|[\w-]*(?:url|Url|URL|href|Href))"?\s*[=:]\s*\{?\s*["'`](\/[^"'`\s]*)/g,
  /\burl\(\s*["']?(\/[^)"'\s]*)/g,
  /\b(?:fetch|import)\(\s*["'`](\/[^"'`\s]*)/g,
  /\bfrom\s*["'](\/[^"'\s]*)/g,
  /["'`](\/(?:_astro|library|concepts|cases|search|references|data|lecture|pagefind)\b[^"'`\s]*)/g,
];

/** One URL found outside the base. */
export interface BaseViolation {
  /** 1-based line of the URL in its file. */
  line: number;
  url: string;
}

/**
 * Every internal URL of `text` (a site-absolute path) that does not start with `base`.
 * Protocol-relative `//host/…` URLs count too: they leave the base (and the site).
 */
export function urlsIgnoringBase(text: string, base: string): BaseViolation[] {
  const found = new Map<number, BaseViolation>();
  for (const place of URL_PLACES) {
    for (const m of text.matchAll(place)) {
      const url = m[m.length - 1]!;
      if (url.startsWith(base)) continue;
      const at = m.index + m[0].length - url.length;
      found.set(at, { line: text.slice(0, at).split('\n').length, url });
    }
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
}

/** Internal URLs that start with `base` in `text`, found the same way (proof the scan saw URLs). */
export function countBasedUrls(text: string, base: string): number {
  const seen = new Set<number>();
  for (const place of URL_PLACES) {
    for (const m of text.matchAll(place)) if (m[m.length - 1]!.startsWith(base)) seen.add(m.index + m[0].length);
  }
  return seen.size;
}

/** File kinds a site or `.generated/` holds URLs in. */
const SCANNED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.mdx', '.xml', '.txt', '.webmanifest']);

/** Result of scanning a directory tree. */
export interface BaseScan {
  files: number;
  /** URLs under the base seen in them. */
  based: number;
  /** `file:line url` of every URL outside the base. */
  violations: string[];
}

/**
 * Scan every text file under `dir` (HTML, JS, CSS, JSON, MDX …) for internal URLs outside `base`.
 * `skip(rel)` leaves files out (e.g. Pagefind's own binary index fragments).
 */
export async function scanTreeForBase(
  dir: string,
  base: string,
  skip: (rel: string) => boolean = () => false,
): Promise<BaseScan> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && SCANNED.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((rel) => !skip(rel))
    .sort();
  const out: BaseScan = { files: files.length, based: 0, violations: [] };
  for (const rel of files) {
    const text = await readFile(join(dir, rel), 'utf8');
    out.based += countBasedUrls(text, base);
    for (const v of urlsIgnoringBase(text, base)) out.violations.push(`${rel}:${v.line} ${v.url}`);
  }
  return out;
}
