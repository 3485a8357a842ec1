/**
 * Every UI string of the site, in one typed dictionary (Chinese only): `ui` for the frame, library,
 * reading and search pages, `kbUi` (re-exported from knowledge.zh-CN.ts) for the knowledge-base
 * pages. Import both from here. Counts are functions so number formatting stays in one place.
 */

import { formatCount as num } from './format';
import type { DocKind } from '../schemas/doc-kinds';
import type { MarkKind, ParagraphKind, SectionRole } from '../schemas/vocabulary';

/** A query in quotation marks for a sentence: `“两学一做”`, as typed when it is quoted already (a phrase query). */
const quoted = (q: string): string => (/^[“"「].*[”"」]$/su.test(q) ? q : `“${q}”`);

/** Shape of the UI dictionary (other languages would implement the same). */
export interface UiStrings {
  site: { name: string; tagline: string; skipLink: string; footer: string; dataLink: string };
  nav: { label: string; library: string; concepts: string; cases: string; search: string };
  /** `header`: the name of the header's search landmark, told apart from a page's own search box. */
  searchForm: { label: string; placeholder: string; submit: string; header: string };
  kinds: Record<DocKind, string>;
  home: { title: string; intro: string; holdings: string; read: string; search: string; totals: string };
  library: {
    title: string;
    intro: string;
    columns: { kind: string; title: string; author: string; date: string; length: string };
    paged: (n: number, perPage: number) => string;
    all: (n: number) => string;
  };
  doc: {
    metadata: string;
    author: string;
    affiliation: string;
    institution: string;
    date: string;
    source: string;
    kind: string;
    length: string;
    abstract: string;
    abstractEn: string;
    keywords: string;
    keywordsEn: string;
    contents: string;
    read: string;
    items: string;
    /** The link under a collection's editor's note to its reading page. */
    forewordRead: string;
    /** …when the page shows only the start of it. */
    forewordMore: string;
    /** An official text's own front matter (src/components/FrontFields.astro). */
    printedTitle: string;
    /** A subtitle: `——以某省电力公司为例`, `——在…会议上的讲话`. */
    subtitle: string;
    headnote: string;
    speakers: string;
    issuer: string;
    documentNumber: string;
    origin: string;
    /** The column (栏目) a magazine's paper ran in. */
    column: string;
  };
  reading: {
    breadcrumbs: string;
    toc: string;
    prev: string;
    next: string;
    /** Between the pages a long text was cut into. */
    prevPage: string;
    nextPage: string;
    pager: string;
    caseSource: string;
    lines: (start: number, end: number) => string;
    sourceFile: string;
    /** Label of the bilingual text's toggle (LanguageToggle.astro). */
    showTranslation: string;
  };
  para: {
    anchorLabel: string;
    copyLink: string;
    copyCitation: string;
    copied: string;
    copyFailed: string;
    menuLabel: string;
  };
  notFound: {
    title: string;
    intro: string;
    search: string;
    home: string;
    library: string;
    /** Heading of the pages whose address is close to the missing one (shown by script). */
    suggestions: string;
    kinds: { document: string; page: string; concept: string };
  };
  /** Labels of the model's vocabularies (src/schemas/vocabulary.ts), keyed by their lists: an untitled
   * references heading is named by its role, a redaction box by its mark kind. */
  sectionRoles: Record<SectionRole, string>;
  /** The name of an untitled references heading over notes (`[注1]` entries) rather than works cited. */
  endnotes: string;
  paragraphKinds: Record<ParagraphKind, string>;
  markKinds: Record<MarkKind, string>;
  citationMark: (n: number) => string;
  /** The accessible name of a footnote mark (`①`). */
  noteMark: (mark: string) => string;
  /** The accessible names of a task list item's box, ticked or not (`- [x]`, `- [ ]`). */
  task: { done: string; open: string };
  search: SearchStrings;
  count: {
    documents: (n: number) => string;
    pages: (n: number) => string;
    sections: (n: number) => string;
    paragraphs: (n: number) => string;
    characters: (n: number) => string;
  };
}

