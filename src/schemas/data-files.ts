/**
 * Every JSON file the pipeline writes for the site, by its path under the generated directory,
 * with the schema the site reads it through. A test checks that each `data/*.json` the build
 * emits is listed here and that the real corpus's files pass.
 */
import { corpusSchema } from './corpus.js';
import { corpusDocumentFileSchema, corpusIndexSchema } from './corpus-split.js';
import {
  casesFileSchema,
  conceptsDataSchema,
  referencesFileSchema,
  seeAlsoFileSchema,
  termReportSchema,
} from './knowledge.js';

export const DATA_FILE_SCHEMAS = {
  'data/corpus.json': corpusSchema,
  'data/corpus/index.json': corpusIndexSchema,
  'data/concepts.json': conceptsDataSchema,
  'data/cases.json': casesFileSchema,
  'data/references.json': referencesFileSchema,
  'data/term-candidates.json': termReportSchema,
} as const;

/** The one file of the split corpus per root document: `data/corpus/documents/<root-id>.json`. */
export const CORPUS_DOCUMENT_FILE = {
  pattern: /^data\/corpus\/documents\/[a-z0-9-]+\.json$/,
  schema: corpusDocumentFileSchema,
} as const;

/**
 * The see-also lists of one root document's reading pages: `data/see-also/<root-id>.json` (a page
 * reads its own document's file, never the whole library's lists).
 */
export const SEE_ALSO_DOCUMENT_FILE = {
  pattern: /^data\/see-also\/[a-z0-9-]+\.json$/,
  schema: seeAlsoFileSchema,
} as const;

/** Where the see-also lists of root document `rootId` are, under the generated directory. */
export const seeAlsoPath = (rootId: string): string => `data/see-also/${rootId}.json`;
