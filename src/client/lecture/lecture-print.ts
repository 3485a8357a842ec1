/**
 * The print view of a lecture (A4, no site chrome): title, the user's headings (a new page before
 * each level-1 heading but the first), every item quoted with its reference number and citation on
 * the page, notes set apart, and the numbered reference list. Built from the same `LectureExport`
 * the exporters get, with text nodes only: nothing the user typed is parsed as markup.
 */
import { lectureUi } from '../../i18n/lecture.zh-CN';
import type { LectureExport, LectureItem } from '../../lib/lecture/export-model';
import { citationOf, referenceList } from '../../lib/lecture/references';

const t = lectureUi.page;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The quoted text of an item: its paragraphs, with the title of a section, case or concept first. */
function body(item: LectureItem): HTMLElement {
  const quote = el('blockquote', `lp-quote lp-quote--${item.kind}`);
  const title = item.kind === 'passage' ? '' : item.kind === 'concept' ? item.term : item.kind === 'case' && item.place ? `${item.place}：${item.title}` : item.title;
  if (title) quote.append(el('p', 'lp-quote__title', title));
  const paragraphs = item.kind === 'passage' ? [item.text] : item.kind === 'concept' ? [item.definition] : item.paragraphs;
  for (const p of paragraphs) quote.append(el('p', '', p));
  if (item.kind === 'case' && item.figures.length) quote.append(el('p', 'lp-quote__figures', `${t.figures}：${item.figures.join('；')}`));
  if (item.kind === 'case' && item.source) quote.append(el('p', 'lp-quote__source', `（${lectureUi.page.source}：${item.source}）`));
  return quote;
}

/** Replace `root`'s content with the print view of `l`. */
export function renderPrint(root: HTMLElement, l: LectureExport): void {
  const { list, numbers } = referenceList(l);
  root.replaceChildren(el('h1', 'lp-title', l.title || t.untitled));
  let index = 0;
  let firstPart = true;
  for (const part of l.parts) {
    if (part.heading) {
      const level = part.level ?? 1;
      const h = el(level === 1 ? 'h2' : 'h3', `lp-heading lp-heading--l${level}${level === 1 && !firstPart ? ' lp-heading--break' : ''}`, part.heading);
      root.append(h);
      if (level === 1) firstPart = false;
    }
    for (const item of part.items) {
      const n = numbers[index++]!;
      const figure = el('figure', 'lp-item');
      figure.append(body(item));
      const caption = el('figcaption', 'lp-cite');
      caption.textContent = n ? `[${n}] ${citationOf(item, l.date)}` : item.url;
      figure.append(caption);
      if (item.changed) figure.append(el('p', 'lp-changed', t.changed));
      if (item.note) figure.append(el('p', 'lp-note', `${t.note}：${item.note}`));
      root.append(figure);
    }
  }
  if (list.length) {
    root.append(el('h2', 'lp-heading lp-heading--refs', t.references));
    const ol = el('ol', 'lp-refs');
    for (const c of list) ol.append(el('li', '', c));
    root.append(ol);
  }
}
