/**
 * How a reading page's text is read for matching and counting words: a page written in traditional
 * characters in its simplified form (same length, so offsets found in it are offsets in the page:
 * 党风廉政建设 marks 黨風廉政建設), as search reads that page (src/integrations/t2s-table.ts); any
 * other page as it is. The concept marks and the keyword input both read pages so, so a page in
 * traditional characters is marked, linked and mined like the simplified ones.
 */
import type { Document } from '../model/document.js';
import { paragraphsIn } from '../model/walk.js';
import { foldTraditional, isTraditional } from '../../src/lib/traditional.js';

/** A text as it is matched and counted. */
export type Fold = (text: string) => string;

const asIs: Fold = (text) => text;

/** The fold of each page, decided once per page (`isTraditional` of its paragraphs' texts). */
export function pageFolds(): (page: Document) => Fold {
  const decided = new Map<Document, Fold>();
  return (page) => {
    let fold = decided.get(page);
    if (!fold) {
      const texts = [...page.paragraphs, ...paragraphsIn(page.sections)].map((p) => p.text);
      fold = isTraditional(texts) ? foldTraditional : asIs;
      decided.set(page, fold);
    }
    return fold;
  };
}
