/**
 * Every UI string of the site, in one typed dictionary (Chinese only). Components import `ui`;
 * counts are functions so number formatting stays in one place.
 */

/** Shape of the UI dictionary (other languages would implement the same). */
export interface UiStrings {
  site: { name: string; tagline: string; skipLink: string; footer: string; dataLink: string };
  nav: { label: string; library: string; concepts: string; cases: string; search: string };
  searchForm: { label: string; placeholder: string; submit: string };
  kinds: Record<'paper' | 'speech' | 'handbook', string>;
  home: { title: string; intro: string; holdings: string; read: string; search: string; byKind: string; totals: string };
  library: { title: string; intro: string; columns: { kind: string; title: string; author: string; date: string; length: string } };
  doc: {
    metadata: string; author: string; affiliation: string; institution: string; date: string; source: string;
    kind: string; length: string; abstract: string; abstractEn: string; keywords: string; keywordsEn: string;
    contents: string; read: string; items: string; data: string;
  };
  reading: {
    breadcrumbs: string; toc: string; prev: string; next: string; pager: string; referencesTitle: string;
    caseStudy: string; caseSource: string; lines: (start: number, end: number) => string; sourceFile: string;
  };
  para: { anchorLabel: string; copyLink: string; copyCitation: string; copied: string; copyFailed: string; menuLabel: string };
  redaction: string;
  citationMark: (n: number) => string;
  count: {
    documents: (n: number) => string; pages: (n: number) => string; sections: (n: number) => string;
    paragraphs: (n: number) => string; characters: (n: number) => string;
  };
}

const num = (n: number): string => n.toLocaleString('zh-CN');

export const ui = {
  site: {
    name: '党建文库',
    tagline: '党建文献的在线阅读、引用与检索',
    skipLink: '跳到正文',
    footer: '党建文库 · 全部内容由本站提供，不依赖外部资源',
    dataLink: '下载语料数据（corpus.json）',
  },
  nav: { label: '主导航', library: '文库', concepts: '概念', cases: '案例', search: '检索' },
  searchForm: { label: '全文检索', placeholder: '检索全文，如：两学一做', submit: '检索' },
  kinds: { paper: '论文', speech: '讲话与交流', handbook: '手册' },
  home: {
    title: '党建文库',
    intro: '本库收录党建工作论文、研讨发言与经验交流、机关党建手册，按章节和段落组织，每一段都可以直接链接和引用。',
    holdings: '馆藏概况',
    read: '开始阅读',
    search: '全文检索',
    byKind: '按类型',
    totals: '合计',
  },
  library: {
    title: '文库',
    intro: '全部文献，按类型排列。',
    columns: { kind: '类型', title: '题名', author: '作者 / 机构', date: '日期', length: '篇幅' },
  },
  doc: {
    metadata: '文献信息', author: '作者', affiliation: '单位', institution: '发言单位', date: '日期', source: '来源文件',
    kind: '类型', length: '篇幅', abstract: '摘要', abstractEn: 'Abstract', keywords: '关键词', keywordsEn: 'Keywords',
    contents: '目录', read: '阅读全文', items: '收录篇目', data: '结构化数据',
  },
  reading: {
    breadcrumbs: '当前位置', toc: '本页目录', prev: '上一篇', next: '下一篇', pager: '翻页',
    referencesTitle: '参考文献', caseStudy: '创新案例', caseSource: '资料来源',
    lines: (start, end) => `原文第 ${start}–${end} 行`, sourceFile: '来源文件',
  },
  para: {
    anchorLabel: '本段链接', copyLink: '复制链接', copyCitation: '复制引用', copied: '已复制',
    copyFailed: '复制失败，请手动复制地址栏中的链接', menuLabel: '本段操作',
  },
  redaction: '原文此处隐去',
  citationMark: (n) => `参考文献 ${n}`,
  count: {
    documents: (n) => `${num(n)} 种文献`,
    pages: (n) => `${num(n)} 篇`,
    sections: (n) => `${num(n)} 节`,
    paragraphs: (n) => `${num(n)} 段`,
    characters: (n) => `${num(n)} 字`,
  },
} as const satisfies UiStrings;

export type DocKindLabel = keyof typeof ui.kinds;
