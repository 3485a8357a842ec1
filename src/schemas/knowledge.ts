/**
 * Zod schemas of the knowledge-base data the pipeline writes to `.generated/data/` (concepts.json,
 * cases.json, references.json, see-also/<root-id>.json, term-candidates.json) and the concept, case and
 * reference pages read. The stages and `scripts/emit/concepts-json.ts` build values of the
 * inferred types; `src/lib/knowledge.ts` reads the files back through these schemas, so a file
 * that does not match is refused with its name and the path of the bad field.
 * Objects are strict: a field the schema does not know is refused, not silently dropped.
 */
import { z } from 'zod';
import { lineRangeSchema, markSchema } from './corpus.js';
import { BOXED_CASE_KINDS, paragraphKindSchema } from './vocabulary.js';

const id = z.string().min(1);
const count = z.number().int().nonnegative();

/** A paragraph the data points at. */
export const paragraphRefSchema = z
  .object({
    /** Reading page's document id (`handbook-jiguan-dangjian-ch08`). */
    docId: id,
    /** `第八章 加强机关党的制度建设…` / a paper's title. */
    docTitle: z.string(),
    paragraphId: id,
    /** `/library/<root>/<slug>/#p-…` */
    url: id,
    /** Section path of the paragraph (`4 … › 4.1 …`), empty before the first heading. */
    where: z.string().optional(),
  })
  .strict();
export type ParagraphRef = z.infer<typeof paragraphRefSchema>;

/** One occurrence of a concept: a concordance line. */
export const occurrenceSchema = paragraphRefSchema
  .extend({
    rootId: id,
    rootTitle: z.string(),
    /** `第三章 › 一、…` */
    where: z.string(),
    start: count,
    end: count,
    /** Up to 30 characters before the term, the term as printed, up to 30 after. */
    before: z.string(),
    match: z.string().min(1),
    after: z.string(),
  })
  .strict();
export type OccurrenceJson = z.infer<typeof occurrenceSchema>;

/** One of a concept's strongest passages (scripts/stages/concepts/strongest.ts): a topic pack quotes it whole. */
export const keyPassageSchema = z
  .object({
    /** The paragraph's first mention of the concept (its url, document, where). */
    at: occurrenceSchema,
    /** The paragraph's printed text. */
    text: z.string().min(1),
    /** Mentions in this paragraph. */
    count: count.min(1),
    /** A heading of its section path names the concept. */
    headingHit: z.boolean(),
  })
  .strict();
export type KeyPassage = z.infer<typeof keyPassageSchema>;

/** A glossary concept with everything its page shows. */
export const conceptJsonSchema = z
  .object({
    id,
    term: z.string().min(1),
    url: id,
    aliases: z.array(z.string()),
    en: z.array(z.string()),
    category: z.string().min(1),
    family: z.string().optional(),
    /** Family page slug when the family has two or more concepts. */
    familyId: z.string().optional(),
    /** `liang xue yi zuo` and `lxyz`, for sorting and the filter box. */
    pinyin: z.string(),
    initials: z.string(),
    /** The definition text (a string, as search expects). */
    definition: z.string(),
    definitionEditorial: z.boolean(),
    definitionSource: paragraphRefSchema.optional(),
    expansion: z
      .object({
        members: z.array(z.object({ text: z.string(), conceptId: z.string().optional() }).strict()),
        editorial: z.boolean(),
        source: paragraphRefSchema.optional(),
      })
      .strict()
      .optional(),
    /** Concepts whose expansion names this one (支部委员会 → 三会一课). */
    memberOf: z.array(id),
    count,
    paragraphCount: count,
    documentCount: count,
    /**
     * The concordance lines its page shows, in document order: every occurrence while there are
     * at most CONCORDANCE_LIMIT, else the strongest (`count` says how many there are in all).
     */
    occurrences: z.array(occurrenceSchema),
    /** Its strongest passages, strongest first, at most PACK_PASSAGES (of `paragraphCount`). */
    keyPassages: z.array(keyPassageSchema),
    /** Concepts sharing paragraphs with this one, most shared first. */
    cooccurring: z.array(z.object({ id, shared: count }).strict()),
    /** Case ids mentioning it, most mentions first. */
    cases: z.array(id),
  })
  .strict();
export type ConceptJson = z.infer<typeof conceptJsonSchema>;

