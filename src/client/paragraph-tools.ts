/**
 * Progressive enhancement for reading pages: the ¶ link of a paragraph opens a small menu that
 * copies the paragraph's URL or a GB/T 7714 citation, or adds it to the lecture basket; on a phone the TOC folds itself away.
 * Without JS the ¶ is a plain link to the paragraph, and the TOC is an open <details>.
 */
import { lectureUi, ui } from '../i18n/zh-CN';
import { formatCitation } from '../lib/citation';
import { citeDataFor, today } from './page-cite';
import { markCollected } from './lecture/collected';

const article = document.querySelector<HTMLElement>('.reading-article');
const status = document.querySelector<HTMLElement>('.para-status');
const toc = document.querySelector<HTMLDetailsElement>('.reading-toc');
if (toc && !window.matchMedia('(min-width: 64em)').matches) toc.open = false;

/** Citation of one paragraph. */
const citationFor = (para: Element, url: string): string =>
  formatCitation({ ...citeDataFor(article!, para), url, accessed: today() });

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure origin, permissions): fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function announce(message: string): void {
  if (status) status.textContent = message;
}

/** The one menu, moved to whichever paragraph's ¶ was clicked. */
const menu = document.createElement('span');
menu.className = 'para-menu';
menu.setAttribute('role', 'group');
menu.setAttribute('aria-label', ui.para.menuLabel);
for (const [action, label] of [
  ['link', ui.para.copyLink],
  ['cite', ui.para.copyCitation],
] as const) {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = action;
  button.textContent = label;
  menu.append(button);
}
// 加入备课: handled by the lecture collect script (src/client/lecture/lecture-collect.ts) on every page.
const collect = document.createElement('button');
collect.type = 'button';
collect.dataset.lectureAdd = '';
collect.textContent = lectureUi.add;
menu.append(collect);

menu.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest('button');
  const para = menu.parentElement;
  if (!button?.dataset.action || !para) return;
  const url = `${location.origin}${location.pathname}#${para.id}`;
  const ok = await copy(button.dataset.action === 'cite' ? citationFor(para, url) : url);
  announce(ok ? ui.para.copied : ui.para.copyFailed);
  button.classList.toggle('is-done', ok);
});

article?.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest<HTMLAnchorElement>('a.pilcrow');
  if (!anchor) return;
  event.preventDefault();
  const para = anchor.parentElement;
  if (!para) return;
  // Keep the address bar pointing at the paragraph, without jumping the page.
  history.replaceState(null, '', `#${para.id}`);
  document.querySelector('.para--current')?.classList.remove('para--current');
  para.classList.add('para--current');
  for (const b of menu.querySelectorAll('button')) b.classList.remove('is-done');
  collect.dataset.lectureUrl = `${location.pathname}#${para.id}`;
  // The one control now stands for this paragraph: ✓ only if this one is in the basket.
  markCollected([collect]);
  if (menu.parentElement === para) menu.remove();
  else para.append(menu);
});
