/**
 * Zod schema of `content/manifest.yaml`: one entry per source text. Used by `scripts/io/read-manifest.ts`,
 * which turns every issue into a `SourceError` naming the manifest line. Unknown keys are rejected
 * (a typo such as `auther:` must not be silently ignored).
 */
import { z } from 'zod';
import { docKindSchema } from './doc-kinds.js';

/** Lowercase ASCII words joined by hyphens: the URL `/library/<id>/`. Same rule as `isDocId`. */
export const DOC_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A YAML scalar that may have been written unquoted as a number (`year: 2025`, `date: 2014`). */
const textOrNumber = z
  .union([z.string(), z.number()], { invalid_type_error: 'expected text or a number' })
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1, 'must not be empty'));

const nonEmpty = (what: string) =>
  z
    .string({ invalid_type_error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

/** GB/T 7714 citation data of a source. */
export const citationSchema = () =>
  z
    .object({
      /** GB/T 7714 type code: J journal article, M monograph, G collection, N newspaper … */
      type: z.string().regex(/^[A-Z]{1,2}(?:\/OL)?$/, 'a GB/T 7714 type code such as J, M, G, N'),
      container: nonEmpty('container').optional(),
      publisher: nonEmpty('publisher').optional(),
      place: nonEmpty('place').optional(),
      year: textOrNumber.optional(),
      volume: textOrNumber.optional(),
      issue: textOrNumber.optional(),
      pages: textOrNumber.optional(),
      url: nonEmpty('url').optional(),
    })
    .strict();

/** Per-item metadata of a collection, in the order of its items. */
export const itemSchema = () =>
  z.object({ institution: nonEmpty('institution').optional(), title: nonEmpty('title').optional() }).strict();

/** One manifest entry (without `manifestLine`, which the reader adds). */
export const manifestEntrySchema = () =>
  z
    .object({
      id: z
        .string()
        .regex(DOC_ID_PATTERN, 'id must be lowercase ASCII words joined by hyphens, e.g. paper-dangjian-xietong'),
      file: z
        .string()
        .regex(
          /^[^/\\]+\.(?:txt|md|markdown)$/i,
          'file must be a .txt or .md file name inside content/sources/ (no folders)',
        ),
      title: nonEmpty('title'),
      kind: docKindSchema,
      language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'language must be a code such as zh or en'),
      /** Personal or corporate authors; `[]` when unknown. Optional only for translations. */
      authors: z.array(nonEmpty('an author')).optional(),
      affiliation: nonEmpty('affiliation').optional(),
      date: textOrNumber
        .pipe(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date must look like 2014, 2014-04 or 2014-04-01'))
        .optional(),
      translationOf: z.string().regex(DOC_ID_PATTERN, 'translationOf must be the id of another entry').optional(),
      citation: citationSchema().optional(),
      items: z.array(itemSchema()).optional(),
    })
    .strict()
    .superRefine((e, ctx) => {
      if (e.authors === undefined && e.translationOf === undefined) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['authors'],
          message: 'authors is required (use [] when unknown)',
        });
      }
    });

/** The whole manifest file. */
export const manifestSchema = () =>
  z.object({ sources: z.array(manifestEntrySchema()).min(1, 'the manifest lists no sources') }).strict();

export type ManifestEntry = z.infer<ReturnType<typeof manifestEntrySchema>>;
export type Manifest = z.infer<ReturnType<typeof manifestSchema>>;
