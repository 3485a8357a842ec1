/**
 * The printed text of every paragraph of the corpus the pipeline wrote (the split corpus,
 * `.generated/data/corpus/documents/<root>.json`, which exists at every library size), by reading
 * page and anchor, read once per build: the topic packs quote whole paragraphs, while the
 * knowledge data only keeps the context around each concept occurrence.
 */
import type { DocumentJson, ParagraphJson, SectionJson } from '../../scripts/emit/corpus-json';
import { join } from 'node:path';
import { corpusDocumentFileSchema } from '../schemas/corpus-split';
import { corpusDocumentPath, corpusIndex } from './corpus-files';
import { readDataFile } from './data-file';
import { generatedDir } from './generated-dir';

type Printable = Pick<ParagraphJson, 'id' | 'text' | 'marker' | 'lead'>;

/** `docId#paragraphId` → printed text (marker, run-in lead, text) of every paragraph, abstracts included. */
export function paragraphTexts(documents: readonly DocumentJson[]): Map<string, string> {
  const out = new Map<string, string>();
  const add = (docId: string, ps: readonly Printable[] | undefined) => {
    for (const p of ps ?? []) out.set(`${docId}#${p.id}`, `${p.marker ?? ''}${p.lead ?? ''}${p.text}`);
  };
  const walkSections = (docId: string, ss: readonly SectionJson[]) =>
    ss.forEach((s) => (add(docId, s.paragraphs), walkSections(docId, s.sections)));
  const walk = (d: DocumentJson) => {
    add(d.id, d.metadata.abstract);
    add(d.id, d.metadata.abstractEn);
    add(d.id, d.paragraphs);
    walkSections(d.id, d.sections);
    d.children.forEach(walk);
  };
  documents.forEach(walk);
  return out;
}

let cache: Map<string, string> | undefined;

/** The paragraph texts of the built corpus. */
export function corpusParagraphTexts(): Map<string, string> {
  cache ??= paragraphTexts(
    corpusIndex().documents.map(
      (d) => readDataFile(join(generatedDir(), corpusDocumentPath(d.id)), corpusDocumentFileSchema).document,
    ),
  );
  return cache;
}
