/**
 * Progressive enhancement for reading pages: the ¶ link of a paragraph opens a small menu that
 * copies the paragraph's URL or a GB/T 7714 citation; on a phone the TOC folds itself away.
 * Without JS the ¶ is a plain link to the paragraph, and the TOC is an open <details>.
 */
import { ui } from '../i18n/zh-CN';
import { formatCitation, type CitationInput } from '../lib/citation';

type PageCite = Omit<CitationInput, 'url' | 'accessed' | 'section'> & { page: string };

const article = document.querySelector<HTMLElement>('.reading-article');
const status = document.querySelector<HTMLElement>('.para-status');
const toc = document.querySelector<HTMLDetailsElement>('.reading-toc');
if (toc && !window.matchMedia('(min-width: 64em)').matches) toc.open = false;

/** Today as YYYY-MM-DD in local time (the reader's access date). */
const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The heading a paragraph sits under (the last heading before it in document order). */
function headingBefore(el: Element): string {
  let heading: Element | undefined;
  for (const h of article?.querySelectorAll('h2, h3, h4, h5, h6') ?? []) {
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) heading = h;
  }
  if (!heading) return '';
  const text = heading.textContent ?? '';
  // `1.1 目标一致性`: a space after numbering that does not end in its own pause mark (`一、`).
  const numbering = heading.querySelector('.numbering');
  const open = numbering && !numbering.classList.contains('numbering--closed') ? numbering.textContent : '';
  return (open ? text.replace(open, `${open} `) : text).trim();
}

/** Citation of one paragraph. */
function citationFor(para: Element, url: string): string {
  const cite = JSON.parse(article?.dataset.cite ?? '{}') as PageCite;
  // An article of a regulation is cited by its number (党章第十条), not by its chapter heading.
  const articleNo = (para as HTMLElement).dataset.article;
  const section = [cite.page, articleNo ?? headingBefore(para)].filter(Boolean).join(' ');
  return formatCitation({ ...cite, section: section || undefined, url, accessed: today() });
}

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
menu.dataset.pagefindIgnore = '';
for (const [action, label] of [['link', ui.para.copyLink], ['cite', ui.para.copyCitation]] as const) {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = action;
  button.textContent = label;
  menu.append(button);
}

menu.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest('button');
  const para = menu.parentElement;
  if (!button || !para) return;
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
  if (menu.parentElement === para) menu.remove();
  else para.append(menu);
});
