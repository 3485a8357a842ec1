/**
 * Ingest, step 2a (Markdown sources only): character references (`&ldquo;`, `&mdash;`, `&amp;`,
 * `&#8212;`), as a web page's text copied to Markdown has them. A renderer shows the character a
 * reference stands for; the reference is syntax. While a line's other syntax is stripped
 * (markdown-inline.ts), each reference it decodes stands in as a private-use placeholder, so that
 * what it stands for is never syntax and stays tied to its place: its removal says which of the
 * line's occurrences it was, and the nothing-lost check (coverage.ts) finds the character there.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Removal } from '../model/document.js';

/** A whole character reference: `&mdash;`, `&#8212;`, `&#x2014;` (group 1: what is between `&` and `;`). */
const CHARACTER_REFERENCE = /^&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});$/;

/**
 * What a character reference stands for, as a renderer shows it: a space for any space (`&nbsp;`,
 * `&#12288;`: the normaliser makes the source's own odd spaces one space), nothing for an invisible
 * character (`&zwj;`, `&shy;`, which the normaliser removes from the source's text), else its
 * character (`&ldquo;` → `“`, `&amp;` → `&`, `&#8212;` → `—`). Undefined when it names nothing, or
 * a code point no text holds (`&#0;`, a surrogate): such a reference stays as written.
 */
function referencedCharacter(reference: string): string | undefined {
  const body = CHARACTER_REFERENCE.exec(reference)?.[1];
  if (body === undefined) return undefined;
  const numeric = /^#([xX]?)(.+)$/.exec(body);
  // The decoder gives U+FFFD for a code point no text may hold; only `&#xFFFD;` itself means it.
  const code = numeric ? Number.parseInt(numeric[2]!, numeric[1] ? 16 : 10) : undefined;
  const character =
    code === undefined
      ? decodeNamedCharacterReference(body)
      : decodeNumericCharacterReference(numeric![2]!, numeric![1] ? 16 : 10);
  if (character === false || (character === '\uFFFD' && code !== undefined && code !== 0xfffd)) return undefined;
  if (/^\s+$/u.test(character)) return ' ';
  return /^[\p{Cc}\p{Cf}]+$/u.test(character) ? '' : character;
}

/** A character reference, or what keeps one as written: a backslash escape, a code span, an autolink. */
const REFERENCE_OR_VERBATIM =
  /\\[!-/:-@[-`{-~]|(`+).+?\1|<(?:https?|ftp|mailto):[^>\s]+>|&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;

/** A reference a line's text shows as its character, and which of the line's occurrences of it it is. */
export interface DecodedReference {
  reference: string;
  character: string;
  occurrence: number;
}

/**
 * A line whose character references (outside code spans and escapes) stand in as private-use
 * placeholders while its syntax is stripped, so that what they decode to is never syntax
 * (`&lt;b&gt;` is no tag, `&ast;x&ast;` no emphasis) and each stays tied to its place on the line:
 * the nothing-lost check finds the character where its reference stood. A reference inside
 * syntax (a link's URL, a tag's attribute) goes with the syntax, as written.
 */
export function withPlaceholders(line: string): { line: string; references: Map<string, DecodedReference> } {
  const references = new Map<string, DecodedReference>();
  // Occurrences counted over the whole line as written (those in code spans and URLs too): the
  // nothing-lost check counts them so.
  const counted = new Map<string, { at: number; n: number }>();
  const occurrenceAt = (reference: string, offset: number): number => {
    const c = counted.get(reference) ?? { at: 0, n: 0 };
    for (let k = line.indexOf(reference, c.at); k !== -1 && k < offset; k = line.indexOf(reference, c.at))
      [c.n, c.at] = [c.n + 1, k + reference.length];
    counted.set(reference, { at: offset + reference.length, n: c.n + 1 });
    return c.n;
  };
  // Private-use characters the line does not hold (a PDF copy's may hold some).
  let code = 0xe000;
  const fresh = (): string | undefined => {
    while (code <= 0xf8ff && line.includes(String.fromCharCode(code))) code++;
    return code <= 0xf8ff ? String.fromCharCode(code++) : undefined;
  };
  const out = line.replace(REFERENCE_OR_VERBATIM, (m: string, _ticks: string | undefined, offset: number) => {
    if (!m.startsWith('&')) return m;
    const occurrence = occurrenceAt(m, offset);
    const character = referencedCharacter(m);
    const placeholder = character === undefined ? undefined : fresh();
    if (character === undefined || placeholder === undefined) return m;
    references.set(placeholder, { reference: m, character, occurrence });
    return placeholder;
  });
  return { line: out, references };
}

/** Placeholders back to their characters (in text) or to their references as written (in syntax). */
const PLACEHOLDER = /[\ue000-\uf8ff]/g;
export const decoded = (text: string, references: ReadonlyMap<string, DecodedReference>): string =>
  text.replace(PLACEHOLDER, (c) => references.get(c)?.character ?? c);
export const asWritten = (text: string, references: ReadonlyMap<string, DecodedReference>): string =>
  text.replace(PLACEHOLDER, (c) => references.get(c)?.reference ?? c);

/** The references a text shows, as `html-entity` removals of its line (with the character they stand for). */
export function referenceRemovals(
  text: string,
  line: number,
  references: ReadonlyMap<string, DecodedReference>,
): Removal[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap(([c]) => {
    const r = references.get(c);
    if (!r) return [];
    const shown = r.character.trim() === '' ? {} : { replacement: r.character };
    return [{ text: r.reference, line, reason: 'html-entity' as const, ...shown, occurrence: r.occurrence }];
  });
}
