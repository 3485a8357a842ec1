/**
 * The pages the e2e gates visit: one representative per page kind, discovered from the built
 * site (see scripts/quality/site-pages.ts), so new page kinds are covered as soon as they exist.
 */
import { listPages, representativePages, type SitePage } from '../../../scripts/quality/site-pages.js';
import { siteDir } from './browser.js';

/** Page kinds the foundation issue requires; later issues add more, found automatically. */
export const REQUIRED_KINDS = [
  'home',
  'library',
  'document (paper)',
  'document (handbook)',
  'reading (paper)',
  'reading (handbook)',
  'reading (speech)',
  'lecture/*/*', // topic packs (专题), issue 8
] as const;

/** Every page of the built site. */
export const allPages = (): Promise<SitePage[]> => listPages(siteDir());

/** One page per kind (the largest of its kind). */
export async function pagesByKind(): Promise<SitePage[]> {
  return representativePages(await allPages());
}

/** Required kinds the built site lacks (empty when complete). */
export function missingKinds(pages: SitePage[]): string[] {
  const kinds = new Set(pages.map((p) => p.kind));
  return REQUIRED_KINDS.filter((k) => !kinds.has(k));
}
