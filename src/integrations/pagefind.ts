/**
 * Astro integration run at `astro:build:done`: writes the exact passage index that the search
 * page uses (`/search/*.json`, built by passage-index.ts from `.generated/data/corpus.json`) and
 * the standard page-level Pagefind index (`/pagefind/`, steered by data-pagefind-* markup), which
 * the search benchmark measures as the plain-Pagefind baseline. Every Pagefind error is thrown.
 */
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPassageIndex } from './passage-index.js';
import { loadConcepts } from './concepts-data.js';
import { z } from 'zod';
import { corpusSchema } from '../schemas/corpus.js';
import { parseDataFile, readDataFile } from '../lib/data-file.js';
import { generatedDir } from '../lib/generated-dir.js';

/** Build the page-level Pagefind index of `siteDir` into `siteDir/pagefind`. */
async function writePagefindIndex(siteDir: string): Promise<number> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await createIndex({});
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    fail('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    fail('writeFiles', written.errors);
    return added.page_count;
  } finally {
    await close();
  }
}

/** Write the passage index files into `siteDir/search/`. */
async function writePassageIndex(siteDir: string): Promise<{ files: number; passages: number; concepts: number }> {
  const corpusFile = join(generatedDir(), 'data', 'corpus.json');
  const corpus = readDataFile(corpusFile, corpusSchema);
  const concepts = await loadConcepts(generatedDir(), (id) => existsSync(join(siteDir, 'concepts', id, 'index.html')));
  const files = buildPassageIndex(corpus, concepts);
  for (const f of files) {
    const path = join(siteDir, 'search', f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.contents);
  }
  const meta = parseDataFile('search/index.json', files.find((f) => f.path === 'index.json')!.contents, z.object({ passageLength: z.array(z.number()) }));
  return { files: files.length, passages: meta.passageLength.length, concepts: concepts.length };
}

/** The search step of the build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'dangjian:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const t0 = Date.now();
        const p = await writePassageIndex(siteDir);
        logger.info(`Passage index: ${p.passages} passages, ${p.concepts} concepts, ${p.files} files in ${Date.now() - t0} ms`);
        const t1 = Date.now();
        const pages = await writePagefindIndex(siteDir);
        logger.info(`Pagefind page index: ${pages} pages in ${Date.now() - t1} ms`);
      },
    },
  };
}
