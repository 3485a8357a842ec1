/**
 * The contract between the MDX emitter and the components that render it: for every component
 * name the generated MDX uses, its props. `jsxElement` (scripts/emit/jsx.ts) only writes props of
 * this map, and every component in this folder declares `type Props = MdxProps['<Name>']`, so a
 * prop the emitter writes and the component does not read (or reads with another type) is a type
 * error in `npm run check` (tsc for the emitter, astro check for the components).
 */
import type { BoxedCaseKind, ParagraphKind, ParagraphRole, SectionRole } from '../../schemas/vocabulary';

export interface MdxProps {
  /**
   * One paragraph. `source`: a case study's closing （资料来源：…） line, set apart at the foot of its box;
   * `article`: the article (第十条) the paragraph belongs to, the locator of its citation;
   * `articleAnchor`: on the article's own paragraph, its stable anchor (`#art-10`);
   * `translation`: in a bilingual text, the English printed after it, set under the Chinese (after the ¶);
   * `depth`: a list item nested under the one above it, how many levels in;
   * `role`: a part set apart: a letter's addressee, salute under 此致 and signature; a quotation's source line.
   */
  Para: {
    id: string;
    kind: ParagraphKind;
    marker?: string;
    source?: boolean;
    article?: string;
    articleAnchor?: string;
    translation?: string;
    translationLang?: string;
    depth?: number;
    role?: ParagraphRole;
    /** A compilation's passage: the work it is quoted from (`data-quoted`, read by the lecture basket). */
    quoted?: string;
  };
  /** A row of a table paragraph. */
  Row: Record<string, never>;
  /** A cell of a table row; `head` in the header row. */
  /** A cell; a merged one spans `colSpan` columns and `rowSpan` rows. */
  /** `group`: a body row's one cell across the table, heading the rows under it (a timetable's `上午`). */
  Cell: { head?: boolean; group?: boolean; colSpan?: number; rowSpan?: number };
  /** A run-in heading at the start of a paragraph. */
  Lead: Record<string, never>;
  /** A section heading; `level` 1 is the top heading of the page (an <h2>). */
  /** `notes`: an untitled references heading over notes (`[注1]`), named 注释 rather than 参考文献. */
  Heading: { id: string; level: number; numbering: string; role?: SectionRole; notes?: boolean };
  /** A run of list items. */
  Items: Record<string, never>;
  /** A run of quoted paragraphs. */
  Quote: Record<string, never>;
  /** A redaction in the original (`x`, `xx`), `text` as printed. */
  Redaction: { text: string };
  /** A citation mark `[n]`; `linked` when the page's reference list has entry `n`. */
  /** `page`: the reading page whose list holds the work, when it is another page of the document. */
  Cite: { n: number; text: string; linked: boolean; page?: string };
  /** A concept mention: `id` of the glossary concept. */
  Term: { id: string };
  /** A footnote mark (`①`) in the text, `text` as printed, linking to the note paragraph `note`. */
  NoteRef: { note: string; text: string };
  /** A run of footnotes, as a page foot printed them. */
  Notes: Record<string, never>;
  /** A 创新案例 box; `title`: the boxed section's own heading. */
  CaseStudy: { id?: string; kind?: BoxedCaseKind; place?: string; source?: string; title?: string };
  /** The reference list. */
  References: Record<string, never>;
  /** One reference entry, anchor `ref-<n>`. */
  Reference: { n: number };
  /** The bilingual abstract block. */
  Abstract: Record<string, never>;
  /** One language of the abstract with its keywords. */
  AbstractSide: { lang: string; keywords?: string; title?: string };
  /** The English printed after a Chinese block (a heading's, in a bilingual text), set under it. */
  Translation: { lang: string };
  /** The show/hide-English control of a bilingual text (CSS only). */
  LanguageToggle: Record<string, never>;
}

/** A component name the generated MDX may use. */
export type MdxComponentName = keyof MdxProps;
