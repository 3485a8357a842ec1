/**
 * Where the basket lives in the browser (localStorage) and the quick check every page can afford
 * before it counts or adds items. The full check (zod, every field) runs on the /lecture/ page only
 * (schema.ts), so reading pages stay light; both refuse the same three cases with the same kinds.
 * A refused value is never overwritten here: only the basket page, after the user chose to, may
 * replace it (nothing is lost behind the user's back).
 */
import { LECTURE_FORMAT, type LectureState } from './basket';
import { shaped } from '../../client/json-shape';
import { siteBase } from '../../../scripts/model/urls.js';

/**
 * The key builds before scoping used for every deployment on an origin: read once, to adopt a
 * basket saved before, and never written.
 */
export const UNSCOPED_KEY = 'dangjian-wenku:lecture';

/**
 * localStorage key of the whole state (all baskets) of the site deployed at `base`. Scoped by the
 * base because localStorage is per origin: `/dangjian/` and `/test/` on one server must not share
 * (and overwrite) one basket.
 */
export const storageKey = (base = siteBase()): string => `${UNSCOPED_KEY}@${base}`;

/** Why a stored value or file cannot be used. */
export type Problem =
  /** Not JSON, or JSON without the expected structure. */
  | 'corrupt'
  /** Another application's data (no `dangjian-wenku/lecture@…` format id). */
  | 'foreign'
  /** Ours, but a version this build cannot read. */
  | 'version';

export type Loaded = { ok: true; state: LectureState | undefined } | { ok: false; problem: Problem; detail: string };

const FORMAT_PREFIX = LECTURE_FORMAT.slice(0, LECTURE_FORMAT.indexOf('@') + 1);

/** `problem` of a parsed value's format id, or undefined when it is ours and current. */
export function formatProblem(value: unknown): { problem: Problem; detail: string } | undefined {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'corrupt', detail: 'not an object' };
  if (typeof format !== 'string' || !format.startsWith(FORMAT_PREFIX))
    return { problem: 'foreign', detail: String(format ?? 'no format') };
  if (format !== LECTURE_FORMAT) return { problem: 'version', detail: format };
  return undefined;
}

/**
 * Quick structural check of the stored string (`null`: nothing stored yet → `state` undefined).
 * Enough to count and append items safely; the basket page validates every field.
 */
export function readQuick(raw: string | null): Loaded {
  if (raw === null) return { ok: true, state: undefined };
  let value: { current: string; baskets?: unknown; seq?: unknown } | undefined;
  try {
    value = shaped(JSON.parse(raw), { current: 'string?' }) as typeof value;
  } catch (e) {
    return { ok: false, problem: 'corrupt', detail: (e as Error).message };
  }
  const bad = formatProblem(value);
  if (bad || !value) return { ok: false, ...(bad ?? { problem: 'corrupt', detail: 'not an object' }) };
  const { baskets } = value;
  const fine =
    typeof value.current === 'string' &&
    typeof value.seq === 'number' &&
    Array.isArray(baskets) &&
    baskets.length > 0 &&
    baskets.every(
      (b) => shaped(b, { id: 'string' }) !== undefined && Array.isArray((b as { entries?: unknown }).entries),
    );
  // Checked as far as counting and appending need; the basket page checks every field (schema.ts).
  return fine
    ? { ok: true, state: value as unknown as LectureState }
    : { ok: false, problem: 'corrupt', detail: 'unexpected structure' };
}

/** The part of `Storage` used here (a Map-backed stand-in in the unit tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** `localStorage`, or undefined where reading it throws (disabled storage, some private modes). */
function browserStore(): KeyValueStore | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The stored string of the deployment at `base`, or null when there is none or storage is
 * unavailable. A deployment with no basket of its own adopts, once, the value a build before
 * scoping saved under the unscoped key (copied as it is, a value a check refuses included, so the
 * basket page can still offer its backup); later reads find the scoped copy. The unscoped value is
 * left in place: another deployment on the origin may adopt it too, so nobody's basket is lost.
 */
export function readStored(store = browserStore(), base = siteBase()): string | null {
  try {
    const own = store?.getItem(storageKey(base)) ?? null;
    if (own !== null || !store) return own;
    const before = store.getItem(UNSCOPED_KEY);
    try {
      if (before !== null) store.setItem(storageKey(base), before);
    } catch {
      // Storage full: the old basket still shows; the copy happens with the next read that fits.
    }
    return before;
  } catch {
    return null;
  }
}

/** Store the state; false when the browser refused (quota, disabled storage). */
export function writeStored(state: LectureState, store = browserStore(), base = siteBase()): boolean {
  try {
    if (!store) return false;
    store.setItem(storageKey(base), JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
