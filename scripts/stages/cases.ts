/**
 * Case studies as knowledge-base entries: the segmenter's `CaseStudy` records (handbook 创新案例)
 * and every item of a speech collection (经验交流), enriched with province, chapter theme, the
 * concepts they mention and the key figures they report. Pure: documents in, entries out.
 */
import type { Document, Paragraph, Section } from '../model/document.js';
import { anchorUrl, caseUrl, readingUrl } from '../model/ids.js';
import { documentsIn, leavesOf, paragraphsIn } from '../model/walk.js';
import { caseSlug } from './segment/case-studies.js';
import { findFigures } from './concepts/figures.js';
import { conceptCounts } from './concepts/passages.js';
import type { CaseEntry, CaseParagraph } from '../../src/schemas/knowledge.js';
import { placeOf, provinceInText, provinceOfTitle } from '../util/places.js';
import { claimDocumentId } from '../util/unique-id.js';
import { compareCodeUnits } from '../util/sort.js';

export type { CaseEntry, CaseParagraph };

function findSection(sections: readonly Section[], id: string): Section | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.sections, id);
    if (inner) return inner;
  }
  return undefined;
}

/** Paragraphs of a section tree in reading order, each sub-section's heading on its first one. */
function caseParagraphs(paragraphs: readonly Paragraph[], sections: readonly Section[], page: string): CaseParagraph[] {
  const one = (p: Paragraph, heading?: string): CaseParagraph => ({
    id: p.id,
    url: anchorUrl(page as never, p.id),
    kind: p.kind,
    text: p.text,
    marks: p.marks,
    ...(p.marker !== undefined && { marker: p.marker }),
    ...(p.lead !== undefined && { lead: p.lead }),
    ...(p.leadMarks !== undefined && { leadMarks: p.leadMarks }),
    ...(heading !== undefined && { heading }),
  });
  const out = paragraphs.map((p) => one(p));
  for (const s of sections) {
    const inner = caseParagraphs(s.paragraphs, s.sections, page);
    const heading = `${s.numbering}${s.title}`;
    if (inner[0]) inner[0] = { ...inner[0], heading: inner[0].heading ? `${heading} › ${inner[0].heading}` : heading };
    out.push(...inner);
  }
  return out;
}

/** A case section's paragraphs: `创新案例` › `云南大理：…` (the title line, shown as the page title) › text and sub-headings. */
function sectionCase(sections: readonly Section[], id: string, page: string, through?: string): CaseParagraph[] {
  const section = findSection(sections, id);
  const titled = section?.sections.length === 1 ? section.sections[0]! : section;
  if (!section || !titled) return [];
  // A case that ends before its section (a 通报's last problem, its closing paragraphs after it).
  const end = through === undefined ? -1 : titled.paragraphs.findIndex((p) => p.id === through);
  return [
    ...caseParagraphs(section === titled ? [] : section.paragraphs, [], page),
    ...caseParagraphs(end < 0 ? titled.paragraphs : titled.paragraphs.slice(0, end + 1), titled.sections, page),
  ];
}

function conceptsIn(paragraphs: readonly CaseParagraph[]): CaseEntry['concepts'] {
  return [...conceptCounts(paragraphs)]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.id, b.id));
}

const figuresIn = (paragraphs: readonly CaseParagraph[]): CaseEntry['figures'] =>
  paragraphs.flatMap((p) => findFigures(p.text).map((f) => ({ ...f, paragraphId: p.id, url: p.url })));

/**
 * Case study ids unique in the corpus: the segmenter makes them unique within a source, and the
 * first document (manifest order) to use an id keeps it; another document's case with the same id
 * (a copy of a text, two handbooks with a 云南大理 case) gets its root id appended. The ids are
 * page URLs and the reading pages' case boxes link to them, so the documents themselves are
 * renamed (a document without a clash is returned as it was).
 * @example uniqueCaseIds([handbook, handbookCopy])[1].caseStudies[0].id → 'yunnan-dali-sanzhong-yishi-handbook-x1'
 */
