/**
 * The typed document model shared by every pipeline stage (ingest → segment → annotate → emit).
 * Stages add typed fields here; none passes an untyped bag. All line numbers are 1-based and
 * refer to the decoded source file (after line-ending normalisation, before anything is stripped).
 */
import type { DocId, ParagraphAnchor, SectionId, PageSlug } from './ids.js';
import type {
  CaseStudyJson,
  Mark,
  MergedCell,
  Provenance,
  Reference,
  Removal,
  Translation,
} from '../../src/schemas/corpus.js';
import type { ParagraphKind, ParagraphRole, RemovalReason, SectionRole } from '../../src/schemas/vocabulary.js';

// The parts of the model that reach corpus.json unchanged are defined by their zod schemas in
// src/schemas/ (the field comments are there); the vocabularies are the lists in vocabulary.ts.
export type {
  Mark,
  MergedCell,
  ParagraphKind,
  ParagraphRole,
  Provenance,
  Reference,
  Removal,
  RemovalReason,
  SectionRole,
  Translation,
};

import type { DocKind } from '../../src/schemas/doc-kinds.js';
export type { DocKind };

/** Citation data for GB/T 7714 (document type code J journal, M book, G collection, etc.). */
export interface CitationData {
  /** GB/T 7714 document type code: J (journal article), M (monograph), G (collection), N, D, R, Z … */
  type: string;
  /** Journal, collection or series the item appeared in. */
  container?: string;
  /** Publisher (for books). */
  publisher?: string;
  /** Place of publication. */
  place?: string;
  /** Year, volume, issue, pages as the source gives them. */
  year?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  /** Full date of a newspaper article (type N), `2016-05-03`: derived from the text, not a manifest field. */
  date?: string;
  /** Where the text was obtained (a URL or a database name). */
  url?: string;
}

/** Manifest-level metadata for one collection item (e.g. the speaking institution of a speech). */
export interface ItemMeta {
  /** The institution that gave the speech / wrote the item. */
  institution?: string;
  /** An item title, when the manifest overrides what the text says. */
  title?: string;
}

/** One manifest entry, validated by `src/schemas/manifest.ts`. */
export interface SourceMeta {
  /** Stable ASCII id; the document URL is `/library/<id>/`. */
  id: DocId;
  /** File name in `content/sources/`. */
  file: string;
  /** Title as the library lists it. */
  title: string;
  kind: DocKind;
  /** BCP-47-ish language: `zh` or `en`. */
  language: string;
  /** Personal or corporate authors (本书编写组 is an author). */
  authors: string[];
  affiliation?: string;
  /** ISO-like date as precise as known: `2014`, `2014-04`, `2014-04-01`. */
  date?: string;
  /** For a translation (e.g. an English abstract file): the id of the original. */
  translationOf?: DocId;
  citation?: CitationData;
  /** Per-item metadata of a collection, in the order of its items. */
  items?: ItemMeta[];
  /** Line in the manifest where this entry starts (for error messages). */
  manifestLine: number;
}

/** A source's bytes decoded to one string (line endings untouched), before normalisation. */
export interface DecodedText {
  /** The decoded text without its byte-order mark. */
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
  /** The BOM, if there was one (reason `byte-order-mark`, line 1). */
  removed: Removal[];
}

/** The decoded, normalised text of one source, line by line, ready to segment. */
export interface NormalizedSource {
  meta: SourceMeta;
  /** Detected encoding, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `gb18030`. */
  encoding: string;
  /** Normalised lines; index i is source line i + 1 (line numbers never shift). */
  lines: string[];
  /** Everything normalisation and artefact stripping took out. */
  removed: Removal[];
  /** `md` sources had front matter / Markdown headings; `txt` sources are plain. */
  format: 'txt' | 'md';
  /**
   * 1-based lines that began with an ideographic-space (or NBSP) indent, `　　党的十八大以来…`:
   * in a hard-wrapped e-book or PDF copy, such a line opens a paragraph. Absent when none.
   */
  indentedLines?: number[];
  /** Markdown tables and runs of fenced code (`md` sources): line ranges that are no prose. Absent when none. */
  markdownBlocks?: MarkdownBlock[];
  /** Setext headings (`md` sources), whose underlines ingest removed. Absent when none. */
  setextHeadings?: SetextHeading[];
  /** Lines of images (`md` sources) whose alt text is the line's text: figures, never headings. Absent when none. */
  figureLines?: number[];
  /**
   * Lines (`md` sources) whose first character was escaped or a character reference (`\# …`,
   * `&gt; …`): text, never block syntax. Absent when none.
   */
  literalLines?: number[];
  /** Callouts (`md` sources) written as containers (`:::tip` … `:::`). Absent when none. */
  callouts?: MarkdownCallout[];
  /** Lines of thematic breaks (`md` sources, `---` between paragraphs), blanked at ingest. Absent when none. */
  thematicBreaks?: number[];
  /**
   * Lines (`md` sources) that open with bold text before more (`**加强考核**：将…`): the writer's
   * run-in heading, the bold text as the line now reads (scripts/stages/segment/run-ins.ts
   * `markBoldLeads`). Absent when none.
   */
  boldLeads?: BoldLead[];
}

