/**
 * Segment, step 2: what each block could be — a role heading (`引言`, `党建要点`), a Markdown
 * heading, a numbered block, or body text — judged from the block alone. Whether a numbered block
 * really is a heading needs its neighbours and is decided in build-tree.ts.
 */
import type { MarkdownBlock, Removal, SectionRole } from '../../model/document.js';
import { lineAt, markdownQuote, withoutBlockSyntax, type Block } from './block.js';
import { parseNumbering, type Numbering } from './numbering.js';
import { hasHeadingShape } from './text.js';
import { NOTE_DEFINITION } from './markdown-notes.js';

/** A block with what we could tell about it on its own. */
export interface Candidate {
  block: Block;
  /** The block's text without any Markdown `#` marker. */
  text: string;
  numbering?: Numbering;
  /** Set for a heading that names a part of the document (`引言`, `创新案例`, `6 结束语`). */
  role?: SectionRole;
  /** A role heading whose part holds numbered sections (党建要点, 创新案例) rather than ending at one. */
  container?: boolean;
  /** `# Title` in a Markdown source → 1. */
  mdLevel?: number;
  /** A Markdown block quote (`> …`, its markers removed): a `quote` paragraph. */
  mdQuote?: boolean;
  /** A table (a `table` paragraph) or a line of fenced code (a paragraph): never a heading. */
  layout?: MarkdownBlock['kind'];
  /** A Markdown line of images with their alt text (`![支部活动现场](…)`): a `figure` paragraph, never a heading. */
  figure?: boolean;
  /** A Markdown note definition (`[^1]: 参见…`, its syntax removed): a `footnote` paragraph with this label as marker. */
  mdNote?: string;
  /** Heading title when it is not simply the text after the numbering (a role label without its colon). */
  title?: string;
  /** The title line right after a 创新案例 or 附件 heading (set by case-studies.ts): always a heading. */
  labelTitle?: boolean;
  /** The title of a later part of a collection read as one page (set by parts.ts): a heading. */
  partTitle?: boolean;
  /** A bullet line that heads the text under it (`◆ 聚焦政治引领`, set by bullet-headings.ts): a heading. */
  bulletHeading?: boolean;
  /** A date alone over an entry of a 学习笔记 or 大事记 (`2024年3月5日　星期二`, set by date-headings.ts): a heading. */
  dateHeading?: boolean;
  /** One of a run of `标签：值` lines (`时间：…`, `记录人：陈某`, set by field-runs.ts): never a heading. */
  field?: boolean;
  /** Short and unpunctuated: could be a heading if its neighbours agree. */
  headingShape: boolean;
  /**
   * `一、主要做法：` / `（一）加强学习。`: a top-level numbered line that is one short sentence or
   * lead-in, or `1.什么是“三会一课”？` a question; a heading only when body text follows it.
   */
  sentenceHeading?: boolean;
  /** Syntax consumed while reading the block (`#` markers, a `:` after 参考文献). */
  removed: Removal[];
}

interface RoleLabel {
  role: SectionRole;
  container: boolean;
}

/** Titles that name a part of a document, whatever their numbering (`6 结束语`, `四、结论`). */
const ROLE_LABELS: Record<string, RoleLabel> = {
  摘要: { role: 'abstract', container: false },
  引言: { role: 'introduction', container: false },
  前言: { role: 'introduction', container: false },
  导言: { role: 'introduction', container: false },
  绪论: { role: 'introduction', container: false },
  序言: { role: 'introduction', container: false },
  结束语: { role: 'conclusion', container: false },
  结语: { role: 'conclusion', container: false },
  结论: { role: 'conclusion', container: false },
  参考文献: { role: 'references', container: false },
  // Endnotes and reading lists: numbered entries the text's `[1]` marks point to, as a paper's references.
  注释: { role: 'references', container: false },
  参考资料: { role: 'references', container: false },
  参考书目: { role: 'references', container: false },
  注释与参考文献: { role: 'references', container: false },
  党建要点: { role: 'key-points', container: true },
  创新案例: { role: 'case-study', container: true },
  // Other handbooks' names for a case block (caseKindOf in case-studies.ts tells them apart).
  典型案例: { role: 'case-study', container: true },
  经典案例: { role: 'case-study', container: true },
  优秀案例: { role: 'case-study', container: true },
  案例: { role: 'case-study', container: true },
  案例链接: { role: 'case-study', container: true },
  实践案例: { role: 'case-study', container: true },
  思考题: { role: 'questions', container: false },
  复习思考题: { role: 'questions', container: false },
  讨论题: { role: 'questions', container: false },
  思考与讨论: { role: 'questions', container: false },
  思考与练习: { role: 'questions', container: false },
};
/** The same labels in traditional characters (a text from Hong Kong, Macao or Taiwan). */
const TRADITIONAL: Record<string, string> = {
  導言: '导言',
  緒論: '绪论',
  結束語: '结束语',
  結語: '结语',
  結論: '结论',
  參考文獻: '参考文献',
  註釋: '注释',
  參考資料: '参考资料',
  黨建要點: '党建要点',
  創新案例: '创新案例',
  經典案例: '经典案例',
  優秀案例: '优秀案例',
  案例鏈接: '案例链接',
  實踐案例: '实践案例',
  思考題: '思考题',
  複習思考題: '复习思考题',
  討論題: '讨论题',
  思考與討論: '思考与讨论',
  思考與練習: '思考与练习',
};

