/**
 * The print view of a lecture (A4, no site chrome): title, the user's headings (a new page before
 * each level-1 heading but the first), every item quoted with its source line and reference number
 * on the page, notes set apart, and the numbered GB/T 7714 reference list. Laid out by the same
 * `layoutLecture` the Word, slides and Markdown exports use, and built with text nodes only:
 * nothing the user typed is parsed as markup.
 */
import { lectureExportUi as t } from '../../i18n/lecture-export.zh-CN';
import { lectureUi } from '../../i18n/lecture.zh-CN';
import type { LectureExport } from '../../lib/lecture/export-model';
import { citedLine, layoutLecture, type LectureBlock } from '../../lib/lecture/layout';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** One quotation with its source line, 原文已变更 mark and note. */
function block(b: LectureBlock): HTMLElement {
  const figure = el('figure', `lp-item lp-item--${b.kind}`);
  const quote = el('blockquote', 'lp-quote');
  if (b.title) quote.append(el('p', 'lp-quote__title', b.title));
  for (const p of b.paragraphs) quote.append(el('p', '', p));
  if (b.figures.length) quote.append(el('p', 'lp-quote__figures', `${t.figures}：${b.figures.join('；')}`));
  figure.append(quote, el('figcaption', 'lp-cite', citedLine(b)));
  if (b.changed) figure.append(el('p', 'lp-changed', t.changed));
  if (b.note) figure.append(el('p', 'lp-note', `${t.note}：${b.note}`));
  return figure;
}

/** Replace `root`'s content with the print view of `l`. */
export function renderPrint(root: HTMLElement, l: LectureExport): void {
  const layout = layoutLecture(l);
  root.replaceChildren(el('h1', 'lp-title', layout.title || lectureUi.page.untitled));
  let firstPart = true;
  layout.parts.forEach((part) => {
    if (part.heading) {
      const { level } = part;
      const breaks = level === 1 && !firstPart ? ' lp-heading--break' : '';
      root.append(el(level === 1 ? 'h2' : 'h3', `lp-heading lp-heading--l${level}${breaks}`, part.heading));
      if (level === 1) firstPart = false;
    }
    root.append(...part.blocks.map(block));
  });
  if (layout.references.length) {
    root.append(el('h2', 'lp-heading lp-heading--refs', t.references));
    const ol = el('ol', 'lp-refs');
    ol.append(...layout.references.map((r) => el('li', '', r)));
    root.append(ol);
  }
}