/** A Markdown line's opening bold text: its 1-based line and the text, as ingest left it. */
export interface BoldLead {
  line: number;
  text: string;
}

/**
 * A Markdown heading written as a line of text over an underline (`===`: level 1, `---`: level 2),
 * as older pandoc and many editors write the first two levels.
 */
export interface SetextHeading {
  /** 1-based line of the heading's text (its underline is the next line). */
  line: number;
  level: 1 | 2;
}

/**
 * A Markdown block the segmenter reads whole instead of by its prose rules: a table (one `table`
 * paragraph, its rows' cells joined by TAB by scripts/stages/markdown-inline.ts) or fenced code
 * (each line a paragraph, never a heading).
 */
export interface MarkdownBlock {
  kind: 'table' | 'code';
  /** 1-based, inclusive. */
  lines: [number, number];
  /**
   * An HTML table (`<table>…</table>`): its rows and cells are marked in the line text with
   * `HTML_ROW_MARK` and `HTML_CELL_MARK` (scripts/model/table.ts) instead of one row per line.
   */
  html?: boolean;
}

/**
 * A Markdown callout written as a container (`:::tip 学习要点`, its lines, `:::`): its text is set
 * apart as a quote. The fences' syntax was removed at ingest; an opening fence's title stays as
 * its line's text.
 */
export interface MarkdownCallout {
  /** The opening and closing fences' lines, 1-based. */
  lines: [number, number];
}

/** One paragraph of reading text: the unit that gets an anchor, a citation and search results. */
export interface Paragraph {
  /** Anchor id, unique within the document, e.g. `p-2-1-3`. */
  id: ParagraphAnchor;
  kind: ParagraphKind;
  /** Numbering marker kept from the source (`（1）`, `①`, `第一，`, `一是`), if any. */
  marker?: string;
  /** Run-in heading rendered as a bold lead (`培养有目标。` in `1.培养有目标。结合…`). */
  lead?: string;
  /** The paragraph text after marker and lead (wrapped lines rejoined). */
  text: string;
  /** Inline marks on `text`, sorted by start, non-overlapping. */
  marks: Mark[];
  /** Marks on `lead` (a run-in heading such as `扎实推进文化润x工程。` holds redactions); absent when none. */
  leadMarks?: Mark[];
  /**
   * The article (条) of a regulation or constitution this paragraph belongs to, as printed
   * (`第十条`): set on the article's own paragraph and on the items and paragraphs that continue it
   * up to the next article or heading. It is the locator a citation gives (党章第十条).
   */
  article?: string;
  /** On an article's own paragraph: its stable anchor, `art-10` (from the article's number). */
  articleAnchor?: string;
  /** In a bilingual interleaved text: the English block printed after this one. */
  translation?: Translation;
  /**
   * A list item nested under an item above it (a Markdown list's indentation, a text file's sub-list
   * numbered a level lower: run-ins.ts `nestSubLists`): how many levels in (1 for the first); absent at the top.
   */
  depth?: number;
  /** A `table` whose first row is data, not column heads (a name list laid out in columns); absent when it is the header. */
  noHeaderRow?: true;
  /** A `table`'s merged cells (an HTML table's `colspan` / `rowspan`); absent when none. */
  merged?: MergedCell[];
  /**
   * A part set apart from the body text: a letter's addressee or salutation at the head
   * (`各党支部：`), the salute under 此致 and the signature and date at the foot
   * (scripts/stages/segment/letter-parts.ts), or a quotation's source line under it
   * (`——《…》（2013年6月18日）`) or a picture's caption (`图为…`, scripts/stages/segment/set-apart.ts),
   * or a picture, by its alt text (`figure`).
   */
  role?: ParagraphRole;
  /**
   * A passage of a quotation compilation (论述摘编): the work it is quoted from, as the source line
   * under it prints it (`《在…上的讲话》（2013年6月18日）`, the dash left out), so a lecture that
   * collects it cites that work (scripts/stages/segment/set-apart.ts).
   */
  quotedFrom?: string;
  provenance: Provenance;
}

