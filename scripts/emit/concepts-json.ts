/**
 * Emit the knowledge-base data: annotated documents + glossary → `data/concepts.json` (concepts
 * with definitions resolved to paragraphs, concordance, co-occurrence, families, the map),
 * `data/cases.json`, `data/references.json`, `data/see-also/<root-id>.json`, `data/term-candidates.json`,
 * and the `concepts[]` block of corpus.json. A glossary locator that matches no paragraph (or
 * several) is a `SourceError` naming the glossary line.
 */
import { pinyin } from 'pinyin-pro';
import type { Concept, CorpusLocator, Glossary } from '../model/concept.js';
import { formsOf } from '../model/concept.js';
import type { Document } from '../model/document.js';
import { conceptUrl } from '../model/ids.js';
import { leavesOf, numberedTitle, printedText } from '../model/walk.js';
import { SourceError } from '../util/errors.js';
import { passagesOf, sectionPath, type Passage } from '../stages/concepts/passages.js';
import { concordanceLines, keyPassages, strongestPassages } from '../stages/concepts/strongest.js';
import type { CaseEntry } from '../stages/cases.js';
import type { TermReport } from '../stages/mine-terms.js';
import type { Knowledge } from '../stages/knowledge.js';
import { isBoxedCase } from '../../src/schemas/knowledge.js';
import type {
  ConceptJson,
  ConceptsData,
  FamilyJson,
  OccurrenceJson,
  ParagraphRef,
  SeeAlso,
} from '../../src/schemas/knowledge.js';
import { seeAlsoPath } from '../../src/schemas/data-files.js';
import { CONCEPT_CATEGORIES } from '../../src/schemas/concept.js';
import type { CorpusConcept } from '../../src/schemas/corpus.js';
import { layoutConceptMap } from './concept-map.js';
import type { EmittedFile } from './pages.js';
import { compareCodeUnits } from '../util/sort.js';

const CONTEXT = 30;
const refOf = (p: Passage): ParagraphRef & { where: string } => ({
  docId: p.leaf.id,
  docTitle: numberedTitle(p.leaf),
  paragraphId: p.paragraph.id,
  url: p.url,
  where: sectionPath(p.sections),
});

/** The one paragraph of document `loc.doc` (a root or leaf id) whose text contains `loc.contains`. */
function resolveLocator(
  loc: CorpusLocator,
  byDoc: ReadonlyMap<string, readonly Passage[]>,
  glossary: Glossary,
  c: Concept,
  field: string,
): ParagraphRef | undefined {
  // A document that is not part of this build (a small test library) cannot be cited: no link.
  const inDoc = byDoc.get(loc.doc);
  if (!inDoc) return undefined;
  const hits = inDoc.filter((p) => printedText(p.paragraph).includes(loc.contains));
  if (hits.length !== 1) {
    throw new SourceError(
      glossary.file,
      c.line,
      `${field} of "${c.id}": "${loc.contains}" is in ${hits.length === 0 ? 'no paragraph' : `${hits.length} paragraphs`} of ${loc.doc}`,
      hits.length === 0
        ? 'copy the text exactly from the source (one paragraph, no line break), and check the doc id'
        : 'quote a longer, unique piece of the paragraph',
    );
  }
  return refOf(hits[0]!);
}

/** Passages by root id and by leaf id (a paper is both), reading order: what a locator names. */
function passagesByDoc(passages: readonly Passage[]): Map<string, Passage[]> {
  const byDoc = new Map<string, Passage[]>();
  const add = (id: string, p: Passage) => {
    const list = byDoc.get(id);
    if (list) list.push(p);
    else byDoc.set(id, [p]);
  };
  for (const p of passages) {
    add(p.root.id, p);
    if (p.leaf.id !== p.root.id) add(p.leaf.id, p);
  }
  return byDoc;
}

/**
 * For each concept, how many paragraphs it shares with each other concept: one pass over the
 * paragraphs' concept sets (instead of intersecting every pair of concepts' paragraph lists).
 */
