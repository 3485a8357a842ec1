/**
 * Counts of a reading page, a document or the library (sections, paragraphs, characters): one sum
 * for the pipeline's page data and build log and for the site's home page.
 */
import type { Stats } from '../schemas/toc.js';

/** Sum of several counts. */
export const addStats = (all: readonly Stats[]): Stats =>
  all.reduce(
    (a, b) => ({
      sections: a.sections + b.sections,
      paragraphs: a.paragraphs + b.paragraphs,
      characters: a.characters + b.characters,
    }),
    { sections: 0, paragraphs: 0, characters: 0 },
  );
