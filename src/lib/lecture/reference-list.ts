/**
 * The numbered reference list of a lecture (GB/T 7714 顺序编码制): each distinct source once, in
 * the order of first citation; quotations refer to their number and carry their own locator
 * (chapter, section, article), as the standard's repeated citations carry their page.
 */
import { formatCitation } from '../citation';
import type { LectureExport, LectureItem } from './export-model';

/** A lecture's reference list and the number of each cited item. */
export interface ReferenceList {
  /** Formatted citations; entry `i` is reference number `i + 1`. */
  entries: string[];
  /** Reference number of an item (undefined for an item with nothing to cite). */
  numberOf: (item: LectureItem) => number | undefined;
}

/** The page an item's URL points into, without the paragraph anchor: one reference per page. */
export const pageOf = (url: string): string => url.replace(/#.*$/, '');

/** The reference entry of one item: its source, cited without locator as the site's online copy. */
export function referenceOf(item: LectureItem, accessed: string): string | undefined {
  if (!item.cite) return undefined;
  return formatCitation({ ...item.cite, section: undefined, url: pageOf(item.url), accessed });
}

/** Numbers the distinct sources of a lecture in order of first citation. */
export function numberReferences(lecture: LectureExport): ReferenceList {
  const entries: string[] = [];
  const byEntry = new Map<string, number>();
  const byItem = new Map<LectureItem, number>();
  for (const part of lecture.parts) {
    for (const item of part.items) {
      const entry = referenceOf(item, lecture.date);
      if (entry === undefined) continue;
      let n = byEntry.get(entry);
      if (n === undefined) {
        entries.push(entry);
        n = entries.length;
        byEntry.set(entry, n);
      }
      byItem.set(item, n);
    }
  }
  return { entries, numberOf: (item) => byItem.get(item) };
}
