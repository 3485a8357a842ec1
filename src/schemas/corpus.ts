/**
 * Zod schema of `data/corpus.json` (written by `scripts/emit/corpus-json.ts`, read by the site's
 * search integration and by other tools), and of the model parts it carries unchanged: marks,
 * provenance, removals, references and case studies. The model's types for those parts are
 * inferred from here (`scripts/model/document.ts`), so the file and the model cannot drift apart.
 * Objects are strict: a field the schema does not know is refused, not silently dropped.
 */
import { z } from 'zod';
import { frontFieldsSchema } from './front-fields.js';
import { citationSchema } from './manifest.js';
import { docKindSchema } from './doc-kinds.js';
import {
  boxedCaseKindSchema,
  markKindSchema,
  paragraphKindSchema,
  paragraphRoleSchema,
  removalReasonSchema,
  sectionRoleSchema,
} from './vocabulary.js';

const offset = z.number().int().nonnegative();
const lineNumber = z.number().int().positive();
/** Inclusive, 1-based line range `[start, end]` in the decoded source. */
export const lineRangeSchema = z.tuple([lineNumber, lineNumber]);

/** Inline annotation on a paragraph's text: a half-open UTF-16 range `[start, end)`. */
export const markSchema = z.discriminatedUnion('kind', [
  // x / xx / xxx standing for hidden names or numbers
  z.object({ kind: z.literal('redaction'), start: offset, end: offset }).strict(),
  // [1] → reference number 1
  z.object({ kind: z.literal('citation'), start: offset, end: offset, ref: z.number().int().positive() }).strict(),
  // a policy-term occurrence
  z.object({ kind: z.literal('concept'), start: offset, end: offset, conceptId: z.string().min(1) }).strict(),
  // ① in the text → the anchor of the footnote paragraph on the same page
  z.object({ kind: z.literal('footnote'), start: offset, end: offset, note: z.string().min(1) }).strict(),
]);
export type Mark = z.infer<typeof markSchema>;

/**
 * A merged cell of a table paragraph: it stands at `row` and `column` (0-based, in the grid of the
 * paragraph's rows and cells) and covers `rows` × `columns` places; the places it covers besides
 * its own are empty cells in the text.
 */
export const mergedCellSchema = z.object({
  row: z.number().int().min(0),
  column: z.number().int().min(0),
  rows: z.number().int().min(1),
  columns: z.number().int().min(1),
});
export type MergedCell = z.infer<typeof mergedCellSchema>;
/** The union above has exactly the kinds of `MARK_KINDS`: a kind added to one list and not the other fails here. */
const sameKinds: [Mark['kind'], z.infer<typeof markKindSchema>] extends [z.infer<typeof markKindSchema>, Mark['kind']]
  ? true
  : never = true;
void sameKinds;

/** Where a piece of text came from: the source file (relative to content/sources/) and its lines. */
export const provenanceSchema = z
  .object({
    /** File name relative to `content/sources/`, e.g. `paper-dangjian-xietong.txt`. */
    file: z.string().min(1),
    /** Inclusive, 1-based line range `[start, end]` in the decoded source. */
    lines: lineRangeSchema,
  })
  .strict();
export type Provenance = z.infer<typeof provenanceSchema>;

/** A character run removed from the source, recorded so that nothing is lost silently. */
export const removalSchema = z
  .object({
    /** The exact removed text (may be whitespace-only for odd spaces). */
    text: z.string(),
    /** 1-based source line. */
    line: lineNumber,
    reason: removalReasonSchema,
    /**
     * The visible character the text holds in the removed text's place: an HTML character
     * reference's (`&mdash;` → `—`). The nothing-lost check finds it where the reference stood.
     */
    replacement: z.string().min(1).optional(),
    /**
     * Which of its line's occurrences of `text` was removed (0-based), where others stay as
     * written (`&amp;` in a code span or a link's URL): set for `html-entity` removals.
     */
    occurrence: z.number().int().nonnegative().optional(),
  })
  .strict();
export type Removal = z.infer<typeof removalSchema>;

/** A reference in a 参考文献 list, parsed from a GB/T 7714-style entry. */
export const referenceSchema = z
  .object({
    /** The number in brackets: `[1]` → 1. */
    number: z.number().int().positive(),
    /** The number as printed when it is not `[n]` (full-width `［1］`); absent for `[1]`. */
    label: z.string().optional(),
    /** The entry exactly as printed (after the number). */
    raw: z.string(),
    authors: z.array(z.string()),
    title: z.string().optional(),
    /** GB/T 7714 type code in brackets, e.g. `J`, `N`, `M`. */
    type: z.string().optional(),
    container: z.string().optional(),
    year: z.string().optional(),
    /** For a book ([M]): `北京: 人民出版社` → place `北京`, publisher `人民出版社` (then no container). */
    place: z.string().optional(),
    publisher: z.string().optional(),
    /** Volume and issue as printed: `62(04)` → volume `62`, issue `04`. */
    volume: z.string().optional(),
    issue: z.string().optional(),
    pages: z.string().optional(),
    /** For an online item ([EB/OL], [J/OL] …): its URL as printed. */
    url: z.string().optional(),
    /** For an online item: the access date in `[2024-01-10]`. */
    accessed: z.string().optional(),
    provenance: provenanceSchema,
  })
  .strict();
