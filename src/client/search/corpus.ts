/**
 * Passages of `corpus.json` in document order, pure: the unit that search indexes, ranks and
 * links to. Used by the index builder and by the search benchmark's ground truth, so both read
 * the same text. A passage's searchable text is its bold lead plus its text (no list marker); a
 * heading (document, chapter or section title) is a passage too, so a title can be found.
 */
import { leavesOf } from '../../../scripts/model/walk';

/** The parts of `corpus.json` search reads (see scripts/emit/corpus-json.ts for the whole format). */
/** A paragraph: its anchor id, optional bold lead, text and URL with the anchor. */
export interface CorpusParagraph {
  id: string;
  /** Printed before the text: a list's `（一）`, an article's `第三条`. */
  marker?: string;
  /** On the paragraph that opens an article (`第三条`), the article's anchor. */
  articleAnchor?: string;
  lead?: string;
  text: string;
  url: string;
  /** Parallel text in another language (official bilingual texts): searched with the paragraph. */
  translation?: { language: string; text: string };
}
/** A section with its own paragraphs and sub-sections. */
export interface CorpusSection {
  id: string;
  numbering: string;
  title: string;
  url: string;
  /** The English heading of a bilingual text. */
  titleTranslation?: { language: string; text: string };
  paragraphs: CorpusParagraph[];
  sections: CorpusSection[];
}
/** A document: a root (paper, handbook, collection) or one of its children (chapter, speech). */
export interface CorpusDocument {
  id: string;
  title: string;
  numbering: string;
  kind: string;
  url: string;
  readingUrl?: string;
  metadata: { abstract?: CorpusParagraph[]; abstractEn?: CorpusParagraph[] } & Record<string, unknown>;
  paragraphs: CorpusParagraph[];
  sections: CorpusSection[];
  children: CorpusDocument[];
}
/** The whole file. */
export interface Corpus {
  documents: CorpusDocument[];
  /** Glossary concepts with every annotated occurrence (present once the concepts stage ran). */
  concepts?: { id: string; occurrences: { url: string }[] }[];
}

/** A reading page (leaf document) as search shows it. */
export interface SearchPage {
  /** `第三章 机关党的组织建设` or the paper's title. */
  title: string;
  /** The root document's title (the handbook, the speech collection, the paper). */
  document: string;
  /** `paper` | `speech` | `handbook`. */
  kind: string;
  url: string;
}

/** A heading on a reading page: its title with numbering and its enclosing heading. */
export interface SearchSection {
  title: string;
  /** Index of the enclosing section, -1 at the top of the page. */
  parent: number;
}

/** One searchable paragraph. */
export interface Passage {
  /** Link to the paragraph: `/library/<root>/<slug>/#p-2-1-3`. */
  url: string;
  /** Lead + text: what is searched, shown and used as ground truth. */
  text: string;
  /** Index into `pages`. */
  page: number;
  /** Index into `sections`, -1 for paragraphs before the first heading or in an abstract. */
  section: number;
  /** A title: the heading of section `section`'s child, or of the page (section -1). */
  heading?: true;
  /** Parallel text in another language, searched and shown with the passage. */
  translation?: string;
}

/** The corpus flattened for search. */
export interface PassageTable {
  pages: SearchPage[];
  sections: SearchSection[];
  passages: Passage[];
}

const label = (numbering: string, title: string): string => (numbering ? `${numbering} ${title}` : title).trim();
/**
 * A passage as searched and shown in a result: its bold lead and text, after the label of the
 * article it opens (`第三条`, printed as its marker), as the page prints them: 第三条 finds the article.
 */
const passageText = (p: CorpusParagraph): string =>
  `${p.articleAnchor && p.marker ? `${p.marker}　` : ''}${p.lead ?? ''}${p.text}`;

/**
 * Flatten the corpus: every leaf's abstract (Chinese, then English), its own paragraphs, then its
 * sections depth-first, heading before content, exactly as the reading page shows them.
 */
export function flattenCorpus(corpus: Corpus): PassageTable {
  const table: PassageTable = { pages: [], sections: [], passages: [] };
  for (const root of corpus.documents) {
    const leaves = leavesOf(root);
    for (const leaf of leaves) {
      const page = table.pages.length;
      table.pages.push({
        title: leaf === root ? root.title : label(leaf.numbering, leaf.title),
        document: root.title,
        kind: root.kind,
        url: leaf.readingUrl ?? leaf.url,
      });
      const add = (ps: readonly CorpusParagraph[] | undefined, section: number) => {
        for (const p of ps ?? []) {
          if (passageText(p).trim())
            table.passages.push({
              url: p.url,
              text: passageText(p),
              page,
              section,
              ...(p.translation && { translation: p.translation.text }),
            });
        }
      };
      const heading = (text: string, url: string, section: number, translation?: string) =>
        table.passages.push({ url, text, page, section, heading: true, ...(translation && { translation }) });
      // The document's title heads its first reading page; every reading page has its own title.
      if (leaf !== root && leaf === leaves[0]) heading(root.title, root.url, -1);
      heading(table.pages[page]!.title, table.pages[page]!.url, -1);
      add(leaf.metadata.abstract, -1);
      add(leaf.metadata.abstractEn, -1);
      add(leaf.paragraphs, -1);
      const walk = (s: CorpusSection, parent: number) => {
        const idx = table.sections.length;
        table.sections.push({ title: label(s.numbering, s.title), parent });
        heading(label(s.numbering, s.title), s.url, parent, s.titleTranslation?.text);
        add(s.paragraphs, idx);
        for (const c of s.sections) walk(c, idx);
      };
      for (const s of leaf.sections) walk(s, -1);
    }
  }
  return table;
}
