/**
 * The real corpus through the whole pipeline and the knowledge stage, as scripts/build.ts runs
 * them (one segmenter for the annotator and the knowledge stage), for integration tests that
 * check what the emitters write.
 */
import { readGlossary } from '../../../scripts/io/read-glossary.js';
import { readSources } from '../../../scripts/io/read-manifest.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { emitKnowledgeBase, type KnowledgeBase } from '../../../scripts/emit/concepts-json.js';
import { deriveKnowledge } from '../../../scripts/stages/knowledge.js';
import { segmenterFor } from '../../../scripts/util/jieba.js';
import { corpusKeywords } from '../../../scripts/stages/document-keywords.js';
import type { Document } from '../../../scripts/model/document.js';
import type { Glossary } from '../../../scripts/model/concept.js';

export interface RealBuild {
  glossary: Glossary;
  roots: Document[];
  kb: KnowledgeBase;
}

/** Segment, annotate and derive the knowledge base of the bundled corpus. */
export function buildRealCorpus(): RealBuild {
  const glossary = readGlossary('content/concepts.yaml');
  const segmenter = segmenterFor(glossary);
  const roots = runPipeline(readSources('content/manifest.yaml', 'content/sources'), glossary, { segmenter });
  return {
    glossary,
    roots,
    kb: emitKnowledgeBase(roots, glossary, deriveKnowledge(roots, glossary, corpusKeywords(roots, segmenter))),
  };
}
