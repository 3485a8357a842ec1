/**
 * Reads a JSON file the pipeline wrote and checks it against its zod schema (src/schemas/): the one
 * way the site takes in generated data, so no page works on a shape it merely assumes. A file that
 * does not parse or does not match is refused with its name and the path of each bad field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** How many schema problems a message lists before `… and N more`. */
const MAX_LISTED = 5;

/** A zod issue path as a reader writes it: `cases[3].paragraphs[0].kind`; `(root)` for the whole file. */
export function issuePath(path: readonly (string | number)[]): string {
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return text || '(root)';
}

/**
 * Parse `text` (the contents of `file`) as JSON and validate it.
 * @throws Error `file: path: problem` (one line per problem) when it is not JSON or does not match.
 */
export function parseDataFile<S extends z.ZodTypeAny>(file: string, text: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues.slice(0, MAX_LISTED).map((i) => `${file}: ${issuePath(i.path)}: ${i.message}`);
  if (issues.length > MAX_LISTED) lines.push(`${file}: … and ${issues.length - MAX_LISTED} more problems`);
  throw new Error(`${lines.join('\n')}\n(the schema is in src/schemas/; rebuild with npm run pipeline)`);
}

/** Read and validate one generated JSON file (see `parseDataFile`). */
export const readDataFile = <S extends z.ZodTypeAny>(file: string, schema: S): z.output<S> =>
  parseDataFile(file, readFileSync(file, 'utf8'), schema);
