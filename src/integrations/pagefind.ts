/**
 * Astro integration run at `astro:build:done`: writes the passage search index. Pagefind holds
 * the words (`/pagefind/`, custom records from search-records.ts, built from
 * `.generated/data/corpus.json`); beside it `/search/config.json` (glossary), `concepts.json`
 * (definitions) and `t2s.json` (traditional → simplified). Every Pagefind error is thrown.
 */
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecords, commonWords, conceptPassages, searchConfig, type SearchRecord } from './search-records.js';
import { loadConcepts } from './concepts-data.js';
import { flattenCorpus } from '../client/search/corpus.js';
import { corpusSchema } from '../schemas/corpus.js';
import { readDataFile } from '../lib/data-file.js';
import { buildT2sTable } from './t2s-table.js';
import { generatedDir } from '../lib/generated-dir.js';
import { wordRuns } from '../client/search/text.js';

/**
 * Files Pagefind writes for its own search UIs and highlighter: the site queries `pagefind.js`
 * directly (client/search/engine.ts), so they would only be shipped unused (434 KB with Pagefind 1.6).
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** Write `records` as a Pagefind index into `outputPath`. */
async function writePagefindIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
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
    for (const f of UNUSED_FILES) await rm(join(outputPath, f), { force: true });
  } finally {
    await close();
  }
}

/** Build every search file into `siteDir` (also used by bench:search --reindex on a built site). */
export async function writeSearchIndex(
  siteDir: string,
): Promise<{ records: number; passages: number; concepts: number }> {
  const corpus = readDataFile(join(generatedDir(), 'data', 'corpus.json'), corpusSchema);
  const table = flattenCorpus(corpus);
  const concepts = await loadConcepts(generatedDir(), (id) => existsSync(join(siteDir, 'concepts', id, 'index.html')));
  const records = buildRecords(table, conceptPassages(table, corpus.concepts, concepts));
  await writePagefindIndex(records, join(siteDir, 'pagefind'));
  const charset = new Set(table.passages.flatMap((p) => wordRuns(p.text).flatMap((r) => [...r.text])));
  const t2s = buildT2sTable(charset);
  const files: [string, unknown][] = [
    ['config.json', searchConfig(concepts, t2s, commonWords(records))],
    ['concepts.json', Object.fromEntries(concepts.flatMap((c) => (c.definition ? [[c.id, c.definition]] : [])))],
    ['t2s.json', t2s],
  ];
  await mkdir(join(siteDir, 'search'), { recursive: true });
  for (const [name, data] of files) await writeFile(join(siteDir, 'search', name), JSON.stringify(data));
  return { records: records.length, passages: table.passages.length, concepts: concepts.length };
}

/** The search step of the build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'dangjian:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = Date.now();
        const s = await writeSearchIndex(fileURLToPath(dir));
        logger.info(
          `Search index: ${s.passages} passages in ${s.records} Pagefind records, ${s.concepts} concepts, ${Date.now() - t0} ms`,
        );
      },
    },
  };
}
