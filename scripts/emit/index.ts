/**
 * The emit stage as one call: root documents → every generated file (MDX pages and
 * data/corpus.json), sorted by path so the output is byte-identical for the same input.
 */
import type { Document } from '../model/document.js';
import { emitPages, type EmittedFile } from './pages.js';
import { buildCorpusJson, serializeCorpusJson } from './corpus-json.js';

export type { EmittedFile } from './pages.js';

/** Every generated file for the given roots. */
export function emitAll(roots: readonly Document[]): EmittedFile[] {
  const corpus = { path: 'data/corpus.json', contents: serializeCorpusJson(buildCorpusJson(roots)) };
  return [...emitPages(roots), corpus].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
