/** The components the generated MDX uses, passed to `<Content components={mdxComponents} />`. */
import Para from './Para.astro';
import Lead from './Lead.astro';
import Heading from './Heading.astro';
import Items from './Items.astro';
import Quote from './Quote.astro';
import Redaction from './Redaction.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import CaseStudy from './CaseStudy.astro';
import References from './References.astro';
import Reference from './Reference.astro';
import Abstract from './Abstract.astro';
import AbstractSide from './AbstractSide.astro';
import Translation from './Translation.astro';
import LanguageToggle from './LanguageToggle.astro';

import type { MdxComponentName } from './props';

/** Exactly the components of the contract (props.ts): one missing or extra is a type error. */
export const mdxComponents = {
  Para,
  Lead,
  Heading,
  Items,
  Quote,
  Redaction,
  Cite,
  Term,
  CaseStudy,
  References,
  Reference,
  Abstract,
  AbstractSide,
  Translation,
  LanguageToggle,
} satisfies Record<MdxComponentName, unknown>;
