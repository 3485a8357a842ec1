/**
 * The reference list of a lecture (GB/T 7714, numbered in order of first quotation): every item
 * with citation data gets the number of its source; the same citation is listed once.
 */
import { formatCitation } from '../citation';
import type { LectureExport, LectureItem } from './export-model';

/** The formatted citation of one item (accessed on the lecture's date), or undefined when it has none. */
export const citationOf = (item: LectureItem, date: string): string | undefined =>
  item.cite ? formatCitation({ ...item.cite, url: item.url, accessed: date }) : undefined;

/** The numbered list and, per item (in part order, flattened), its reference number or 0. */
export function referenceList(l: LectureExport): { list: string[]; numbers: number[] } {
  const list: string[] = [];
  const numbers = l.parts.flatMap((p) => p.items).map((item) => {
    const c = citationOf(item, l.date);
    if (c === undefined) return 0;
    const at = list.indexOf(c);
    return at >= 0 ? at + 1 : list.push(c);
  });
  return { list, numbers };
}
