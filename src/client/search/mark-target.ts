/**
 * Mark every occurrence of a search term inside one element (the paragraph a result linked to),
 * even when the term spans several text nodes (a concept link, a redaction). Kept tiny: it ships
 * on reading pages, whose JavaScript budget is small.
 */

import { findReadThrough, readThrough } from './text.js';

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
  // Read through quotation and title marks, as the search does (`两学一做学习` marks `两学一做”学习`).
  const hits: [number, number][] = [];
  for (const hit of findReadThrough(readThrough(text), needle))
    if (hits.length === 0 || hit[0] >= hits.at(-1)![1]) hits.push(hit);
  let first: HTMLElement | undefined;
  // Walk backwards so wrapping a piece never shifts the offsets still to be wrapped.
  for (const [start, end] of hits.reverse()) {
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
