/**
 * Pagefind's fragments without their `content`. A fragment file is gzip of `pagefind_dcd` and the
 * record's JSON; its `content` is the record's words as they were given (tokens.ts: every
 * character pair of the text), which Pagefind's browser API reads only to write its own excerpts.
 * The site never asks for those: a record's passages, text and links are in its `d` metadata
 * (search-records.ts). The words were half of every fragment's gzip bytes, and fragments are most
 * of what a search downloads, so each is rewritten with `content: ""`, under the same file name
 * (Pagefind's hash of the original, still unique per fragment).
 */
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const SIGNATURE = 'pagefind_dcd';

/** A fragment as far as it is changed here; every other field is kept as it is, in its order. */
const fragmentSchema = z
  .record(z.string(), z.unknown())
  .refine((f) => typeof f.content === 'string', 'a Pagefind fragment has a content string');

/** One fragment file's bytes → the same fragment with empty `content` (pure, deterministic). */
export function withoutContent(file: Uint8Array, name = 'fragment'): Buffer {
  const text = gunzipSync(file).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment (no ${SIGNATURE} signature)`);
  const parsed = fragmentSchema.safeParse(JSON.parse(text.slice(SIGNATURE.length)));
  if (!parsed.success) throw new Error(`${name}: Pagefind fragment without a content string`);
  const fragment = parsed.data;
  fragment.content = '';
  return gzipSync(SIGNATURE + JSON.stringify(fragment), { level: constants.Z_BEST_COMPRESSION });
}

/** Rewrite every fragment under `pagefindDir` without its content; bytes on disk before and after. */
export async function stripFragmentContent(
  pagefindDir: string,
): Promise<{ files: number; before: number; after: number }> {
  const dir = join(pagefindDir, 'fragment');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment')).sort();
  let before = 0;
  let after = 0;
  for (const name of names) {
    const file = join(dir, name);
    const bytes = await readFile(file);
    const stripped = withoutContent(bytes, file);
    before += bytes.length;
    after += stripped.length;
    await writeFile(file, stripped);
  }
  return { files: names.length, before, after };
}
