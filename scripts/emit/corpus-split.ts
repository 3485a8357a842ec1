/**
 * Emit stage: the published corpus split per root document (issue 11), so a consumer of a large
 * library fetches what it needs instead of one file that grows with every text:
 *
 *   data/corpus/index.json               format, the documents (id, title, kind, page URL, file URL,
 *                                        file size) and the glossary concepts with their counts
 *   data/corpus/documents/<root-id>.json one root document exactly as in corpus.json, and the
 *                                        occurrences of each concept inside it
 *
 * The index is bounded per document (and per glossary concept), whatever the documents hold. The
 * whole-corpus `data/corpus.json` stays published while it is at most WHOLE_CORPUS_MAX_BYTES (the
 * index's `whole` then names it); above that only the split files are. Pure and deterministic.
 */
import { corpusDocumentUrl, wholeCorpusUrl, type DocId } from '../model/ids.js';
import { CORPUS_FORMAT, type CorpusJson, type DocumentJson } from './corpus-json.js';
import type { EmittedFile } from './pages.js';
import {
  CORPUS_INDEX_FORMAT,
  type CorpusDocumentFile,
  type CorpusIndexDocument,
  type CorpusIndexJson,
} from '../../src/schemas/corpus-split.js';

export { CORPUS_INDEX_FORMAT, type CorpusDocumentFile, type CorpusIndexDocument, type CorpusIndexJson };

/**
 * Largest whole-corpus file still published: under the 25 MiB per-file limit of common static
 * hosts (Cloudflare Pages), and a download a reader can still open.
 */
export const WHOLE_CORPUS_MAX_BYTES = 20 * 1024 * 1024;

type OccurrenceJson = NonNullable<CorpusJson['concepts']>[number]['occurrences'][number];

/** Paths of the split files inside the generated directory (served at corpusIndexUrl / corpusDocumentUrl). */
export const CORPUS_INDEX_PATH = 'data/corpus/index.json';
export const corpusDocumentPath = (id: string): string => `data/corpus/documents/${id}.json`;

const serialize = (v: unknown): string => JSON.stringify(v, null, 1) + '\n';

/** Leaf and item ids → the id of their root document. */
function rootOf(documents: readonly DocumentJson[]): Map<string, string> {
  const roots = new Map<string, string>();
  const walk = (d: DocumentJson, root: string) => {
    roots.set(d.id, root);
    for (const c of d.children) walk(c, root);
  };
  for (const d of documents) walk(d, d.id);
  return roots;
}

/**
 * The split files of `corpus` (with its `concepts[]` when the glossary was loaded); `wholeBytes`
 * is the size of the serialised whole corpus.json, which decides whether the index names it.
 */
export function splitCorpus(corpus: CorpusJson, wholeBytes: number): EmittedFile[] {
  const roots = rootOf(corpus.documents);
  const perDocument = new Map<string, Map<string, OccurrenceJson[]>>();
  for (const c of corpus.concepts ?? []) {
    for (const o of c.occurrences) {
      const root = roots.get(o.docId);
      if (root === undefined) throw new Error(`concept ${c.id}: occurrence in unknown document ${o.docId}`);
      const byConcept = perDocument.get(root) ?? perDocument.set(root, new Map()).get(root)!;
      (byConcept.get(c.id) ?? byConcept.set(c.id, []).get(c.id)!).push(o);
    }
  }
  const files: EmittedFile[] = [];
  const documents = corpus.documents.map((document): CorpusIndexDocument => {
    const concepts = perDocument.get(document.id);
    const file: CorpusDocumentFile = {
      format: CORPUS_FORMAT,
      document,
      ...(corpus.concepts && { concepts: [...(concepts ?? [])].map(([id, occurrences]) => ({ id, occurrences })) }),
    };
    const contents = serialize(file);
    files.push({ path: corpusDocumentPath(document.id), contents });
    return {
      id: document.id,
      title: document.title,
      kind: document.kind,
      url: document.url,
      file: corpusDocumentUrl(document.id as DocId),
      bytes: Buffer.byteLength(contents),
    };
  });
  const index: CorpusIndexJson = {
    format: CORPUS_INDEX_FORMAT,
    documentFormat: CORPUS_FORMAT,
    ...(wholeBytes <= WHOLE_CORPUS_MAX_BYTES && { whole: wholeCorpusUrl() }),
    documents,
    ...(corpus.concepts && {
      concepts: corpus.concepts.map(({ occurrences, ...c }) => ({ ...c, count: occurrences.length })),
    }),
  };
  return [{ path: CORPUS_INDEX_PATH, contents: serialize(index) }, ...files];
}
