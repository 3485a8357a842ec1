/**
 * Annotator factory: every occurrence of a glossary term, alias or English name in paragraph text
 * (and in run-in leads and headings) becomes a `concept` mark (linked to `/concepts/<id>/` by the renderer). Existing redaction and
 * citation marks win: a concept mark that would overlap one is dropped.
 */
import type { Glossary } from '../../model/concept.js';
import type { Mark, Paragraph, Section } from '../../model/document.js';
import type { Annotator } from './annotator.js';
import { compileMatcher, findEnglishMentions, findMentions, type ConceptMatcher } from './concept-matcher.js';
import { addMarks } from './marks.js';
import { segmenterFor, type Segmenter } from '../../util/jieba.js';
import { mapDocumentText, type TextContext } from './walk.js';

/** Concept marks for one text (Chinese forms and English names), sorted by start. */
export function conceptMarks(text: string, matcher: ConceptMatcher): Mark[] {
  return [...findMentions(text, matcher), ...findEnglishMentions(text, matcher)]
    .sort((a, b) => a.start - b.start)
    .map(({ conceptId, start, end }) => ({ kind: 'concept', start, end, conceptId }));
}

function markParagraph(p: Paragraph, ctx: TextContext, matcher: ConceptMatcher): Paragraph {
  // A 参考文献 entry is a bibliographic record, not running text about the concept.
  if (ctx.sections.some((s) => s.role === 'references')) return p;
  const found = conceptMarks(p.text, matcher);
  const inLead = p.lead ? conceptMarks(p.lead, matcher) : [];
  if (found.length === 0 && inLead.length === 0) return p;
  const out = { ...p, marks: addMarks(p.marks, found, 'skip') };
  if (inLead.length > 0) out.leadMarks = addMarks(p.leadMarks ?? [], inLead, 'skip');
  return out;
}

/** Headings link their terms too (`4.1 “两学一做”的定义和实质`); counts and concordance use paragraphs. */
function markSection(s: Section, matcher: ConceptMatcher): Section {
  if (s.role === 'references') return s;
  const found = conceptMarks(s.title, matcher);
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
    run: (doc) =>
      mapDocumentText(doc, {
        paragraph: (p, ctx) => markParagraph(p, ctx, matcher),
        section: (s) => markSection(s, matcher),
      }),
  };
}
