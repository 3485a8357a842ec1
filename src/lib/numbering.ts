/** Display helpers for printed numbering. */

/** True if numbering ends in its own pause mark (`一、`, `（一）`, `1.`), so no gap should follow it. */
export const isClosedNumbering = (numbering: string): boolean => /[、，。．.）)]$/.test(numbering);

/** Class list for a numbering span. */
export const numberingClass = (numbering: string): string[] =>
  ['numbering', ...(isClosedNumbering(numbering) ? ['numbering--closed'] : [])];