export type Reference = z.infer<typeof referenceSchema>;

/**
 * A handbook 创新案例 (or another case block): a section with its place, title and source; a
 * 通报's problem under its heading, a section; or a 通报's numbered problem, one paragraph
 * (`paragraphId`).
 */
export const caseStudySchema = z
  .object({
    /** ASCII slug, e.g. `yunnan-dali-san-zhong-yishi`; URL `/cases/<id>/`. */
    id: z.string().min(1),
    /** What its label calls it: 创新案例, 典型案例 or 案例. */
    kind: boxedCaseKindSchema,
    /** `云南大理：树立“三种意识”…` → place `云南大理`. */
    place: z.string(),
    title: z.string(),
    /** The text inside `（资料来源：…）`. */
    source: z.string(),
    /** The reading page and section that hold the case (a problem at the top of its page has none). */
    docId: z.string().min(1),
    sectionId: z.string().min(1).optional(),
    /** A case that is one paragraph (a 通报's `1.某某…问题。…`): its anchor. */
    paragraphId: z.string().min(1).optional(),
    /**
     * A section's case that ends before the section does: its last paragraph (the last problem a
     * 通报 heads, followed in its section by the 通报's closing paragraphs and signature).
     */
    through: z.string().min(1).optional(),
    provenance: provenanceSchema,
  })
  .strict()
  .refine((c) => c.sectionId !== undefined || c.paragraphId !== undefined, 'a case is a section or a paragraph');
export type CaseStudyJson = z.infer<typeof caseStudySchema>;

/** The English translation printed after a Chinese block of a bilingual interleaved text. */
export const translationSchema = z
  .object({
    language: z.literal('en'),
    /** The English text (wrapped lines joined). */
    text: z.string(),
    /** Inclusive 1-based source lines of the English text. */
    lines: lineRangeSchema,
  })
  .strict();
export type Translation = z.infer<typeof translationSchema>;

/** A paragraph in corpus.json. */
export const corpusParagraphSchema = z
  .object({
    /** Anchor id, unique within the document, e.g. `p-2-1-3`. */
    id: z.string().min(1),
    kind: paragraphKindSchema,
    /** Numbering marker kept from the source (`（1）`, `①`, `第一，`, `一是`), if any. */
    marker: z.string().optional(),
    /** Run-in heading rendered as a bold lead. */
    lead: z.string().optional(),
    /** The article (第十条) the paragraph belongs to, and on its own paragraph its anchor (`art-10`). */
    article: z.string().optional(),
    articleAnchor: z.string().optional(),
    /** In a bilingual interleaved text: the English block printed after this paragraph. */
    translation: translationSchema.optional(),
    /** A `table` whose first row is data, not column heads (rows by line break, cells by TAB). */
    noHeaderRow: z.literal(true).optional(),
    /** A part set apart: a letter's addressee, salute under 此致 and signature; a quotation's source line. */
    role: paragraphRoleSchema.optional(),
    /** A passage of a quotation compilation: the work its source line names (`《在…上的讲话》（2013年6月18日）`). */
    quotedFrom: z.string().optional(),
    /** A table's merged cells (an HTML table's colspan / rowspan). */
    merged: z.array(mergedCellSchema).optional(),
    /** Text after marker and lead; `marks` offsets refer to it. */
    text: z.string(),
    lines: lineRangeSchema,
    /** `/library/<root>/<slug>/#p-…` */
    url: z.string().min(1),
    marks: z.array(markSchema),
  })
  .strict();
export type CorpusParagraph = z.infer<typeof corpusParagraphSchema>;

/** A section in corpus.json, with its paragraphs and sub-sections. */
export interface CorpusSection {
  id: string;
  numbering: string;
  title: string;
  /** In a bilingual interleaved text: the English heading (`Chapter I. Membership`). */
  titleTranslation?: Translation;
  level: number;
  role: z.infer<typeof sectionRoleSchema>;
  url: string;
  /** Whole section, heading to last line. */
  lines: [number, number];
  headingLines: [number, number];
  paragraphs: CorpusParagraph[];
  sections: CorpusSection[];
}
// A recursive schema needs its type written out (zod cannot infer through z.lazy); the
// annotation makes tsc check that this interface and the schema agree.
export const corpusSectionSchema: z.ZodType<CorpusSection, z.ZodTypeDef, unknown> = z.lazy(() =>
  z
    .object({
      id: z.string().min(1),
      numbering: z.string(),
      title: z.string(),
      titleTranslation: translationSchema.optional(),
      level: z.number().int().positive(),
      role: sectionRoleSchema,
      url: z.string().min(1),
      lines: lineRangeSchema,
      headingLines: lineRangeSchema,
      paragraphs: z.array(corpusParagraphSchema),
      sections: z.array(corpusSectionSchema),
    })
    .strict(),
);

