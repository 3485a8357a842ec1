/**
 * Term mining noise: what the miner finds that is no policy term. Idioms (成语) have the shape of a
 * numeric formula (五湖四海, 七十二变), and a regex cut from a longer number leaves fragments
 * (二十一世 of 二十一世纪, 一二三产 of 一二三产业). Pure.
 */

/**
 * Common 成语 with numerals or the look of a 提法, seen in Party-building texts. A stop list is a
 * fair start: the miner cannot tell 五湖四海 from 五位一体 by shape.
 */
export const IDIOMS: ReadonlySet<string> = new Set([
  '五湖四海',
  '七十二变',
  '三心二意',
  '四面八方',
  '五花八门',
  '七上八下',
  '一心一意',
  '三番五次',
  '九牛一毛',
  '十全十美',
  '千方百计',
  '万众一心',
  '一五一十',
  '七嘴八舌',
  '四平八稳',
  '三令五申',
  '一清二楚',
  '一干二净',
  '独一无二',
  '接二连三',
  '三头六臂',
  '六神无主',
  '乱七八糟',
  '八仙过海',
  '一心为公',
  '一丝不苟',
  '一以贯之',
  '一往无前',
  '三思而行',
  '五光十色',
  '九死一生',
  '一穷二白',
  '一针见血',
  '一马当先',
  '一鼓作气',
  '一劳永逸',
  '一成不变',
  '一脉相承',
  '三年五载',
  '四分五裂',
  '七零八落',
  '十拿九稳',
  '百花齐放',
  '百家争鸣',
  '一帆风顺',
  '两袖清风',
  '一尘不染',
  '三五成群',
  '千锤百炼',
  '万无一失',
  '一如既往',
  '一以贯之',
  '二话不说',
  '一目了然',
  '半途而废',
  '一呼百应',
  '千军万马',
  '万紫千红',
  '四海为家',
  '五体投地',
  '八面玲珑',
  '九霄云外',
  '百折不挠',
  '千载难逢',
  '一言九鼎',
  '三顾茅庐',
  '四通八达',
  '六六大顺',
  '七情六欲',
  '十万火急',
  '一步一个脚印',
]);

/** Numeral characters; two in a row open a number, not a formula (`十个明确` has one, `两学一做` alternates). */
const NUMERAL = '[一二两三四五六七八九十百千万零〇]';
const NUMBER_START = new RegExp(`^${NUMERAL}{2}`);

/**
 * True if a mined candidate is noise: a listed idiom, or a fragment of a longer number.
 * @example isNoiseTerm('五湖四海') → true; isNoiseTerm('二十一世') → true; isNoiseTerm('五位一体') → false
 */
export function isNoiseTerm(text: string): boolean {
  return IDIOMS.has(text) || NUMBER_START.test(text);
}
