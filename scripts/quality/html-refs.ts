/**
 * What the links gate needs from each built page: the ids it defines and every URL it refers to
 * (href, src, srcset, action, poster, data). Parsed with htmlparser2, once per page.
 */
import { Parser } from 'htmlparser2';

/** One URL written in a page. */
export interface PageRef {
  /** `a[href]`, `img[srcset]` … */
  where: string;
  /** The attribute value as written (one candidate of a srcset). */
  value: string;
}

/** Ids and references of one HTML page. */
export interface PageRefs {
  ids: Set<string>;
  refs: PageRef[];
}

/** Attributes that hold one URL. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'poster', 'data', 'formaction', 'cite', 'xlink:href']);
/** Attributes that hold a srcset list (`a.png 1x, b.png 2x`). */
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);

/** Parse one page. `<a name>` counts as an id too (HTML still scrolls to it). */
export function parsePageRefs(html: string): PageRefs {
  const ids = new Set<string>();
  const refs: PageRef[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (attrs.id !== undefined) ids.add(attrs.id);
        if (tag === 'a' && attrs.name !== undefined) ids.add(attrs.name);
        for (const [name, value] of Object.entries(attrs)) {
          if (URL_ATTRS.has(name) && !(tag === 'meta' || (tag === 'a' && name === 'cite'))) {
            refs.push({ where: `${tag}[${name}]`, value: value.trim() });
          } else if (SRCSET_ATTRS.has(name)) {
            for (const candidate of value.split(',')) {
              const url = candidate.trim().split(/\s+/)[0];
              if (url) refs.push({ where: `${tag}[${name}]`, value: url });
            }
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, refs };
}

/** URL schemes that never make a request to another site. */
const HARMLESS_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

/**
 * True if a reference written in a page at `pageUrl` leaves the site: an absolute URL with
 * another origin, a protocol-relative `//host/…`, or any scheme other than mailto/tel/data.
 */
export function isOffsite(value: string, origin: string, pageUrl: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase();
  if (scheme && HARMLESS_SCHEMES.has(scheme)) return false;
  return new URL(value, origin + pageUrl).origin !== origin;
}

/** `url(…)` and `@import` targets in a stylesheet. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    urls.push((m[2] ?? m[4] ?? '').trim());
  }
  return urls;
}
