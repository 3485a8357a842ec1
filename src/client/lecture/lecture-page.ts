/**
 * The /lecture/ page (备课篮): reads the stored baskets (checked with zod; a value it cannot read
 * is reported with what to do, and left untouched), shows the open basket's entries and lets the
 * user reorder them (drag and drop, or 上移 / 下移 from the keyboard), type headings, write notes,
 * remove with undo, start the outline, switch / create / rename / delete baskets, print, save and
 * load basket files, and export (the exporters load only when asked for). Every change goes
 * through the pure functions of src/lib/lecture/basket.ts and is saved at once.
 *
 * Everything the user typed is set as text (textContent, input values), never as markup.
 */
import { lectureUi } from '../../i18n/lecture.zh-CN';
import {
  addHeading,
  createBasket,
  currentBasket,
  deleteBasket,
  editHeading,
  emptyState,
  importBasket,
  itemCount,
  markChanged,
  moveBefore,
  moveEntry,
  removeEntry,
  renameBasket,
  restoreEntry,
  setNote,
  startOutline,
  switchBasket,
  toLectureExport,
  type Entry,
  type ItemEntry,
  type LectureState,
  type Removed,
} from '../../lib/lecture/basket';
import type { LectureExport, LectureItem } from '../../lib/lecture/export-model';
import { referenceOf } from '../../lib/lecture/reference-list';
import { basketFile, parseBasketFile, parseState } from '../../lib/lecture/schema';
import { readStored, storageKey, writeStored } from '../../lib/lecture/storage';
import { caseName } from '../../lib/names';
import { today } from '../page-cite';
import { updateBadge } from './lecture-collect';
import { fetchPage, itemAt } from './lecture-extract';
import { renderPrint } from './lecture-print';

const t = lectureUi.page;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const app = $('lecture-app');
const problemBox = $('lecture-problem');
const list = $<HTMLOListElement>('lecture-list');
const select = $<HTMLSelectElement>('lecture-select');
const nameInput = $<HTMLInputElement>('lecture-name');
const live = $('lecture-live');
const printView = $('lecture-print');

let state: LectureState = emptyState(lectureUi.defaultName);
let lastRemoved: Removed | undefined;

// ── state and storage ──

function save(): void {
  if (!writeStored(state)) say(t.saveFailed);
  updateBadge();
}

/** Apply a change, save it, and show the result. */
function change(next: LectureState, focus?: { id: string; action: string }): void {
  state = next;
  save();
  render(focus);
}

/** Read the stored value; a value that cannot be read shows the problem box instead of the basket. */
function load(): boolean {
  const raw = readStored();
  const loaded = parseState(raw);
  if (!loaded.ok) {
    app.hidden = true;
    problemBox.hidden = false;
    $('lecture-problem-message').textContent = t.problem[loaded.problem];
    $('lecture-problem-detail').textContent = `${t.problemDetail}${loaded.detail}`;
    return false;
  }
  problemBox.hidden = true;
  app.hidden = false;
  state = loaded.state ?? emptyState(lectureUi.defaultName);
  return true;
}

// ── messages ──

/** A status message, with an 撤销 button when `undo` is given. */
function say(message: string, undo?: () => void): void {
  live.replaceChildren(document.createTextNode(message));
  if (!undo) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.textContent = t.undo;
  button.addEventListener('click', () => {
    undo();
    live.replaceChildren();
  });
  live.append(' ', button);
  button.focus();
}

// ── rendering ──

