/**
 * A one-character test as a table of UTF-16 units, for loops over every character of the corpus:
 * an array look-up per character instead of a regex test on a one-character string.
 */

/**
 * 1 at each UTF-16 unit that `oneChar` matches when tested alone (a character class without the
 * `u` flag, or the table would differ from the regex on surrogates).
 * @example unitTable(/\s/)['\u3000'.charCodeAt(0)] → 1
 */
export function unitTable(oneChar: RegExp): Uint8Array {
  if (oneChar.flags.includes('u') || oneChar.global || oneChar.sticky)
    throw new Error(`unitTable needs a plain one-character regex, got ${oneChar}`);
  const table = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) if (oneChar.test(String.fromCharCode(u))) table[u] = 1;
  return table;
}
