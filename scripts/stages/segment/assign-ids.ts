/**
 * Segment: ids from position, never from build order. A section's id is its path of sibling
 * positions (`s-2-1` = first subsection of the second section); a paragraph's anchor is its
 * section path plus its position there (`p-2-1-3`; `p-0-k` before the first section).
 */
import type { Paragraph, Section } from '../../model/document.js';
import { toParagraphAnchor, toSectionId } from '../../model/ids.js';

function numberParagraphs(paragraphs: Paragraph[], path: string): void {
  paragraphs.forEach((p, k) => {
    p.id = toParagraphAnchor(`p-${path}-${k + 1}`);
  });
}

function numberSections(sections: Section[], parentPath: number[]): void {
  sections.forEach((s, i) => {
    const path = [...parentPath, i + 1];
    s.id = toSectionId(`s-${path.join('-')}`);
    s.level = path.length;
    numberParagraphs(s.paragraphs, path.join('-'));
    numberSections(s.sections, path);
  });
}

/**
 * Give every section its id and level and every paragraph its anchor (mutates the fresh tree).
 * @example [{ sections: [{}, {}] }] → ids `s-1`, `s-1-1`, `s-1-2`, levels 1, 2, 2
 */
export function assignIds(paragraphs: Paragraph[], sections: Section[]): void {
  numberParagraphs(paragraphs, '0');
  numberSections(sections, []);
}
