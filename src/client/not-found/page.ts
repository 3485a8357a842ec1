/**
 * The 404 page's suggestions: pages whose address is close to the missing one (suggest.ts), from
 * the split corpus index. Without JavaScript, or when nothing is close, the list stays hidden and
 * the page offers its search box and links as before.
 */
import { corpusIndexUrl, siteBase } from '../../../scripts/model/urls.js';
import { listOf, shaped } from '../json-shape';
import { suggestPages, type SuggestIndex } from './suggest';

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

const box = document.getElementById('not-found-suggestions');
const list = box?.querySelector('ul');
if (box && list) {
  void loadIndex()
    .then((index) => {
      const found = index ? suggestPages(location.pathname, siteBase(), index) : [];
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
