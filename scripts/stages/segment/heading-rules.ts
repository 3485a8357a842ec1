/**
 * Segment: the rules that decide, from a candidate and its next neighbour, whether a block can be
 * a heading at all. Sequence continuity (does `三、` follow `二、`?) is checked later against the
 * open sections in build-tree.ts.
 */
import type { Candidate } from './classify.js';
import { displayWidth } from './text.js';
import { CUE } from './set-apart.js';
import { AUTHOR_LABEL } from './byline.js';

/** Longest unnumbered heading (`造品牌树典型：营造机关良好氛围` is 15). */
const MAX_PLAIN_HEADING_WIDTH = 30;

/**
 * An unnumbered line that can never be a heading: one without a letter or CJK character (`---`,
 * `——————`, `***`), one wholly in brackets (`（2024年2月28日）`, a note or a date), a bare date
 * (`2023年12月28日`, a signature's) or a full date set apart from a name (`学习时报　2024年3月1日`),
 * a subtitle (`——在全市机关党建工作会议上的讲话`), a document number, a record's field
 * (`撰稿：王某某`) or a field whose value has no Chinese (`答案：B`, a question bank's answer line),
 * a picture's caption (`图为…`, `▲ …`), or a letter's `此致`.
 */
const NEVER_PLAIN_HEADING = [
  /^[—－-]{1,2}\s*\S/,
  // a record's or a byline's field, `标签：值`, whose label names a person, a body, a time or a
  // place (`撰稿：王某某`, `发布单位：某某机关党委`, `学习时间：2024年3月5日`, `授课人：张某某`): under a
  // title it had headed the whole text; a heading's phrase before a colon names a point instead
  // (`造品牌树典型：营造机关良好氛围`)
  /^\p{Script=Han}{0,4}(?:人|者|人员|单位|部门|时间|日期|地点|地址|来源|出处|编辑|责编|审核|审校|校对|供稿|撰稿|电话|邮箱|对象|形式|名称|姓名|主题)\s*[：:]\s*\S/u,
  /[〔［[]\s*\d{4}\s*[〕］\]]\s*\d+\s*号$/, // a document number: `市直机党〔2024〕5号`
  /^[^\p{L}\p{N}]*$/u,
  /^[（(].*[）)]$/,
  /^[0-9０-９]{4}\s*年(?:\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?)?$/,
  // a name and a full date apart (`学习时报　2024年3月1日`, `2024-03-01 新华社`): who wrote it and when
  /\s(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2})$/,
  /^(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s/,
  /^[图表圖]\s*[0-9０-９]{1,3}(?:[-－.．][0-9０-９]{1,3})?(?:\s|[:：]|$)/, // a caption: `表1 各支部“三会一课”情况`
  // a field whose value has no Chinese (`答案：B`, `答案：√`, `电话：010-12345678`): a value, not a title
  /^\p{Script=Han}{1,8}\s*[:：]\s*[^\p{Script=Han}]{1,16}$/u,
  // a picture's caption: `图为支部开展主题党日活动`, WeChat's `▲ 活动现场`
  /^(?:[▲△]|[（(]?图为)/,
  // a letter's closing formula: `此致` over `敬礼！` (入党申请书, 思想汇报, 倡议书)
  /^(?:此\s*致|谨\s*致|顺\s*致)$/,
  // a transcript's cue: `【PPT第2页】`, `[播放视频]`
  CUE,
  // who wrote it: `作者：李某某`, `文/张某某` (a byline, wherever it stands)
  AUTHOR_LABEL,
];

/** Body text: neither heading-shaped nor a role or Markdown heading, nor a table (a short line over one is its caption). */
export const looksLikeBody = (c: Candidate | undefined): boolean =>
  c !== undefined && !c.headingShape && c.role === undefined && c.mdLevel === undefined && c.layout !== 'table';

/**
 * Can this candidate be a heading? Forced for Markdown, role labels and case titles; never for
 * `第一，` items or `第三条` articles, for bullets only as marked by bullet-headings.ts; numbered blocks need a heading shape and must not be the first of a run of short
 * siblings (`（1）甲` directly followed by `（2）乙` is a list); `一是…` points and unnumbered lines
 * also need body text right after them.
 */
export function canBeHeading(c: Candidate, next: Candidate | undefined): boolean {
  if (c.mdLevel !== undefined || c.role !== undefined || c.labelTitle || c.partTitle || c.dateHeading) return true;
  if (!c.headingShape && !(c.sentenceHeading && looksLikeBody(next))) return false;
  if (next === undefined) return false; // a numbered line at the very end heads nothing (`附件：` `1.某某表`)
  // A Markdown list item over items nested under it (`1. 第一点` over `   - 细化`) is a list's item.
  if ((next.block.depth ?? 0) > (c.block.depth ?? 0)) return false;
  const n = c.numbering;
  if (!n) {
    if (c.field || NEVER_PLAIN_HEADING.some((re) => re.test(c.text.trim()))) return false;
    return displayWidth(c.text) <= MAX_PLAIN_HEADING_WIDTH && looksLikeBody(next);
  }
  // Over the next of its series (`（一）…` over `（二）…`), a numbered line is a list's item or a table's row.
  const overSibling = next?.numbering?.key === n.key && next.numbering.value === n.value + 1;
  switch (n.scheme) {
    case 'ordinal':
    case 'article': // 第三条 is a regulation's paragraph, however short
      return false;
    case 'bullet': // a list item, unless its spacing on the page says heading (bullet-headings.ts)
      return c.bulletHeading === true;
    case 'yishi':
      return looksLikeBody(next);
    case 'part':
      // A course's unit numbered after its word (`专题一`) heads text or finer numbered headings; a
      // schedule's rows (`专题一　… 主讲人：张某某`, one over the next or over an 附件) head nothing.
      return (
        n.marker.startsWith('第') ||
        (!overSibling && (looksLikeBody(next) || (next.numbering !== undefined && next.numbering.key !== n.key)))
      );
    case 'chapter':
    case 'jie':
    case 'decimal':
    case 'arabic-space':
      return true;
    default:
      return !overSibling;
  }
}
