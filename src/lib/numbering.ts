/** Display helpers for printed numbering. */

/** A numbering's own full-width pause mark at its end (`一、`, `（一）`, `专题一：`): its title follows it directly. */
const FULL_WIDTH_PAUSE = /[、，：）]$/;

/** True if numbering ends in its own pause mark (`一、`, `（一）`, `1.`, `专题一：`), so no gap should follow it. */
export const isClosedNumbering = (numbering: string): boolean =>
  FULL_WIDTH_PAUSE.test(numbering) || /[。．.):]$/.test(numbering);

/**
 * The symbols a bullet item is printed with (`● 党员…`, `◆ 聚焦政治引领`; a slide or Word outline's
 * `√ 勇于自我革命`, `➢ …`), besides Markdown's ASCII `-` `*` `+`: the segmenter reads them as
 * markers, the page sets them apart from the text.
 */
export const BULLET_SYMBOLS = '●○•◆◇■□▪▶►★☆√✓✔➢➤▸❖◎';

/** Class list for a numbering span. */
export const numberingClass = (numbering: string): string[] => [
  'numbering',
  ...(isClosedNumbering(numbering) ? ['numbering--closed'] : []),
];

/**
 * A title with its printed numbering, as lists, breadcrumbs, citations and search cite it:
 * `withNumbering('第三章', '加强思想建设')` → `第三章 加强思想建设`; a numbering ending in a full-width
 * pause mark is printed against its title (`专题一：党的组织建设`, `（一）总体要求`); either part may be empty.
 */
export const withNumbering = (numbering: string, title: string): string =>
  [numbering, title].filter(Boolean).join(FULL_WIDTH_PAUSE.test(numbering) ? '' : ' ');
