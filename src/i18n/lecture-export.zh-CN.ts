/**
 * Words the lecture exports print (Word, slides, Markdown) and the topic-pack pages show. A module
 * of its own so that the exporters, which load only on the basket page, bundle only these strings.
 */
import { formatCount as num } from './format';

export const lectureExportUi = {
  /** Marks an item whose paragraph no longer exists after a rebuild (exported from its saved text). */
  changed: '原文已变更',
  /** Before the user's note on an item. */
  note: '备注',
  references: '参考文献',
  /** After a slide title continued from the slide before. */
  continued: '续',
  caseLabel: '典型案例',
  figures: '关键数据',
  caseSource: '资料来源',
  /** A case cited through the work that prints it: `资料来源：X；收录于 …`. */
  caseVia: '收录于',
  /** Before the compilation a quoted passage was taken from: `《在…的讲话》；转引自《…论述摘编》`. */
  quotedVia: '转引自',
  definition: '定义',
  /** A definition the site's editors wrote (nothing in the corpus to cite). */
  editorial: '编者释义',
  /** Title slide: `2026-11-29`. */
  dated: (date: string) => date,
  topic: {
    crumbs: '党课备课',
    title: (term: string) => `专题：${term}`,
    intro: '本专题汇集该概念的定义及出处、权威表述、典型案例和相关概念，可直接打印，或载入备课篮后编排、导出。',
    load: '把本专题载入备课篮',
    definition: '定义及出处',
    passages: '权威表述',
    passagesCount: (shown: number, total: number) =>
      shown < total
        ? `共 ${num(total)} 段提及，精选 ${num(shown)} 段：标题中提及的优先，其次提及最密集的段落，每节至多一段。`
        : `共 ${num(total)} 段提及，全部列出。`,
    noPassages: '文库正文中尚无提及该概念的段落。',
    cases: '典型案例',
    related: '相关概念',
    relatedPack: '专题',
    relatedConcept: '概念页',
    conceptPage: '概念页',
    source: '出处',
    packLink: '备课专题',
  },
} as const;
