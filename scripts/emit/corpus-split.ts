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
 * split is the pipeline's one copy of the corpus: the site, the search index and the exports read
 * it back whole with `joinCorpus`. The whole-corpus `data/corpus.json` is also written (and
 * published: the index's `whole` names it) while the document files total at most
 * WHOLE_CORPUS_MAX_BYTES; above that it is not serialised at all (at ×100 it was 131 MB written
 * beside the same 130 MB of split files, a tenth of the pipeline's time). Pure and deterministic.
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
 * Largest split (its document files together) whose whole-corpus file is still written and
 * published: the whole file, a few percent larger, stays under the 25 MiB per-file limit of common
 * static hosts (Cloudflare Pages), and a download a reader can still open.
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

/** The split corpus: its index and one file per root document. */
export interface SplitCorpus {
  index: CorpusIndexJson;
  files: EmittedFile[];
}

/**
 * The split files of `corpus` (with its `concepts[]` when the glossary was loaded). The index
 * names the whole corpus.json when the document files total at most `wholeMaxBytes` (the whole
 * file is their contents in one, a few percent larger for its deeper indentation), so the caller
 * serialises it only then.
 */
export function splitCorpus(corpus: CorpusJson, wholeMaxBytes = WHOLE_CORPUS_MAX_BYTES): SplitCorpus {
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
  const splitBytes = documents.reduce((n, d) => n + d.bytes, 0);
  const index: CorpusIndexJson = {
    format: CORPUS_INDEX_FORMAT,
    documentFormat: CORPUS_FORMAT,
    ...(splitBytes <= wholeMaxBytes && { whole: wholeCorpusUrl() }),
    documents,
    ...(corpus.concepts && {
      concepts: corpus.concepts.map(({ occurrences, ...c }) => ({ ...c, count: occurrences.length })),
    }),
  };
  return { index, files: [{ path: CORPUS_INDEX_PATH, contents: serialize(index) }, ...files] };
}

/**
 * The whole corpus back from its split (`splitCorpus`'s inverse): the documents in index order,
 * and each concept's occurrences gathered from the document files in that order (the whole lists
 * them by document). `files` are the index's documents, in its order.
 * @throws when a file is not the document the index lists at its place, or a concept's
 * occurrences do not add up to the index's count (a split from two different builds).
 */
export function joinCorpus(index: CorpusIndexJson, files: readonly CorpusDocumentFile[]): CorpusJson {
  if (files.length !== index.documents.length)
    throw new Error(`the corpus index lists ${index.documents.length} documents, ${files.length} were read`);
  files.forEach((f, k) => {
    if (f.document.id !== index.documents[k]!.id)
      throw new Error(`document file ${k + 1} holds ${f.document.id}, the index lists ${index.documents[k]!.id}`);
  });
  const corpus: CorpusJson = { format: CORPUS_FORMAT, documents: files.map((f) => f.document) };
  if (!index.concepts) return corpus;
  const occurrences = new Map<string, OccurrenceJson[]>(index.concepts.map((c) => [c.id, []]));
  for (const f of files) {
    for (const c of f.concepts ?? []) {
      const into = occurrences.get(c.id);
      if (!into) throw new Error(`${f.document.id}: occurrences of ${c.id}, which the corpus index does not list`);
      for (const o of c.occurrences) into.push(o);
    }
  }
  corpus.concepts = index.concepts.map(({ count, ...c }) => {
    const found = occurrences.get(c.id)!;
    if (found.length !== count)
      throw new Error(
        `concept ${c.id}: the corpus index counts ${count} occurrences, the document files hold ${found.length}`,
      );
    return { ...c, occurrences: found };
  });
  return corpus;
}
