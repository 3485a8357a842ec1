/**
 * Zod schema of a document page's front matter (`/library/<id>/`): metadata, keywords, counts and
 * the nested TOC of every reading page. Shared by the emitter and the `documents` collection.
 */
import { z } from 'zod';
import { citeSchema, docKindSchema, libraryUrlSchema, partHeadingSchema, statsSchema, tocEntrySchema } from './toc.js';
import { frontFieldsSchema } from './front-fields.js';

/** One reading page listed on a document page, with its own TOC. */
export const pageEntrySchema = z.object({
  pageSlug: z.string(),
  url: libraryUrlSchema,
  numbering: z.string(),
  title: z.string(),
  /** Who the item is by: the manifest's `institution`, else the authors its byline names. */
  institution: z.string().optional(),
  /** On the first chapter of a part (篇) of a book: the part's heading, which the list sets above it. */
  part: partHeadingSchema.optional(),
  /** A page a long text was cut into: the list is the text's pages (目录), not the items it collects. */
  continued: z.literal(true).optional(),
  stats: statsSchema,
  toc: z.array(tocEntrySchema),
});
export type PageEntry = z.infer<typeof pageEntrySchema>;

/** How much of an editor's note a collection's page shows; the rest is on its reading page. */
export const FOREWORD_CHARS = 2000;

/** Front matter of one document page; the MDX body holds the abstracts. */
export const documentPageSchema = z.object({
  docId: z.string().min(1),
  title: z.string().min(1),
  kind: docKindSchema,
  /** Position in the manifest: the library's default order. */
  order: z.number().int().nonnegative(),
  url: libraryUrlSchema,
  authors: z.array(z.string()),
  /** Each author's index into the numbered affiliations, as printed (`1`, `1,2`): `李某某1，王某2`. */
  authorIndexes: z.array(z.string()).optional(),
  affiliation: z.string().optional(),
  affiliationNote: z.string().optional(),
  date: z.string().optional(),
  language: z.string(),
  sourceFile: z.string(),
  keywords: z.array(z.string()),
  titleEn: z.string().optional(),
  keywordsEn: z.array(z.string()),
  hasAbstract: z.boolean(),
  hasAbstractEn: z.boolean(),
  /** Institutions of a collection's items (speeches), in item order, deduplicated. */
  institutions: z.array(z.string()),
  stats: statsSchema,
  pages: z.array(pageEntrySchema),
  cite: citeSchema,
  /** What an official text prints under its title (原题, 题注, 发布机关, 来源 …). */
  front: frontFieldsSchema,
  /**
   * A collection's editor's note (编者按), shown on its page: its label, its reading page and its
   * paragraphs as printed, at most `FOREWORD_CHARS` characters (`truncated` when cut).
   */
  foreword: z
    .object({ title: z.string(), url: libraryUrlSchema, paragraphs: z.array(z.string()), truncated: z.boolean() })
    .optional(),
});
export type DocumentPageData = z.infer<typeof documentPageSchema>;
