/**
 * The glossary model shared by the concept stages (annotate, mine, cases, cross-references) and
 * the concept emitter: a validated `content/concepts.yaml` entry plus where it was written.
 */
import type { ConceptCategory, CorpusLocator } from '../../src/schemas/concept.js';

export type { ConceptCategory, CorpusLocator };

/** One policy term (提法) of the glossary. */
export interface Concept {
  /** ASCII slug; the page is `/concepts/<id>/`. */
  id: string;
  /** Canonical form, e.g. `两学一做`. */
  term: string;
  /** Variants of the same concept, e.g. `八项规定` for `中央八项规定`. */
  aliases: string[];
  category: ConceptCategory;
  /** Numeric family such as `两个` / `四个`, if any. */
  family?: string;
  /** Members of a numeric formula, in order. */
  expansion?: string[];
  expansionSource?: CorpusLocator;
  expansionEditorial?: true;
  definition: { text: string; source?: CorpusLocator; editorial?: true };
  /** English names the corpus gives. */
  en: string[];
  /** Longer words containing the term that mean something else. */
  notInside: string[];
  /** 1-based line of the entry in the glossary file (for error messages). */
  line: number;
}

/** The validated glossary: concepts in file order and the file they came from. */
export interface Glossary {
  file: string;
  concepts: Concept[];
}

/** Every surface form of a concept: its term first, then its aliases. */
export const formsOf = (c: Concept): string[] => [c.term, ...c.aliases];