/** A heading and everything under it. `（一）加强领导` → `{ numbering: '（一）', title: '加强领导', level: 2 }`. */
export interface Section {
  /** Id unique within the document (also the heading's anchor), e.g. `s-2-1`. */
  id: SectionId;
  /** Numbering as printed (`第三章`, `一、`, `（一）`, `1.1`, `1.`), empty if none. */
  numbering: string;
  /** Heading text without its numbering. */
  title: string;
  /** Marks on `title` (a heading may say `xx精神`, hold a concept or a Markdown note reference); absent when none. */
  titleMarks?: Mark[];
  /** In a bilingual interleaved text: the English heading printed after this one (`Chapter I. Membership`). */
  titleTranslation?: Translation;
  /** Depth below the reading page: 1 is the top heading level on that page. */
  level: number;
  role: SectionRole;
  /** Provenance of the heading line(s); `lines` of the whole section is in `span`. */
  provenance: Provenance;
  /** Inclusive line range of the whole section, heading to last line. */
  span: [number, number];
  paragraphs: Paragraph[];
  sections: Section[];
}

/**
 * A handbook 创新案例 (or another case block: a section), or a 通报's numbered problem (one
 * paragraph); its fields in `caseStudySchema`, ids branded in the model.
 */
export type CaseStudy = Omit<CaseStudyJson, 'docId' | 'sectionId' | 'paragraphId'> & {
  docId: DocId;
  sectionId?: SectionId;
  paragraphId?: ParagraphAnchor;
};

/** One line of a printed 目录, consumed to split a collection into its items (page numbers go to `removed`). */
export interface TocEntry {
  /** Item number as printed: `1.`; empty if none. */
  numbering: string;
  title: string;
  provenance: Provenance;
}

/** What a front-matter line of an official text is (see `scripts/stages/segment/official-front.ts`). */
export type FrontLineKind =
  | 'headnote' // 题注 in brackets: `（2016年1月12日）`, `（…2019年3月11日中共中央发布）`
  | 'occasion' // a subtitle naming the occasion: `——2020年5月22日在第十三届全国人民代表大会第三次会议上`
  | 'issued' // a 发布 line: `2022年2月25日中共中央、国务院发布`
  | 'dateline' // a web copy's date-and-source line: `2016年05月03日 00:00 来源：人民网－人民日报`
  | 'speaker' // the speaker or author alone on a line: `习近平`, `国务院总理　李克强`
  | 'byline' // an author and a date, or the date alone: `某某区委组织部　2024年7月15日`, `2024年7月15日`
  | 'masthead' // an official document's 版头 above its title: `中共某某市直属机关工作委员会文件`
  | 'document-number' // its 文号: `市直机党〔2024〕5号`
  | 'catalogue' // a journal paper's `中图分类号：D267.3　文献标识码：A　文章编号：…`
  | 'column'; // the column a magazine's paper ran in, over its title: `理论前沿`

/** One front-matter line of an official text, exactly as printed (the coverage check counts it). */
export interface FrontLine {
  kind: FrontLineKind;
  text: string;
  provenance: Provenance;
  /** In a bilingual text: the English line printed after it. */
  translation?: Translation;
}

/**
 * Bibliographic front matter found in the text itself (title block, 摘要, 关键词 …). Every string
 * here was read from the source (never from the manifest), so the coverage check counts it.
 */
