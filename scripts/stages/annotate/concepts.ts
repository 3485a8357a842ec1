/**
 * Annotator factory: every occurrence of a glossary term, alias or English name in paragraph text
 * (and in run-in leads and headings) becomes a `concept` mark (linked to `/concepts/<id>/` by the renderer). Existing redaction and
 * citation marks win: a concept mark that would overlap one is dropped. A text in traditional
 * characters is matched in its simplified form (scripts/stages/page-fold.ts).
 */
import type { Glossary } from '../../model/concept.js';
import type { Document, Mark, Paragraph, Section } from '../../model/document.js';
import type { Annotator } from './annotator.js';
import { compileMatcher, findEnglishMentions, findMentions, type ConceptMatcher } from './concept-matcher.js';
import { addMarks } from './marks.js';
import { clauseAround, segmenterFor, trivialBoundary, type Segmenter } from '../../util/jieba.js';
import { mapDocumentText, type TextContext } from './walk.js';
import { pageFolds, type Fold } from '../page-fold.js';

/** Concept marks for one text (Chinese forms and English names), sorted by start. */
export function conceptMarks(text: string, matcher: ConceptMatcher): Mark[] {
  return [...findMentions(text, matcher), ...findEnglishMentions(text, matcher)]
    .sort((a, b) => a.start - b.start)
    .map(({ conceptId, start, end }) => ({ kind: 'concept', start, end, conceptId }));
}

/** A 参考文献 section lists bibliographic records, not running text about a concept: no marks in it. */
const isReferences = (s: Section): boolean => s.role === 'references';
const inReferences = (ctx: TextContext): boolean => ctx.sections.some(isReferences);

function markParagraph(p: Paragraph, ctx: TextContext, matcher: ConceptMatcher, fold: Fold): Paragraph {
  if (inReferences(ctx)) return p;
  const found = conceptMarks(fold(p.text), matcher);
  const inLead = p.lead ? conceptMarks(fold(p.lead), matcher) : [];
  if (found.length === 0 && inLead.length === 0) return p;
  const out = { ...p, marks: addMarks(p.marks, found, 'skip') };
  if (inLead.length > 0) out.leadMarks = addMarks(p.leadMarks ?? [], inLead, 'skip');
  return out;
}

/** Every text the concept annotator matches in (paragraph texts and leads, headings), skipped as it skips them. */
function conceptTexts(doc: Document): string[] {
  const foldOf = pageFolds();
  const texts: string[] = [];
  mapDocumentText(doc, {
    paragraph: (p, ctx) => {
      const fold = foldOf(ctx.doc);
      if (!inReferences(ctx)) texts.push(fold(p.text), ...(p.lead ? [fold(p.lead)] : []));
      return p;
    },
    section: (s, ctx) => {
      if (!isReferences(s)) texts.push(foldOf(ctx.doc)(s.title));
      return s;
    },
  });
  return texts;
}

/**
 * The clauses (runs between jieba's separators) of a document that its concept annotator may ask
 * jieba to cut for word boundaries: found by matching with a segmenter that notes the clause of
 * every offset asked and answers "no boundary", so that no match is taken and every later
 * candidate is tried too (a superset of what annotating asks). The pipeline has the jieba thread
 * cut them in advance (scripts/util/jieba-service.ts); most of a text is in no such clause.
 */
export function boundaryClauses(glossary: Glossary): (doc: Document) => string[] {
  let asked: string[] = [];
  const recorder: Segmenter = {
    words: new Set(),
    cut: () => [],
    cutForKeywords: () => [],
    boundaries: (text) => (at) => {
      if (!trivialBoundary(text, at)) asked.push(text.slice(...clauseAround(text, at)));
      return false;
    },
  };
  const matcher = compileMatcher(glossary, { segmenter: recorder });
  return (doc) => {
    asked = [];
    for (const text of conceptTexts(doc)) findMentions(text, matcher);
    return asked;
  };
}

/** Headings link their terms too (`4.1 “两学一做”的定义和实质`); counts and concordance use paragraphs. */
function markSection(s: Section, matcher: ConceptMatcher, fold: Fold): Section {
  if (isReferences(s)) return s;
  const found = conceptMarks(fold(s.title), matcher);
  return found.length === 0 ? s : { ...s, titleMarks: addMarks(s.titleMarks ?? [], found, 'skip') };
}

/**
 * Build the concept annotator for a glossary (compiled once, reused for every document); word
 * boundaries come from `segmenter`, built from the same glossary.
 * @example annotateConcepts(glossary).run(doc) — `…深入开展“两学一做”…` gets
 *   `{kind:'concept', start, end, conceptId:'liang-xue-yi-zuo'}` on that paragraph.
 */
export function annotateConcepts(glossary: Glossary, segmenter: Segmenter = segmenterFor(glossary)): Annotator {
  const matcher = compileMatcher(glossary, { segmenter });
  return {
    name: 'annotateConcepts',
    run: (doc) => {
      const foldOf = pageFolds();
      return mapDocumentText(doc, {
        paragraph: (p, ctx) => markParagraph(p, ctx, matcher, foldOf(ctx.doc)),
        section: (s, ctx) => markSection(s, matcher, foldOf(ctx.doc)),
      });
    },
  };
}
