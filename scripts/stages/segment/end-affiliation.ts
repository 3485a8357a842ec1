/**
 * Segment: a paper's affiliation printed at its end, as magazines and newspapers' theory pages set
 * it: `（作者单位：中共某某省委党校）` after the last paragraph. When the front matter names none, the
 * line is the affiliation (shown with the byline), not a paragraph of the body; its brackets and
 * label are field syntax.
 */
import type { FrontMatter, Paragraph, Removal } from '../../model/document.js';
import { isPlainParagraph } from './run-ins.js';

/** `（作者单位：中共某某省委党校）`: group 1 the label and colon, group 2 the affiliation. */
const END_AFFILIATION = /^[（(]\s*((?:作者(?:工作)?)?单\s*位\s*[:：])\s*([^（）()：:。；;！？]{2,60}?)\s*[)）]$/;

/**
 * Take the page's last paragraph (the end of `list`, the page's last list of paragraphs) into
 * `front.affiliation` when it is an affiliation line and the front matter has none; returns the
 * syntax it consumed.
 */
export function takeEndAffiliation(list: Paragraph[], front: FrontMatter, file: string): Removal[] {
  if (front.affiliation !== undefined) return [];
  const last = list.at(-1);
  const m = isPlainParagraph(last) ? END_AFFILIATION.exec(last.text) : null;
  if (!last || !m) return [];
  list.pop();
  front.affiliation = m[2]!;
  front.provenance.push({ file, lines: [...last.provenance.lines] });
  const line = last.provenance.lines[0];
  const text = last.text.trim();
  return [text[0]!, m[1]!.replace(/\s+/g, ''), text.at(-1)!].map((t) => ({ text: t, line, reason: 'field-syntax' }));
}
