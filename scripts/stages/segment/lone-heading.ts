/**
 * Segment: a line read as a page's only top heading, at its very start, over the rest of the page
 * (`2024年第3期`, `内部资料　注意保存`, `阅读提示`, a line of names under a title, above the text and
 * its `一、` headings). Headings come in series; this one would put the whole text under itself and
 * every heading of the text a level down. It is a line of the page, set as the paragraph it is,
 * and what it held is the page's own.
 */
import type { Paragraph } from '../../model/document.js';
import type { ParagraphAnchor } from '../../model/ids.js';
import type { Tree } from './build-tree.js';

/**
 * Open a text file's page whose only top section is an unnumbered body heading at its start: the
 * heading becomes its page's first paragraph, its paragraphs and sections the page's. A Markdown
 * heading is the writer's, and stays.
 */
export function openLoneHeading(tree: Tree, format: 'txt' | 'md'): void {
  const [only, ...others] = tree.sections;
  if (format !== 'txt' || !only || others.length > 0 || tree.paragraphs.length > 0) return;
  if (only.numbering !== '' || only.role !== 'body' || only.titleTranslation) return;
  const line: Paragraph = {
    id: '' as ParagraphAnchor, // assigned by assignIds
    kind: 'paragraph',
    text: only.title,
    marks: [],
    provenance: only.provenance,
  };
  tree.paragraphs.push(line, ...only.paragraphs);
  tree.sections = only.sections;
}