/** A translation attached to a document (the `.en.txt` abstract of a paper). */
export const corpusTranslationSchema = z
  .object({
    id: z.string().min(1),
    sourceFile: z.string().min(1),
    language: z.string().min(1),
    removed: z.array(removalSchema),
  })
  .strict();

/** Metadata of a document in corpus.json: fields present only when known. */
export const corpusMetadataSchema = z
  .object({
    authors: z.array(z.string()).optional(),
    /** Each author's index into the numbered affiliations, as printed (`1`, `1,2`): `李某某1，王某2`. */
    authorIndexes: z.array(z.string()).optional(),
    affiliation: z.string().optional(),
    /** Postcode / place in brackets after an affiliation: `（宁夏银川 750021）`. */
    affiliationNote: z.string().optional(),
    institution: z.string().optional(),
    /** On the first chapter of a part (篇, 编, 部分) of a book: the part's heading as printed, and its lines. */
    part: z.object({ numbering: z.string(), title: z.string(), lines: lineRangeSchema }).strict().optional(),
    date: z.string().optional(),
    language: z.string().optional(),
    citation: citationSchema().optional(),
    // The front matter an official text prints under its title (src/schemas/front-fields.ts).
    ...frontFieldsSchema.shape,
    /** The occasion of a speech or report: `在第十三届全国人民代表大会第三次会议上`. */
    occasion: z.string().optional(),
    /** ISO date a web or newspaper copy was published (its date-and-source line). */
    published: z.string().optional(),
    /** The front lines as printed, each with its kind and source lines. */
    frontLines: z
      .array(
        z
          .object({
            kind: z.string(),
            text: z.string(),
            lines: lineRangeSchema,
            translation: translationSchema.optional(),
          })
          .strict(),
      )
      .optional(),
    abstract: z.array(corpusParagraphSchema).optional(),
    keywords: z.array(z.string()).optional(),
    titleEn: z.string().optional(),
    abstractEn: z.array(corpusParagraphSchema).optional(),
    keywordsEn: z.array(z.string()).optional(),
    translations: z.array(corpusTranslationSchema).optional(),
  })
  .strict();
export type CorpusMetadata = z.infer<typeof corpusMetadataSchema>;

/** A document in corpus.json: a root, or a collection item in its parent's `children`. */
export interface CorpusDocument {
  id: string;
  parentId?: string;
  title: string;
  numbering: string;
  kind: z.infer<typeof docKindSchema>;
  sourceFile: string;
  /** Document page of a root; reading page of a leaf. */
  url: string;
  readingUrl?: string;
  lines: [number, number];
  metadata: CorpusMetadata;
  removed: Removal[];
  paragraphs: CorpusParagraph[];
  sections: CorpusSection[];
  children: CorpusDocument[];
  references: Reference[];
  caseStudies: CaseStudyJson[];
}
export const corpusDocumentSchema: z.ZodType<CorpusDocument, z.ZodTypeDef, unknown> = z.lazy(() =>
  z
    .object({
      id: z.string().min(1),
      parentId: z.string().min(1).optional(),
      title: z.string(),
      numbering: z.string(),
      kind: docKindSchema,
      sourceFile: z.string().min(1),
      url: z.string().min(1),
      readingUrl: z.string().min(1).optional(),
      lines: lineRangeSchema,
      metadata: corpusMetadataSchema,
      removed: z.array(removalSchema),
      paragraphs: z.array(corpusParagraphSchema),
      sections: z.array(corpusSectionSchema),
      children: z.array(corpusDocumentSchema),
      references: z.array(referenceSchema),
      caseStudies: z.array(caseStudySchema),
    })
    .strict(),
);

/** One glossary concept in corpus.json, with every annotated occurrence. */
export const corpusConceptSchema = z
  .object({
    id: z.string().min(1),
    term: z.string().min(1),
    url: z.string().min(1),
    aliases: z.array(z.string()),
    category: z.string().min(1),
    definition: z.string(),
    /** URL of the paragraph the definition is quoted from. */
    definitionSource: z.string().optional(),
    occurrences: z.array(
      z
        .object({
          docId: z.string().min(1),
          paragraphId: z.string().min(1),
          url: z.string().min(1),
          start: offset,
          end: offset,
        })
        .strict(),
    ),
  })
  .strict();
export type CorpusConcept = z.infer<typeof corpusConceptSchema>;

/** Version tag of the format described in the README. */
export const CORPUS_FORMAT = 'dangjian-wenku/corpus@1';

/** The whole corpus.json. */
export const corpusSchema = z
  .object({
    format: z.literal(CORPUS_FORMAT),
    /** Root documents in manifest order; translations are not roots. */
    documents: z.array(corpusDocumentSchema),
    /** Glossary concepts with every occurrence (present when the build had a glossary). */
    concepts: z.array(corpusConceptSchema).optional(),
  })
  .strict();
export type CorpusJson = z.infer<typeof corpusSchema>;