/** Short name of an entry, for messages and labels. */
function nameOf(e: Entry): string {
  if (e.type === 'heading') return e.text;
  const i = e.item;
  const name = i.kind === 'passage' ? i.text : i.kind === 'concept' ? i.term : i.title;
  return name.length > 24 ? `${name.slice(0, 24)}…` : name;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(action: string, label: string, className = 'lecture-action'): HTMLButtonElement {
  const b = el('button', className, label);
  b.type = 'button';
  b.dataset.action = action;
  return b;
}

/** The move / remove buttons and the drag handle of one entry. */
function controls(e: Entry, index: number, total: number): HTMLElement {
  const box = el('div', 'lecture-controls');
  const handle = el('span', 'lecture-drag', '⠿');
  handle.draggable = true;
  handle.title = t.drag;
  handle.setAttribute('aria-hidden', 'true');
  const up = button('up', t.moveUp);
  up.disabled = index === 0;
  const down = button('down', t.moveDown);
  down.disabled = index === total - 1;
  box.append(handle, up, down, button('remove', t.remove));
  for (const b of box.querySelectorAll('button')) b.setAttribute('aria-describedby', `lecture-name-${e.id}`);
  return box;
}

/** The text shown for an item: the passage, or a section's / case's paragraphs, or a concept's definition. */
function itemBody(item: LectureItem): HTMLElement {
  const box = el('div', 'lecture-item__text');
  // Sections and cases can be long: their text scrolls in a box, which the keyboard can reach.
  if (item.kind === 'section' || item.kind === 'case') box.tabIndex = 0;
  const paragraphs =
    item.kind === 'passage' ? [item.text] : item.kind === 'concept' ? [item.definition] : item.paragraphs;
  for (const p of paragraphs) box.append(el('p', '', p));
  if (item.kind === 'case' && item.figures.length)
    box.append(el('p', 'lecture-item__figures', `${t.figures}：${item.figures.join('；')}`));
  return box;
}

function renderHeading(e: Extract<Entry, { type: 'heading' }>, index: number, total: number): HTMLLIElement {
  const li = el('li', `lecture-entry lecture-entry--heading lecture-entry--l${e.level}`);
  li.dataset.id = e.id;
  const row = el('div', 'lecture-heading');
  const input = el('input', 'lecture-heading__text');
  input.type = 'text';
  input.value = e.text;
  input.id = `lecture-name-${e.id}`;
  input.setAttribute('aria-label', t.headingEdit(e.text));
  input.dataset.action = 'heading-text';
  const level = el('select', 'lecture-heading__level');
  level.setAttribute('aria-label', `${t.headingLevel}：${e.text}`);
  level.dataset.action = 'heading-level';
  for (const [value, label] of [
    ['1', t.level1],
    ['2', t.level2],
  ] as const) {
    const o = el('option', '', label);
    o.value = value;
    o.selected = String(e.level) === value;
    level.append(o);
  }
  row.append(input, level);
  li.append(row, controls(e, index, total));
  return li;
}

function renderItem(e: ItemEntry, index: number, total: number, date: string): HTMLLIElement {
  const { item } = e;
  const li = el('li', `lecture-entry lecture-entry--item lecture-entry--${item.kind}`);
  li.dataset.id = e.id;
  const head = el('p', 'lecture-item__head');
  head.append(el('span', 'lecture-kind', lectureUi.kinds[item.kind]));
  const title =
    item.kind === 'passage'
      ? ''
      : item.kind === 'concept'
        ? item.term
        : item.kind === 'case'
          ? caseName(item)
          : item.title;
  const name = el('span', 'lecture-item__title', title);
  name.id = `lecture-name-${e.id}`;
  if (!title) name.append(el('span', 'visually-hidden', nameOf(e)));
  head.append(name);
  if (item.changed) {
    const mark = el('span', 'lecture-changed', t.changed);
    mark.title = t.changedHint;
    head.append(mark);
  }
  li.append(head, itemBody(item));
  const source = el('p', 'lecture-item__source');
  const where =
    item.kind === 'passage' || item.kind === 'section'
      ? item.where
      : item.kind === 'concept'
        ? (item.definitionSource ?? '')
        : (item.source ?? '');
  if (where) source.append(el('span', 'lecture-where', where), ' ');
  const link = el('a', '', t.source);
  link.href = item.url;
  source.append(link);
  const cite = referenceOf({ ...item, url: new URL(item.url, location.origin).href }, date);
  if (cite) source.append(el('span', 'lecture-cite', cite));
  li.append(source);
  const noteId = `lecture-note-${index}`;
  const label = el('label', 'lecture-note__label', t.note);
  label.htmlFor = noteId;
  const note = el('textarea', 'lecture-note');
  note.id = noteId;
  note.rows = 2;
  note.value = item.note ?? '';
  note.dataset.action = 'note';
  li.append(el('div', 'lecture-note-box'));
  li.lastElementChild!.append(label, note);
  li.append(controls(e, index, total));
  return li;
}

/** Redraw the basket; `focus` puts the keyboard back on the button the user pressed. */
function render(focus?: { id: string; action: string }): void {
  const basket = currentBasket(state);
  select.replaceChildren(
    ...state.baskets.map((b) => {
      const o = el('option', '', `${b.name || t.untitled}（${itemCount(b)}）`);
      o.value = b.id;
      o.selected = b.id === basket.id;
      return o;
    }),
  );
  if (document.activeElement !== nameInput) nameInput.value = basket.name;
  const date = today();
  const total = basket.entries.length;
  list.replaceChildren(
    ...basket.entries.map((e, i) =>
      e.type === 'heading' ? renderHeading(e, i, total) : renderItem(e, i, total, date),
    ),
  );
  $('lecture-empty').hidden = total > 0;
  $('lecture-count').textContent = t.count(itemCount(basket));
  renderPrint(printView, lecture());
  if (focus) {
    const target = list.querySelector<HTMLElement>(
      `li[data-id="${CSS.escape(focus.id)}"] [data-action="${focus.action}"]`,
    );
    (target && !(target as HTMLButtonElement).disabled
      ? target
      : list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(focus.id)}"] [data-action]`)
    )?.focus();
  }
}

