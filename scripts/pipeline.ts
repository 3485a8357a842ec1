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
import { markFootnotes } from './stages/annotate/footnotes.js';
import { assertHasText, assertNothingLost } from './stages/coverage.js';
import { annotateConcepts, boundaryClauses } from './stages/annotate/concepts.js';
import type { Glossary } from './model/concept.js';
import { sourceFilePath } from './util/errors.js';
import type { Annotator } from './stages/annotate/annotator.js';
import { segmenterFor, type Segmenter } from './util/jieba.js';
import { documentKeywords, keywordTexts, type DocumentKeywords } from './stages/document-keywords.js';
import { isJiebaService, type JiebaService } from './util/jieba-service.js';
import { uniqueCaseIds } from './stages/cases.js';
import { processInWorkers } from './pipeline-workers.js';
import { jiebaIdf } from './util/keywords.js';

/** One source file as read from disk. */
export interface RawSource {
  meta: SourceMeta;
  bytes: Uint8Array;
}

/** Annotators in the order they run on every root document (and, recursively, its children). */
export const annotators: Annotator[] = [markFootnotes, markRedactions, markCitations];

/** Sources that become one root document: an original, then its translations (manifest order). */
export type SourceGroup = RawSource[];

/**
 * Group sources by the root document they end up in (an original and everything that is, through
 * `translationOf`, a translation of it), in the order of the roots. Undefined when a chain is
 * broken (unknown id, self, cycle): then the documents cannot be processed group by group, and
 * `attachTranslations` reports the error over all of them.
 */
export function documentGroups(sources: readonly RawSource[]): SourceGroup[] | undefined {
  const byId = new Map(sources.map((s) => [s.meta.id as string, s]));
  const rootOf = (s: RawSource): string | undefined => {
    const seen = new Set<string>();
    let at: RawSource | undefined = s;
    while (at?.meta.translationOf !== undefined) {
      if (seen.has(at.meta.id)) return undefined;
      seen.add(at.meta.id);
      at = byId.get(at.meta.translationOf);
    }
    return at?.meta.id;
  };
  const groups = new Map<string, SourceGroup>();
  for (const s of sources) if (s.meta.translationOf === undefined) groups.set(s.meta.id, [s]);
  for (const s of sources) {
    if (s.meta.translationOf === undefined) continue;
    const root = rootOf(s);
    if (root === undefined || root === s.meta.id) return undefined;
    groups.get(root)!.push(s);
  }
  for (const g of groups.values()) g.sort((a, b) => sources.indexOf(a) - sources.indexOf(b));
  return [...groups.values()];
}

/**
 * A root document and, with a glossary, its keyword input to the knowledge stage: both depend on
 * the document's sources, the glossary and the code alone, so they are computed and cached together.
 */
export interface ProcessedDocument {
  document: Document;
  keywords?: DocumentKeywords;
}

/** Where per-document results are kept between builds (scripts/io/pipeline-cache.ts). */
export interface DocumentCache {
  get(group: SourceGroup): ProcessedDocument | undefined;
  put(group: SourceGroup, entry: ProcessedDocument): void;
}

/** How runPipeline reuses earlier results and reports what it did. */
export interface PipelineOptions {
  /**
   * The glossary's segmenter (word boundaries of concept matches, keyword cuts); built once by the
   * orchestrator. With the jieba thread's (`startJiebaService`), every document is segmented first
   * and its cuts are made on that thread in advance (`processWithJiebaThread`).
   */
  segmenter?: Segmenter;
  /** Annotated root documents of unchanged sources, from an earlier build. */
  cache?: DocumentCache;
  /** Called after each root document: how many are done, of how many, and whether it was cached. */
  progress?: (done: number, total: number, cached: boolean) => void;
  /**
   * Worker threads that process the documents not in the cache, each with its own nodejieba
   * (scripts/pipeline-workers.ts); results are merged in manifest order, so the output is the
   * same as with one thread. Default 1: this thread does all the work.
   */
  workers?: number;
}

/** Decode, normalise and segment one source; every character must be in the document or in `removed`. */
function segmentOne({ meta, bytes }: RawSource): Document {
  // Errors name the path the user knows (content/sources/<file>), as normalize's do.
  const decoded = decodeSource(bytes, sourceFilePath(meta.file));
  const doc = segmentSource(normalizeSource(decoded, meta));
  assertNothingLost(decoded.text, doc);
  return doc;
}

/** The sources of one root document segmented, translations attached. */
export function segmentGroup(group: SourceGroup): Document {
  const root = attachTranslations(group.map(segmentOne))[0]!;
  assertHasText(root);
  return root;
}

/**
 * The rest of the per-document work for a glossary (none: no concept marks, no keyword input):
 * annotate a segmented root document and compute its keyword input. The segmenter is built on
 * first use (a build whose documents all come from the cache never loads nodejieba's dictionary).
 */
