/**
 * The emit stage as one call: root documents → every generated file (MDX pages,
 * data/corpus.json and its split per document, data/corpus/), sorted by path so the output is byte-identical for the same input.
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
 * cross-references: scripts/emit/concepts-json.ts) its data files too, and corpus.json gets `concepts[]`.
 */
export function emitAll(roots: readonly Document[], knowledge?: KnowledgeBase): EmittedFile[] {
  const json = buildCorpusJson(roots);
  const whole = knowledge ? { ...json, concepts: corpusConcepts(knowledge.concepts) } : json;
  const corpus = { path: 'data/corpus.json', contents: serializeCorpusJson(whole) };
  return [
    ...emitPages(roots),
    corpus,
    ...splitCorpus(whole, Buffer.byteLength(corpus.contents)),
    ...(knowledge?.files ?? []),
  ].sort((a, b) => compareCodeUnits(a.path, b.path));
}