/** The open basket as the exporters' data. */
const lecture = (): LectureExport => toLectureExport(currentBasket(state), location.origin, today());

// ── the list: buttons, headings, notes ──

list.addEventListener('click', (event) => {
  const b = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
  const id = b?.closest<HTMLElement>('li[data-id]')?.dataset.id;
  if (!b || !id) return;
  const entries = currentBasket(state).entries;
  if (b.dataset.action === 'up' || b.dataset.action === 'down') {
    change(moveEntry(state, id, b.dataset.action === 'up' ? -1 : 1), { id, action: b.dataset.action });
    const now = currentBasket(state).entries;
    const at = now.findIndex((e) => e.id === id);
    say(t.moved(nameOf(now[at]!), at + 1, now.length));
  } else if (b.dataset.action === 'remove') {
    const index = entries.findIndex((e) => e.id === id);
    const { state: next, removed } = removeEntry(state, id);
    if (!removed) return;
    lastRemoved = removed;
    const neighbour = entries[index + 1] ?? entries[index - 1];
    change(next, neighbour && { id: neighbour.id, action: 'remove' });
    say(t.removed(nameOf(removed.entry)), () => {
      if (lastRemoved) change(restoreEntry(state, lastRemoved), { id: lastRemoved.entry.id, action: 'remove' });
      lastRemoved = undefined;
    });
  }
});

list.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  const id = target.closest<HTMLElement>('li[data-id]')?.dataset.id;
  if (!id) return;
  if (target.dataset.action === 'heading-text' && target.value.trim())
    change(editHeading(state, id, { text: target.value }), { id, action: 'heading-text' });
  if (target.dataset.action === 'heading-level')
    change(editHeading(state, id, { level: target.value === '2' ? 2 : 1 }), { id, action: 'heading-level' });
});