export interface FrontMatter {
  /** Numbering printed before a child document's title line: `第三章`. */
  numbering?: string;
  title?: string;
  authors?: string[];
  /**
   * A journal byline's indexes into its numbered affiliations, one per author as printed (`1`,
   * `1,2`, `2*`; '' for an author without one): `李某某1，王某2` over `（1.某某大学…；2.某某公司…）`.
   */
  authorIndexes?: string[];
  affiliation?: string;
  /** Postcode / place in brackets after an affiliation: `（宁夏银川 750021）`. */
  affiliationNote?: string;
  abstract?: Paragraph[];
  keywords?: string[];
  /** From the translation file or an inline `Abstract:` block. */
  titleEn?: string;
  abstractEn?: Paragraph[];
  keywordsEn?: string[];
  /** A printed 目录 (its label `目录` is a `field-syntax` removal): one entry per item. */
  toc?: TocEntry[];
  /**
   * The 题注, occasion, 发布, date-and-source and speaker lines under an official text's title, as
   * printed. The typed fields below are read from them (so the coverage check counts these lines,
   * not the fields).
   */
  frontLines?: FrontLine[];
  /**
   * The 题注 as printed, brackets included: `（2016年1月12日）`; or a 发布 line, a 题注 printed without
   * them: `2019年4月24日中共中央政治局会议审议批准 2019年5月6日中共中央发布`.
   */
  headnote?: string;
  /** The occasion of a speech or report: `在第十三届全国人民代表大会第三次会议上`. */
  occasion?: string;
  /** Speakers (or authors) named on a line of their own: `['李克强']`. */
  speakers?: string[];
  /**
   * A news item's reporters, read from its dateline (`本报讯（记者　王某某）…`, news-byline.ts): derived,
   * the line stays the text's. Its authors when nothing else names them.
   */
  reporters?: string[];
  /** ISO date (`2016-03-05`, `2022-02`) of the text: issued, adopted or delivered (题注, 发布 or occasion line). */
  date?: string;
  /** ISO date a web or newspaper copy was published (its date-and-source line). */
  published?: string;
  /** Issuing body (发布机关): `中共中央、国务院`, or the body a 版头 names. */
  issuer?: string;
  /** An official document's number (文号) as printed: `市直机党〔2024〕5号`. */
  documentNumber?: string;
  /** Source publication (来源): `人民网－人民日报`. */
  source?: string;
  /** A journal paper's catalogue fields (label, value): `[['中图分类号', 'D267.3'], ['文献标识码', 'A']]`. */
  catalogue?: [string, string][];
  /** The column a magazine's paper ran in (栏目): `理论前沿`. */
  column?: string;
  /** Provenance of every front-matter line consumed, so nothing is lost. */
  provenance: Provenance[];
}

/** The heading of a part of a book (`第二篇 党的建设`), above the chapters it holds. */
export interface PartHeading {
  /** As printed: `第二篇`, `第一部分`, `第三编`. */
  numbering: string;
  title: string;
  provenance: Provenance;
  /**
   * The page is the part's own, its text before its first chapter (chapters.ts `partIntros`): the
   * heading is the page's title too, a line counted once.
   */
  ownPage?: true;
}

/**
 * A document. A paper is one leaf document; a collection (the handbook, the speeches) is a parent
 * whose `children` are its items (前言, 第一章 … or the six speeches), each a leaf with its own
 * reading page. Only leaves have body text.
 */
export interface Document {
  id: DocId;
  /** Parent id for a collection item. */
  parentId?: DocId;
  /** Reading-page slug of a leaf: `ch03`, `preface`, `part-02`, `text` (a paper); a collection root, which has no reading page, has `index`. */
  slug: PageSlug;
  /** Title as printed (without numbering) or from the manifest. */
  title: string;
  /** Chapter numbering as printed (`第三章`) or the item's number in a 目录. */
  numbering: string;
  kind: DocKind;
  meta: SourceMeta;
  front: FrontMatter;
  /** Paragraphs before the first heading of a leaf. */
  paragraphs: Paragraph[];
  sections: Section[];
  children: Document[];
  references: Reference[];
  caseStudies: CaseStudy[];
  /** Institution of a speech (from the manifest's items or the text). */
  institution?: string;
  /** A book's chapter that opens a part (篇, 编, 部分): the part's heading, printed above the chapter's. */
  part?: PartHeading;
  /**
   * A page a text too long for one was cut into (scripts/stages/segment/long-pages.ts
   * `cutIntoPages`): it continues the page before it, and is cited as the whole text, never as a
   * work of its own, whatever its root's kind.
   */
  continued?: true;
  /** Translations of this document (e.g. the `.en.txt` English title/abstract), attached by
   * `attachTranslations`; they are not listed as documents of their own in the library. */
  translations?: Document[];
  /** Only on the root of a source: what was stripped from it. */
  removed: Removal[];
  /** Whole line range of this document in its source. */
  provenance: Provenance;
}
