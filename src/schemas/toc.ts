/**
 * Zod schema of a table-of-contents entry, shared by the emitter (scripts/emit) and the Astro
 * content collections: one heading with its numbering and its nested sub-headings.
 */
import { z } from 'zod';
import { libraryUrl } from '../../scripts/model/urls.js';

/**
 * A URL inside the library (`/library/…`, under the deploy base). Checked when parsed, not when
 * this module loads, so the base read is the one the build runs with.
 */
export const libraryUrlSchema = z.string().refine(
  (url) => url.startsWith(libraryUrl()),
  (url) => ({ message: `${url} is not under ${libraryUrl()}` }),
);

/** One heading in a table of contents. */
export interface TocEntry {
  /** Section id, also the heading's anchor on its reading page (`s-2-1`). */
  id: string;
  /** Numbering as printed (`第三章`, `一、`, `（一）`), possibly empty. */
  numbering: string;
  title: string;
  /** 1 = top heading level on the reading page. */
  level: number;
  /** Absolute URL of the heading: `/library/<root>/<slug>/#s-2-1`. */
  url: string;
  children: TocEntry[];
}

/**
 * Validates a (recursive) TOC entry. The recursion is lazy only at `children`: zod calls a lazy
 * schema's getter on every parse, so a lazy around the whole object built a new schema for every
 * entry of every page (a second of the ×100 build).
 */
export const tocEntrySchema: z.ZodType<TocEntry> = z.object({
  id: z.string().min(1),
  numbering: z.string(),
  title: z.string(),
  level: z.number().int().min(1),
  url: z.string().startsWith('/'),
  children: z.array(z.lazy(() => tocEntrySchema)),
});

/** A document's kind (defined once in doc-kinds.ts, re-exported for the page schemas). */
export { docKindSchema } from './doc-kinds.js';

/** A link with a label, used for breadcrumbs and previous/next. */
export const linkSchema = z.object({ label: z.string(), url: z.string().startsWith('/') });
export type Link = z.infer<typeof linkSchema>;

/** The heading of a part of a book (`第二篇 党的建设`), above the chapters it holds. */
export const partHeadingSchema = z.object({
  numbering: z.string(),
  title: z.string(),
  /** The part has a page of its own, the first of its run (its text before its first chapter). */
  ownPage: z.literal(true).optional(),
});
export type PartHeadingData = z.infer<typeof partHeadingSchema>;

/** Counts shown on the home, library and document pages. */
export const statsSchema = z.object({
  sections: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  /** Non-whitespace characters of all headings and paragraphs. */
  characters: z.number().int().nonnegative(),
});
export type Stats = z.infer<typeof statsSchema>;

/** Bibliographic data for a GB/T 7714 citation of a page or paragraph. */
export const citeSchema = z.object({
  /** Personal or corporate authors; for a speech, its institution. */
  authors: z.array(z.string()),
  /** Title of the cited work (a collection item's own title for speeches). */
  title: z.string(),
  /** Other title information (其他题名信息), printed after the title: an official document's 文号. */
  titleInfo: z.string().optional(),
  /** GB/T 7714 type code (`J`, `M`, `G` …). */
  type: z.string(),
  /** Collection, journal or book the work is part of. */
  container: z.string().optional(),
  publisher: z.string().optional(),
  place: z.string().optional(),
  year: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  /** Full date of a newspaper article (type N): `2016-05-03`. */
  date: z.string().optional(),
});
export type Cite = z.infer<typeof citeSchema>;
