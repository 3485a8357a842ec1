/**
 * After segmentation: a source whose manifest entry says `translationOf: <id>` (e.g. the English
 * title/abstract of a paper) is not a library document of its own; it moves into the original's
 * `translations[]` so the reading page can show both side by side.
 */
import type { Document } from '../model/document.js';
import { SourceError } from '../util/errors.js';

/** Where `SourceMeta.manifestLine` points. */
const MANIFEST = 'content/manifest.yaml';

/**
 * Move every translation root into its original's `translations` (manifest order).
 * @example [paper, paperEn(translationOf: paper)] → [paper{ translations: [paperEn] }]
 * @throws SourceError naming the translation's manifest line when the target id is unknown, is
 *   the document itself, or the translations form a cycle (the documents would vanish).
 */
export function attachTranslations(roots: Document[]): Document[] {
  const copies = new Map<string, Document>();
  for (const doc of roots) copies.set(doc.id, { ...doc, translations: [...(doc.translations ?? [])] });

  for (const doc of roots) {
    const target = doc.meta.translationOf;
    if (target === undefined) continue;
    const line = doc.meta.manifestLine;
    if (target === doc.id) throw new SourceError(MANIFEST, line, `"${doc.id}" is marked as a translation of itself`);
    const original = copies.get(target);
    if (!original) {
      throw new SourceError(
        MANIFEST,
        line,
        `translationOf "${target}" of "${doc.id}" is not the id of any source`,
        'use the id of the original text’s entry',
      );
    }
    original.translations!.push(copies.get(doc.id)!);
  }

  // Every translation chain must end in a document that is not itself a translation.
  const byId = new Map(roots.map((d) => [d.id as string, d]));
  for (const doc of roots) {
    const seen = new Set<string>([doc.id]);
    for (let t = doc.meta.translationOf; t !== undefined; t = byId.get(t)?.meta.translationOf) {
      if (seen.has(t)) {
        throw new SourceError(
          MANIFEST,
          doc.meta.manifestLine,
          `translationOf forms a cycle: ${[...seen, t].join(' → ')}`,
        );
      }
      seen.add(t);
    }
  }

  // Documents that received nothing keep `translations` absent, as they came in.
  for (const doc of roots) {
    const copy = copies.get(doc.id)!;
    if (copy.translations!.length === 0 && doc.translations === undefined) delete copy.translations;
  }
  return roots.filter((d) => d.meta.translationOf === undefined).map((d) => copies.get(d.id)!);
}
