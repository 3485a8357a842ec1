/**
 * Explicit orders for deterministic output: strings compared by UTF-16 code units (what `<` does),
 * never by locale, so the same input sorts the same on every machine.
 */

/**
 * Compare two strings by code units: negative, zero or positive.
 * @example ['b', 'a', 'B'].sort(compareCodeUnits) → ['B', 'a', 'b']
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
