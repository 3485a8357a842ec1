/**
 * Test support for the segment stage: load a real corpus source through the real ingest stages
 * (decodeSource + normalizeSource) with its manifest entry, and build sources from strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedSource, Paragraph, SourceMeta } from '../../../../scripts/model/document.js';
import { toDocId, toParagraphAnchor } from '../../../../scripts/model/ids.js';
import { decodeSource } from '../../../../scripts/stages/decode.js';
import { normalizeSource } from '../../../../scripts/stages/normalize.js';
import { parseManifest } from '../../../../scripts/io/read-manifest.js';

export const ROOT = join(import.meta.dirname, '../../../..');

/** A plain paragraph of `text` on line 1 (with `extra` fields), for the steps that mark paragraphs. */
export const paragraphOf = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  id: toParagraphAnchor('p-0-1'),
  kind: 'paragraph',
  text,
  marks: [],
  provenance: { file: 'f', lines: [1, 1] },
  ...extra,
});
const MANIFEST = join(ROOT, 'content/manifest.yaml');

/** Manifest entry of a corpus source by id. */
export function corpusMeta(id: string): SourceMeta {
  const meta = parseManifest(readFileSync(MANIFEST, 'utf8'), 'content/manifest.yaml').find((m) => m.id === id);
  if (!meta) throw new Error(`no manifest entry ${id}`);
  return meta;
}

/** A corpus source, decoded and normalised exactly as the pipeline does, plus its decoded text. */
export function loadCorpus(id: string): { src: NormalizedSource; text: string } {
  const meta = corpusMeta(id);
  const bytes = readFileSync(join(ROOT, 'content/sources', meta.file));
  const decoded = decodeSource(bytes, meta.file);
  return { src: normalizeSource(decoded, meta), text: decoded.text };
}

/** A minimal manifest entry for synthetic sources. */
export function syntheticMeta(file = 'synthetic.txt', over: Partial<SourceMeta> = {}): SourceMeta {
  return {
    id: toDocId('synthetic-doc'),
    file,
    title: '合成文档',
    kind: 'paper',
    language: 'zh',
    authors: [],
    manifestLine: 1,
    ...over,
  };
}

/** Build a NormalizedSource from a string via the real decode + normalise stages. */
export function sourceFromText(
  text: string,
  meta: SourceMeta = syntheticMeta(),
): { src: NormalizedSource; text: string } {
  const decoded = decodeSource(new TextEncoder().encode(text), meta.file);
  return { src: normalizeSource(decoded, meta), text: decoded.text };
}
