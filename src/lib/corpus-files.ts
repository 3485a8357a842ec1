/**
 * The published corpus files, read from what scripts/build.ts wrote (`.generated/data/`): the
 * whole corpus.json and its split per root document (scripts/emit/corpus-split.ts). The site
 * serves them byte for byte; which ones exist is read from the split index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_INDEX_PATH, corpusDocumentPath } from '../../scripts/emit/corpus-split';
import { corpusIndexSchema, type CorpusIndexJson } from '../schemas/corpus-split';
import { readDataFile } from './data-file';
import { generatedDir } from './generated-dir';

/** The bytes of a file under the generated directory (`data/corpus.json` …). */
export const generatedFile = (path: string) => readFileSync(join(generatedDir(), path));

/** The split corpus's index. */
export const corpusIndex = (): CorpusIndexJson =>
  readDataFile(join(generatedDir(), CORPUS_INDEX_PATH), corpusIndexSchema);

/** A JSON file as the response of a static endpoint. */
export const jsonFile = (bytes: ReturnType<typeof generatedFile>): Response =>
  new Response(bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export { CORPUS_INDEX_PATH, corpusDocumentPath };
