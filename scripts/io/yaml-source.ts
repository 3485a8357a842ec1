/**
 * Shared by the YAML readers (manifest, glossary): parse with line positions, find the line of a
 * node, name a field path, and throw the problems found as one `SourceError` naming file and line.
 */
import { relative } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import { SourceError } from '../util/errors.js';

/** A path into the parsed data: keys and list indices. */
export type YamlPath = (string | number)[];

/** One problem found in a YAML file. */
export interface Problem {
  line: number;
  message: string;
}

/** A parsed YAML file: the document (for node positions), its line counter and the plain data. */
export interface YamlSource {
  doc: YamlDocument;
  counter: LineCounter;
  data: unknown;
}

/**
 * Throw the first of several problems (by line), saying how many more there are.
 * @throws SourceError(file, line of the first problem, …, hint)
 */
export function fail(file: string, problems: Problem[], hint?: string): never {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const first = sorted[0]!;
  const more =
    sorted.length > 1
      ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? 's' : ''}: ${sorted
          .slice(1)
          .map((p) => `line ${p.line}`)
          .join(', ')})`
      : '';
  throw new SourceError(file, first.line, first.message + more, hint);
}

/**
 * Parse YAML text with line positions and duplicate keys refused; an empty file is `{}`.
 * @throws SourceError(file, line) for text that is not valid YAML.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    fail(
      file,
      doc.errors.map((e) => ({
        line: counter.linePos(e.pos[0]).line,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  return { doc, counter, data: doc.toJS() ?? {} };
}

/**
 * Line of the YAML node at `path` (for an unknown key: the key itself); falls back to the closest
 * parent.
 */
export function lineAt(doc: YamlDocument, counter: LineCounter, path: YamlPath, key?: string): number {
  for (let p = path; ; p = p.slice(0, -1)) {
    const node = p.length === 0 ? doc.contents : doc.getIn(p, true);
    if (isMap(node) && key !== undefined) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
    }
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
    if (p.length === 0) return 1;
  }
}

/** A field path as the user reads it: `['sources', 2, 'citation', 'type']` → `sources[2].citation.type`. */
export const pathName = (path: YamlPath): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Path as the user sees it in messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}
