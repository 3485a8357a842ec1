/**
 * The emit stage as one call: root documents → every generated file (MDX pages, the corpus split
 * per document in data/corpus/ and, while it is small enough, whole in data/corpus.json), sorted
 * by path so the output is byte-identical for the same input.
 */
import type { Document } from '../model/document.js';
import { emitPages, type EmittedFile } from './pages.js';
import { buildCorpusJson, serializeCorpusJson } from './corpus-json.js';
import { corpusConcepts, type KnowledgeBase } from './concepts-json.js';
import { splitCorpus } from './corpus-split.js';
import { compareCodeUnits } from '../util/sort.js';

export type { EmittedFile } from './pages.js';

/**
 * Every generated file for the given roots; with the knowledge base (concepts, cases,
 * cross-references: scripts/emit/concepts-json.ts) its data files too, and the corpus gets
 * `concepts[]`. `wholeCorpusMaxBytes`: see `splitCorpus` (tests lower it to see a large library's files).
 */
export function emitAll(
  roots: readonly Document[],
  knowledge?: KnowledgeBase,
  { wholeCorpusMaxBytes }: { wholeCorpusMaxBytes?: number } = {},
): EmittedFile[] {
  const json = buildCorpusJson(roots);
  const whole = knowledge ? { ...json, concepts: corpusConcepts(knowledge.concepts) } : json;
  const split = splitCorpus(whole, wholeCorpusMaxBytes);
  return [
    ...emitPages(roots),
    ...(split.index.whole ? [{ path: 'data/corpus.json', contents: serializeCorpusJson(whole) }] : []),
    ...split.files,
    ...(knowledge?.files ?? []),
  ].sort((a, b) => compareCodeUnits(a.path, b.path));
}