export function documentAnnotator(glossary?: Glossary, given?: Segmenter): (doc: Document) => ProcessedDocument {
  let finish: ((doc: Document) => ProcessedDocument) | undefined;
  return (doc) => (finish ??= jiebaSteps(glossary, given ?? (glossary && segmenterFor(glossary))))(withoutJieba(doc));
}

/** The annotators that need no word segmentation, in order: they run before the concept marks. */
const withoutJieba = (doc: Document): Document => annotators.reduce((d, a) => a.run(d), doc);

/** Concept marks and the keyword input: the per-document steps that cut words. */
function jiebaSteps(glossary?: Glossary, segmenter?: Segmenter): (doc: Document) => ProcessedDocument {
  if (!glossary || !segmenter) return (document) => ({ document });
  const concepts = annotateConcepts(glossary, segmenter);
  return (doc) => {
    const document = concepts.run(doc);
    return { document, keywords: documentKeywords(document, segmenter) };
  };
}

/**
 * The documents with the jieba thread (scripts/util/jieba-service.ts): each is segmented and
 * annotated up to its concept marks, and its cuts asked for, before the first is finished, so the
 * thread loads its dictionary and cuts while this one works. Same results as `documentAnnotator`.
 */
function processWithJiebaThread(
  glossary: Glossary,
  service: JiebaService,
  groups: readonly SourceGroup[],
  done: (k: number, entry: ProcessedDocument) => void,
): void {
  const clausesToCut = boundaryClauses(glossary);
  const prepared = groups.map((g) => {
    const doc = withoutJieba(segmentGroup(g));
    return { doc, batch: service.prefetch(clausesToCut(doc), keywordTexts(doc)) };
  });
  // Still waiting for the thread's dictionary: read the keyword weights now.
  jiebaIdf();
  const finish = jiebaSteps(glossary, service);
  prepared.forEach(({ doc, batch }, k) => {
    service.use(batch);
    done(k, finish(doc));
  });
}

/**
 * Run every stage on every source. Throws `SourceError` (file + line) on bad input; the caller
 * must write nothing in that case.
 * @param glossary the policy-term glossary (`content/concepts.yaml`): when given, concept marks are
 *   added after the other annotators (so they never overlap a redaction or citation), and each
 *   document's keyword input to the knowledge stage is computed.
 * @param options.cache documents (and keyword inputs) whose sources, glossary and code did not
 *   change are taken from it instead of being processed again (each root document depends only on
 *   its group of sources, the glossary and the code).
 * @returns root documents in manifest order (translations attached to their originals).
 */
export function processSources(
  sources: RawSource[],
  glossary?: Glossary,
  options: PipelineOptions = {},
): ProcessedDocument[] {
  const annotate = documentAnnotator(glossary, options.segmenter);
  const groups = documentGroups(sources);
  // A broken translation chain: attachTranslations reports it over all the sources.
  if (!groups) return attachTranslations(sources.map(segmentOne)).map(annotate);
  const entries: (ProcessedDocument | undefined)[] = groups.map((g) => options.cache?.get(g));
  let done = 0;
  const finished = (i: number, entry: ProcessedDocument, cached: boolean) => {
    entries[i] = entry;
    if (!cached) options.cache?.put(groups[i]!, entry);
    options.progress?.((done += 1), groups.length, cached);
  };
  entries.forEach((e, i) => e && finished(i, e, true));
  const misses = entries.flatMap((e, i) => (e ? [] : [i]));
  if (glossary && (options.workers ?? 1) > 1 && misses.length > 1) {
    processInWorkers(
      misses.map((i) => groups[i]!),
      glossary,
      options.workers!,
      (k, entry) => finished(misses[k]!, entry, false),
    );
  } else if (glossary && options.segmenter && isJiebaService(options.segmenter)) {
    const service = options.segmenter;
    processWithJiebaThread(
      glossary,
      service,
      misses.map((i) => groups[i]!),
      (k, entry) => finished(misses[k]!, entry, false),
    );
  } else {
    for (const i of misses) finished(i, annotate(segmentGroup(groups[i]!)), false);
  }
  // Case ids are page URLs: unique corpus-wide, decided after the per-document (cached) work.
  const documents = entries.map((e) => e!.document);
  const roots = uniqueCaseIds(documents);
  return entries.map((e, i) => (roots[i] === documents[i] ? e! : { ...e!, document: roots[i]! }));
}

/** The annotated root documents of `sources` (processSources without the keyword input). */
export const runPipeline = (sources: RawSource[], glossary?: Glossary, options: PipelineOptions = {}): Document[] =>
  processSources(sources, glossary, options).map((p) => p.document);
