/**
 * The components the generated MDX renders as Astro components, passed to
 * `<Content components={mdxComponents} />`: the per-document blocks. The paragraph-level ones are
 * built as HTML while the MDX compiles (html.ts, src/lib/rehype-mdx-html.ts).
 */
import Abstract from './Abstract.astro';
import AbstractSide from './AbstractSide.astro';
import CaseStudy from './CaseStudy.astro';
import LanguageToggle from './LanguageToggle.astro';

import type { AstroComponentName } from './html';

/** Exactly the components html.ts does not build: one missing or extra is a type error. */
export const mdxComponents = {
  Abstract,
  AbstractSide,
  CaseStudy,
  LanguageToggle,
} satisfies Record<AstroComponentName, unknown>;
