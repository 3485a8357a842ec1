/**
 * Mark every occurrence of a search term inside one element (the paragraph a result linked to),
 * even when the term spans several text nodes (a concept link, a redaction). Kept tiny: it ships
 * on reading pages, whose JavaScript budget is small.
 */

/** Wrap each occurrence of `term` (case-insensitive) in `<mark class="search-hit">`; returns the first. */
export function markTarget(root: Element, term: string): HTMLElement | undefined {
  const needle = term.toLowerCase();
  if (!needle) return undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes
    .map((n) => n.data)
    .join('')
    .toLowerCase();
  const hits: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) hits.push(i);
  let first: HTMLElement | undefined;
  // Walk backwards so wrapping a piece never shifts the offsets still to be wrapped.
  for (const start of hits.reverse()) {
    const end = start + needle.length;
    let at = 0;
    const pieces: [Text, number, number][] = [];
    for (const n of nodes) {
      const s = Math.max(start, at);
      const e = Math.min(end, at + n.data.length);
      if (s < e) pieces.push([n, s - at, e - at]);
      at += n.data.length;
    }
    for (const [n, s, e] of pieces.reverse()) {
      const range = document.createRange();
      range.setStart(n, s);
      range.setEnd(n, e);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
      first = mark;
    }
  }
  return first;
}
