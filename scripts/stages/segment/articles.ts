/**
 * Segment: the articles (第X条) of a regulation or constitution, the unit people cite (党章第十条).
 * An article is a run-in: its number and its text on one line (`第十条　党员必须…`), then maybe
 * items (`（一）…`) and further paragraphs, up to the next article or heading. Each paragraph of
 * an article carries its label, and the article's own paragraph a stable anchor from its number.
 */
import type { Paragraph } from '../../model/document.js';
import { parseNumbering } from './numbering.js';

/**
 * Mark the articles in the paragraph lists of one reading page (each list is one section's own
 * paragraphs, so a heading ends an article). `taken` holds the anchors already given on the page:
 * a second `第一条` (an attached regulation) gets `art-1-2`.
 * @example ['第三条 …遵循以下原则：', '（一）坚持…'] → both article '第三条'; the first articleAnchor 'art-3'
 */
export function markArticles(lists: readonly Paragraph[][], taken = new Set<string>()): void {
  for (const list of lists) {
    let current: string | undefined;
    for (const p of list) {
      const n = p.marker !== undefined ? parseNumbering(`${p.marker}　x`) : undefined;
      if (n?.scheme === 'article') {
        current = p.marker!;
        let anchor = `art-${n.value}`;
        for (let k = 2; taken.has(anchor); k++) anchor = `art-${n.value}-${k}`;
        taken.add(anchor);
        p.articleAnchor = anchor;
      }
      if (current !== undefined) p.article = current;
    }
  }
}
