/**
 * The closed vocabularies of the document model, each listed once: what a paragraph is, what role a
 * section plays, what an inline mark is, why a piece of source text was removed. The pipeline's
 * types (`scripts/model/document.ts`), the data schemas (`corpus.ts`, `knowledge.ts`), the MDX
 * components and the Chinese labels (`src/i18n/zh-CN.ts`, keyed by these lists) all derive from
 * here, so adding a value is one edit and every place that must handle it fails to compile.
 */
import { z } from 'zod';

/** What a block of body text is. */
export const PARAGRAPH_KINDS = [
  'paragraph',
  'list-item', // （1）… / ① … / 第一，… / 一是… items that are not headings
  'quote', // a quoted official list (numbering restarts inside a quotation)
  'footnote', // a note a PDF page prints at its foot (`① 参见…`), linked from its mark in the text
  'table', // a Markdown table: rows separated by a line break, cells by TAB, the first row the header
] as const;
export const paragraphKindSchema = z.enum(PARAGRAPH_KINDS);
export type ParagraphKind = z.infer<typeof paragraphKindSchema>;

/**
 * What a case block in a text is called, as its label prints it: a handbook's 创新案例, a
 * 典型案例 (经典案例, 优秀案例), or a plain 案例 (案例链接, 实践案例).
 */
export const BOXED_CASE_KINDS = ['创新案例', '典型案例', '案例'] as const;
export const boxedCaseKindSchema = z.enum(BOXED_CASE_KINDS);
export type BoxedCaseKind = z.infer<typeof boxedCaseKindSchema>;

/** A part of a text set apart from its body (a plain paragraph's `role`): a letter's head and foot, a quotation's source, a picture and its caption, a poem's lines, a web copy's credits, a transcript's cues. */
export const PARAGRAPH_ROLES = [
  'addressee', // the 主送机关 or salutation at the head: `各党支部：`, `同志们：` (set flush left)
  'closing', // the salute of a letter's closing formula, `敬礼！` under `此致` (set flush left)
  'signature', // the 落款 at the foot: the signer and the date (set flush right)
  'attribution', // a quotation's source under it: `——《在…上的讲话》（2013年6月18日）` (set flush right)
  'figure', // a picture the site cannot show, by its alt text: `![支部活动现场](…)` (set as a caption, 〔图〕)
  'caption', // a picture's caption kept in the text: `图为党员参观展厅`, `▲ 活动现场` (centred)
  'credit', // a web copy's closing credits: `（责任编辑：孙某）`, `编辑：王某　审核：李某` (small, flush right)
  'verse', // lines of a classical poem: `红军不怕远征难，万水千山只等闲。` (set as verse, a couplet a line)
  'cue', // a transcript's cue on a line of its own: `【PPT第2页】`, `（掌声）` (small and muted)
  'title', // a Markdown callout's title over its text: `:::tips 学习要点` (bold)
] as const;
export const paragraphRoleSchema = z.enum(PARAGRAPH_ROLES);
export type ParagraphRole = z.infer<typeof paragraphRoleSchema>;

/** What role a section plays; `body` is ordinary numbered content. */
export const SECTION_ROLES = [
  'body',
  'abstract', // 摘要 / Abstract
  'introduction', // 引言 / 前言
  'conclusion', // 结束语 / 结语
  'key-points', // the handbook's 党建要点
  'case-study', // the handbook's 创新案例
  'references', // 参考文献
  'questions', // 思考题 / 讨论题: questions for study closing a lecture or chapter
  'appendix', // 附件 / 附录: an attachment with its own numbering, after the main text
] as const;
export const sectionRoleSchema = z.enum(SECTION_ROLES);
export type SectionRole = z.infer<typeof sectionRoleSchema>;

/** Kinds of inline annotation on a paragraph's text (the fields of each are in `markSchema`). */
export const MARK_KINDS = [
  'redaction', // x / xx / xxx standing for hidden names or numbers
  'citation', // [1] → reference number 1
  'concept', // a policy-term occurrence
  'footnote', // ① in the text → the footnote paragraph it refers to
] as const;
export const markKindSchema = z.enum(MARK_KINDS);
export type MarkKind = z.infer<typeof markKindSchema>;

/** Why a piece of source text is not part of the reading text. */
export const REMOVAL_REASONS = [
  'paywall-marker', // ##paidbegin## / ##paidend##
  'thumbnail', // a stray image label from a web copy: a 缩略图 line, a picture's placeholder alt text (`![图片](…)`)
  'web-ui', // a web page's button or prompt copied with the text: 点击上方蓝字关注我们, 阅读原文, 在看
  'toc-page-number', // the page number after a tab in a 目录 line
  'page-break-space', // the leading space a PDF extraction puts on a page's first line
  'page-number', // a line that is only a page number: `— 3 —`, `第 3 页`, `3/10`
  'running-header', // a page header or footer a PDF extraction repeats at every page break
  'control-character', // C0/C1 controls, control pictures such as U+240E
  'zero-width', // U+200B/U+200C/U+200D/U+2060/U+FEFF inside text
  'odd-space', // NBSP, ideographic or other spaces normalised to nothing or to one space
  'byte-order-mark',
  'front-matter', // YAML front matter of a Markdown source (its fields go to metadata)
  'html-comment', // <!-- … --> in a Markdown source
  'markdown-syntax', // `#` heading markers and similar syntax consumed by the parser
  'html-entity', // a character reference in a Markdown source (`&ldquo;`, `&nbsp;`, `&#8212;`): the text holds its character (`replacement`) or a space
  'duplicate-heading', // a heading repeated by the extraction (e.g. a 目录 entry consumed as a split point)
  'field-syntax', // a label or separator consumed when text becomes a field: `[摘要]`, `作者`, `Keywords:`, `；` between keywords, `目录`, `:` after `参考文献`
  'table-border', // a plain-text table's rules drawn in box-drawing characters: `┌──┬──┐`, the `│` between cells
] as const;
export const removalReasonSchema = z.enum(REMOVAL_REASONS);
export type RemovalReason = z.infer<typeof removalReasonSchema>;
