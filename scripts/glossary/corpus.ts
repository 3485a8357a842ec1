/**
 * I/O edge of the glossary tools: the segmented corpus and the glossary, read the way the build
 * reads them (DJ_MANIFEST, DJ_SOURCES_DIR, DJ_GLOSSARY are honoured).
 */
import { defaultBuildOptions } from '../build.js';
import { readSources } from '../io/read-manifest.js';
import { readGlossary } from '../io/read-glossary.js';
import { runPipeline } from '../pipeline.js';
import type { Glossary } from '../model/concept.js';
import type { Document } from '../model/document.js';
import { passagesOf } from '../stages/concepts/passages.js';
import { passageText } from '../stages/concepts/passages.js';
import { segmenterFor, type Segmenter } from '../util/jieba.js';
import type { DocText } from './entries.js';

/** The glossary file the tools read and write. */
export const glossaryPath = (): string => defaultBuildOptions.glossary ?? 'content/concepts.yaml';

/** Root documents (segmented and annotated), the glossary and its segmenter, as the build has them. */
export function loadCorpus(): { roots: Document[]; glossary: Glossary; segmenter: Segmenter } {
  const glossary = readGlossary(glossaryPath());
  const segmenter = segmenterFor(glossary);
  const roots = runPipeline(readSources(defaultBuildOptions.manifest, defaultBuildOptions.sourcesDir), glossary, {
    segmenter,
  });
  return { roots, glossary, segmenter };
}

/** Each root's paragraph texts, in manifest order (the definition finder's input). */
export function docTexts(roots: readonly Document[]): DocText[] {
  const passages = passagesOf(roots);
  return roots.map((r) => ({
    docId: r.id,
    paragraphs: passages.filter((p) => p.root === r).map((p) => passageText(p.paragraph)),
  }));
}
