/**
 * The 404 page's suggestions: pages whose address is close to the missing one (suggest.ts), from
 * the split corpus index, and then, when a document is suggested, the reading pages its document
 * page links to (one more request, for a page of bounded size). Without JavaScript, or when
 * nothing is close, the list stays hidden and the page offers its search box and links as before.
 */
import { corpusIndexUrl, siteBase } from '../../../scripts/model/urls.js';
import { listOf, shaped } from '../json-shape';
import {
  suggestPages,
  suggestReadingPages,
  withReadingPages,
  type ReadingPageLink,
  type Suggestion,
  type SuggestIndex,
} from './suggest';

const DOCUMENT = { id: 'string', title: 'string', url: 'string' } as const;
const CONCEPT = { id: 'string', term: 'string', url: 'string', aliases: 'string[]' } as const;

/** The index's documents and concepts, or undefined when the file is missing or not of that shape. */
async function loadIndex(): Promise<SuggestIndex | undefined> {
  const response = await fetch(corpusIndexUrl());
  if (!response.ok) return undefined;
  // An object with a format id, then its two lists item by item.
  const index = shaped(await response.json(), { format: 'string' }) as
    { documents?: unknown; concepts?: unknown } | undefined;
  const documents = listOf(index?.documents, DOCUMENT);
  // The index may leave the concepts out (a corpus without a glossary).
  const concepts = index?.concepts === undefined ? [] : listOf(index.concepts, CONCEPT);
  return documents && concepts ? { documents, concepts } : undefined;
}

/** The reading pages a document's page links to, or none when it cannot be read. */
async function readingPagesOf(documentUrl: string): Promise<ReadingPageLink[]> {
  const response = await fetch(documentUrl);
  if (!response.ok) return [];
  const html = new DOMParser().parseFromString(await response.text(), 'text/html');
  return [...html.querySelectorAll<HTMLAnchorElement>('a[data-reading-page]')].map((a) => ({
    title: a.dataset.readingPage ?? '',
    url: a.getAttribute('href') ?? '',
  }));
}

/** The suggestions for this address: the index's, with the best document's closest reading pages first. */
async function suggestions(index: SuggestIndex): Promise<Suggestion[]> {
  const found = suggestPages(location.pathname, siteBase(), index);
  // Only when the address is most like a document's: then it is most likely one of its pages.
  const best = found[0];
  if (best?.kind !== 'document') return found;
  const pages = await readingPagesOf(best.url).catch(() => []);
  return withReadingPages(suggestReadingPages(location.pathname, siteBase(), pages), found);
}

const box = document.getElementById('not-found-suggestions');
const list = box?.querySelector('ul');
if (box && list) {
  void loadIndex()
    .then((index) => (index ? suggestions(index) : []))
    .then((found) => {
      list.replaceChildren(
        ...found.map((s) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = s.url;
          a.textContent = s.title;
          const kind = document.createElement('span');
          kind.className = 'not-found__kind';
          kind.textContent = box.dataset[s.kind] ?? '';
          li.append(a, kind);
          return li;
        }),
      );
      box.hidden = found.length === 0;
    })
    .catch(() => {
      // No index (offline, moved): the page's search box and links remain.
    });
}
