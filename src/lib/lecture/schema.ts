/**
 * Full validation of the stored basket state and of basket files (zod), for the /lecture/ page
 * only: reading pages use the quick check in storage.ts and never load zod. Unknown extra fields of
 * an item's citation data pass through untouched (the citation formatter may learn new fields).
 */
import { z } from 'zod';
import { LECTURE_FORMAT, type Basket, type LectureState } from './basket';
import type { LectureItem } from './export-model';
import { formatProblem, type Loaded, type Problem } from './storage';

const text = z.string();
const cite = z.object({ authors: z.array(text), title: text, type: text, section: text.optional() }).passthrough();
const base = { url: text.min(1), note: text.optional(), changed: z.boolean().optional(), cite: cite.optional() };

export const lectureItemSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('passage'), text, where: text, quotedFrom: text.optional() }),
  z.object({ ...base, kind: z.literal('section'), title: text, paragraphs: z.array(text), where: text }),
  z.object({
    ...base,
    kind: z.literal('case'),
    title: text,
    place: text.optional(),
    paragraphs: z.array(text),
    figures: z.array(text),
    source: text.optional(),
  }),
  z.object({ ...base, kind: z.literal('concept'), term: text, definition: text, definitionSource: text.optional() }),
]);

const entrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), id: text.min(1), text, level: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ type: z.literal('item'), id: text.min(1), item: lectureItemSchema }),
]);

const basketSchema = z.object({ id: text.min(1), name: text, entries: z.array(entrySchema) });

const stateSchema = z.object({
  format: z.literal(LECTURE_FORMAT),
  current: text,
  seq: z.number().int().nonnegative(),
  baskets: z.array(basketSchema).min(1),
});

/** A basket file: one basket, so a colleague can continue it (`dangjian-wenku/lecture@1`). */
const fileSchema = z.object({ format: z.literal(LECTURE_FORMAT), exported: text, basket: basketSchema });

export interface BasketFile {
  format: typeof LECTURE_FORMAT;
  exported: string;
  basket: Basket;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem; detail: string };

/** JSON text → value checked by `schema`, or the reason it is refused. */
function parseWith<T>(raw: string, schema: z.ZodType<unknown>): Parsed<T> {
  let value: unknown;
  try {
    // Any JSON at all first: the format id decides which message a refusal gets.
    value = z.unknown().parse(JSON.parse(raw));
  } catch (e) {
    return { ok: false, problem: 'corrupt', detail: (e as Error).message };
  }
  const bad = formatProblem(value);
  if (bad) return { ok: false, ...bad };
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, problem: 'corrupt', detail: `${issue.path.join('.')}: ${issue.message}` };
  }
  return { ok: true, value: result.data as T };
}

/** The stored string (null: nothing stored) → state, checked field by field. */
export function parseState(raw: string | null): Loaded {
  if (raw === null) return { ok: true, state: undefined };
  const parsed = parseWith<LectureState>(raw, stateSchema);
  if (!parsed.ok) return parsed;
  const state = parsed.value;
  // An id counter behind the ids in use would hand out a duplicate: repair it rather than refuse.
  const used = state.baskets.flatMap((b) => [b.id, ...b.entries.filter((e) => e.type === 'heading').map((e) => e.id)]);
  const seq = Math.max(state.seq, ...used.map((id) => Number(/^[bh]-(\d+)$/.exec(id)?.[1] ?? 0)));
  return { ok: true, state: { ...state, seq } };
}

/** A basket file's text → its basket, or the reason it is refused. */
export const parseBasketFile = (raw: string): Parsed<BasketFile> => parseWith<BasketFile>(raw, fileSchema);

/** A topic pack's items (`<script data-lecture-pack-items>`) → items, or undefined when malformed. */
export function parsePackItems(raw: string): LectureItem[] | undefined {
  try {
    const result = z.array(lectureItemSchema).safeParse(JSON.parse(raw));
    return result.success ? (result.data as LectureItem[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The open basket as a file. */
export const basketFile = (basket: Basket, exported: string): BasketFile => ({
  format: LECTURE_FORMAT,
  exported,
  basket,
});
