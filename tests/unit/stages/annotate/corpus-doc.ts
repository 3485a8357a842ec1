// Test helper: a flat Document built from a real corpus source (one paragraph per non-empty
// normalised line), so annotators can be tested on real text without the segmenter.
import { readFileSync } from 'node:fs';
import type { Document, Paragraph, Section, SourceMeta } from '../../../../scripts/model/document.js';
import type { DocId, PageSlug, ParagraphAnchor, SectionId } from '../../../../scripts/model/ids.js';
import { decodeSource } from '../../../../scripts/stages/decode.js';
import { normalizeSource } from '../../../../scripts/stages/normalize.js';

export const paragraph = (text: string, line = 1, extra: Partial<Paragraph> = {}): Paragraph => ({
  id: `p-${line}` as ParagraphAnchor,
  kind: 'paragraph',
  text,
  marks: [],
  provenance: { file: 'test.txt', lines: [line, line] },
  ...extra,
});

export const section = (title: string, paragraphs: Paragraph[], extra: Partial<Section> = {}): Section => ({
  id: 's-1' as SectionId,
  numbering: '',
  title,
  level: 1,
  role: 'body',
  provenance: { file: 'test.txt', lines: [1, 1] },
  span: [1, 1],
  paragraphs,
  sections: [],
  ...extra,
});

export function documentOf(paragraphs: Paragraph[], extra: Partial<Document> = {}): Document {
  const meta: SourceMeta = {
    id: 'test' as DocId,
    file: 'test.txt',
    title: 't',
    kind: 'paper',
    language: 'zh',
    authors: [],
    manifestLine: 1,
  };
  return {
    id: meta.id,
    slug: 'text' as PageSlug,
    title: 't',
    numbering: '',
    kind: 'paper',
    meta,
    front: { provenance: [] },
    paragraphs,
    sections: [],
    children: [],
    references: [],
    caseStudies: [],
    removed: [],
    provenance: { file: 'test.txt', lines: [1, 1] },
    ...extra,
  };
}

/** One paragraph per non-empty normalised line of `content/sources/<file>`; paragraph ids `p-<line>`. */
export function corpusDocument(file: string): Document {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../../content/sources/${file}`, import.meta.url)));
  const meta: SourceMeta = {
    id: 'test' as DocId,
    file,
    title: 't',
    kind: 'paper',
    language: file.includes('.en.') ? 'en' : 'zh',
    authors: [],
    manifestLine: 1,
  };
  const n = normalizeSource(decodeSource(bytes, file), meta);
  const paragraphs = n.lines.flatMap((text, i) => (text.trim() === '' ? [] : [paragraph(text, i + 1)]));
  return documentOf(paragraphs, { meta });
}

/** Every marked substring of a document's top-level paragraphs, as `line:text`. */
export const markedTexts = (doc: Document, kind: string) =>
  doc.paragraphs.flatMap((p) =>
    p.marks.filter((m) => m.kind === kind).map((m) => `${p.provenance.lines[0]}:${p.text.slice(m.start, m.end)}`),
  );
