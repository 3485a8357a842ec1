/**
 * An independent "nothing lost" check for the fuzz test: every non-whitespace character of the
 * inputs must occur at least as often among the text fields of the pipeline's output (headings,
 * paragraphs, metadata, removed[] …). It does not trust the pipeline's own coverage stage.
 */
import { compareCodeUnits } from '../util/sort.js';

/** Fields that hold ids, enums and provenance rather than source text, and the manifest's `meta`. */
const NOT_TEXT = new Set([
  'id',
  'slug',
  'kind',
  'file',
  'reason',
  'role',
  'parentId',
  'docId',
  'sectionId',
  'conceptId',
  'language',
  'encoding',
  'format',
  'meta',
  'provenance',
  'lines',
  'span',
  'marks',
  'url',
]);

/** Count non-whitespace characters (by code point). */
function countChars(into: Map<string, number>, s: string, sign: 1 | -1): void {
  for (const ch of s) if (!/\s/u.test(ch)) into.set(ch, (into.get(ch) ?? 0) + sign);
}

/** Every string in the output except the fields in NOT_TEXT. */
function collectText(node: unknown, into: Map<string, number>): void {
  if (typeof node === 'string') countChars(into, node, 1);
  else if (Array.isArray(node)) for (const x of node) collectText(x, into);
  else if (node && typeof node === 'object') {
    // A parsed reference keeps its printed `[1]` as `number: 1` beside `raw` (the rest of the entry).
    const o = node as Record<string, unknown>;
    if (typeof o.number === 'number' && typeof o.raw === 'string') countChars(into, `[${o.number}]`, 1);
    for (const [k, v] of Object.entries(node)) if (!NOT_TEXT.has(k)) collectText(v, into);
  }
}

/**
 * Characters of `inputs` missing from `output`, as `"x" ×2 (U+0078)` strings (empty: nothing lost).
 */
export function lostCharacters(inputs: readonly string[], output: unknown): string[] {
  const balance = new Map<string, number>();
  collectText(output, balance);
  for (const s of inputs) countChars(balance, s, -1);
  return [...balance]
    .filter(([, n]) => n < 0)
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(
      ([ch, n]) => `${JSON.stringify(ch)} ×${-n} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
    );
}
