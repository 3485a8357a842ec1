/**
 * What `data/corpus.json` says one reading page holds: its paragraphs and sections, found by
 * their `url` (`/library/<root>/<slug>/#p-…`), so the check does not depend on how documents nest.
 */

/** A paragraph or section of corpus.json, with the fields the gates compare. */
export interface CorpusItem {
  id: string;
  url: string;
  /** Paragraph text (after marker and lead). */
  text?: string;
  marker?: string;
  lead?: string;
  /** Section heading. */
  title?: string;
  numbering?: string;
  marks?: { kind: string; start: number; end: number }[];
}

/** Call `fn` on every object in a JSON tree (corpus.json), parents before their contents. */
export function forEachObject(node: unknown, fn: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const x of node) forEachObject(x, fn);
  else if (node && typeof node === 'object') {
    fn(node as Record<string, unknown>);
    for (const v of Object.values(node)) forEachObject(v, fn);
  }
}

/** Everything in corpus.json whose `url` is an anchor on `pageUrl`: `{ paragraphs, sections }`. */
export function corpusItemsOnPage(
  corpus: unknown,
  pageUrl: string,
): { paragraphs: CorpusItem[]; sections: CorpusItem[] } {
  const paragraphs = new Map<string, CorpusItem>();
  const sections = new Map<string, CorpusItem>();
  const prefix = `${pageUrl}#`;
  forEachObject(corpus, (o) => {
    if (typeof o.url === 'string' && o.url.startsWith(prefix) && typeof o.id === 'string') {
      if (typeof o.text === 'string') paragraphs.set(o.id, o as unknown as CorpusItem);
      else if (typeof o.title === 'string') sections.set(o.id, o as unknown as CorpusItem);
    }
  });
  return { paragraphs: [...paragraphs.values()], sections: [...sections.values()] };
}

/**
 * The runs of a paragraph's text a reader must see: the text cut at redactions (shown as grey
 * boxes, not as text), whitespace removed. `常态化x制度化` with `x` redacted → `['常态化', '制度化']`.
 */
export function visibleRuns(item: CorpusItem): string[] {
  const text = item.text ?? '';
  const cuts = (item.marks ?? []).filter((m) => m.kind === 'redaction').sort((a, b) => a.start - b.start);
  const runs: string[] = [];
  let at = 0;
  for (const m of cuts) {
    runs.push(text.slice(at, m.start));
    at = m.end;
  }
  runs.push(text.slice(at));
  return runs.map((r) => r.replace(/\s+/g, '')).filter(Boolean);
}
