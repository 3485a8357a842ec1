/**
 * Inventory of a built site for the quality gates: every HTML page in `dist/`, grouped into page
 * kinds by its URL (home, library, document and reading pages per document kind, and whatever
 * other sections exist, such as concepts, cases, search). Kinds are discovered, not listed, so a
 * page type added later is checked without touching the tests.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compareCodeUnits } from '../util/sort.js';
import { forEachObject } from './corpus-page.js';

/** One built page. */
export interface SitePage {
  /** URL path (with query for pages that need one), e.g. `/library/x/ch03/` or `/search/?q=…`. */
  url: string;
  /** File relative to the site root, e.g. `library/x/ch03/index.html`. */
  file: string;
  /** Page kind, e.g. `home`, `library`, `document (paper)`, `reading (handbook)`, `concepts/*`. */
  kind: string;
  /** Size of the HTML file in bytes. */
  bytes: number;
}

/** Query strings a page kind is opened with (search shows results only for a query). */
export const PAGE_QUERIES: Record<string, string> = { search: '?q=两学一做' };

/** Every `*.html` file under `dir`, sorted, as paths relative to `dir` with `/` separators. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  }
  await walk(dir);
  return out.sort();
}

/** `library/x/index.html` → `/library/x/`; `404.html` → `/404.html`. */
export function fileToUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Document id → kind (`paper`, `speech`, `handbook`), from any object in corpus.json with both. */
export function documentKinds(corpus: unknown): Map<string, string> {
  const kinds = new Map<string, string>();
  forEachObject(corpus, (o) => {
    if (typeof o.id === 'string' && typeof o.kind === 'string' && !kinds.has(o.id)) kinds.set(o.id, o.kind);
  });
  return kinds;
}

/** The page kind of a URL path; library pages are split by the kind of their root document. */
export function classifyUrl(url: string, kinds: Map<string, string>): string {
  const segs = url.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (segs.length === 0) return 'home';
  if (segs.length === 1) return segs[0]!.replace(/\.html$/, '');
  if (segs[0] === 'library') {
    // A later page of the paged library (`/library/page/2/`), unless a document is called `page`.
    if (segs[1] === 'page' && !kinds.has('page')) return 'library/page/*';
    const docKind = kinds.get(segs[1]!) ?? 'unknown';
    return segs.length === 2 ? `document (${docKind})` : `reading (${docKind})`;
  }
  return `${segs[0]}/${'*/'.repeat(segs.length - 2)}*`;
}

/** Read a JSON file of a built site (`data/corpus.json` …), or undefined if it has none. */
async function readSiteJson(siteDir: string, ...path: string[]): Promise<unknown> {
  const text = await readFile(join(siteDir, ...path), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : JSON.parse(text);
}

/** Read `data/corpus.json` of a built site, or undefined if it has none. */
export const readCorpus = (siteDir: string): Promise<unknown> => readSiteJson(siteDir, 'data', 'corpus.json');

/** Every page of the built site with its kind, sorted by URL. */
export async function listPages(siteDir: string): Promise<SitePage[]> {
  // The split corpus's small index lists every root with its kind; a large site has no whole corpus.json.
  const kinds = documentKinds(
    (await readSiteJson(siteDir, 'data', 'corpus', 'index.json')) ?? (await readCorpus(siteDir)),
  );
  const pages: SitePage[] = [];
  for (const file of await listHtmlFiles(siteDir)) {
    const path = fileToUrl(file);
    const kind = classifyUrl(path, kinds);
    const { size } = await stat(join(siteDir, file));
    pages.push({ url: path + (PAGE_QUERIES[kind] ?? ''), file, kind, bytes: size });
  }
  return pages;
}

/**
 * One page per kind: the largest (most content, so most to check), ties broken by URL so the
 * choice is deterministic. The 404 page is a kind too.
 */
export function representativePages(pages: SitePage[]): SitePage[] {
  const best = new Map<string, SitePage>();
  for (const p of pages) {
    const cur = best.get(p.kind);
    if (!cur || p.bytes > cur.bytes || (p.bytes === cur.bytes && p.url < cur.url)) best.set(p.kind, p);
  }
  return [...best.values()].sort((a, b) => compareCodeUnits(a.kind, b.kind));
}
