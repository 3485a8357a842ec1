/**
 * Reads the knowledge-base data the pipeline wrote to `.generated/data/` (or `$DJ_GENERATED_DIR`):
 * concepts, cases, cited works and see-also lists, once per build, with lookups for the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseEntry, CitedWork, ConceptJson, ConceptsData, SeeAlso } from '../schemas/knowledge';
import { generatedDir } from './generated-dir';

const dir = () => join(generatedDir(), 'data');
const cache = new Map<string, unknown>();

/** One data file, parsed once; `fallback` when the build ran without a glossary. */
function load<T>(name: string, fallback: T): T {
  if (!cache.has(name)) {
    const path = join(dir(), name);
    cache.set(name, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback);
  }
  return cache.get(name) as T;
}

const emptyConcepts: ConceptsData = { categories: [], concepts: [], families: [], map: { width: 0, height: 0, nodes: [], edges: [] }, totals: { concepts: 0, occurrences: 0, paragraphs: 0 } };

/** concepts.json: categories, concepts with occurrences, numeric families, the concept map. */
export const conceptsData = (): ConceptsData => load('concepts.json', emptyConcepts);
/** cases.json: every case page (handbook 创新案例 and speeches), in source order. */
export const allCases = (): CaseEntry[] => load<{ cases: CaseEntry[] }>('cases.json', { cases: [] }).cases;
/** references.json: cited rules and works with every place they are cited. */
export const citedWorks = (): CitedWork[] => load<{ works: CitedWork[] }>('references.json', { works: [] }).works;
/** see-also.json: per section of a reading page, the related passages in other documents. */
export const seeAlsoSections = (): SeeAlso[] => load<{ sections: SeeAlso[] }>('see-also.json', { sections: [] }).sections;

/** Concept by id (undefined for an unknown id). */
export function conceptById(id: string): ConceptJson | undefined {
  const key = '#concept-index';
  if (!cache.has(key)) cache.set(key, new Map(conceptsData().concepts.map((c) => [c.id, c])));
  return (cache.get(key) as Map<string, ConceptJson>).get(id);
}

/** Case by id. */
export const caseById = (id: string): CaseEntry | undefined => allCases().find((c) => c.id === id);

/** Group items by a key, keys in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const group = groups.get(k);
    if (group) group.push(it);
    else groups.set(k, [it]);
  }
  return [...groups];
}
