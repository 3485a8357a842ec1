/**
 * Zod schema of a reading page's front matter (one per chapter, speech or paper), shared by the
 * emitter that writes `.generated/pages/**.mdx` and the `pages` content collection that reads it.
 */
import { z } from 'zod';
import {
  citeSchema,
  docKindSchema,
  libraryUrlSchema,
  linkSchema,
  partHeadingSchema,
  statsSchema,
  tocEntrySchema,
} from './toc.js';
import { frontFieldsSchema } from './front-fields.js';

/** Front matter of one reading page. */
export const readingPageSchema = z.object({
  /** Id of the root document (the manifest id). */
  rootId: z.string().min(1),
  /** Id of the leaf document shown on this page. */
  leafId: z.string().min(1),
  /** Page slug inside the root: `text`, `preface`, `ch03`, `part-02`. */
  pageSlug: z.string().min(1),
  /** Page URL: `/library/<root>/<slug>/`. */
  url: libraryUrlSchema,
  /** Numbering as printed (`第三章`) or empty. */
  numbering: z.string(),
  title: z.string().min(1),
  kind: docKindSchema,
  /** Title and URL of the root document. */
  rootTitle: z.string(),
  rootUrl: libraryUrlSchema,
  /** Position in the root's reading order (0-based); sorts the collection. */
  order: z.number().int().nonnegative(),
  authors: z.array(z.string()),
  /** Each author's index into the numbered affiliations, as printed (`1`, `1,2`): `李某某1，王某2`. */
  authorIndexes: z.array(z.string()).optional(),
  affiliation: z.string().optional(),
  institution: z.string().optional(),
  /** The part (篇) of a book the chapter is in, shown over its title. */
  part: partHeadingSchema.optional(),
  /**
   * The book numbers its chapters per part (a 第一讲 in 专题一 and another in 专题二): a citation
   * names the part before the chapter.
   */
  partInLocator: z.literal(true).optional(),
  date: z.string().optional(),
  sourceFile: z.string(),
  /** Inclusive 1-based line range of the page's text in its source. */
  lines: z.tuple([z.number().int(), z.number().int()]),
  breadcrumbs: z.array(linkSchema),
  prev: linkSchema.optional(),
  next: linkSchema.optional(),
  /** A page a long text was cut into: its neighbours are the text's pages (上一页), not other works (上一篇). */
  continued: z.literal(true).optional(),
  toc: z.array(tocEntrySchema),
  stats: statsSchema,
  cite: citeSchema,
  /** What an official text prints under its title (原题, 题注, 发布机关, 来源 …). */
  front: frontFieldsSchema,
});

export type ReadingPageData = z.infer<typeof readingPageSchema>;
