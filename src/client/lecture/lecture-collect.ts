/**
 * 「加入备课」 on every page, and the header badge that counts what is collected. Loaded by the
 * header (LectureBadge.astro) on every page, so it stays small and never loads zod or the
 * exporters: the quick check of storage.ts guards every write, and a value it cannot read is left
 * untouched for the basket page to report.
 *
 * Every control is a `<button data-lecture-add>`; one listener handles them all. The item comes
 * from `data-lecture-url` (a paragraph, section, case or concept page), read from this page or
 * fetched from the site, or from the page itself (case and concept pages carry their item as JSON).
 * Controls that exist only with JavaScript are added here (section headings, case boxes,
 * concordance lines); server-rendered ones are `hidden` until this script shows them.
 */
import { lectureUi as t } from '../../i18n/lecture.zh-CN';
import { addItems, emptyState, itemCount, currentBasket } from '../../lib/lecture/basket';
import { readQuick, readStored, storageKey, writeStored } from '../../lib/lecture/storage';
import { caseUrl } from '../../../scripts/model/ids';
import { fetchPage, itemAt } from './lecture-extract';
import { markCollected } from './collected';
export { collectControl } from './lecture-control';
import type { LectureItem } from '../../lib/lecture/export-model';

/** The same control as an element. */
function collectButton(url: string, label: string, className = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `lecture-add ${className}`.trim();
  b.dataset.lectureAdd = '';
  b.dataset.lectureUi = '';
  b.dataset.lectureUrl = url;
  b.textContent = label;
  return b;
}

const badge = document.querySelector<HTMLAnchorElement>('.lecture-badge');
const status = document.querySelector<HTMLElement>('.lecture-status');

/** Show the collected count in the header (a `!` when the stored value needs the basket page). */
export function updateBadge(): void {
  if (!badge) return;
  const count = badge.querySelector<HTMLElement>('.lecture-badge__count');
  const loaded = readQuick(readStored());
  const n = loaded.ok && loaded.state ? itemCount(currentBasket(loaded.state)) : 0;
  if (!count) return;
  count.hidden = loaded.ok && n === 0;
  // The visible count, then words for screen readers (the link's name must start with what it shows).
  const words = document.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = loaded.ok ? t.badgeItems : t.badgeBroken;
  count.replaceChildren(loaded.ok ? String(n) : '!', words);
}

function announce(message: string): void {
  if (!status) return;
  // Re-set so the same message is read again after a second click.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => (status.textContent = ''), 6000));
}

/** The item a control stands for: from this page when the URL points here, else fetched. */
async function itemFor(button: HTMLElement): Promise<LectureItem | undefined> {
  const url = new URL(button.dataset.lectureUrl ?? location.pathname, location.href);
  const doc = url.pathname === location.pathname ? document : await fetchPage(url.pathname);
  return doc && itemAt(doc, `${url.pathname}${url.hash}`);
}

/** Add one item to the open basket; returns the message to announce. */
export function collect(items: readonly LectureItem[]): { message: string; ok: boolean } {
  const loaded = readQuick(readStored());
  if (!loaded.ok) return { message: t.storeBroken, ok: false };
  const state = loaded.state ?? emptyState(t.defaultName);
  const { state: next, added } = addItems(state, items);
  const n = itemCount(currentBasket(next));
  if (added === 0) return { message: t.already(n), ok: true };
  if (!writeStored(next)) return { message: t.storeFull, ok: false };
  updateBadge();
  return { message: t.addedStatus(n), ok: true };
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-lecture-add]');
  if (!button) return;
  const item = await itemFor(button).catch(() => undefined);
  const result = item ? collect([item]) : { message: t.addFailed, ok: false };
  if (result.ok) button.dataset.lectureState = 'added';
  announce(result.message);
});

/** Add the controls that only make sense with JavaScript. */
function addControls(): void {
  const article = document.querySelector('.reading-article');
  // Section headings: the button sits inside the heading, its label in CSS, so the heading's text stays the heading's.
  for (const h of article?.querySelectorAll<HTMLElement>(
    'h2[id^="s-"], h3[id^="s-"], h4[id^="s-"], h5[id^="s-"], h6[id^="s-"]',
  ) ?? []) {
    const b = collectButton(`${location.pathname}#${h.id}`, '', 'lecture-add--section');
    b.setAttribute('aria-label', `${t.addSection}：${h.textContent?.trim() ?? ''}`);
    h.append(b);
  }
  for (const box of article?.querySelectorAll<HTMLElement>('aside.case-study[data-case]') ?? []) {
    box.prepend(collectButton(caseUrl(box.dataset.case!), t.addCase, 'lecture-add--case'));
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-concordance]')) {
    const b = collectButton(a.getAttribute('href')!, t.add, 'lecture-add--line');
    a.after(b);
  }
  for (const b of document.querySelectorAll<HTMLElement>('[data-lecture-add][hidden]')) b.hidden = false;
  markCollected(document.querySelectorAll<HTMLElement>('[data-lecture-add]'));
}

addControls();
updateBadge();
window.addEventListener('storage', (e) => {
  if (e.key === storageKey() || e.key === null) updateBadge();
});
if (document.querySelector('[data-lecture-pack]'))
  void import('./lecture-pack').then((m) => m.enablePacks(announce, updateBadge));
