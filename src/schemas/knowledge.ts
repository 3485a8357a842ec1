/**
 * Shapes of the knowledge-base data the pipeline writes to `.generated/data/` (concepts.json,
 * cases.json, references.json, see-also.json, term-candidates.json) and the concept, case and
 * reference pages read. Shared by `scripts/emit/concepts-json.ts` and `src/lib/knowledge.ts`.
 */
import type { Mark } from '../../scripts/model/document.js';

/** A paragraph the data points at. */
export interface ParagraphRef {
  /** Reading page's document id (`handbook-jiguan-dangjian-ch08`). */
  docId: string;
  /** `第八章 加强机关党的制度建设…` / a paper's title. */
  docTitle: string;
  paragraphId: string;
  /** `/library/<root>/<slug>/#p-…` */
  url: string;
  /** Section path of the paragraph (`4 … › 4.1 …`), empty before the first heading. */
  where?: string;
}

/** One occurrence of a concept: a concordance line. */
export interface OccurrenceJson extends ParagraphRef {
  rootId: string;
  rootTitle: string;
  /** `第三章 › 一、…` */
  where: string;
  start: number;
  end: number;
  /** Up to 30 characters before the term, the term as printed, up to 30 after. */
  before: string;
  match: string;
  after: string;
}

/** A glossary concept with everything its page shows. */
export interface ConceptJson {
  id: string;
  term: string;
  url: string;
  aliases: string[];
  en: string[];
  category: string;
  family?: string;
  /** Family page slug when the family has two or more concepts. */
  familyId?: string;
  /** `liang xue yi zuo` and `lxyz`, for sorting and the filter box. */
  pinyin: string;
  initials: string;
  /** The definition text (a string, as search expects). */
  definition: string;
  definitionEditorial: boolean;
  definitionSource?: ParagraphRef;
  expansion?: { members: { text: string; conceptId?: string }[]; editorial: boolean; source?: ParagraphRef };
  /** Concepts whose expansion names this one (支部委员会 → 三会一课). */
  memberOf: string[];
  count: number;
  paragraphCount: number;
  documentCount: number;
  occurrences: OccurrenceJson[];
  /** Concepts sharing paragraphs with this one, most shared first. */
  cooccurring: { id: string; shared: number }[];
  /** Case ids mentioning it, most mentions first. */
  cases: string[];
}

/** A numeric family (两个…, 四个…). */
export interface FamilyJson {
  id: string;
  name: string;
  concepts: string[];
}

/** The co-occurrence network laid out for a static SVG. */
export interface ConceptMapJson {
  width: number;
  height: number;
  nodes: { id: string; term: string; x: number; y: number; r: number; count: number; category: string }[];
  edges: { a: string; b: string; shared: number }[];
}

/** concepts.json as a whole. */
export interface ConceptsData {
  categories: string[];
  concepts: ConceptJson[];
  families: FamilyJson[];
  map: ConceptMapJson;
  totals: { concepts: number; occurrences: number; paragraphs: number };
}

// ── cases.json ──

/** One reported quantity. */
export interface Figure {
  /** The quantity as printed: `2261名`, `26万元`, `3万8千多元`, `100％`. */
  value: string;
  /** Up to four characters after the unit naming what is counted (`党员`), if any. */
  noun: string;
  /** The clause around it (between punctuation), for the table's description column. */
  context: string;
  /** Offset of `value` in the paragraph text. */
  start: number;
}

/** A paragraph as a case page renders it. */
export interface CaseParagraph {
  id: string;
  url: string;
  kind: 'paragraph' | 'list-item' | 'quote';
  marker?: string;
  lead?: string;
  /** Marks on `lead` (redactions in a run-in heading). */
  leadMarks?: Mark[];
  text: string;
  marks: Mark[];
  /** Heading of the sub-section it starts, when it is the first paragraph under one. */
  heading?: string;
}

/** One case page. */
export interface CaseEntry {
  id: string;
  url: string;
  /** 创新案例 (a handbook case) or 经验交流 (an item of a speech collection). */
  kind: '创新案例' | '经验交流';
  title: string;
  /** As printed (`云南大理`), or the institution of a speech. */
  place: string;
  /** `云南`, `中央`, or undefined when the text names none. */
  province?: string;
  locality?: string;
  institution?: string;
  /** `（资料来源：…）` of a case, the collection title of a speech. */
  source: string;
  rootId: string;
  rootTitle: string;
  /** The reading page (chapter or speech) and its title: the chapter theme facet. */
  docId: string;
  docNumbering: string;
  docTitle: string;
  pageUrl: string;
  /** Anchor of the case's section (or the page itself for a speech). */
  sectionUrl: string;
  /** Concepts mentioned, most mentioned first. */
  concepts: { id: string; count: number }[];
  figures: (Figure & { paragraphId: string; url: string })[];
  paragraphs: CaseParagraph[];
  lines: [number, number];
}


// ── references.json ──

/** One place a work is cited. */
export interface Citation {
  docId: string;
  docTitle: string;
  paragraphId: string;
  url: string;
  /** The form as printed: `《条例》`, `党章`. */
  form: string;
  /** `第二十九条` when the text cites an article. */
  article?: string;
  /** The clause around the citation. */
  context: string;
}

/** A cited document or rule. */
export interface CitedWork {
  /** ASCII slug, the anchor on `/references/`. */
  id: string;
  title: string;
  /** `rule`: 党内法规 and official documents (条例, 准则, 决定 …); `work`: books, articles, artworks. */
  kind: 'rule' | 'work';
  /** Short forms used for it (`条例`). */
  aliases: string[];
  /** Glossary concept for the same rule, if any (中央八项规定). */
  conceptId?: string;
  citations: Citation[];
}


// ── see-also.json ──

/** One related passage and why. */
export interface RelatedPassage {
  url: string;
  docId: string;
  docTitle: string;
  /** Where in its document: `第三章 › 一、…`. */
  where: string;
  /** The start of the passage, for the link text. */
  excerpt: string;
  score: number;
  /** Shared glossary concepts (ids), most significant first. */
  concepts: string[];
  /** Shared keywords that are not concepts. */
  keywords: string[];
}

/** The "see also" list of one section (or of a page without sections: `sectionId` undefined). */
export interface SeeAlso {
  docId: string;
  sectionId?: string;
  sectionUrl: string;
  sectionTitle: string;
  related: RelatedPassage[];
}

