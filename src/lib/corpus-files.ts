/**
 * The corpus as scripts/build.ts wrote it (`.generated/data/`): split per root document
 * (scripts/emit/corpus-split.ts), plus the whole corpus.json while it is small enough. The site
 * serves the files byte for byte (which ones exist is read from the split index), and every
 * reader of the whole corpus (search index, exports, benchmarks) joins the split with `readCorpus`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_INDEX_PATH, corpusDocumentPath, joinCorpus } from '../../scripts/emit/corpus-split';
import { corpusDocumentFileSchema, corpusIndexSchema, type CorpusIndexJson } from '../schemas/corpus-split';
import type { CorpusJson } from '../schemas/corpus';
import { readDataFile } from './data-file';
import { generatedDir } from './generated-dir';

/** The bytes of a file under the generated directory (`data/corpus.json` …). */
export const generatedFile = (path: string) => readFileSync(join(generatedDir(), path));

/** The split corpus's index. */
export const corpusIndex = (dir = generatedDir()): CorpusIndexJson =>
  readDataFile(join(dir, CORPUS_INDEX_PATH), corpusIndexSchema);

/** The whole corpus (corpus.json's contents at any size), joined from the split files under `dir`. */
export function readCorpus(dir = generatedDir()): CorpusJson {
  const index = corpusIndex(dir);
  return joinCorpus(
    index,
    index.documents.map((d) => readDataFile(join(dir, corpusDocumentPath(d.id)), corpusDocumentFileSchema)),
  );
}

/** A JSON file as the response of a static endpoint. */
export const jsonFile = (bytes: ReturnType<typeof generatedFile>): Response =>
  new Response(bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export { CORPUS_INDEX_PATH, corpusDocumentPath };
