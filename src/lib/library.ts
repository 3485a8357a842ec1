/**
 * Reads the generated collections for the listing pages: documents in kind order (DOC_KINDS:
 * 法规, 文件, 报告, 讲话, 论文, 手册, 汇编), then manifest order, and totals for the home page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { docKindSchema } from '../schemas/toc';
import { joinNames, withNote } from './names';

/** The order kinds are listed in (the schema's order). */
export const KIND_ORDER = docKindSchema.options;
/** A document kind (src/schemas/doc-kinds.ts). */
export type Kind = (typeof KIND_ORDER)[number];

/** All documents, sorted by kind then manifest order. */
export async function getDocuments(): Promise<CollectionEntry<'documents'>[]> {
  const docs = await getCollection('documents');
  return docs.sort(
    (a: CollectionEntry<'documents'>, b: CollectionEntry<'documents'>) =>
      KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) || a.data.order - b.data.order,
  );
}

let pageData: Promise<Map<string, CollectionEntry<'pages'>['data']>> | undefined;

/**
 * Every reading page's data by leaf id, read once per build: `getCollection` walks every entry's
 * data again on each call, which a page rendered per concept must not repeat (×100: 1,900 entries
 * each time).
 */
export const readingPagesByLeaf = (): Promise<Map<string, CollectionEntry<'pages'>['data']>> =>
  (pageData ??= getCollection('pages').then(
    (pages: CollectionEntry<'pages'>[]) => new Map(pages.map((p: CollectionEntry<'pages'>) => [p.data.leafId, p.data])),
  ));

/** Documents grouped by kind, empty kinds left out. */
export function groupByKind<T extends { data: { kind: Kind } }>(docs: readonly T[]): { kind: Kind; docs: T[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, docs: docs.filter((d) => d.data.kind === kind) })).filter(
    (g) => g.docs.length > 0,
  );
}

/** `本书编写组` / `吴晓芳（宁夏银星能源股份有限公司）` / the institutions of a speech collection. */
export function bylineOf(d: CollectionEntry<'documents'>['data']): string {
  const who = d.authors.length > 0 ? joinNames(d.authors, d.authorIndexes) : joinNames(d.institutions);
  return d.affiliation ? withNote(who, d.affiliation) : who;
}