/** The same labels as an English text prints them (any case): `References`, `1 Introduction`. */
const ENGLISH: Record<string, string> = {
  abstract: '摘要',
  introduction: '引言',
  conclusion: '结论',
  conclusions: '结论',
  references: '参考文献',
  bibliography: '参考文献',
};

/** `附件`, `附件2`, `附件二`, `附录`, or `附：` over an appended text: an attachment, which numbers its sections afresh. */
const APPENDIX = /^附\s*(?:[件录錄]\s*[0-9０-９一二三四五六七八九十]{0,3})?$/;

/** Longest line that can hold a role label, spaces around it included. */
const MAX_LABEL_LINE = 40;

/** `参考文献:` (`【参考文献】`) → label `参考文献` and the trailing colon; undefined if the text is no role label. */
export function readRoleLabel(text: string): (RoleLabel & { label: string; colon: string }) | undefined {
  // Every label is a few words (`Bibliography：`, `【注释与参考文献】`): a longer line is none, read or not.
  if (text.length > MAX_LABEL_LINE) return undefined;
  const m = /^(.+?)\s*([:：]?)$/.exec(text.trim());
  // A study book's labels stand in lenticular brackets: `【案例】`, `【参考文献】`.
  const label = m?.[1]?.replace(/\s+/g, '').replace(/^【(.+)】$/, '$1') ?? '';
  if (APPENDIX.test(label)) return { role: 'appendix', container: true, label, colon: m?.[2] ?? '' };
  const named = (l: string) => ROLE_LABELS[TRADITIONAL[l] ?? ENGLISH[l.toLowerCase()] ?? l];
  // A 案例选编 numbers its cases: `案例一`, `典型案例2`, `案例（三）`.
  const numbered = CASE_NUMBER.exec(label)?.[1];
  const role = named(label) ?? (numbered && named(numbered)?.role === 'case-study' ? named(numbered) : undefined);
  return role ? { ...role, label, colon: m?.[2] ?? '' } : undefined;
}

/** A case label with its number: group 1 the label (`案例一` → `案例`, `典型案例12`, `案例（三）`). */
const CASE_NUMBER =
  /^(.{1,6}?)(?:[一二三四五六七八九十百]{1,4}|[0-9０-９]{1,3}|[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[）)])$/;

/** Numbering styles whose one-sentence lines may be headings (`（1）…。` lines are list items). */
const SENTENCE_HEADING_SCHEMES = new Set(['cn-formal', 'cn-dun', 'cn-paren', 'topic']);
/** One short sentence or lead-in: no inner sentence end, ending with `。`, a colon or `！` (a speech's `一、坚定不移抓好政治建设！`). */
const SENTENCE_HEADING = /^[^。；;：:！？!?]{2,30}[。：:！!]$/;

/** Numbering styles of a question-and-answer text (`1.什么是“三会一课”？` before its answer). */
const QUESTION_SCHEMES = new Set(['cn-formal', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'arabic-close']);
/** One short question. */
const QUESTION = /^[^。；;！!？?]{2,40}[？?]$/;