export function uniqueCaseIds(roots: readonly Document[]): Document[] {
  const taken = new Map<string, string>();
  return roots.map((root) => {
    const renamed = new Map<string, string>();
    for (const d of documentsIn(root))
      for (const cs of d.caseStudies)
        if (!renamed.has(cs.id)) renamed.set(cs.id, claimDocumentId(cs.id, root.id, taken));
    if ([...renamed].every(([from, to]) => from === to)) return root;
    const rename = (d: Document): Document => ({
      ...d,
      caseStudies: d.caseStudies.map((cs) => ({ ...cs, id: renamed.get(cs.id)! })),
      children: d.children.map(rename),
    });
    return rename(root);
  });
}

/**
 * All case entries of the corpus: handbook cases in document order, then speech items.
 * @example buildCases(roots)[0] → { id:'yunnan-dali-sanzhong-yishi', place:'云南大理', province:'云南',
 *   kind:'创新案例', figures:[{value:'2261名', noun:'党员', …}, …], … }
 */
export function buildCases(roots: readonly Document[]): CaseEntry[] {
  const cases: CaseEntry[] = [];
  const exchanges: CaseEntry[] = [];
  // Case study ids are unique already (uniqueCaseIds); speech items claim theirs like them.
  const taken = new Map(
    roots.flatMap((r) => documentsIn(r).flatMap((d) => d.caseStudies.map((c): [string, string] => [c.id, r.id]))),
  );
  const listed = new Set<string>();
  for (const root of roots) {
    for (const leaf of leavesOf(root)) {
      const page = readingUrl(root.id, leaf.slug);
      const base = {
        rootId: root.id,
        rootTitle: root.title,
        docId: leaf.id,
        docNumbering: leaf.numbering,
        docTitle: leaf.title,
        pageUrl: page,
      };
      // The page's paragraphs by id, read once and only for cases of one paragraph (a 通报's problems).
      let byId: Map<string, Paragraph> | undefined;
      const paragraphOf = (id: string): Paragraph[] => {
        byId ??= new Map([...leaf.paragraphs, ...paragraphsIn(leaf.sections)].map((p) => [p.id, p]));
        return byId.has(id) ? [byId.get(id)!] : [];
      };
      for (const cs of [...root.caseStudies, ...leaf.caseStudies].filter((c) => c.docId === leaf.id || leaf === root)) {
        // A case may be recorded on its page and on the root: listed once.
        if (listed.has(cs.id)) continue;
        listed.add(cs.id);
        const paragraphs = cs.paragraphId
          ? caseParagraphs(paragraphOf(cs.paragraphId), [], page)
          : sectionCase(leaf.sections, cs.sectionId!, page, cs.through);
        cases.push({
          id: cs.id,
          url: caseUrl(cs.id),
          kind: cs.kind,
          title: cs.title,
          place: cs.place,
          ...(cs.place ? placeOf(cs.place) : provinceOfTitle(cs.title)),
          source: cs.source,
          ...base,
          sectionUrl: anchorUrl(page, cs.paragraphId ?? cs.sectionId!),
          concepts: conceptsIn(paragraphs),
          figures: figuresIn(paragraphs),
          paragraphs,
          lines: cs.provenance.lines,
        });
      }
      if (root.kind === 'speech' && leaf !== root) {
        const institution = leaf.institution ?? '';
        const paragraphs = caseParagraphs(leaf.paragraphs, leaf.sections, page);
        const id = claimDocumentId(caseSlug(institution, leaf.title), root.id, taken);
        exchanges.push({
          id,
          url: caseUrl(id),
          kind: '经验交流',
          title: leaf.title,
          place: institution || root.title,
          institution,
          ...provinceInText(institution, paragraphs.map((p) => p.text).join('\n')),
          source: root.title,
          ...base,
          sectionUrl: page,
          concepts: conceptsIn(paragraphs),
          figures: figuresIn(paragraphs),
          paragraphs,
          lines: leaf.provenance.lines,
        });
      }
    }
  }
  return [...cases, ...exchanges];
}
