/**
 * The corpus the search tests run on: the real `.generated/data/corpus.json` when the pipeline has
 * been run, otherwise the real source files read line by line as one flat document each (so the
 * tests never depend on another stage's progress, and always use the real text).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, CorpusDocument } from '../../../src/client/search/corpus.js';

const GENERATED = join(process.env.DJ_GENERATED_DIR ?? '.generated', 'data', 'corpus.json');
const SOURCES = 'content/sources';

/** The corpus for search tests, and where it came from. */
export function loadTestCorpus(): { corpus: Corpus; from: 'generated' | 'sources' } {
  if (existsSync(GENERATED))
    return { corpus: JSON.parse(readFileSync(GENERATED, 'utf8')) as Corpus, from: 'generated' };
  const documents: CorpusDocument[] = readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '').replace(/\./g, '-');
      const lines = readFileSync(join(SOURCES, f), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0);
      return {
        id,
        title: id,
        numbering: '',
        kind: 'paper',
        url: `/library/${id}/`,
        readingUrl: `/library/${id}/text/`,
        metadata: {},
        sections: [],
        children: [],
        paragraphs: lines.map((text, i) => ({ id: `p-${i + 1}`, text, url: `/library/${id}/text/#p-${i + 1}` })),
      };
    });
  return { corpus: { documents }, from: 'sources' };
}
