/**
 * The lecture basket (备课篮) as data, and every change a user can make to it, as pure functions
 * (state in → new state out). Used by the collect controls on every page (add only) and by the
 * /lecture/ page (everything else); the storage format and its validation live in storage.ts and
 * schema.ts. A basket is one flat list of entries: items and the headings the user typed, so
 * "grouping under a heading" is order, and a heading moves together with the items under it.
 */
import type { LectureExport, LectureItem, LecturePart } from './export-model';

/** Format id of the stored state and of basket files; a different id is refused, never guessed. */
export const LECTURE_FORMAT = 'dangjian-wenku/lecture@1';

/** A heading the user typed: level 1 (一级标题, a new page in print) or 2. */
export interface HeadingEntry {
  type: 'heading';
  id: string;
  text: string;
  level: 1 | 2;
}

/** A collected item; its `id` is its identity, the site URL path with anchor (`/library/x/ch03/#p-2-1`). */
export interface ItemEntry {
  type: 'item';
  id: string;
  item: LectureItem;
}

export type Entry = HeadingEntry | ItemEntry;

/** One lecture's basket. `name` is the lecture title. */
export interface Basket {
  id: string;
  name: string;
  entries: Entry[];
}

/** Everything stored: the baskets, which one is open, and a counter for new ids. */
export interface LectureState {
  format: typeof LECTURE_FORMAT;
  current: string;
  seq: number;
  baskets: Basket[];
}

/** Labels of the outline parts, in order (主题 → 背景与意义 → 主要内容 → 典型案例 → 工作要求). */
export interface OutlineLabels {
  theme: string;
  background: string;
  content: string;
  cases: string;
  requirements: string;
}

/** A fresh state with one empty basket. */
export function emptyState(name: string): LectureState {
  return { format: LECTURE_FORMAT, current: 'b-1', seq: 1, baskets: [{ id: 'b-1', name, entries: [] }] };
}

/** The open basket (the first one if `current` names none). */
export function currentBasket(state: LectureState): Basket {
  return state.baskets.find((b) => b.id === state.current) ?? state.baskets[0]!;
}

/** Number of collected items (headings not counted) in the open basket. */
export const itemCount = (basket: Basket): number => basket.entries.filter((e) => e.type === 'item').length;

/**
 * An item's identity: its URL without origin (path + anchor), so the same paragraph collected on
 * `http://localhost:4321` and on the deployed site, or from a basket file, is one item.
 */
export function itemKey(url: string): string {
  const u = new URL(url, 'http://site.invalid');
  return `${u.pathname}${u.hash}`;
}

const withBasket = (state: LectureState, change: (b: Basket) => Basket): LectureState => ({
  ...state,
  baskets: state.baskets.map((b) => (b.id === currentBasket(state).id ? change(b) : b)),
});
const setEntries = (state: LectureState, entries: Entry[]): LectureState =>
  withBasket(state, (b) => ({ ...b, entries }));
const nextId = (state: LectureState, prefix: string): [LectureState, string] => [
  { ...state, seq: state.seq + 1 },
  `${prefix}-${state.seq + 1}`,
];

/** Add items at the end of the open basket; an item already in it (same key) is not added again. */
export function addItems(state: LectureState, items: readonly LectureItem[]): { state: LectureState; added: number } {
  const entries = [...currentBasket(state).entries];
  const keys = new Set(entries.map((e) => e.id));
  let added = 0;
  for (const item of items) {
    const id = itemKey(item.url);
    if (keys.has(id)) continue;
    keys.add(id);
    entries.push({ type: 'item', id, item: { ...item, url: id } });
    added++;
  }
  return { state: setEntries(state, entries), added };
}

/** Whether the open basket holds an item with this URL. */
export const hasItem = (state: LectureState, url: string): boolean =>
  currentBasket(state).entries.some((e) => e.id === itemKey(url));

/** A removed entry and where it stood, for undo. */
export interface Removed {
  basketId: string;
  index: number;
  entry: Entry;
}

/** Remove one entry (an item, or a heading alone: its items then belong to the heading before). */
export function removeEntry(state: LectureState, id: string): { state: LectureState; removed?: Removed } {
  const entries = currentBasket(state).entries;
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return { state };
  return {
    state: setEntries(
      state,
      entries.filter((_, i) => i !== index),
    ),
    removed: { basketId: state.current, index, entry: entries[index]! },
  };
}