// Notes are saved as they are typed (no redraw, so the caret stays where it is).
list.addEventListener('input', (event) => {
  const target = event.target as HTMLTextAreaElement;
  const id = target.closest<HTMLElement>('li[data-id]')?.dataset.id;
  if (target.dataset.action !== 'note' || !id) return;
  state = setNote(state, id, target.value);
  save();
  renderPrint(printView, lecture());
});

// ── drag and drop (the handle); the keyboard way is 上移 / 下移 ──

let dragged: string | undefined;
list.addEventListener('dragstart', (event) => {
  const li = (event.target as Element).closest<HTMLElement>('li[data-id]');
  if (!li || !event.dataTransfer) return;
  dragged = li.dataset.id;
  event.dataTransfer.effectAllowed = 'move';
  event.dataTransfer.setData('text/plain', dragged ?? '');
  li.classList.add('is-dragging');
});
list.addEventListener('dragover', (event) => {
  if (!dragged) return;
  event.preventDefault();
  const li = (event.target as Element).closest<HTMLElement>('li[data-id]');
  for (const x of list.querySelectorAll('.is-drop-before, .is-drop-after'))
    x.classList.remove('is-drop-before', 'is-drop-after');
  if (!li) return;
  const r = li.getBoundingClientRect();
  li.classList.add(event.clientY < r.top + r.height / 2 ? 'is-drop-before' : 'is-drop-after');
});
list.addEventListener('drop', (event) => {
  event.preventDefault();
  const li = (event.target as Element).closest<HTMLElement>('li[data-id]');
  const id = dragged;
  dragged = undefined;
  if (!li || !id) return render();
  const r = li.getBoundingClientRect();
  const before =
    event.clientY < r.top + r.height / 2 ? li.dataset.id : (li.nextElementSibling as HTMLElement | null)?.dataset.id;
  change(moveBefore(state, id, before));
  const now = currentBasket(state).entries;
  const at = now.findIndex((e) => e.id === id);
  if (at >= 0) say(t.moved(nameOf(now[at]!), at + 1, now.length));
});
list.addEventListener('dragend', () => {
  dragged = undefined;
  for (const x of list.querySelectorAll('.is-dragging, .is-drop-before, .is-drop-after'))
    x.classList.remove('is-dragging', 'is-drop-before', 'is-drop-after');
});

// ── baskets, headings, outline ──

select.addEventListener('change', () => change(switchBasket(state, select.value)));
nameInput.addEventListener('change', () => change(renameBasket(state, nameInput.value)));
$<HTMLFormElement>('lecture-new-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>('lecture-new-name');
  if (!input.value.trim()) return;
  change(createBasket(state, input.value));
  input.value = '';
  nameInput.focus();
});
$('lecture-delete').addEventListener('click', () => {
  if (!confirm(t.confirmDelete(currentBasket(state).name || t.untitled))) return;
  change(deleteBasket(state, lectureUi.defaultName));
  select.focus();
});
$<HTMLFormElement>('lecture-heading-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>('lecture-heading-text');
  if (!input.value.trim()) return;
  change(addHeading(state, input.value, $<HTMLSelectElement>('lecture-heading-level').value === '2' ? 2 : 1));
  input.value = '';
});
$('lecture-outline').addEventListener('click', () => change(startOutline(state, t.outlineParts)));

// ── print, files, exports ──

