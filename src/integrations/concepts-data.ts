/**
 * The glossary as search needs it ({id, term, url, aliases, pinyin, definition}): from the concepts
 * stage's `.generated/data/concepts.json` when it exists (validated by its schema), else from the
 * glossary itself through the pipeline's one reader (`$DJ_GLOSSARY`, default content/concepts.yaml).
 * A concept links to its page only when that page was built, so a card never points at a 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConceptEntry } from '../client/search/query.js';
import { conceptsDataSchema } from '../schemas/knowledge.js';
import { readDataFile } from '../lib/data-file.js';
import { glossaryPath, readGlossary } from '../../scripts/io/read-glossary.js';
import { conceptUrl } from '../../scripts/model/ids.js';
import { compareCodeUnits } from '../../scripts/util/sort.js';

/** What a search card needs of a glossary concept. */
export interface GlossaryConcept {
  id: string;
  term: string;
  url: string;
  aliases: string[];
  /** `liang xue yi zuo`. */
  pinyin: string;
  definition: string;
}

/** A search entry; `hasPage(id)` decides whether the card links to the concept page. */
export function toConceptEntry(c: GlossaryConcept, hasPage: (id: string) => boolean): ConceptEntry {
  return {
    id: c.id,
    term: c.term,
    url: hasPage(c.id) ? c.url : '',
    aliases: c.aliases,
    pinyin: c.pinyin,
    ...(c.definition && { definition: c.definition }),
  };
}

/** The concepts of the generated data, else of the glossary file; [] when there is neither. */
function glossaryConcepts(generatedDir: string, glossaryFile: string): GlossaryConcept[] {
  const json = join(generatedDir, 'data', 'concepts.json');
  if (existsSync(json)) return readDataFile(json, conceptsDataSchema).concepts;
  if (!existsSync(glossaryFile)) return [];
  return readGlossary(glossaryFile).concepts.map((c) => ({
    id: c.id,
    term: c.term,
    url: conceptUrl(c.id),
    aliases: c.aliases,
    // An id is the term's pinyin joined by hyphens (src/schemas/concept.ts), as the data's `pinyin` is by spaces.
    pinyin: c.id.replace(/-/g, ' '),
    definition: c.definition.text,
  }));
}

/** Every glossary entry, sorted by id; [] when there is no glossary yet. */
export async function loadConcepts(
  generatedDir: string,
  hasPage: (id: string) => boolean,
  glossaryFile = glossaryPath(),
): Promise<ConceptEntry[]> {
  return glossaryConcepts(generatedDir, glossaryFile)
    .map((c) => toConceptEntry(c, hasPage))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
}
