/**
 * `npm run glossary:add -- 一带一路 一国两制 [--category 政治建设]`: append well-formed entries to
 * content/concepts.yaml (comments and order kept). Each gets a definition drawn from a defining
 * sentence of the corpus (…是指… / …即… / 所谓…) with its source, or an editorial placeholder when
 * the corpus has none. The category defaults to 理论; edit it in the file if another fits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CONCEPT_CATEGORIES, type ConceptCategory } from '../../src/schemas/concept.js';
import { parseGlossary } from '../io/read-glossary.js';
import { appendEntries, newEntry } from './entries.js';
import { docTexts, glossaryPath, loadCorpus } from './corpus.js';

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--category');
  const category = (at >= 0 ? args[at + 1] : '理论') as ConceptCategory;
  if (!CONCEPT_CATEGORIES.includes(category))
    throw new Error(`--category must be one of ${CONCEPT_CATEGORIES.join(' / ')}`);
  const terms = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (terms.length === 0) throw new Error('usage: npm run glossary:add -- <term> [<term> …] [--category 理论]');
  const { roots, glossary } = loadCorpus();
  const docs = docTexts(roots);
  const taken = new Set(glossary.concepts.map((c) => c.id));
  const entries = terms.map((term) => {
    const e = newEntry(term, category, docs, taken);
    taken.add(e.id);
    return e;
  });
  const path = glossaryPath();
  const next = appendEntries(readFileSync(path, 'utf8'), entries);
  parseGlossary(next, path); // the file as written must pass the build's own glossary check
  writeFileSync(path, next);
  for (const e of entries) {
    const how =
      'source' in e.definition ? `definition from ${e.definition.source.doc}` : 'editorial definition to write';
    console.log(`added ${e.term} (${e.id}, ${e.category}): ${how}`);
  }
}

main();