/** Strings of the search page and its client script (src/client/search/page.ts). */
export interface SearchStrings {
  title: string;
  intro: string;
  label: string;
  help: string;
  noscript: string;
  empty: string;
  /** The query holds nothing search reads: punctuation or symbols alone. */
  noWords: string;
  loadFailed: string;
  results: (n: number, q: string) => string;
  /** The count is an estimate: not every record that may hold the query is loaded yet. */
  resultsAbout: (n: number, q: string) => string;
  /** Filtered while records are still unloaded: at least this many. */
  resultsAtLeast: (n: number, q: string) => string;
  /** Appended to the count while not every result is on screen. */
  listed: (n: number) => string;
  none: (q: string) => string;
  /** Nothing left under the chosen filters (the query itself may match elsewhere). */
  noneInScope: (q: string) => string;
  suggest: string;
  more: (n: number) => string;
  /** 「显示更多」 while the number left is not known yet. */
  moreUnknown: string;
  filters: string;
  /** Under the filters' heading while their counts cover only the results loaded so far. */
  filtersPartial: (n: number) => string;
  filterKind: string;
  filterDocument: string;
  filterChapter: string;
  filterConcept: string;
  clearFilters: string;
  concept: string;
  conceptPage: string;
  shortcut: string;
}

/** Strings of the knowledge-base pages: concepts, cases, cited works and see-also on reading pages. */
export interface KnowledgeStrings {
  concepts: {
    title: string;
    intro: string;
    byCategory: string;
    byPinyin: string;
    filterLabel: string;
    filterPlaceholder: string;
    filterNone: string;
    filterCount: (n: number, total: number) => string;
    map: string;
    mapIntro: string;
    mapList: string;
    mapLink: string;
    families: string;
    family: (name: string) => string;
    definition: string;
    editorial: string;
    sourceLink: string;
    expansion: string;
    expansionEditorial: string;
    expansionSource: string;
    memberOf: string;
    aliases: string;
    english: string;
    category: string;
    counts: (count: number, paragraphs: number, docs: number) => string;
    occurrences: string;
    occurrencesIntro: string;
    cooccurring: string;
    shared: (n: number) => string;
    cases: string;
    count: (n: number) => string;
    none: string;
    occurrencesShown: (total: number, shown: number) => string;
    occurrencesAll: string;
    casesShown: (total: number, shown: number) => string;
  };
  cases: {
    title: string;
    intro: string;
    facets: string;
    facetProvince: string;
    facetChapter: string;
    facetConcept: string;
    facetKind: string;
    all: string;
    count: (n: number) => string;
    paged: (n: number, perPage: number) => string;
    place: string;
    province: string;
    institution: string;
    chapter: string;
    source: string;
    kind: string;
    concepts: string;
    figures: string;
    figureValue: string;
    figureContext: string;
    text: string;
    readInContext: string;
    noPlace: string;
    byProvince: string;
    byChapter: string;
  };
  references: {
    title: string;
    intro: string;
    rules: string;
    works: string;
    aliases: string;
    citations: (n: number) => string;
    concept: string;
    continued: (from: number, to: number) => string;
  };
  seeAlso: { title: string; intro: string; reason: string };
  paging: {
    label: string;
    position: (n: number, total: number) => string;
    page: (n: number) => string;
    prev: string;
    next: string;
  };
}