/** Undo a removal: the entry goes back where it was (into its basket, even if another is open now). */
export function restoreEntry(state: LectureState, r: Removed): LectureState {
  return {
    ...state,
    baskets: state.baskets.map((b) => {
      if (b.id !== r.basketId || b.entries.some((e) => e.id === r.entry.id)) return b;
      const entries = [...b.entries];
      entries.splice(Math.min(r.index, entries.length), 0, r.entry);
      return { ...b, entries };
    }),
  };
}

/** [start, end) of the block an entry moves as: an item alone, a heading with everything under it. */
function blockOf(entries: readonly Entry[], index: number): [number, number] {
  const e = entries[index]!;
  if (e.type === 'item') return [index, index + 1];
  let end = index + 1;
  while (end < entries.length && !(entries[end]!.type === 'heading' && (entries[end] as HeadingEntry).level <= e.level))
    end++;
  return [index, end];
}

/**
 * Move an entry one step up (`-1`) or down (`+1`), as the keyboard buttons do. An item steps over
 * its neighbour (so it can leave or join a heading's group); a heading steps over the neighbouring
 * block of its own level, taking its items (and sub-headings) along.
 */
export function moveEntry(state: LectureState, id: string, delta: -1 | 1): LectureState {
  const entries = currentBasket(state).entries;
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return state;
  const [start, end] = blockOf(entries, index);
  const moving = entries.slice(start, end);
  const rest = [...entries.slice(0, start), ...entries.slice(end)];
  let at: number;
  if (moving[0]!.type === 'item') at = start + delta;
  else {
    const level = (moving[0] as HeadingEntry).level;
    const isStop = (e: Entry | undefined) => e?.type === 'heading' && e.level <= level;
    if (delta < 0) {
      // Before the previous heading of the same or a higher level (over the items between); with
      // none above, one entry up: the item above joins this heading's group.
      at = start - 1;
      while (at >= 0 && !isStop(rest[at])) at--;
      if (at < 0) {
        if (index === 0) return state;
        const alone = entries.filter((_, i) => i !== index);
        return setEntries(state, [...alone.slice(0, index - 1), entries[index]!, ...alone.slice(index - 1)]);
      }
    } else {
      const next = rest[start];
      if (!next) return state;
      // Past the next block of the same level; into (first under) the next higher-level heading.
      at = next.type === 'heading' && next.level < level ? start + 1 : blockOf(rest, start)[1];
    }
  }
  if (at < 0 || at > rest.length) return state;
  return setEntries(state, [...rest.slice(0, at), ...moving, ...rest.slice(at)]);
}

/** Move an entry (a heading with its block) so that it lands before the entry now at `before` (or at the end), as drag and drop does. */
export function moveBefore(state: LectureState, id: string, before: string | undefined): LectureState {
  const entries = currentBasket(state).entries;
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0 || id === before) return state;
  const [start, end] = blockOf(entries, index);
  const moving = entries.slice(start, end);
  if (before !== undefined && moving.some((e) => e.id === before)) return state;
  const rest = [...entries.slice(0, start), ...entries.slice(end)];
  const at = before === undefined ? rest.length : rest.findIndex((e) => e.id === before);
  if (at < 0) return state;
  return setEntries(state, [...rest.slice(0, at), ...moving, ...rest.slice(at)]);
}

/** Add a heading the user typed (plain text) at the end, or before the entry `before`. */
export function addHeading(state: LectureState, text: string, level: 1 | 2, before?: string): LectureState {
  const [next, id] = nextId(state, 'h');
  const heading: HeadingEntry = { type: 'heading', id, text: text.trim(), level };
  const entries = [...currentBasket(next).entries];
  const at = before === undefined ? -1 : entries.findIndex((e) => e.id === before);
  entries.splice(at < 0 ? entries.length : at, 0, heading);
  return setEntries(next, entries);
}

/** Change a heading's text and/or level. */
export function editHeading(state: LectureState, id: string, change: { text?: string; level?: 1 | 2 }): LectureState {
  return setEntries(
    state,
    currentBasket(state).entries.map((e) =>
      e.id === id && e.type === 'heading'
        ? { ...e, text: change.text?.trim() ?? e.text, level: change.level ?? e.level }
        : e,
    ),
  );
}

/** Set (or, with an empty text, clear) the user's note on an item. */
export function setNote(state: LectureState, id: string, note: string): LectureState {
  return setEntries(
    state,
    currentBasket(state).entries.map((e) => {
      if (e.id !== id || e.type !== 'item') return e;
      const { note: _old, ...item } = e.item;
      return { ...e, item: note.trim() ? { ...item, note } : item } as ItemEntry;
    }),
  );
}

