/**
 * Reads the knowledge-base data the pipeline wrote to `.generated/data/` (or `$DJ_GENERATED_DIR`):
 * concepts, cases, cited works and see-also lists, once per build, with lookups for the pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  casesFileSchema,
  conceptsDataSchema,
  referencesFileSchema,
  seeAlsoFileSchema,
  type CaseEntry,
  type CitedWork,
  type ConceptJson,
  type ConceptsData,
  type SeeAlso,
} from '../schemas/knowledge';
import { readDataFile } from './data-file';
import { generatedDir } from './generated-dir';

/**
 * One data file, read and validated against its schema on first use; `fallback` when the build
 * ran without a glossary (then the file is absent).
 */
function dataFile<S extends z.ZodTypeAny>(name: string, schema: S, fallback: z.output<S>): () => z.output<S> {
  let value: z.output<S> | undefined;
  return () => {
    if (value === undefined) {
      const path = join(generatedDir(), 'data', name);
      value = existsSync(path) ? readDataFile(path, schema) : fallback;
    }
    return value;
  };
}

const emptyConcepts: ConceptsData = {
  categories: [],
  concepts: [],
  families: [],
  map: { width: 0, height: 0, nodes: [], edges: [] },
  totals: { concepts: 0, occurrences: 0, paragraphs: 0 },
};

/** concepts.json: categories, concepts with occurrences, numeric families, the concept map. */
export const conceptsData = dataFile('concepts.json', conceptsDataSchema, emptyConcepts);
const casesFile = dataFile('cases.json', casesFileSchema, { cases: [] });
const referencesFile = dataFile('references.json', referencesFileSchema, { works: [] });
const seeAlsoFile = dataFile('see-also.json', seeAlsoFileSchema, { sections: [] });

/** cases.json: every case page (handbook 创新案例 and speeches), in source order. */
export const allCases = (): CaseEntry[] => casesFile().cases;
/** references.json: cited rules and works with every place they are cited. */
export const citedWorks = (): CitedWork[] => referencesFile().works;
/** see-also.json: per section of a reading page, the related passages in other documents. */
export const seeAlsoSections = (): SeeAlso[] => seeAlsoFile().sections;

let conceptIndex: Map<string, ConceptJson> | undefined;
/** Concept by id (undefined for an unknown id). */
export function conceptById(id: string): ConceptJson | undefined {
  conceptIndex ??= new Map(conceptsData().concepts.map((c) => [c.id, c]));
  return conceptIndex.get(id);
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