/** `## 第一节 总则` → level 2 and the text after the hashes. */
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** A callout's type at the start of a quote: `[!NOTE]`, `[!tip]-` (folded). */
const CALLOUT = /^\s*(\[![A-Za-z]+\][+-]?)\s*/;

/** A Markdown block quote: the `>` opening each of its lines is syntax, the rest a quote paragraph. */
export function quoteCandidate(block: Block): Candidate {
  const removed: Removal[] = [];
  const starts = new Set(block.origins.map((o) => o.offset));
  let text = '';
  for (let i = 0; i < block.text.length; i++) {
    if (block.text[i] === '>' && starts.has(i)) {
      removed.push({ text: '>', line: lineAt(block, i), reason: 'markdown-syntax' });
      if (block.text[i + 1] === ' ') i++;
    } else text += block.text[i];
  }
  // A callout's type (`> [!NOTE]`, GitHub's alerts and Obsidian's callouts) is syntax too.
  const callout = CALLOUT.exec(text);
  if (callout) {
    removed.push({ text: callout[1]!, line: block.lines[0], reason: 'markdown-syntax' });
    text = text.slice(callout[0].length);
  }
  return { block, text: text.trim(), removed, headingShape: false, mdQuote: true };
}

/**
 * Classify one block.
 * @example classifyBlock({ text: '（1）长期执政考验', lines: [335, 335] }, 'txt') → { numbering: { marker: '（1）', … }, headingShape: true, … }
 */
export function classifyBlock(block: Block, format: 'txt' | 'md'): Candidate {
  const removed: Removal[] = [...(block.removed ?? [])];
  let text = block.text.trim();
  let mdLevel: number | undefined;
  // Code (an unclosed fence's runs to the end, `## 标题` lines too) and tables have no heading syntax.
  const md = format === 'md' && !withoutBlockSyntax(block) ? MD_HEADING.exec(text) : null;
  if (md) {
    mdLevel = md[1]!.length;
    const title = md[2]!;
    const at = text.indexOf(title, md[1]!.length);
    // The hashes (and any closing hashes) are syntax; the title is the heading.
    const syntax = title === '' ? text : text.slice(0, at) + text.slice(at + title.length);
    removed.push({ text: syntax.trim(), line: block.lines[0], reason: 'markdown-syntax' });
    text = title;
  } else if (format === 'md' && block.setext !== undefined) mdLevel = block.setext;
  if (block.layout) return { block, text: block.text, removed, headingShape: false, layout: block.layout };
  if (block.figure) return { block, text, removed, headingShape: false, figure: true };
  if (format === 'md' && markdownQuote(block)) return quoteCandidate(block);
  if (block.callout) return { block, text, removed, headingShape: false, mdQuote: true };
  const note = format === 'md' && !block.literal ? NOTE_DEFINITION.exec(text) : null;
  if (note) {
    const line = block.lines[0];
    removed.push({ text: '[^', line, reason: 'markdown-syntax' }, { text: ']:', line, reason: 'markdown-syntax' });
    return { block, text: text.slice(note[0].length), removed, headingShape: false, mdNote: note[1]! };
  }
  // A literal `*` or `-` (`\*注：…`) is no list's bullet.
  const numbering = block.literal && /^[-*+]/.test(text) ? undefined : parseNumbering(text);
  const label = readRoleLabel(numbering ? numbering.rest : text);
  const candidate: Candidate = {
    block,
    text,
    removed,
    headingShape: hasHeadingShape(numbering ? numbering.rest : text),
  };
  if (numbering) candidate.numbering = numbering;
  if (numbering && SENTENCE_HEADING_SCHEMES.has(numbering.scheme) && SENTENCE_HEADING.test(numbering.rest))
    candidate.sentenceHeading = true;
  if (numbering && QUESTION_SCHEMES.has(numbering.scheme) && QUESTION.test(numbering.rest))
    candidate.sentenceHeading = true;
  if (mdLevel !== undefined) candidate.mdLevel = mdLevel;
  if (label) {
    candidate.role = label.role;
    candidate.container = label.container;
    if (label.colon) candidate.title = label.label;
    if (label.colon) removed.push({ text: label.colon, line: block.lines[0], reason: 'field-syntax' });
  }
  return candidate;
}