/** A numeric family (两个…, 四个…). */
export const familySchema = z.object({ id, name: z.string().min(1), concepts: z.array(id) }).strict();
export type FamilyJson = z.infer<typeof familySchema>;

/** The co-occurrence network laid out for a static SVG. */
export const conceptMapSchema = z
  .object({
    width: z.number(),
    height: z.number(),
    nodes: z.array(
      z
        .object({ id, term: z.string(), x: z.number(), y: z.number(), r: z.number(), count, category: z.string() })
        .strict(),
    ),
    edges: z.array(z.object({ a: id, b: id, shared: count }).strict()),
  })
  .strict();
export type ConceptMapJson = z.infer<typeof conceptMapSchema>;

/** concepts.json as a whole. */
export const conceptsDataSchema = z
  .object({
    categories: z.array(z.string()),
    concepts: z.array(conceptJsonSchema),
    families: z.array(familySchema),
    map: conceptMapSchema,
    totals: z.object({ concepts: count, occurrences: count, paragraphs: count }).strict(),
  })
  .strict();
export type ConceptsData = z.infer<typeof conceptsDataSchema>;

// ── cases.json ──

/** One reported quantity. */
export const figureSchema = z
  .object({
    /** The quantity as printed: `2261名`, `26万元`, `3万8千多元`, `100％`. */
    value: z.string().min(1),
    /** Up to four characters after the unit naming what is counted (`党员`), if any. */
    noun: z.string(),
    /** The clause around it (between punctuation), for the table's description column. */
    context: z.string(),
    /** Offset of `value` in the paragraph text. */
    start: count,
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

/** A paragraph as a case page renders it. */
export const caseParagraphSchema = z
  .object({
    id,
    url: id,
    kind: paragraphKindSchema,
    marker: z.string().optional(),
    lead: z.string().optional(),
    /** Marks on `lead` (redactions in a run-in heading). */
    leadMarks: z.array(markSchema).optional(),
    text: z.string(),
    marks: z.array(markSchema),
    /** Heading of the sub-section it starts, when it is the first paragraph under one. */
    heading: z.string().optional(),
  })
  .strict();
export type CaseParagraph = z.infer<typeof caseParagraphSchema>;

/**
 * A case block in a text (创新案例, 典型案例, 案例: BOXED_CASE_KINDS) or 经验交流 (an item of a
 * speech collection).
 */
export const CASE_KINDS = [...BOXED_CASE_KINDS, '经验交流'] as const;
/** True for a case block in a text, false for an exchange speech. */
export const isBoxedCase = (kind: (typeof CASE_KINDS)[number]): boolean => kind !== '经验交流';

/** One case page. */
export const caseEntrySchema = z
  .object({
    id,
    url: id,
    kind: z.enum(CASE_KINDS),
    title: z.string(),
    /** As printed (`云南大理`), or the institution of a speech. */
    place: z.string(),
    /** `云南`, `中央`, or undefined when the text names none. */
    province: z.string().optional(),
    locality: z.string().optional(),
    institution: z.string().optional(),
    /** `（资料来源：…）` of a case, the collection title of a speech. */
    source: z.string(),
    rootId: id,
    rootTitle: z.string(),
    /** The reading page (chapter or speech) and its title: the chapter theme facet. */
    docId: id,
    docNumbering: z.string(),
    docTitle: z.string(),
    pageUrl: id,
    /** Anchor of the case's section (or the page itself for a speech). */
    sectionUrl: id,
    /** Concepts mentioned, most mentioned first. */
    concepts: z.array(z.object({ id, count }).strict()),
    figures: z.array(figureSchema.extend({ paragraphId: id, url: id }).strict()),
    paragraphs: z.array(caseParagraphSchema),
    lines: lineRangeSchema,
  })
  .strict();
export type CaseEntry = z.infer<typeof caseEntrySchema>;

/** cases.json as a whole: every case page, in source order. */
export const casesFileSchema = z.object({ cases: z.array(caseEntrySchema) }).strict();

// ── references.json ──

/** One place a work is cited. */
export const citationSchema = z
  .object({
    docId: id,
    docTitle: z.string(),
    paragraphId: id,
    url: id,
    /** The form as printed: `《条例》`, `党章`. */
    form: z.string().min(1),
    /** `第二十九条` when the text cites an article. */
    article: z.string().optional(),
    /** The clause around the citation. */
    context: z.string(),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;

/** A cited document or rule. */
export const citedWorkSchema = z
  .object({
    /** ASCII slug, the anchor on `/references/`. */
    id,
    title: z.string().min(1),
    /** `rule`: 党内法规 and official documents (条例, 准则, 决定 …); `work`: books, articles, artworks. */
    kind: z.enum(['rule', 'work']),
    /** Short forms used for it (`条例`). */
    aliases: z.array(z.string()),
    /** Glossary concept for the same rule, if any (中央八项规定). */
    conceptId: z.string().optional(),
    citations: z.array(citationSchema),
  })
  .strict();
export type CitedWork = z.infer<typeof citedWorkSchema>;

/** references.json as a whole. */
export const referencesFileSchema = z.object({ works: z.array(citedWorkSchema) }).strict();

// ── data/see-also/<root-id>.json ──

/** One related passage and why. */
export const relatedPassageSchema = z
  .object({
    url: id,
    docId: id,
    docTitle: z.string(),
    /** Where in its document: `第三章 › 一、…`. */
    where: z.string(),
    /** The start of the passage, for the link text. */
    excerpt: z.string(),
    score: z.number(),
    /** Shared glossary concepts (ids), most significant first. */
    concepts: z.array(id),
    /** Shared keywords that are not concepts. */
    keywords: z.array(z.string()),
  })
  .strict();
export type RelatedPassage = z.infer<typeof relatedPassageSchema>;

/** The "see also" list of one section (or of a page without sections: `sectionId` undefined). */
export const seeAlsoSchema = z
  .object({
    docId: id,
    sectionId: z.string().optional(),
    sectionUrl: id,
    sectionTitle: z.string(),
    related: z.array(relatedPassageSchema),
  })
  .strict();
export type SeeAlso = z.infer<typeof seeAlsoSchema>;

/** One root document's see-also file (`data/see-also/<root-id>.json`): its pages' sections in page order. */
export const seeAlsoFileSchema = z.object({ sections: z.array(seeAlsoSchema) }).strict();

// ── term-candidates.json ──

/** Where a candidate occurs. */
export const candidateLocationSchema = z.object({ docId: id, paragraphId: id, url: id }).strict();
export type CandidateLocation = z.infer<typeof candidateLocationSchema>;

/** Members found for a formula, and how close to the formula they were found: listed in its own
 * paragraph, set out as the points that follow it (`following-points`, located at the first point),
 * listed in its document, or elsewhere (editors weigh `elsewhere` with care: three 意识 listed in
 * another chapter need not be this chapter's 三种意识). */
export const proposedExpansionSchema = z
  .object({
    members: z.array(z.string()),
    location: candidateLocationSchema,
    scope: z.enum(['same-paragraph', 'following-points', 'same-document', 'elsewhere']),
  })
  .strict();
export type ProposedExpansion = z.infer<typeof proposedExpansionSchema>;

/** One candidate term for the glossary. */
export const termCandidateSchema = z
  .object({
    text: z.string().min(1),
    /** How it was found; a formula that is also quoted is reported as `formula`. */
    kind: z.enum(['quoted', 'formula', 'keyword']),
    /** Occurrences of the text in paragraph text (not counting those inside a longer numeral). */
    count,
    /** Times it appears inside “…”. */
    quoted: count,
    /** First locations (at most `maxLocations`), reading order. */
    locations: z.array(candidateLocationSchema),
    /** Members the corpus lists for a formula (`四个意识` → 政治意识、大局意识、核心意识、看齐意识). */
    proposedExpansion: proposedExpansionSchema.optional(),
  })
  .strict();
export type TermCandidate = z.infer<typeof termCandidateSchema>;

/** term-candidates.json: the report written by the build. */
export const termReportSchema = z
  .object({
    candidates: z.array(termCandidateSchema),
    /** Expansions the corpus spells out for glossary formulas that have none yet. */
    glossaryExpansions: z.array(proposedExpansionSchema.extend({ conceptId: id, term: z.string().min(1) }).strict()),
    /** False formulas thrown away, e.g. `八大精神` cut out of `十八大精神`, with how often. */
    discarded: z.array(z.object({ text: z.string(), reason: z.literal('part-of-longer-number'), count }).strict()),
  })
  .strict();
export type TermReport = z.infer<typeof termReportSchema>;
