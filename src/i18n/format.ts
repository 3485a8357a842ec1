/**
 * Number formatting shared by the UI dictionaries. A module of its own so that a page script that
 * needs only one dictionary does not bundle the other.
 */

/** `130249` → `130,249` (zh-CN grouping). */
export const formatCount = (n: number): string => n.toLocaleString('zh-CN');
