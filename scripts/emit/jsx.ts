/**
 * MDX-safe serialisation: source text goes into MDX as a JavaScript string expression (`{"…"}`),
 * never as raw Markdown, so `{ } < > import export`, backticks, `---` and `&` in a source render
 * literally. Text that Markdown and JSX cannot misread (no ASCII punctuation, no whitespace or
 * control character: most Chinese runs and terms) is written bare: MDX parses a page of it about
 * ten times faster than one expression per run, each parsed by acorn into its own syntax tree.
 */

/** Text written bare: nothing in it is Markdown, MDX or JSX syntax anywhere. */
const BARE = /^[^\s\p{Cc}!-/:-@[-`{-~]+$/u;
/** An attribute value written as a JSX string (`id="p-1-2"`): no quote, brace, angle bracket, `&` or `\`. */
const BARE_ATTR = /^[^\s\p{Cc}"'&{}<>\\]*$/u;

/**
 * A JS string literal that MDX's expression scanner cannot misread: braces and angle brackets are
 * `\u` escapes (the scanner counts braces without understanding strings), as are U+2028/U+2029.
 * `jsString('a{b}')` → `"a\u007bb\u007d"`
 */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(
    /[{}<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Source text as an MDX text child: `jsxText('<b>')` → `{"\u003cb\u003e"}`, `jsxText('党建')` → `党建`. */
export const jsxText = (text: string): string => (text === '' ? '' : BARE.test(text) ? text : `{${jsString(text)}}`);

import type { MdxComponentName, MdxProps } from '../../src/components/mdx/props.js';

/** Attribute values allowed on emitted components. */
export type AttrValue = string | number | boolean | undefined;

/**
 * JSX attributes, keys in the given order, `undefined` skipped; a string as an expression unless it
 * is bare (JSX attribute strings have no escapes). `jsxAttrs({ id: 'p-1', n: 2 })` → ` id={"p-1"} n={2}`,
 * `jsxAttrs({ kind: 'paragraph' })` → ` kind="paragraph"`.
 */
export function jsxAttrs(attrs: Record<string, AttrValue>): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
    .map(([k, v]) =>
      typeof v === 'string' && BARE_ATTR.test(v)
        ? ` ${k}="${v}"`
        : ` ${k}={${typeof v === 'string' ? jsString(v) : String(v)}}`,
    )
    .join('');
}

/**
 * A component with its props, self-closing without children:
 * `jsxElement('Redaction', { text: 'x' })` → `<Redaction text={"x"} />`. Names and props are those
 * of the component contract (src/components/mdx/props.ts).
 */
export const jsxElement = <N extends MdxComponentName>(name: N, attrs: MdxProps[N], children?: string): string =>
  children === undefined ? `<${name}${jsxAttrs(attrs)} />` : `<${name}${jsxAttrs(attrs)}>${children}</${name}>`;
