/**
 * Segment: a date alone on its line over what happened that day, as a 学习笔记, a 工作日志 or a
 * 大事记 sets its entries (`2024年3月5日　星期二` over `学习内容：…`), heads that entry. Dates
 * carry no numbering and no heading shape the other rules know; a run of them does: two or more
 * such lines on a page, each over text that is no date, are the page's entries.
 */
import type { Candidate } from './classify.js';
import { findDates } from './official-front.js';

/** What may follow the date on its line: a weekday (`星期二`, `（周二）`), a time of day (`上午 9:00`). */
const DATE_TAIL =
  /^[\s（(]*(?:(?:星期|周|礼拜)[一二三四五六日天])?[)）]?\s*(?:上午|下午|晚上)?\s*(?:\d{1,2}[:：]\d{2})?\s*$/;

/** True if `text` is a date and nothing else but its weekday or time: `2024年3月5日　星期二`, `2024-03-05`. */
export function isDateLine(text: string): boolean {
  const t = text.trim();
  const dates = findDates(t);
  return dates.length === 1 && dates[0]!.index === 0 && DATE_TAIL.test(t.slice(dates[0]!.end));
}

/**
 * Mark `dateHeading` on the date lines that head entries: a date alone, not numbered, with a line
 * that is no date right under it, when at least two of the page's lines are such.
 * @example ['2024年3月5日', '学习内容：…', '2024年3月12日', '学习内容：…'] → both dates are headings
 */
export function markDateHeadings(candidates: Candidate[]): void {
  const heads = candidates.filter((c, i) => {
    const next = candidates[i + 1];
    return (
      !c.numbering && c.mdLevel === undefined && isDateLine(c.text) && next !== undefined && !isDateLine(next.text)
    );
  });
  if (heads.length >= 2) for (const c of heads) c.dateHeading = true;
}
