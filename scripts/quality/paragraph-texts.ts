/**
 * The printed text of every paragraph of a published corpus (corpus.json's documents), by reading
 * page and anchor: what the gates compare the quoted passages of the concept pages and topic packs
 * with, independently of the knowledge stage that chose them.
 */
import type { DocumentJson, ParagraphJson, SectionJson } from '../emit/corpus-json.js';

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