/** Mark items whose paragraph no longer exists as it was (原文已变更), or clear the mark. */
export function markChanged(state: LectureState, changed: ReadonlyMap<string, boolean>): LectureState {
  return {
    ...state,
    baskets: state.baskets.map((b) => ({
      ...b,
      entries: b.entries.map((e) => {
        const flag = changed.get(e.id);
        if (e.type !== 'item' || flag === undefined || !!e.item.changed === flag) return e;
        const { changed: _old, ...item } = e.item;
        return { ...e, item: (flag ? { ...item, changed: true } : item) as LectureItem };
      }),
    })),
  };
}

/** A new, empty basket named `name`, opened. */
export function createBasket(state: LectureState, name: string, entries: Entry[] = []): LectureState {
  const [next, id] = nextId(state, 'b');
  return { ...next, current: id, baskets: [...next.baskets, { id, name: name.trim(), entries }] };
}

export const renameBasket = (state: LectureState, name: string): LectureState =>
  withBasket(state, (b) => ({ ...b, name: name.trim() }));

export const switchBasket = (state: LectureState, id: string): LectureState =>
  state.baskets.some((b) => b.id === id) ? { ...state, current: id } : state;

/** Delete the open basket and open its neighbour; deleting the last one leaves an empty basket named `fallbackName`. */
export function deleteBasket(state: LectureState, fallbackName: string): LectureState {
  const index = state.baskets.findIndex((b) => b.id === currentBasket(state).id);
  const baskets = state.baskets.filter((_, i) => i !== index);
  if (baskets.length === 0) return createBasket({ ...state, baskets: [] }, fallbackName);
  return { ...state, baskets, current: baskets[Math.min(index, baskets.length - 1)]!.id };
}

/**
 * Arrange the open basket as a lecture outline: the five parts as level-1 headings, concept cards
 * under 主题, passages and sections under 主要内容 (the user's own headings kept there as level-2
 * headings, in their order), cases under 典型案例. Existing outline headings are reused (not
 * duplicated), so running it again re-sorts the items without losing a heading or an item.
 */
export function startOutline(state: LectureState, labels: OutlineLabels): LectureState {
  const entries = currentBasket(state).entries;
  const parts = [labels.theme, labels.background, labels.content, labels.cases, labels.requirements];
  let next = state;
  const outline = parts.map((text) => {
    const existing = entries.find((e): e is HeadingEntry => e.type === 'heading' && e.level === 1 && e.text === text);
    if (existing) return existing;
    const [s, id] = nextId(next, 'h');
    next = s;
    return { type: 'heading', id, text, level: 1 } as HeadingEntry;
  });
  const outlineIds = new Set(outline.map((h) => h.id));
  const under: Entry[][] = parts.map(() => []);
  // Items that already sit under 背景与意义 or 工作要求 stay there; everything else is sorted by kind.
  let part: number | undefined;
  for (const e of entries) {
    if (outlineIds.has(e.id)) {
      part = outline.findIndex((h) => h.id === e.id);
      continue;
    }
    if (e.type === 'heading') under[2]!.push({ ...e, level: 2 });
    else if (part === 1 || part === 4) under[part]!.push(e);
    else under[e.item.kind === 'case' ? 3 : e.item.kind === 'concept' ? 0 : 2]!.push(e);
  }
  return setEntries(
    next,
    outline.flatMap((h, i) => [h, ...under[i]!]),
  );
}

/**
 * The open basket as the exporters' `LectureExport`: parts split at headings, item URLs made
 * absolute on `origin`. Items before the first heading form a part with heading ''.
 */
export function toLectureExport(basket: Basket, origin: string, date: string): LectureExport {
  const parts: LecturePart[] = [];
  for (const e of basket.entries) {
    if (e.type === 'heading') parts.push({ heading: e.text, level: e.level, items: [] });
    else {
      if (parts.length === 0) parts.push({ heading: '', items: [] });
      parts[parts.length - 1]!.items.push({ ...e.item, url: new URL(e.item.url, origin).href });
    }
  }
  return { title: basket.name, date, parts };
}

/**
 * Open a basket from a file as a new basket (its name made unique with `rename` when taken): its
 * headings get fresh ids, its items are keyed as on this site, duplicates dropped.
 */
export function importBasket(state: LectureState, basket: Basket, rename: (name: string) => string): LectureState {
  const taken = new Set(state.baskets.map((b) => b.name));
  let next = createBasket(state, taken.has(basket.name) ? rename(basket.name) : basket.name);
  for (const e of basket.entries) {
    if (e.type === 'heading') next = addHeading(next, e.text, e.level);
    else next = addItems(next, [e.item]).state;
  }
  return next;
}
