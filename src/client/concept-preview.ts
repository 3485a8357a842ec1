/**
 * Definition preview for concept links (`a.term[href^="/concepts/"]`): on hover or keyboard focus
 * a small box shows the term and its definition (loaded once from /data/concept-previews.json).
 * Without JavaScript the link simply leads to the concept page. Escape closes the box.
 */
import { conceptPreviewsUrl } from '../../scripts/model/urls.js';

import { recordOf, type Shaped } from './json-shape';

/** One entry of the previews file (src/pages/data/concept-previews.json.ts). */
const PREVIEW = { term: 'string', definition: 'string', category: 'string' } as const;
type Preview = Shaped<typeof PREVIEW>;

let previews: Promise<Record<string, Preview>> | undefined;
/** The previews, or none when the file is missing or not of that shape (the links still work). */
const load = (): Promise<Record<string, Preview>> =>
  (previews ??= fetch(conceptPreviewsUrl())
    .then(async (r) => (r.ok ? (recordOf(await r.json(), PREVIEW) ?? {}) : {}))
    .catch(() => ({})));

const box = document.createElement('div');
box.id = 'concept-preview';
box.className = 'concept-preview';
box.setAttribute('role', 'tooltip');
box.hidden = true;
let current: HTMLAnchorElement | undefined;

const idOf = (a: HTMLAnchorElement) =>
  a.dataset.concept ?? /\/concepts\/([a-z0-9-]+)\//.exec(a.getAttribute('href') ?? '')?.[1];

function hide() {
  box.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

async function show(a: HTMLAnchorElement) {
  const id = idOf(a);
  if (!id) return;
  current = a;
  const p = (await load())[id];
  if (!p || current !== a) return;
  box.replaceChildren();
  const head = document.createElement('strong');
  head.textContent = p.term;
  const cat = document.createElement('span');
  cat.className = 'concept-preview__cat';
  cat.textContent = p.category;
  const def = document.createElement('p');
  def.textContent = p.definition;
  box.append(head, cat, def);
  if (!box.isConnected) document.body.append(box);
  const r = a.getBoundingClientRect();
  box.hidden = false;
  const width = Math.min(320, window.innerWidth - 16);
  box.style.width = `${width}px`;
  box.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
  box.style.top = `${r.bottom + window.scrollY + 6}px`;
  a.setAttribute('aria-describedby', box.id);
}

const termOf = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.term') : null);

// Show after a short pause, so passing over a term, or clicking it (which focuses it), does not
// start a request the navigation would only abort.
let timer: number | undefined;
const later = (a: HTMLAnchorElement) => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void show(a), 250);
};
const cancel = () => window.clearTimeout(timer);

document.addEventListener('pointerover', (e) => {
  const a = termOf(e);
  if (a && a !== current) later(a);
});
document.addEventListener('pointerout', (e) => {
  const a = termOf(e);
  if (a && !(e.relatedTarget instanceof Node && a.contains(e.relatedTarget))) {
    cancel();
    hide();
  }
});
document.addEventListener('pointerdown', cancel);
document.addEventListener('focusin', (e) => {
  const a = termOf(e);
  if (a) later(a);
  else {
    cancel();
    hide();
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    cancel();
    hide();
  }
});
