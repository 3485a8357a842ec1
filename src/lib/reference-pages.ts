/**
 * The cited-works listing in pages (issue 11): a work cited thousands of times in a large library
 * must not make `/references/` grow with it. Citations are laid out in one run (rules first, then
 * works, each work's citations in corpus order) and cut into pages of REFERENCES_PER_PAGE lines; a
 * work whose citations cross a page boundary continues on the next page. Pure and deterministic.
 */
import type { Citation, CitedWork } from '../schemas/knowledge';
import { chunk } from './paginate';

/** Citation lines per page of `/references/`. */
export const REFERENCES_PER_PAGE = 200;

/** The part of one work's citations on one page. */
export interface WorkBlock {
  work: CitedWork;
  /** Index in `work.citations` of the first citation on this page (0: the work starts here). */
  from: number;
  citations: Citation[];
}

/** One page: its works' blocks by kind (rules, then works), in listing order. */
export interface ReferencePage {
  n: number;
  blocks: { kind: CitedWork['kind']; works: WorkBlock[] }[];
}

export const WORK_KINDS: readonly CitedWork['kind'][] = ['rule', 'work'];

/** Every work in listing order: rules, then other works, each in the order the data gives. */
export const worksInOrder = (works: readonly CitedWork[]): CitedWork[] =>
  WORK_KINDS.flatMap((k) => works.filter((w) => w.kind === k));

/** The pages of the listing, and for each work the page where its citations start. */
export function referencePages(
  works: readonly CitedWork[],
  perPage = REFERENCES_PER_PAGE,
): { pages: ReferencePage[]; startPage: Map<string, number> } {
  const lines = worksInOrder(works).flatMap((work) => work.citations.map((_, i) => ({ work, i })));
  const startPage = new Map<string, number>();
  const pages = chunk(lines, perPage).map((pageLines, p): ReferencePage => {
    const blocks: ReferencePage['blocks'] = [];
    for (const { work, i } of pageLines) {
      if (i === 0) startPage.set(work.id, p + 1);
      let kind = blocks[blocks.length - 1];
      if (kind?.kind !== work.kind) blocks.push((kind = { kind: work.kind, works: [] }));
      let block = kind.works[kind.works.length - 1];
      if (block?.work !== work) kind.works.push((block = { work, from: i, citations: [] }));
      block.citations.push(work.citations[i]!);
    }
    return { n: p + 1, blocks };
  });
  return { pages, startPage };
}
