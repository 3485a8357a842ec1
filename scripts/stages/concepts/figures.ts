/**
 * Key figures of a case study (`2261名党员`, `捐款26万元`, `先进巩固率达100％`): every quantity
 * with a counting unit, with a short context, so a case page can show them as a small table.
 */

import type { Figure } from '../../../src/schemas/knowledge.js';

export type { Figure };

/**
 * A quantity:
 *   (?<![\d.])\d+(?:\.\d+)?      a number not part of a longer one
 *   (?:[万千百亿](?:\d+[千百])?)?   Chinese multipliers: 26万, 3万8千
 *   (?:多|余)?                   approximations: 2900多, 1万多
 *   (?:名|个|人次|人|万元|元|件|条|期|家|项|册|篇|场|次|户|村|所|%|％)   a counting unit
 * Years, months and days (年/月/日) are dates, not figures, and are not units here.
 */
const QUANTITY =
  /(?<![\d.])\d+(?:\.\d+)?(?:[万千百亿](?:\d+[千百])?)?(?:多|余)?(?:名|个|人次|人|万元|元|件|条|期|家|项|册|篇|场|次|户|村|所|%|％)/g;
/** What is counted: Han characters up to a particle or verb-like break (的 和 与 及 用 等). */
const NOUN = /^(?:(?![的和与及用等])\p{Script=Han}){0,4}/u;
/** Clause punctuation delimiting the context. */
const CLAUSE = /[，。；：！？、,;:（）()“”]/;

/**
 * Figures in one paragraph, in text order.
 * @example findFigures('所属64个党总支、党支部，2054名共产党员') → values ['64个', '2054名']
 */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index;
    const end = start + m[0].length;
    let from = start;
    while (from > 0 && !CLAUSE.test(text[from - 1]!) && start - from < 24) from -= 1;
    let to = end;
    while (to < text.length && !CLAUSE.test(text[to]!) && to - end < 16) to += 1;
    const noun = NOUN.exec(text.slice(end, to))?.[0] ?? '';
    out.push({ value: m[0], noun, context: text.slice(from, to), start });
  }
  return out;
}
