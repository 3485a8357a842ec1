/**
 * A book's chapters under its parts (篇, 编, 部分): the document page lists each part's chapters
 * under the part's heading. Chapters before the first part (a 前言) stand in a run of their own.
 */
import type { PartHeadingData } from '../schemas/toc';
import { withNumbering } from './numbering';

/** A run of pages and the part it opens, if any. */
export interface PartGroup<T> {
  part?: PartHeadingData;
  pages: T[];
}

/** Pages in runs: a new run at each page that opens a part (its `part`). */
export function groupByPart<T extends { part?: PartHeadingData }>(pages: readonly T[]): PartGroup<T>[] {
  const groups: PartGroup<T>[] = [];
  for (const page of pages) {
    if (page.part || groups.length === 0) groups.push(page.part ? { part: page.part, pages: [] } : { pages: [] });
    groups.at(-1)!.pages.push(page);
  }
  return groups;
}

/** A part's heading as one line: `第二篇 党的建设`. */
export const partLabel = (part: PartHeadingData): string => withNumbering(part.numbering, part.title);
