/**
 * I/O edge of the glossary tools: the segmented corpus and the glossary, read the way the build
 * reads them (DJ_MANIFEST, DJ_SOURCES_DIR, DJ_GLOSSARY are honoured).
 */
import { defaultBuildOptions } from '../build.js';
import { readSources } from '../io/read-manifest.js';
import { readGlossary } from '../io/read-glossary.js';
import { runPipeline } from '../pipeline.js';
import { formsOf, type Glossary } from '../model/concept.js';
import type { Document } from '../model/document.js';
import { passagesOf } from '../stages/concepts/passages.js';
import { passageText } from '../stages/concepts/passages.js';
import { useGlossaryWords } from '../util/jieba.js';
import type { DocText } from './entries.js';

/** The glossary file the tools read and write. */
export const glossaryPath = (): string => defaultBuildOptions.glossary ?? 'content/concepts.yaml';

/** Root documents (segmented and annotated) and the glossary, as the build has them. */
export function loadCorpus(): { roots: Document[]; glossary: Glossary } {
  const glossary = readGlossary(glossaryPath());
  useGlossaryWords(glossary.concepts.flatMap(formsOf));
  const roots = runPipeline(readSources(defaultBuildOptions.manifest, defaultBuildOptions.sourcesDir), glossary);
  return { roots, glossary };
}

/** Each root's paragraph texts, in manifest order (the definition finder's input). */
export function docTexts(roots: readonly Document[]): DocText[] {
  const passages = passagesOf(roots);
  return roots.map((r) => ({ docId: r.id, paragraphs: passages.filter((p) => p.root === r).map((p) => passageText(p.paragraph)) }));
}
