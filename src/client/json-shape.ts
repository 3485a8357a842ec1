/**
 * A small run-time check for the flat JSON the browser scripts receive (a data attribute, a
 * /data/*.json file): the fields and their types, declared once, give both the check and the type.
 * Zod does this on the server (src/lib/data-file.ts); in the browser it would outweigh the scripts.
 */

/** A field's type: text, optional text, or a list of texts. */
type FieldType = 'string' | 'string?' | 'string[]';
type Shape = Record<string, FieldType>;

/** The object type a shape describes. */
export type Shaped<S extends Shape> = {
  [K in keyof S as S[K] extends 'string?' ? never : K]: S[K] extends 'string[]' ? string[] : string;
} & {
  [K in keyof S as S[K] extends 'string?' ? K : never]?: string;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const fits = (v: unknown, t: FieldType): boolean =>
  t === 'string'
    ? typeof v === 'string'
    : t === 'string?'
      ? v === undefined || typeof v === 'string'
      : Array.isArray(v) && v.every((s) => typeof s === 'string');

/** `value` when it is an object whose fields have the shape's types (other fields are ignored), else undefined. */
export function shaped<S extends Shape>(value: unknown, shape: S): Shaped<S> | undefined {
  if (!isObject(value)) return undefined;
  for (const [key, type] of Object.entries(shape)) if (!fits(value[key], type)) return undefined;
  // Every declared field was checked above.
  return value as Shaped<S>;
}

/** `value` when it is an object whose every value has the shape, else undefined. */
export function recordOf<S extends Shape>(value: unknown, shape: S): Record<string, Shaped<S>> | undefined {
  if (!isObject(value)) return undefined;
  return Object.values(value).every((v) => shaped(v, shape) !== undefined)
    ? (value as Record<string, Shaped<S>>)
    : undefined;
}

/** `value` when it is a list whose every item has the shape, else undefined. */
export function listOf<S extends Shape>(value: unknown, shape: S): Shaped<S>[] | undefined {
  return Array.isArray(value) && value.every((v) => shaped(v, shape) !== undefined)
    ? (value as Shaped<S>[])
    : undefined;
}