export const ui = {
  site: {
    name: '党建文库',
    tagline: '党建文献的在线阅读、引用与检索',
    skipLink: '跳到正文',
    footer: '党建文库 · 全部内容由本站提供，不依赖外部资源',
    dataLink: '语料数据（JSON，按文献分文件）',
  },
  nav: { label: '主导航', library: '文库', concepts: '概念', cases: '案例', search: '检索' },
  searchForm: { label: '全文检索', placeholder: '检索全文，如：两学一做', submit: '检索', header: '页眉检索' },
  kinds: {
    regulation: '党内法规与法规',
    document: '文件',
    report: '报告',
    speech: '讲话与交流',
    paper: '论文',
    handbook: '手册',
    collection: '汇编',
  },
  home: {
    title: '党建文库',
    intro:
      '本库收录党建工作的论文、讲话与经验交流、手册，以及党内法规和文件，按章节和段落组织，每一段都可以直接链接和引用。',
    holdings: '馆藏概况',
    read: '开始阅读',
    search: '全文检索',
    totals: '合计',
  },
  library: {
    title: '文库',
    intro: '全部文献，按类型排列。',
    columns: { kind: '类型', title: '题名', author: '作者 / 机构', date: '日期', length: '篇幅' },
    paged: (n, perPage) => `共 ${num(n)} 种文献，每页 ${num(perPage)} 种。`,
    all: (n) => `文库中的全部 ${num(n)} 种`,
  },
  doc: {
    metadata: '文献信息',
    author: '作者',
    affiliation: '单位',
    institution: '发言单位',
    date: '日期',
    source: '来源文件',
    kind: '类型',
    length: '篇幅',
    abstract: '摘要',
    abstractEn: 'Abstract',
    keywords: '关键词',
    keywordsEn: 'Keywords',
    contents: '目录',
    read: '阅读全文',
    items: '收录篇目',
    forewordRead: '在阅读页查看、引用',
    forewordMore: '全文见阅读页',
    printedTitle: '原题',
    subtitle: '副标题',
    headnote: '题注',
    speakers: '讲话人',
    issuer: '发布机关',
    documentNumber: '文号',
    origin: '来源',
    column: '栏目',
  },
  reading: {
    showTranslation: '显示英文对照',
    breadcrumbs: '当前位置',
    toc: '本页目录',
    prev: '上一篇',
    next: '下一篇',
    prevPage: '上一页',
    nextPage: '下一页',
    pager: '翻页',
    caseSource: '资料来源',
    lines: (start, end) => `原文第 ${start}–${end} 行`,
    sourceFile: '来源文件',
  },
  para: {
    anchorLabel: '本段链接',
    copyLink: '复制链接',
    copyCitation: '复制引用',
    copied: '已复制',
    copyFailed: '复制失败，请手动复制地址栏中的链接',
    menuLabel: '本段操作',
  },
  notFound: {
    title: '页面不存在',
    intro: '您要访问的页面不存在，可能已被移动或地址有误。可以检索全文，或从首页、文库目录重新查找。',
    search: '检索全文',
    home: '返回首页',
    library: '浏览文库',
    suggestions: '您要找的可能是',
    kinds: { document: '文献', page: '篇章', concept: '概念' },
  },
  sectionRoles: {
    body: '正文',
    abstract: '摘要',
    introduction: '引言',
    conclusion: '结语',
    'key-points': '党建要点',
    'case-study': '案例',
    references: '参考文献',
    questions: '思考题',
    appendix: '附录',
  },
  endnotes: '注释',
  paragraphKinds: { paragraph: '段落', 'list-item': '列表项', quote: '引文', footnote: '脚注', table: '表格' },
  markKinds: { redaction: '原文此处隐去', citation: '参考文献标注', concept: '党建概念', footnote: '脚注标注' },
  citationMark: (n) => `参考文献 ${n}`,
  noteMark: (mark) => `脚注 ${mark}`,
  task: { done: '已完成', open: '未完成' },
  search: {
    title: '全文检索',
    intro:
      '按段落检索全部文献。中文检索词按原文精确匹配，支持繁体输入；多个词用空格分隔表示同时出现，加引号表示整句；查法规条文可输入“党章第三条”。',
    label: '检索词',
    help: '例如：两学一做、“学习型党组织”、从严治党 廉政',
    noscript: '全文检索需要启用 JavaScript。您仍可通过文库目录阅读全部文献。',
    empty: '请输入检索词。',
    noWords: '检索词中没有汉字、字母或数字，请换一个检索词。',
    loadFailed: '检索索引加载失败，请稍后重试。',
    results: (n, q) => `${quoted(q)}共找到 ${num(n)} 个段落`,
    resultsAbout: (n, q) => `${quoted(q)}约有 ${num(n)} 个段落`,
    resultsAtLeast: (n, q) => `${quoted(q)}在所选范围内至少有 ${num(n)} 个段落`,
    listed: (n) => `，已显示 ${num(n)} 个`,
    none: (q) => `没有找到包含${quoted(q)}的段落。`,
    noneInScope: (q) => `所选范围内没有包含${quoted(q)}的段落，可清除筛选后再查。`,
    suggest: '您是否要找：',
    more: (n) => `显示更多（还有 ${num(n)} 条）`,
    moreUnknown: '显示更多',
    filters: '筛选结果',
    filtersPartial: (n) => `计数仅含已载入的 ${num(n)} 个段落`,
    filterKind: '文献类型',
    filterDocument: '文献',
    filterChapter: '章节 / 篇目',
    filterConcept: '涉及概念',
    clearFilters: '清除筛选',
    concept: '概念',
    conceptPage: '查看概念页',
    shortcut: '按 / 键可随时跳到检索框',
  },
  count: {
    documents: (n) => `${num(n)} 种文献`,
    pages: (n) => `${num(n)} 篇`,
    sections: (n) => `${num(n)} 节`,
    paragraphs: (n) => `${num(n)} 段`,
    characters: (n) => `${num(n)} 字`,
  },
} as const satisfies UiStrings;

/**
 * The knowledge-base pages' strings, typed by `KnowledgeStrings` above. They live in their own module
 * only so that a page script bundles the strings it uses: reading pages load `ui`, not these.
 */
export { kbUi } from './knowledge.zh-CN';
/** Strings of the lecture tools (备课): collect controls, header badge, the /lecture/ page. */
export { lectureUi } from './lecture.zh-CN';
