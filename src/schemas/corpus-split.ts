/**
 * Zod schemas of the published corpus split per root document (written by
 * `scripts/emit/corpus-split.ts`, described in the README's corpus.json section):
 *
 *   data/corpus/index.json               the documents and the glossary concepts with their counts
 *   data/corpus/documents/<root-id>.json one root document exactly as in corpus.json, with the
 *                                        occurrences of each concept inside it
 *
 * The emitter's types are inferred from here, so the files and their readers cannot drift apart.
 */
import { z } from 'zod';
import { CORPUS_FORMAT, corpusConceptSchema, corpusDocumentSchema } from './corpus.js';
import { docKindSchema } from './doc-kinds.js';

/** Version tag of the index format described in the README. */
export const CORPUS_INDEX_FORMAT = 'dangjian-wenku/corpus-index@1';

const occurrencesSchema = corpusConceptSchema.shape.occurrences;

/** One document of the index. */
export const corpusIndexDocumentSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    kind: docKindSchema,
    /** Its document page. */
    url: z.string().min(1),
    /** Its file of the split corpus. */
    file: z.string().min(1),
    /** Size of that file in bytes (UTF-8). */
    bytes: z.number().int().positive(),
  })
  .strict();
export type CorpusIndexDocument = z.infer<typeof corpusIndexDocumentSchema>;

/** data/corpus/index.json */
export const corpusIndexSchema = z
  .object({
    format: z.literal(CORPUS_INDEX_FORMAT),
    /** Format of the `document` in each document file: the same as corpus.json's documents. */
    documentFormat: z.literal(CORPUS_FORMAT),
    /** URL of the whole corpus in one file, when it is published. */
    whole: z.string().min(1).optional(),
    documents: z.array(corpusIndexDocumentSchema),
    /** Glossary concepts (corpus.json's `concepts[]` without the occurrences), with how often each occurs. */
    concepts: z
      .array(corpusConceptSchema.omit({ occurrences: true }).extend({ count: z.number().int().nonnegative() }).strict())
      .optional(),
  })
  .strict();
export type CorpusIndexJson = z.infer<typeof corpusIndexSchema>;

/** data/corpus/documents/<id>.json */
export const corpusDocumentFileSchema = z
  .object({
    format: z.literal(CORPUS_FORMAT),
    document: corpusDocumentSchema,
    /** Concepts occurring in this document, in glossary order, with their occurrences in it. */
    concepts: z.array(z.object({ id: z.string().min(1), occurrences: occurrencesSchema }).strict()).optional(),
  })
  .strict();
export type CorpusDocumentFile = z.infer<typeof corpusDocumentFileSchema>;
