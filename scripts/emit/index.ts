/**
 * The emit stage as one call: root documents → every generated file (MDX pages, the corpus split
 * per document in data/corpus/ and, while it is small enough, whole in data/corpus.json), sorted
 * by path so the output is byte-identical for the same input.
 */
import type { Document } from '../model/document.js';
import { emitDocumentPages, type EmittedFile } from './pages.js';
import { buildCorpusJson, serializeCorpusJson } from './corpus-json.js';
import type { KnowledgeBase } from './concepts-json.js';
import { splitCorpus } from './corpus-split.js';
import { compareCodeUnits } from '../util/sort.js';

export type { EmittedFile } from './pages.js';

/**
 * Every generated file for the given roots, in the order they are made (the build hands each to
 * the file writer at once); with the knowledge base (concepts, cases, cross-references:
 * scripts/emit/concepts-json.ts) its data files too, and the corpus gets `concepts[]`.
 * `wholeCorpusMaxBytes`: see `splitCorpus` (tests lower it to see a large library's files).
 */
export function* emitFiles(
  roots: readonly Document[],
  knowledge?: KnowledgeBase,
  { wholeCorpusMaxBytes }: { wholeCorpusMaxBytes?: number } = {},
): Generator<EmittedFile> {
  yield* knowledge?.files ?? [];
  for (const [order, root] of roots.entries()) yield* emitDocumentPages(root, order);
  const json = buildCorpusJson(roots);
  const whole = knowledge ? { ...json, concepts: knowledge.corpusConcepts } : json;
  const split = splitCorpus(whole, wholeCorpusMaxBytes);
  if (split.index.whole) yield { path: 'data/corpus.json', contents: serializeCorpusJson(whole) };
  yield* split.files;
}

/** `emitFiles`, sorted by path. */
export const emitAll = (...args: Parameters<typeof emitFiles>): EmittedFile[] =>
  [...emitFiles(...args)].sort((a, b) => compareCodeUnits(a.path, b.path));
