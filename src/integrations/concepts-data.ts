/**
 * The glossary as search needs it ({id, term, url, aliases, definition}): from the concepts
 * stage's `.generated/data/concepts.json` when it exists, else straight from `content/concepts.yaml`.
 * A concept links to its page only when that page was built, so a card never points at a 404.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ConceptEntry } from '../client/search/query.js';
import { conceptUrl } from '../../scripts/model/ids.js';

interface RawConcept {
  id: string;
  term: string;
  url?: string;
  aliases?: string[];
  definition?: string | { text?: string };
}

/** Normalise one raw entry; `hasPage(id)` decides whether the card links to `/concepts/<id>/`. */
export function toConceptEntry(c: RawConcept, hasPage: (id: string) => boolean): ConceptEntry {
  const definition = typeof c.definition === 'string' ? c.definition : c.definition?.text;
  return {
    id: c.id,
    term: c.term,
    url: hasPage(c.id) ? (c.url ?? conceptUrl(c.id)) : '',
    aliases: c.aliases ?? [],
    ...(definition && { definition }),
  };
}

/** Every glossary entry, sorted by id; [] when there is no glossary yet. */
export async function loadConcepts(generatedDir: string, hasPage: (id: string) => boolean): Promise<ConceptEntry[]> {
  const json = join(generatedDir, 'data', 'concepts.json');
  const yaml = join('content', 'concepts.yaml');
  let raw: RawConcept[] = [];
  if (existsSync(json)) {
    const data = JSON.parse(await readFile(json, 'utf8')) as RawConcept[] | { concepts: RawConcept[] };
    raw = Array.isArray(data) ? data : data.concepts;
  } else if (existsSync(yaml)) {
    raw = ((parse(await readFile(yaml, 'utf8')) as { concepts?: RawConcept[] } | null)?.concepts ?? []);
  }
  return raw.map((c) => toConceptEntry(c, hasPage)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
