/**
 * Ingest edge: read `content/manifest.yaml` and the source files it names. `parseManifest` is pure
 * (text in, `SourceMeta[]` out); every problem becomes a `SourceError` naming the manifest line of
 * the offending entry or field. `readSources` is the only file-system code of the ingest stage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document as YamlDocument, LineCounter } from 'yaml';
import type { z } from 'zod';
import { manifestSchema } from '../../src/schemas/manifest.js';
import type { SourceMeta } from '../model/document.js';
import { toDocId } from '../model/ids.js';
import type { RawSource } from '../pipeline.js';
import { SourceError } from '../util/errors.js';
import { displayPath, fail, lineAt, parseYamlSource, pathName, type Problem, type YamlPath } from './yaml-source.js';

/** `sources[2].citation.type` for a zod path; the entry's id is added when it has one: `sources[2] (id "x").title`. */
function fieldName(path: YamlPath, data?: unknown): string {
  const name = pathName(path);
  const entry =
    path[0] === 'sources' && typeof path[1] === 'number'
      ? (data as { sources?: { id?: unknown }[] } | undefined)?.sources?.[path[1]]
      : undefined;
  if (typeof entry?.id !== 'string') return name;
  const head = `sources[${path[1]}]`;
  return `${head} (id "${entry.id}")${name.slice(head.length)}`;
}

/** What a manifest without `sources:` has at its top instead: ` (it has "documents")`. */
function insteadOf(data: unknown): string {
  const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  return keys.length > 0 ? ` (it has ${keys.map((k) => `"${k}"`).join(', ')})` : '';
}

/** One zod issue → (line, message). Missing fields point at their entry; unknown keys at the key. */
function describeIssue(issue: z.ZodIssue, doc: YamlDocument, counter: LineCounter, data: unknown): Problem {
  const path = issue.path as YamlPath;
  if (issue.code === 'unrecognized_keys') {
    const line = lineAt(doc, counter, path, issue.keys[0]);
    return {
      line,
      message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${fieldName(path, data) || 'the manifest'} (check the spelling; the schema is src/schemas/manifest.ts)`,
    };
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return {
      line: lineAt(doc, counter, path),
      message:
        path.length === 1
          ? `missing field "${String(path[0])}" in the manifest: its entries go in a \`${String(path[0])}:\` list${insteadOf(data)}`
          : `missing field "${String(path.at(-1))}" in ${fieldName(path.slice(0, -1), data)}`,
    };
  }
  if (path.length === 0) {
    return { line: 1, message: 'the manifest must be a mapping with a `sources:` list of entries' };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array' && issue.received === 'string') {
    return {
      line: lineAt(doc, counter, path),
      message: `${fieldName(path, data)}: expected a list, e.g. \`${String(path.at(-1))}: [${String(doc.getIn(path))}]\``,
    };
  }
  return { line: lineAt(doc, counter, path), message: `${fieldName(path, data)}: ${issue.message}` };
}

/**
 * Parse and validate the manifest text.
 * @param file the manifest path as the user knows it (`content/manifest.yaml`), used in messages.
 * @returns one `SourceMeta` per entry, in manifest order, with `manifestLine` set.
 * @throws SourceError(file, line) for bad YAML, schema violations, duplicate ids or files, and a
 *   `translationOf` naming an unknown id or the entry itself.
 */
export function parseManifest(text: string, file: string): SourceMeta[] {
  const { doc, counter, data } = parseYamlSource(text, file);
  const parsed = manifestSchema().safeParse(data);
  if (!parsed.success)
    fail(
      file,
      parsed.error.issues.map((i) => describeIssue(i, doc, counter, data)),
    );

  const entries = parsed.data.sources;
  const lineOf = (i: number, key?: string) => lineAt(doc, counter, ['sources', i], key);
  const problems: Problem[] = [];
  const firstId = new Map<string, number>();
  const firstFile = new Map<string, number>();
  entries.forEach((e, i) => {
    const idLine = firstId.get(e.id);
    if (idLine !== undefined)
      problems.push({ line: lineOf(i, 'id'), message: `duplicate id "${e.id}" (first used at line ${idLine})` });
    else firstId.set(e.id, lineOf(i, 'id'));
    const fileLine = firstFile.get(e.file);
    if (fileLine !== undefined)
      problems.push({
        line: lineOf(i, 'file'),
        message: `file "${e.file}" is listed twice (first at line ${fileLine})`,
      });
    else firstFile.set(e.file, lineOf(i, 'file'));
  });
  entries.forEach((e, i) => {
    if (e.translationOf === undefined) return;
    if (e.translationOf === e.id)
      problems.push({ line: lineOf(i, 'translationOf'), message: `translationOf names the entry itself ("${e.id}")` });
    else if (!firstId.has(e.translationOf))
      problems.push({
        line: lineOf(i, 'translationOf'),
        message: `translationOf "${e.translationOf}" is not the id of any entry`,
      });
  });
  if (problems.length > 0) fail(file, problems);

  return entries
    .map((e, i) => ({
      ...e,
      id: toDocId(e.id),
      authors: e.authors ?? [],
      translationOf: e.translationOf === undefined ? undefined : toDocId(e.translationOf),
      manifestLine: lineOf(i),
    }))
    .map(dropUndefined);
}

/** Keep emitted metadata free of `key: undefined` (deterministic JSON, `exactOptionalPropertyTypes`-friendly). */
const dropUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Read and validate a manifest file. */
export function readManifest(path: string): SourceMeta[] {
  return parseManifest(readFileSync(path, 'utf8'), displayPath(path));
}

/** Source-like files (`.txt`, `.md`) in the sources folder; dotfiles are ignored. */
const isSourceFile = (name: string) => !name.startsWith('.') && /\.(?:txt|md|markdown)$/i.test(name);

/**
 * Read the manifest and the bytes of every source it names, in manifest order.
 * A `.txt`/`.md` file in `sourcesDir` that no entry names is an ERROR, not a warning: a text a
 * user added without an entry would otherwise silently vanish from the site. Other files
 * (dotfiles, images, notes with other extensions) are ignored.
 * @throws SourceError naming the manifest line of an entry whose file does not exist, or the
 *   unlisted source file.
 */
export function readSources(manifestPath: string, sourcesDir: string): RawSource[] {
  const manifestFile = displayPath(manifestPath);
  const metas = readManifest(manifestPath);
  const sources = metas.map((meta) => {
    const path = join(sourcesDir, meta.file);
    if (!existsSync(path)) {
      throw new SourceError(
        manifestFile,
        meta.manifestLine,
        `source file "${meta.file}" of entry "${meta.id}" does not exist in ${displayPath(sourcesDir)}/`,
        'check the file name (it is case-sensitive) or remove the entry',
      );
    }
    return { meta, bytes: new Uint8Array(readFileSync(path)) };
  });
  const listed = new Set(metas.map((m) => m.file));
  const unlisted = readdirSync(sourcesDir)
    .filter((name) => isSourceFile(name) && !listed.has(name))
    .sort();
  if (unlisted.length > 0) {
    throw new SourceError(
      join(displayPath(sourcesDir), unlisted[0]!),
      undefined,
      `source file is not named in ${manifestFile}${unlisted.length > 1 ? ` (nor are ${unlisted.slice(1).join(', ')})` : ''}`,
      `add an entry for it to ${manifestFile} (id, file, title, kind, language, authors), or move it out of ${displayPath(sourcesDir)}/`,
    );
  }
  return sources;
}
