/**
 * The incremental build's memory (`.cache/pipeline/`, gitignored): annotated root documents (with
 * their keyword input to the knowledge stage) keyed
 * by a content hash of everything they depend on, and a stamp of the last complete output. A key
 * covers the source bytes, the manifest entry, the glossary, the pipeline's own code and the
 * options that change output, so a hit can never be stale; every file is written atomically
 * (temporary name, then rename), so an interrupted build leaves no half-written entry.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentCache, ProcessedDocument, RawSource, SourceGroup } from '../pipeline.js';

/** The project root (this file is scripts/io/pipeline-cache.ts). */
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Environment variables that change what the pipeline writes (URLs, printed origin). */
export const OUTPUT_ENV = ['DJ_BASE', 'DJ_SITE'] as const;

const sha = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? `${p.length}:${p}` : p).update('\0');
  return h.digest('hex');
};

/** Every file under `dir` (relative paths, sorted); none when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Hash of files and directories of the project (path and bytes of each file, in order).
 * @example treeHash(['scripts', 'src/schemas', 'package-lock.json'])
 */
export function treeHash(paths: readonly string[], root = PROJECT): string {
  const h = createHash('sha256');
  for (const p of paths) {
    const abs = join(root, p);
    if (!existsSync(abs)) continue;
    const files = statSync(abs).isDirectory() ? filesUnder(abs).map((f) => join(p, f)) : [p];
    for (const f of files)
      h.update(`${f}\0`)
        .update(readFileSync(join(root, f)))
        .update('\0');
  }
  return h.digest('hex');
}

/** A relative module specifier in an import, export … from, dynamic import(), or a worker's `new URL(…)`. */
const LOCAL_IMPORT = /(?:\bfrom|\bimport|\bnew URL)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Every project file `entry` imports, directly or not (relative specifiers; `.js` names the `.ts`
 * source), itself included, as sorted project-relative paths.
 * @example importClosure('scripts/build.ts') → ['scripts/build.ts', …, 'src/schemas/knowledge.ts', …]
 */
