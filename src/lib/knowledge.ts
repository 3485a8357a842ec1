/**
 * Reads the knowledge-base data the pipeline wrote to `.generated/data/` (or `$DJ_GENERATED_DIR`):
 * concepts, cases and cited works once per build, see-also lists one document at a time, with
 * lookups for the pages.
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
import { seeAlsoPath } from '../schemas/data-files';

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

/** cases.json: every case page (handbook 创新案例 and speeches), in source order. */
export const allCases = (): CaseEntry[] => casesFile().cases;
/** references.json: cited rules and works with every place they are cited. */
export const citedWorks = (): CitedWork[] => referencesFile().works;
/**
 * `items` grouped by `key`, computed on first use: what a page looks up by document or id, so
 * that a build of n pages does not scan every entry for each page (n × entries, quadratic in the
 * library).
 */
function indexBy<T>(items: () => readonly T[], key: (t: T) => string): (k: string) => readonly T[] {
  let index: Map<string, T[]> | undefined;
  return (k) => {
    index ??= new Map(groupBy(items(), key));
    return index.get(k) ?? [];
  };
}

/** The last root document's see-also file read: a document's reading pages are built one after another. */
let seeAlsoRead: { rootId: string; byPage: (docId: string) => readonly SeeAlso[] } | undefined;

/**
 * The see-also lists of one reading page (`docId`) of root document `rootId`, in page order, with
 * their related passages: from that document's own file (`data/see-also/<root-id>.json`), so a
 * build holds one document's lists at a time, not the library's. None when the file is absent
 * (a build without a glossary).
 */
export function seeAlsoOf(rootId: string, docId: string): readonly SeeAlso[] {
  if (seeAlsoRead?.rootId !== rootId) {
    const path = join(generatedDir(), seeAlsoPath(rootId));
    const sections = existsSync(path) ? readDataFile(path, seeAlsoFileSchema).sections : [];
    seeAlsoRead = {
      rootId,
      byPage: indexBy(
        () => sections,
        (s) => s.docId,
      ),
    };
  }
  return seeAlsoRead.byPage(docId);
}
/** The case pages taken from one reading page (by its document id), in source order. */
export const casesOn = indexBy(allCases, (c) => c.docId);
const casesById = indexBy(allCases, (c) => c.id);

let conceptIndex: Map<string, ConceptJson> | undefined;
/** Concept by id (undefined for an unknown id). */
export function conceptById(id: string): ConceptJson | undefined {
  conceptIndex ??= new Map(conceptsData().concepts.map((c) => [c.id, c]));
  return conceptIndex.get(id);
}

/** Case by id. */
export const caseById = (id: string): CaseEntry | undefined => casesById(id)[0];

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