function download(blob: Blob, file: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A file name from the lecture title (characters Windows refuses replaced). */
const fileName = (ext: string): string =>
  `${(currentBasket(state).name || t.untitled).replace(/[\\/:*?"<>|]/g, '_')}.${ext}`;

const preview = $<HTMLButtonElement>('lecture-print-preview');
preview.addEventListener('click', () => {
  const on = document.body.classList.toggle('is-print-preview');
  preview.setAttribute('aria-pressed', String(on));
  preview.textContent = on ? t.closePreview : t.printPreview;
});
$('lecture-print-now').addEventListener('click', () => {
  renderPrint(printView, lecture());
  window.print();
});

/**
 * The exporters, loaded only when asked for (docx and pptxgenjs are large): each turns the
 * lecture into a file, offline, in the browser.
 */
const EXPORTERS: Record<string, { ext: string; make: (l: LectureExport) => Promise<Blob> }> = {
  docx: { ext: 'docx', make: async (l) => (await import('./export/docx')).lectureToDocx(l) },
  pptx: { ext: 'pptx', make: async (l) => (await import('./export/pptx')).lectureToPptx(l) },
  md: {
    ext: 'md',
    make: async (l) =>
      new Blob([(await import('./export/markdown')).lectureToMarkdown(l)], { type: 'text/markdown;charset=utf-8' }),
  },
};

$('lecture-export-buttons').addEventListener('click', async (event) => {
  const b = (event.target as Element).closest<HTMLButtonElement>('button[data-export]');
  const exporter = b && EXPORTERS[b.dataset.export ?? ''];
  if (!b || !exporter) return;
  b.disabled = true;
  say(t.exporting);
  try {
    const file = fileName(exporter.ext);
    download(await exporter.make(lecture()), file);
    say(t.exported(file));
  } catch (e) {
    say(`${t.exportFailed}${(e as Error).message}`);
  } finally {
    b.disabled = false;
    b.focus();
  }
});

$('lecture-save-file').addEventListener('click', () => {
  const file = basketFile(currentBasket(state), today());
  download(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), fileName('lecture.json'));
  say(t.exported(fileName('lecture.json')));
});
$<HTMLInputElement>('lecture-load-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const parsed = parseBasketFile(await file.text());
  if (!parsed.ok) return say(`${t.fileProblem[parsed.problem]}（${t.problemDetail}${parsed.detail}）`);
  change(importBasket(state, parsed.value.basket, t.importedName));
  const basket = currentBasket(state);
  say(t.imported(basket.name, itemCount(basket)));
});

// ── a value that cannot be read: backup, or start again ──

$('lecture-backup').addEventListener('click', () => {
  download(new Blob([readStored() ?? ''], { type: 'text/plain' }), 'lecture-backup.txt');
});
$('lecture-reset').addEventListener('click', () => {
  if (!confirm(t.confirmReset)) return;
  state = emptyState(lectureUi.defaultName);
  save();
  if (load()) render();
});

// ── 原文已变更: is every collected paragraph still on the site as it was? ──

/** What must stay the same for an item to be the one collected. */
const fingerprint = (i: LectureItem): string =>
  i.kind === 'passage' ? i.text : i.kind === 'concept' ? i.definition : [i.title, ...i.paragraphs].join('\n');

async function checkChanged(): Promise<void> {
  const items = state.baskets.flatMap((b) => b.entries).filter((e): e is ItemEntry => e.type === 'item');
  const pages = new Map<string, ItemEntry[]>();
  for (const e of items) {
    const path = new URL(e.id, location.origin).pathname;
    pages.set(path, [...(pages.get(path) ?? []), e]);
  }
  const changed = new Map<string, boolean>();
  await Promise.all(
    [...pages].map(async ([path, entries]) => {
      // A page that cannot be fetched now (offline, server error) proves nothing: leave its items as they are.
      const doc = await fetchPage(path).catch(() => null);
      if (doc === null) return;
      for (const e of entries) {
        const now = doc && itemAt(doc, e.id);
        changed.set(e.id, !now || fingerprint(now) !== fingerprint(e.item));
      }
    }),
  );
  const next = markChanged(state, changed);
  if (next !== state && JSON.stringify(next) !== JSON.stringify(state)) change(next);
}

// ── start ──

window.addEventListener('storage', (e) => {
  if (e.key !== storageKey() && e.key !== null) return;
  if (load()) render();
});

if (load()) {
  render();
  void checkChanged().finally(() => (document.body.dataset.lectureChecked = 'true'));
} else document.body.dataset.lectureChecked = 'true';
document.body.dataset.lectureReady = 'true';
