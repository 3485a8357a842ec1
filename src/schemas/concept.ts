/**
 * Zod schema of `content/concepts.yaml`, the glossary of policy terms (提法). Used by
 * `scripts/io/read-glossary.ts`, which turns every issue into a `SourceError` naming the line.
 * Unknown keys are rejected so a typo (`alias:`) is never silently ignored.
 */
import { z } from 'zod';

/** Concept id: ASCII pinyin words joined by hyphens (`liang-xue-yi-zuo`) → `/concepts/<id>/`. */
export const CONCEPT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Categories a reader browses by, in display order. */
export const CONCEPT_CATEGORIES = [
  '理论',
  '政治建设',
  '组织建设',
  '组织生活',
  '制度',
  '作风',
  '廉政',
  '学习教育',
] as const;
export type ConceptCategory = (typeof CONCEPT_CATEGORIES)[number];

const text = (what: string) =>
  z
    .string({ invalid_type_error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

/** Where the corpus says something: a manifest id and a text that occurs in exactly one paragraph
 * of that document (resolved to a paragraph id at build time, so it survives re-segmentation). */
export const corpusLocatorSchema = () =>
  z
    .object({
      /** Manifest id of the (root) document, e.g. `paper-zhenggong-lianzheng`. */
      doc: z.string().regex(CONCEPT_ID_PATTERN, 'doc must be a manifest id such as paper-zhenggong-lianzheng'),
      /** Text that the cited paragraph contains, e.g. `“两学一做”是指`. */
      contains: text('contains'),
    })
    .strict();

/** A definition: cited from the corpus (`source`) or written by the editors (`editorial: true`). */
export const definitionSchema = () =>
  z
    .object({
      text: text('definition text'),
      source: corpusLocatorSchema().optional(),
      editorial: z.literal(true).optional(),
    })
    .strict()
    .superRefine((d, ctx) => {
      if ((d.source === undefined) === (d.editorial === undefined)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [],
          message: 'a definition needs exactly one of source: {doc, contains} (preferred) or editorial: true',
        });
      }
    });

/** One glossary entry. */
export const conceptSchema = () =>
  z
    .object({
      id: z
        .string()
        .regex(CONCEPT_ID_PATTERN, 'id must be lowercase ASCII pinyin joined by hyphens, e.g. liang-xue-yi-zuo'),
      /** Canonical form as the corpus prints it. */
      term: text('term'),
      /** Variants meaning the same concept (八项规定 for 中央八项规定). */
      aliases: z.array(text('an alias')).default([]),
      category: z.enum(CONCEPT_CATEGORIES, {
        errorMap: () => ({ message: `category must be one of ${CONCEPT_CATEGORIES.join(' / ')}` }),
      }),
      /** Numeric family (两个, 四个, 三会一课 …); members of a family share a family page. */
      family: text('family').optional(),
      /** Members of a numeric formula, in order (四个意识 → 政治意识, 大局意识 …). */
      expansion: z.array(text('an expansion member')).min(2, 'an expansion has at least two members').optional(),
      /** Where the corpus spells the expansion out. */
      expansionSource: corpusLocatorSchema().optional(),
      /** True when the expansion is the editors' (the corpus only uses the formula). */
      expansionEditorial: z.literal(true).optional(),
      definition: definitionSchema(),
      /** English names the corpus gives (the paper's English keywords). */
      en: z.array(text('an English name')).default([]),
      /** Longer words containing the term that mean something else (财政工作 ⊃ 政工). */
      notInside: z.array(text('a notInside word')).default([]),
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.expansion && (c.expansionSource === undefined) === (c.expansionEditorial === undefined)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['expansion'],
          message: 'an expansion needs exactly one of expansionSource: {doc, contains} or expansionEditorial: true',
        });
      }
      if (!c.expansion && (c.expansionSource || c.expansionEditorial)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['expansionSource'],
          message: 'expansionSource/expansionEditorial without an expansion',
        });
      }
      for (const [i, w] of c.notInside.entries()) {
        if (![c.term, ...c.aliases].some((t) => w.includes(t) && w !== t)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['notInside', i],
            message: `notInside "${w}" does not contain the term or an alias`,
          });
        }
      }
    });

/** The whole glossary file. */
export const glossarySchema = () =>
  z.object({ concepts: z.array(conceptSchema()).min(1, 'the glossary lists no concepts') }).strict();

export type ConceptEntry = z.infer<ReturnType<typeof conceptSchema>>;
export type CorpusLocator = z.infer<ReturnType<typeof corpusLocatorSchema>>;
