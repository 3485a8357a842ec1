/**
 * Astro integration run at `astro:build:done`: writes the passage search index. Pagefind holds
 * the words (`/pagefind/`, custom records from search-records.ts, built from
 * `.generated/data/corpus.json`); beside it `/search/config.json` (glossary), `concepts.json`
 * (definitions), `t2s.json` (traditional → simplified) and `works.json` (the works' titles). Every
 * Pagefind error is thrown.
 */
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildRecords,
  commonWords,
  conceptPassages,
  DEFAULT_CHUNK_CHARS,
  searchConfig,
  workTitles,
  type SearchRecord,
} from './search-records.js';
import { SHARD_WORDS, shardDir, shardRecords } from './search-shards.js';
import { stripFragmentContent } from './pagefind-fragments.js';
import { loadConcepts } from './concepts-data.js';
import { flattenCorpus } from '../client/search/corpus.js';
import { readCorpus } from '../lib/corpus-files.js';
import { buildT2sTable, traditionalFolds } from './t2s-table.js';
import { generatedDir } from '../lib/generated-dir.js';
import { wordRuns } from '../client/search/text.js';

/**
 * Files Pagefind writes that the site never loads: those of its own search UIs and highlighter
 * (the site queries `pagefind.js` directly, client/search/engine.ts: 434 KB with Pagefind 1.6),
 * and in a merged bundle also its script and WebAssembly, since it runs in the first bundle's.
 */
const unusedFile = (name: string, merged: boolean): boolean =>
  /^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(name) ||
  (merged && /^(pagefind(-worker)?\.js|wasm\..*\.pagefind)$/.test(name));

/**
 * Write `records` as a Pagefind bundle into `outputPath`, in an indexer process of its own (closed
 * at the end, so a next shard starts from an empty one), and strip the words from its fragments.
 */
async function writePagefindIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  merged: boolean,
): Promise<void> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  try {
    // One language, no segmenter: the content is already written as words (tokens.ts).
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const r of records) fail(`addCustomRecord ${r.url}`, (await index.addCustomRecord(r)).errors);
    fail('writeFiles', (await index.writeFiles({ outputPath })).errors);
    for (const f of await readdir(outputPath)) if (unusedFile(f, merged)) await rm(join(outputPath, f));
  } finally {
    await close();
  }
  await stripFragmentContent(outputPath);
}

/**
 * Write `records` as Pagefind bundles into `pagefindDir` (search-shards.ts): the first shard's is
 * the folder itself, the others its subfolders. Returns every bundle's folder, relative ('' first).
 */
export async function writePagefindBundles(
  records: readonly SearchRecord[],
  pagefindDir: string,
  shardWords = SHARD_WORDS,
): Promise<string[]> {
  const shards = shardRecords(records, shardWords);
  // The first shard first: its bundle is the folder the others are written into.
  for (const [k, shard] of shards.entries()) await writePagefindIndex(shard, join(pagefindDir, shardDir(k)), k > 0);
  return shards.map((_, k) => shardDir(k));
}

/**
 * Build every search file into `siteDir` (also used by bench:search --reindex on a built site),
 * the passage index in shards of at most `shardWords` (word, record) pairs.
 */
export async function writeSearchIndex(
  siteDir: string,
  shardWords = SHARD_WORDS,
): Promise<{ records: number; passages: number; concepts: number; shards: number }> {
  const corpus = readCorpus();
  const table = flattenCorpus(corpus);
  const concepts = await loadConcepts(generatedDir(), (id) => existsSync(join(siteDir, 'concepts', id, 'index.html')));
  const folds = traditionalFolds(table);
  const records = buildRecords(table, conceptPassages(table, corpus.concepts, concepts), DEFAULT_CHUNK_CHARS, folds);
  const shards = await writePagefindBundles(records, join(siteDir, 'pagefind'), shardWords);
  // What a traditional query may convert to: the characters search reads (a traditional passage's simplified form).
  const searched = table.passages.map((p, pid) => folds.get(pid) ?? p.text);
  const charset = new Set(searched.flatMap((t) => wordRuns(t).flatMap((r) => [...r.text])));
  const t2s = buildT2sTable(charset);
  const files: [string, unknown][] = [
    ['config.json', searchConfig(concepts, t2s, commonWords(records), shards.slice(1))],
    ['concepts.json', Object.fromEntries(concepts.flatMap((c) => (c.definition ? [[c.id, c.definition]] : [])))],
    ['t2s.json', t2s],
    ['works.json', workTitles(table)],
  ];
  await mkdir(join(siteDir, 'search'), { recursive: true });
  for (const [name, data] of files) await writeFile(join(siteDir, 'search', name), JSON.stringify(data));
  return { records: records.length, passages: table.passages.length, concepts: concepts.length, shards: shards.length };
}

/**
 * The shard size of the build: `DJ_SEARCH_SHARD_WORDS` when set (the e2e tests build their
 * `/dangjian/` site with a small one, so search runs on merged bundles of the real corpus).
 */
export function shardWordsFromEnv(value = process.env.DJ_SEARCH_SHARD_WORDS): number {
  if (value === undefined || value === '') return SHARD_WORDS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`DJ_SEARCH_SHARD_WORDS must be a whole number ≥ 1, not "${value}"`);
  return n;
}

/** One line on what the search step wrote. */
export const describeSearchIndex = (s: Awaited<ReturnType<typeof writeSearchIndex>>, ms: number): string =>
  `Search index: ${s.passages} passages in ${s.records} Pagefind records (${s.shards} bundle${s.shards > 1 ? 's' : ''}), ${s.concepts} concepts, ${ms} ms`;

/**
 * Set by `npm run build` (scripts/build-site.ts) for the `astro build` it runs: the search step then
 * runs after Astro has exited, in a process of its own, so Pagefind's indexer and Astro's heap are
 * never in memory together. A plain `astro build` writes the index here, at `astro:build:done`.
 */
export const SEPARATE_SEARCH_STEP = 'DJ_SEARCH_STEP_SEPARATE';

/** The search step of the build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'dangjian:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEPARATE_SEARCH_STEP] === '1') return;
        const t0 = Date.now();
        logger.info(
          describeSearchIndex(await writeSearchIndex(fileURLToPath(dir), shardWordsFromEnv()), Date.now() - t0),
        );
      },
    },
  };
}
