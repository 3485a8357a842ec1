/**
 * A lecture laid out for every exporter: each item becomes a block (its heading, the quoted
 * paragraphs, the source line with its reference number, the note, the 原文已变更 mark), and the
 * reference list is numbered once. The Word, slides and Markdown exporters only render blocks, so
 * what is quoted and how it is cited is decided here, once.
 */
import { lectureExportUi as t } from '../../i18n/lecture-export.zh-CN';
import { formatAuthors } from '../citation';
import { caseName } from '../names';
import type { LectureExport, LectureItem } from './export-model';
import { numberReferences } from './reference-list';

/** One item as the exports print it. */
export interface LectureBlock {
  kind: LectureItem['kind'];
  /** Heading of the block: a section's title, `典型案例：云南大理：…`, a concept's term; '' for a passage. */
  title: string;
  /** The quoted text, one string per paragraph. */
  paragraphs: string[];
  /** `吴晓芳《党建工作与…》，1.1 理论基础`: who said it, where; without the reference number. */
  source: string;
  /** Number in the reference list, when the item has a source to cite. */
  ref?: number;
  /** Key figures (cases). */
  figures: string[];
  /** The user's note, plain text. */
  note?: string;
  /** The paragraph is gone from the current build: printed from its saved text, marked. */
  changed: boolean;
  url: string;
}

export interface LectureLayout {
  title: string;
  date: string;
  /** Parts in order; `level` 1 is a main part (一级标题), 2 a sub-heading (二级标题). */
  parts: { heading: string; level: 1 | 2; blocks: LectureBlock[] }[];
  /** GB/T 7714 entries, numbered from 1. */
  references: string[];
}

/** `吴晓芳《党建工作与…》`: the short form of a source for the line under a quotation. */
function shortSource(item: LectureItem): string {
  const c = item.cite;
  if (!c) return '';
  const who = c.authors.length > 0 ? formatAuthors(c.authors).replace(/, /g, '、') : '';
  const work = `《${c.title}》`;
  return c.container && c.type !== 'J' && c.type !== 'N' ? `${who}${work}（${c.container}）` : `${who}${work}`;
}

/** `吴晓芳《…》，1.1 理论基础`, or the item's `where` when it has nothing to cite. */
function sourceLine(item: LectureItem): string {
  const short = shortSource(item);
  const locator = item.cite?.section;
  const cited = short ? [short, locator].filter(Boolean).join('，') : '';
  switch (item.kind) {
    case 'case': {
      const origin = item.source ? `${t.caseSource}：${item.source}` : '';
      return [origin, cited && (origin ? `${t.caseVia}${cited}` : cited)].filter(Boolean).join('；');
    }
    case 'concept':
      return cited || (item.definitionSource ?? t.editorial);
    case 'passage':
      // A compilation's passage: the work it quotes, then the compilation it was taken from.
      if (item.quotedFrom) return [item.quotedFrom, cited && `${t.quotedVia}${cited}`].filter(Boolean).join('；');
      return cited || item.where;
    default:
      return cited || item.where;
  }
}

function blockOf(item: LectureItem, ref: number | undefined): LectureBlock {
  const common = {
    kind: item.kind,
    source: sourceLine(item),
    ref,
    note: item.note?.trim() || undefined,
    changed: item.changed === true,
    url: item.url,
    figures: [] as string[],
  };
  switch (item.kind) {
    case 'passage':
      return { ...common, title: '', paragraphs: [item.text] };
    case 'section':
      return { ...common, title: item.title, paragraphs: item.paragraphs };
    case 'case':
      return {
        ...common,
        title: `${t.caseLabel}：${caseName(item)}`,
        paragraphs: item.paragraphs,
        figures: item.figures,
      };
    case 'concept':
      return { ...common, title: item.term, paragraphs: [item.definition] };
  }
}

/** Lays a lecture out: blocks per part, references numbered in order of first citation. */
export function layoutLecture(lecture: LectureExport): LectureLayout {
  const refs = numberReferences(lecture);
  return {
    title: lecture.title,
    date: lecture.date,
    parts: lecture.parts.map((p) => ({
      heading: p.heading,
      level: p.level ?? 1,
      blocks: p.items.map((it) => blockOf(it, refs.numberOf(it))),
    })),
    references: refs.entries,
  };
}

/** `——吴晓芳《…》，1.1 理论基础 [2]`: the line printed under a quotation. */
export const citedLine = (b: LectureBlock): string => `——${b.source}${b.ref !== undefined ? ` [${b.ref}]` : ''}`;
