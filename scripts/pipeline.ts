/**
 * The ordered pipeline, in one place (the quartz.config.ts analogue): bytes → decoded text →
 * normalised lines → segmented documents → annotated documents. Pure: no file system here;
 * `scripts/build.ts` does the reading and writing around it.
 */
import type { Document, SourceMeta } from './model/document.js';
import { decodeSource } from './stages/decode.js';
import { normalizeSource } from './stages/normalize.js';
import { segmentSource } from './stages/segment/index.js';
import { attachTranslations } from './stages/attach-translations.js';
import { markRedactions } from './stages/annotate/redactions.js';
import { markCitations } from './stages/annotate/citations.js';
import { assertNothingLost } from './stages/coverage.js';
import { annotateConcepts } from './stages/annotate/concepts.js';
import type { Glossary } from './model/concept.js';
import { sourceFilePath } from './util/errors.js';
import type { Annotator } from './stages/annotate/annotator.js';
import { segmenterFor, type Segmenter } from './util/jieba.js';

/** One source file as read from disk. */
export interface RawSource {
  meta: SourceMeta;
  bytes: Uint8Array;
}

/** Annotators in the order they run on every root document (and, recursively, its children). */
export const annotators: Annotator[] = [markRedactions, markCitations];

/**
 * Run every stage on every source. Throws `SourceError` (file + line) on bad input; the caller
 * must write nothing in that case.
 * @param glossary the policy-term glossary (`content/concepts.yaml`): when given, concept marks are
 *   added after the other annotators (so they never overlap a redaction or citation).
 * @param segmenter the glossary's segmenter (word boundaries of concept matches); built by the
 *   orchestrator once and shared with the knowledge stage.
 * @returns root documents in manifest order (translations attached to their originals).
 */
export function runPipeline(sources: RawSource[], glossary?: Glossary, segmenter?: Segmenter): Document[] {
  const roots = sources.map(({ meta, bytes }) => {
    // Errors name the path the user knows (content/sources/<file>), as normalize's do.
    const decoded = decodeSource(bytes, sourceFilePath(meta.file));
    const normalized = normalizeSource(decoded, meta);
    const doc = segmentSource(normalized);
    // Every character of the decoded text must be in the document or in `removed`.
    assertNothingLost(decoded.text, doc);
    return doc;
  });
  const steps = glossary ? [...annotators, annotateConcepts(glossary, segmenter ?? segmenterFor(glossary))] : annotators;
  return attachTranslations(roots).map((doc) =>
    steps.reduce((d, a) => a.run(d), doc),
  );
}
