/**
 * The knowledge-base stages' view of the corpus: every paragraph of every reading page, in reading
 * order, with its page URL, anchor URL and enclosing sections. Pure; used by concept occurrences,
 * term mining, see-also and cross-references.
 */
import type { Document, Mark, Paragraph, Section } from '../../model/document.js';
import { anchorUrl, readingUrl, type PageUrl } from '../../model/ids.js';
import { leavesOf, readableTitle } from '../../model/walk.js';

/** One paragraph in context. */
export interface Passage {
  root: Document;
  /** The reading page's document (a chapter, a speech, a paper). */
  leaf: Document;
  /** Enclosing sections, outermost first (empty before the first heading and in abstracts). */
  sections: Section[];
  paragraph: Paragraph;
  /** `front` for 摘要 / Abstract paragraphs. */
  area: 'front' | 'body';
  pageUrl: PageUrl;
  /** `…/ch03/#p-2-1-3` */
  url: PageUrl;
}

const computed = new WeakMap<readonly Document[], readonly Passage[]>();

/**
 * Every passage of the given roots, in reading order (deterministic). Listed once per roots array
 * (frozen): the knowledge stage and the concept data each ask for the whole corpus's passages.
 */
export function passagesOf(roots: readonly Document[]): readonly Passage[] {
  let out = computed.get(roots);
  if (!out) computed.set(roots, (out = Object.freeze(listPassages(roots))));
  return out;
}

function listPassages(roots: readonly Document[]): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    for (const leaf of leavesOf(root)) {
      const pageUrl = readingUrl(root.id, leaf.slug);
      // The English abstract may be both the leaf's `abstractEn` and its translation's abstract:
      // one anchor, one passage.
      const push = (paragraph: Paragraph, sections: Section[], area: Passage['area']) => {
        const url = anchorUrl(pageUrl, paragraph.id);
        if (seen.has(url)) return;
        seen.add(url);
        out.push({ root, leaf, sections, paragraph, area, pageUrl, url });
      };
      for (const p of leaf.front.abstract ?? []) push(p, [], 'front');
      for (const t of leaf.translations ?? [])
        for (const p of t.front.abstractEn ?? t.front.abstract ?? []) push(p, [], 'front');
      for (const p of leaf.front.abstractEn ?? []) push(p, [], 'front');
      for (const p of leaf.paragraphs) push(p, [], 'body');
      const walk = (s: Section, outer: Section[]) => {
        const path = [...outer, s];
        for (const p of s.paragraphs) push(p, path, 'body');
        for (const c of s.sections) walk(c, path);
      };
      for (const s of leaf.sections) walk(s, []);
    }
  }
  return out;
}

/** How often each concept is marked in some paragraphs: concept id → count, in first-seen order. */
export function conceptCounts(paragraphs: readonly { marks: readonly Mark[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs)
    for (const m of p.marks) if (m.kind === 'concept') counts.set(m.conceptId, (counts.get(m.conceptId) ?? 0) + 1);
  return counts;
}

/** The passage's text: run-in lead and text, without the list marker (`printedText` keeps it). */
export const passageText = (p: Paragraph): string => `${p.lead ?? ''}${p.text}`;

/** `第三章 › 一、… › 1.…` — where a passage sits, for concordance lines and reports. */
export const sectionPath = (sections: readonly Section[]): string =>
  sections
    .map((s) => `${s.numbering}${s.numbering && !/[、.．]$/.test(s.numbering) ? ' ' : ''}${readableTitle(s)}`)
    .join(' › ');
