/**
 * Read `content/concepts.yaml`: `parseGlossary` is pure (text in, `Glossary` out) and turns every
 * schema problem, duplicate id and form claimed by two concepts into a `SourceError` with the line.
 */
import { readFileSync } from 'node:fs';
import { glossarySchema } from '../../src/schemas/concept.js';
import type { Concept, Glossary } from '../model/concept.js';
import { formsOf } from '../model/concept.js';
import { displayPath, fail, lineAt, parseYamlSource, pathName, type Problem } from './yaml-source.js';

/**
 * Parse and validate glossary text.
 * @param file the path as the user knows it (`content/concepts.yaml`), used in messages.
 * @throws SourceError(file, line) for bad YAML, schema violations, duplicate ids or forms.
 */
export function parseGlossary(text: string, file: string): Glossary {
  const { doc, counter, data } = parseYamlSource(text, file);
  const parsed = glossarySchema().safeParse(data);
  const entryName = (path: (string | number)[]) => {
    const i = path[1];
    const id = typeof i === 'number' ? (data as { concepts?: { id?: unknown }[] }).concepts?.[i]?.id : undefined;
    const name = pathName(path);
    return typeof id === 'string' ? `${name} (id "${id}")` : name;
  };
  if (!parsed.success) {
    fail(
      file,
      parsed.error.issues.map((issue) => {
        const path = issue.path as (string | number)[];
        if (issue.code === 'unrecognized_keys') {
          return {
            line: lineAt(doc, counter, path, issue.keys[0]),
            message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${entryName(path)} (the schema is src/schemas/concept.ts)`,
          };
        }
        if (issue.code === 'invalid_type' && issue.received === 'undefined') {
          return {
            line: lineAt(doc, counter, path),
            message: `missing field "${String(path.at(-1))}" in ${entryName(path.slice(0, -1))}`,
          };
        }
        return { line: lineAt(doc, counter, path), message: `${entryName(path)}: ${issue.message}` };
      }),
    );
  }
  const lineOf = (i: number, key?: string) => lineAt(doc, counter, ['concepts', i], key);
  const concepts: Concept[] = parsed.data.concepts.map((c, i) => ({ ...c, line: lineOf(i) }));

  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, { id: string; line: number }>();
  concepts.forEach((c, i) => {
    const seen = ids.get(c.id);
    if (seen !== undefined)
      problems.push({ line: lineOf(i, 'id'), message: `duplicate id "${c.id}" (first used at line ${seen})` });
    else ids.set(c.id, lineOf(i, 'id'));
    for (const form of formsOf(c)) {
      const owner = forms.get(form);
      if (owner && owner.id !== c.id)
        problems.push({
          line: c.line,
          message: `"${form}" of "${c.id}" is already a term or alias of "${owner.id}" (line ${owner.line})`,
        });
      else forms.set(form, { id: c.id, line: c.line });
    }
  });
  if (problems.length > 0)
    fail(file, problems, 'a surface form can belong to one concept only; merge the entries or drop the alias');
  return { file, concepts };
}

/** The glossary file of this build: `$DJ_GLOSSARY`, else `content/concepts.yaml` (the pipeline and the site's search read the same one). */
export const glossaryPath = (): string => process.env.DJ_GLOSSARY ?? 'content/concepts.yaml';

/** Read and validate a glossary file. */
export function readGlossary(path: string): Glossary {
  return parseGlossary(readFileSync(path, 'utf8'), displayPath(path));
}
