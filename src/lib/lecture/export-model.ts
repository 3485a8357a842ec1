/**
 * The contract between the lecture basket (src/client/lecture/, the /lecture/ page) and the
 * exporters (Word, slides, Markdown, print): the basket as the user arranged it, flattened into
 * plain, JSON-safe data with every quotation's citation data attached. The basket owns how items
 * are collected and stored; the exporters own how a lecture looks on paper and on slides. Neither
 * reaches into the other's state, so each side is tested on its own with this shape.
 *
 * Everything here that the user typed (title, headings, notes) is plain text, never markup: every
 * exporter must write it as text (escaped, or as a text run), never parse it.
 */
import type { CitationInput } from '../citation';

/** One lecture, ready to export. */
export interface LectureExport {
  /** The lecture title the user typed (e.g. `加强作风建设 永葆政治本色`). */
  title: string;
  /** The day of the export, `YYYY-MM-DD`; the access date of online sources in citations. */
  date: string;
  /** Parts in order: the user's headings (or the outline's 主题 → … → 工作要求) with their items. */
  parts: LecturePart[];
}

/** A heading the user typed and the items under it. `heading` may be '' for items before any heading. */
export interface LecturePart {
  heading: string;
  /** 1 for a main part (一级标题: a new page in print), 2 for a sub-heading; absent means 1. */
  level?: 1 | 2;
  items: LectureItem[];
}

/** What every collected item has, whatever its kind. */
interface ItemBase {
  /** Absolute URL of the item on the site (with the paragraph or section anchor). */
  url: string;
  /** The user's own remark on this item (plain text). */
  note?: string;
  /** The paragraph behind this item no longer exists after a rebuild: exported from its saved text, marked 原文已变更. */
  changed?: boolean;
  /**
   * Citation data of the item's source, without `url` and `accessed` (the exporter adds them from
   * `url` and `LectureExport.date`). `section` is the locator: `第三章 一、…`, `第十条`. Absent for
   * items that have nothing to cite (a concept of the site's own glossary without a source).
   */
  cite?: Omit<CitationInput, 'url' | 'accessed'>;
}

/** One paragraph (权威表述). */
export interface PassageItem extends ItemBase {
  kind: 'passage';
  text: string;
  /** A compilation's passage: the work it is quoted from (`《在…上的讲话》（2013年6月18日）`), cited first. */
  quotedFrom?: string;
  /** Where it stands, for the reader: `机关党建一本通 › 第三章 › 一、…`. */
  where: string;
}

/** A whole section, added from its heading. */
export interface SectionItem extends ItemBase {
  kind: 'section';
  /** The heading as printed, numbering included (`（一）加强领导`). */
  title: string;
  paragraphs: string[];
  where: string;
}

/** A case study (典型案例): its 资料来源 is the source cited. */
export interface CaseItem extends ItemBase {
  kind: 'case';
  title: string;
  place?: string;
  paragraphs: string[];
  /** Key figures quoted in the case (`党员100人以上`, `3个`), shown on the case slide. */
  figures: string[];
  /** The case's 资料来源 as printed (`中国共产党新闻网`). */
  source?: string;
}

/** A concept card: the term and its definition. */
export interface ConceptItem extends ItemBase {
  kind: 'concept';
  term: string;
  definition: string;
  /** Where the definition comes from, as printed on the concept page. */
  definitionSource?: string;
}

export type LectureItem = PassageItem | SectionItem | CaseItem | ConceptItem;