export function importClosure(entry: string, root = PROJECT): string[] {
  const seen = new Set<string>();
  const stack = [resolve(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT)) {
      const target = resolve(dirname(file), m[1]!);
      const source = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`].find(
        (f) => existsSync(f) && statSync(f).isFile(),
      );
      // An import that resolves to nothing would break the build anyway; never skip it silently.
      if (!source) throw new Error(`${relative(root, file)}: cannot resolve import "${m[1]}"`);
      stack.push(source);
    }
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

/**
 * The pipeline's code version: every file scripts/build.ts imports (stages, emitters, schemas …)
 * and the locked dependency versions (nodejieba's dictionary, zod …). The benchmark, tests and
 * quality scripts are not in it, so editing them leaves the cache valid.
 */
export const pipelineCodeVersion = (): string => treeHash([...importClosure('scripts/build.ts'), 'package-lock.json']);

/** What every cached result depends on besides its own sources. */
export interface CacheSalt {
  codeVersion: string;
  /** Bytes of the glossary file ('' without one). */
  glossary: Uint8Array | string;
}

/** Key of one source: its manifest entry (line included: errors and metadata carry it) and bytes. */
const sourceKey = ({ meta, bytes }: RawSource): string => sha(JSON.stringify(meta), bytes);

/** The salt as one hash, with the output options of the environment. */
const saltHash = (salt: CacheSalt): string =>
  sha(salt.codeVersion, salt.glossary, ...OUTPUT_ENV.map((v) => `${v}=${process.env[v] ?? ''}`));

/** Key of everything one build reads: when it equals the last build's, the output is unchanged. */
export const buildKey = (sources: readonly RawSource[], salt: CacheSalt): string =>
  sha(saltHash(salt), ...sources.map(sourceKey));

/** Write a file atomically: a temporary name in the same directory, then rename. */
function writeAtomically(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

/**
 * Annotated documents on disk, one JSON file per root document (`<id>-<key>.json`). `prune()`
 * deletes the other versions of this build's documents, so the cache holds one version per
 * document, not every version ever (other corpora's documents stay).
 */
export class FileDocumentCache implements DocumentCache {
  readonly hits: string[] = [];
  readonly misses: string[] = [];
  private readonly dir: string;
  private readonly salt: string;

  constructor(cacheDir: string, salt: CacheSalt) {
    this.dir = join(cacheDir, 'documents');
    this.salt = saltHash(salt);
  }

  private path(group: SourceGroup): string {
    return join(this.dir, `${group[0]!.meta.id}-${sha(this.salt, ...group.map(sourceKey)).slice(0, 32)}.json`);
  }

  get(group: SourceGroup): ProcessedDocument | undefined {
    const path = this.path(group);
    if (!existsSync(path)) return undefined;
    this.hits.push(path);
    return JSON.parse(readFileSync(path, 'utf8')) as ProcessedDocument;
  }

  put(group: SourceGroup, entry: ProcessedDocument): void {
    const path = this.path(group);
    writeAtomically(path, JSON.stringify(entry));
    this.misses.push(path);
  }

  /** Delete the entries of this build's documents that it neither read nor wrote. */
  prune(): void {
    const used = new Set([...this.hits, ...this.misses]);
    const idOf = (file: string) => file.replace(/-[0-9a-f]{32}\.json$/, '');
    const ids = new Set([...used].map((p) => idOf(relative(this.dir, p))));
    for (const f of filesUnder(this.dir))
      if (ids.has(idOf(f)) && !used.has(join(this.dir, f))) rmSync(join(this.dir, f), { force: true });
  }
}

/**
 * Size and modification time of each file of a directory, by relative path: any edit, addition or
 * deletion after the build changes it (cheaper than hashing hundreds of megabytes of output).
 */
const contentsOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    filesUnder(dir).map((f) => {
      const st = statSync(join(dir, f));
      return [f, `${st.size}:${st.mtimeMs}`];
    }),
  );

/** The stamp of the last complete output: its build key and the size and time of every file written. */
interface OutputStamp {
  key: string;
  files: Record<string, string>;
}

const stampPath = (cacheDir: string, outDir: string) =>
  join(cacheDir, `output-${sha(resolve(outDir)).slice(0, 16)}.json`);

/**
 * True when `outDir` holds exactly what the build with `key` wrote (nothing edited, added or
 * deleted since): then the pipeline need not run.
 */
export function outputUpToDate(cacheDir: string, outDir: string, key: string): boolean {
  const path = stampPath(cacheDir, outDir);
  if (!existsSync(path) || !existsSync(outDir)) return false;
  const stamp = JSON.parse(readFileSync(path, 'utf8')) as OutputStamp;
  return stamp.key === key && JSON.stringify(stamp.files) === JSON.stringify(contentsOf(outDir));
}

/** Record that `outDir` now holds the output of the build with `key`. */
export function stampOutput(cacheDir: string, outDir: string, key: string): void {
  const stamp: OutputStamp = { key, files: contentsOf(outDir) };
  writeAtomically(stampPath(cacheDir, outDir), JSON.stringify(stamp));
}

/** The key of the output last stamped for `outDir`, if any (the site build keys on it). */
export function stampedKey(cacheDir: string, outDir: string): string | undefined {
  const path = stampPath(cacheDir, outDir);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as OutputStamp).key : undefined;
}

/** What the Astro build reads besides the generated directory. */
const SITE_INPUTS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];
/** Options that shape the site but not the pipeline's output: the search index's shard size. */
const SITE_ENV = [...OUTPUT_ENV, 'DJ_SEARCH_SHARD_WORDS'] as const;

/** Key of a site build: the pipeline's build key, the site's own code and the output options. */
export const siteKey = (pipelineKey: string): string =>
  sha(pipelineKey, treeHash(SITE_INPUTS), ...SITE_ENV.map((v) => `${v}=${process.env[v] ?? ''}`));
