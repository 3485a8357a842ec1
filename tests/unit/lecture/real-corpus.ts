/**
 * Lectures made from the real corpus for the export tests: the pipeline runs on content/ (as the
 * build does), and passages become lecture items the way the basket hands them over, with the
 * citation data of their reading page (`citeOf`, as the ¶ menu uses) and their section as locator.
 */
import { readGlossary } from '../../../scripts/io/read-glossary.js';
import { readSources } from '../../../scripts/io/read-manifest.js';
import { citeOf } from '../../../scripts/emit/page-data.js';
import type { Document } from '../../../scripts/model/document.js';
import { leavesOf, numberedTitle, printedText } from '../../../scripts/model/walk.js';
import { buildCases } from '../../../scripts/stages/cases.js';
import type { CaseEntry } from '../../../src/schemas/knowledge.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { passagesOf, type Passage } from '../../../scripts/stages/concepts/passages.js';
import type { CaseItem, PassageItem, SectionItem } from '../../../src/lib/lecture/export-model.js';

export const SITE = 'https://example.org';

let cache: { roots: Document[]; passages: readonly Passage[] } | undefined;

/** The real corpus through the pipeline, once per test file. */
export function realCorpus(): { roots: Document[]; passages: readonly Passage[] } {
  if (!cache) {
    const roots = runPipeline(
      readSources('content/manifest.yaml', 'content/sources'),
      readGlossary('content/concepts.yaml'),
    );
    cache = { roots, passages: passagesOf(roots) };
  }
  return cache;
}

const heading = (s: { numbering: string; title: string }) => [s.numbering, s.title].filter(Boolean).join(' ');

/** A passage as the basket exports it. */
export function passageItem(p: Passage): PassageItem {
  const page = p.leaf !== p.root ? numberedTitle(p.leaf) : '';
  const section = [page, ...p.sections.slice(-1).map(heading)].filter(Boolean).join(' ');
  return {
    kind: 'passage',
    text: printedText(p.paragraph),
    where: [p.root.title, page, ...p.sections.map(heading)].filter(Boolean).join(' › '),
    url: `${SITE}${p.url}`,
    cite: { ...citeOf(p.root, p.leaf), ...(section ? { section } : {}) },
  };
}

/** A whole section as the basket exports it (added from its heading). */
export function sectionItem(p: Passage): SectionItem {
  const s = p.sections.at(-1)!;
  const own = realCorpus().passages.filter((q) => q.sections.at(-1) === s);
  const { url, where, cite } = passageItem(p);
  return { kind: 'section', title: heading(s), paragraphs: own.map((q) => printedText(q.paragraph)), url, where, cite };
}

/** Passages whose text says `term`, in reading order. */
export const passagesSaying = (term: string): Passage[] =>
  realCorpus().passages.filter((p) => printedText(p.paragraph).includes(term));

/** The real case pages (handbook 创新案例 and speeches), as the pipeline builds them. */
export const realCases = (): CaseEntry[] => buildCases(realCorpus().roots);

/** A case page as the basket exports it: its text, key figures and 资料来源, cited through its chapter. */
export function caseItem(c: CaseEntry): CaseItem {
  const root = realCorpus().roots.find((r) => r.id === c.rootId)!;
  const leaf = leavesOf(root).find((l) => l.id === c.docId)!;
  return {
    kind: 'case',
    title: c.title,
    place: c.place,
    paragraphs: c.paragraphs.map((p) => `${p.marker ?? ''}${p.lead ?? ''}${p.text}`),
    figures: c.figures.map((f) => f.context),
    source: c.source,
    url: `${SITE}${c.url}`,
    cite: { ...citeOf(root, leaf), section: numberedTitle(leaf) },
  };
}