function sharedParagraphs(conceptsOfParagraph: Iterable<ReadonlySet<string>>): Map<string, Map<string, number>> {
  const shared = new Map<string, Map<string, number>>();
  for (const ids of conceptsOfParagraph) {
    for (const a of ids) {
      let row = shared.get(a);
      if (!row) shared.set(a, (row = new Map()));
      for (const b of ids) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return shared;
}

const pinyinOf = (term: string): string[] =>
  pinyin(term, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).map((s) => s.toLowerCase());

/** Family slug: pinyin of its name (`四个` → `si-ge`). */
const familySlug = (name: string) => pinyinOf(name).join('-') || 'family';

/** The concept pages' data, and every occurrence of each concept (corpus.json lists them all). */
export interface ConceptsBuild {
  data: ConceptsData;
  /** Concept id → its occurrences in document order (the data keeps only those its pages show). */
  occurrences: ReadonlyMap<string, readonly OccurrenceJson[]>;
}

/** Everything the concept pages need, computed once. */
export function buildConceptsData(
  roots: readonly Document[],
  glossary: Glossary,
  cases: readonly CaseEntry[],
): ConceptsBuild {
  const passages = passagesOf(roots);
  const byId = new Map(glossary.concepts.map((c) => [c.id, c]));
  const occurrences = new Map<string, OccurrenceJson[]>(glossary.concepts.map((c) => [c.id, []]));
  const paragraphsOf = new Map<string, Set<string>>(glossary.concepts.map((c) => [c.id, new Set()]));
  // Concept sets of the paragraphs that have one (an empty set adds nothing to the shared counts).
  const conceptsOfParagraph: Set<string>[] = [];
  // Printed texts of the paragraphs with a concept, by URL: the strongest passages are chosen by them.
  const textOfUrl = new Map<string, string>();
  for (const p of passages) {
    let here: Set<string> | undefined;
    const text = p.paragraph.text;
    // One reference per passage, not per occurrence (its `where` already is the section path).
    let ref: ReturnType<typeof refOf> | undefined;
    for (const m of p.paragraph.marks) {
      if (m.kind !== 'concept' || !byId.has(m.conceptId)) continue;
      if (!ref) {
        ref = refOf(p);
        textOfUrl.set(p.url, printedText(p.paragraph));
      }
      // One literal, keys in refOf's order then the occurrence's: one object shape for them all.
      occurrences.get(m.conceptId)!.push({
        docId: ref.docId,
        docTitle: ref.docTitle,
        paragraphId: ref.paragraphId,
        url: ref.url,
        where: ref.where,
        rootId: p.root.id,
        rootTitle: p.root.title,
        start: m.start,
        end: m.end,
        before: text.slice(Math.max(0, m.start - CONTEXT), m.start),
        match: text.slice(m.start, m.end),
        after: text.slice(m.end, m.end + CONTEXT),
      });
      paragraphsOf.get(m.conceptId)!.add(p.url);
      if (!here) conceptsOfParagraph.push((here = new Set()));
      here.add(m.conceptId);
    }
  }
  const shared = sharedParagraphs(conceptsOfParagraph);
  const byDoc = passagesByDoc(passages);
  const casesOf = new Map<string, { id: string; n: number }[]>();
  // Pushed, not spread into a new array per case: that copy was quadratic in the cases of a concept.
  for (const k of cases) {
    for (const x of k.concepts) {
      if (x.count === 0) continue;
      const list = casesOf.get(x.id);
      if (list) list.push({ id: k.id, n: x.count });
      else casesOf.set(x.id, [{ id: k.id, n: x.count }]);
    }
  }
  const familyMembers = new Map<string, string[]>();
  for (const c of glossary.concepts)
    if (c.family) familyMembers.set(c.family, [...(familyMembers.get(c.family) ?? []), c.id]);
  const families: FamilyJson[] = [...familyMembers]
    .filter(([, ids]) => ids.length >= 2)
    .map(([name, ids]) => ({ id: familySlug(name), name, concepts: ids }))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  const formOwner = new Map(glossary.concepts.flatMap((c) => formsOf(c).map((f) => [f, c.id] as const)));
  const memberOf = new Map<string, string[]>();
  for (const c of glossary.concepts) {
    for (const m of c.expansion ?? []) {
      const owner = formOwner.get(m);
      if (owner && owner !== c.id) memberOf.set(owner, [...(memberOf.get(owner) ?? []), c.id]);
    }
  }
  const concepts: ConceptJson[] = glossary.concepts
    .map((c) => {
      const occ = occurrences.get(c.id)!;
      // The concept page's lines and the topic pack's passages, chosen here so the data holds no more.
      const ranked = strongestPassages(occ, [c.term, ...c.aliases], (o) => textOfUrl.get(o.url));
      const paras = paragraphsOf.get(c.id)!;
      const row = shared.get(c.id);
      const cooccurring = glossary.concepts
        .filter((o) => o.id !== c.id)
        .map((o) => ({ id: o.id, shared: row?.get(o.id) ?? 0 }))
        .filter((x) => x.shared > 0)
        .sort((a, b) => b.shared - a.shared || compareCodeUnits(a.id, b.id))
        .slice(0, 8);
      const syllables = pinyinOf(c.term);
      const family = families.find((f) => f.concepts.includes(c.id));
      const definitionSource =
        c.definition.source && resolveLocator(c.definition.source, byDoc, glossary, c, 'definition.source');
      const expansionSource =
        c.expansionSource && resolveLocator(c.expansionSource, byDoc, glossary, c, 'expansionSource');
      return {
        id: c.id,
        term: c.term,
        url: conceptUrl(c.id),
        aliases: c.aliases,
        en: c.en,
        category: c.category,
        ...(c.family && { family: c.family }),
        ...(family && { familyId: family.id }),
        pinyin: syllables.join(' '),
        initials: syllables.map((s) => s[0]).join(''),
        definition: c.definition.text,
        definitionEditorial: c.definition.editorial === true,
        ...(definitionSource && { definitionSource }),
        ...(c.expansion && {
          expansion: {
            members: c.expansion.map((text) => {
              const id = formOwner.get(text);
              return id && id !== c.id ? { text, conceptId: id } : { text };
            }),
            editorial: c.expansionEditorial === true,
            ...(expansionSource && { source: expansionSource }),
          },
        }),
        memberOf: memberOf.get(c.id) ?? [],
        count: occ.length,
        paragraphCount: paras.size,
        documentCount: new Set(occ.map((o) => o.docId)).size,
        occurrences: concordanceLines(ranked, occ),
        keyPassages: keyPassages(ranked),
        cooccurring,
        cases: [...(casesOf.get(c.id) ?? [])]
          .sort((a, b) => b.n - a.n || compareCodeUnits(a.id, b.id))
          .map((k) => k.id),
      };
    })
    .sort((a, b) => compareCodeUnits(a.pinyin, b.pinyin) || compareCodeUnits(a.id, b.id));
  const map = layoutConceptMap(
    concepts.map((c) => ({
      id: c.id,
      term: c.term,
      category: c.category,
      count: c.count,
      paragraphs: paragraphsOf.get(c.id)!,
    })),
  );
  const data: ConceptsData = {
    categories: [...CONCEPT_CATEGORIES],
    concepts,
    families,
    map,
    totals: {
      concepts: concepts.length,
      occurrences: concepts.reduce((n, c) => n + c.count, 0),
      paragraphs: new Set([...paragraphsOf.values()].flatMap((s) => [...s])).size,
    },
  };
  return { data, occurrences };
}

/** corpus.json's `concepts[]`: id, term, url, aliases, definition and every occurrence. */
export const corpusConcepts = ({ data, occurrences }: ConceptsBuild): CorpusConcept[] =>
  data.concepts.map((c) => ({
    id: c.id,
    term: c.term,
    url: c.url,
    aliases: c.aliases,
    category: c.category,
    definition: c.definition,
    ...(c.definitionSource && { definitionSource: c.definitionSource.url }),
    occurrences: occurrences.get(c.id)!.map((o) => ({
      docId: o.docId,
      paragraphId: o.paragraphId,
      url: o.url,
      start: o.start,
      end: o.end,
    })),
  }));

/** Everything the knowledge-base stages produce for one build. */
export interface KnowledgeBase {
  concepts: ConceptsData;
  /** Every occurrence of each concept, in document order (`concepts` keeps those its pages show). */
  occurrences: ConceptsBuild['occurrences'];
  /** corpus.json's `concepts[]`. */
  corpusConcepts: CorpusConcept[];
  cases: CaseEntry[];
  terms: TermReport;
  files: EmittedFile[];
  /** Lines for the build log. */
  summary: string[];
}

/** Compact JSON for the data the pages read; indented for the report people read. */
const json = (v: unknown) => `${JSON.stringify(v)}\n`;
const readable = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

/**
 * The see-also lists, one file per root document (`data/see-also/<root-id>.json`, its reading
 * pages' sections in page order): a reading page reads its own document's, so the site never
 * holds the whole library's lists (53 MB at ×100) at once.
 */
function seeAlsoFiles(roots: readonly Document[], seeAlso: readonly SeeAlso[]): EmittedFile[] {
  const rootOf = new Map(roots.flatMap((r) => leavesOf(r).map((l) => [l.id as string, r.id as string])));
  const byRoot = new Map(roots.map((r): [string, SeeAlso[]] => [r.id, []]));
  for (const s of seeAlso) byRoot.get(rootOf.get(s.docId)!)!.push(s);
  return [...byRoot].map(([id, sections]) => ({ path: seeAlsoPath(id), contents: json({ sections }) }));
}

/**
 * Build the concept pages' data and write it with what the knowledge stage derived (paths
 * relative to the generated dir).
 * @throws SourceError (glossary file:line) for a definition or expansion source that does not resolve.
 */
export function emitKnowledgeBase(
  roots: readonly Document[],
  glossary: Glossary,
  { cases, works, seeAlso, terms }: Knowledge,
): KnowledgeBase {
  const built = buildConceptsData(roots, glossary, cases);
  const concepts = built.data;
  const files: EmittedFile[] = [
    { path: 'data/concepts.json', contents: json(concepts) },
    { path: 'data/cases.json', contents: json({ cases }) },
    { path: 'data/references.json', contents: json({ works }) },
    ...seeAlsoFiles(roots, seeAlso),
    { path: 'data/term-candidates.json', contents: readable(terms) },
  ];
  const summary = [
    `Annotated ${concepts.totals.occurrences} concept occurrences of ${concepts.concepts.filter((c) => c.count > 0).length}/${concepts.totals.concepts} glossary terms in ${concepts.totals.paragraphs} paragraphs`,
    `Built ${cases.length} case pages (${cases.filter((c) => isBoxedCase(c.kind)).length} in texts, ${cases.filter((c) => c.kind === '经验交流').length} 经验交流), ${works.length} cited works, see-also for ${seeAlso.length} sections`,
    `${terms.candidates.length} term candidates written to data/term-candidates.json (most frequent: ${[
      ...terms.candidates,
    ]
      .filter((c) => c.kind !== 'keyword')
      .sort((a, b) => b.count - a.count || compareCodeUnits(a.text, b.text))
      .slice(0, 6)
      .map((c) => `${c.text}×${c.count}`)
      .join(' ')}; ${terms.discarded.length} false formulas discarded, e.g. ${terms.discarded
      .slice(0, 3)
      .map((d) => d.text)
      .join(' ')})`,
  ];
  return {
    concepts,
    occurrences: built.occurrences,
    corpusConcepts: corpusConcepts(built),
    cases,
    terms,
    files,
    summary,
  };
}
