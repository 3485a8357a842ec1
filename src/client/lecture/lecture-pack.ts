/**
 * Topic packs (/lecture/topic/<concept-id>/): the page's 「载入备课篮」 button
 * (`<button data-lecture-pack>`) loads the pack's items (`<script type="application/json"
 * data-lecture-pack-items>`) into a new basket named after the topic, and opens nothing else: the
 * status line says what happened, the header badge leads to the basket. Loaded only on pages that
 * have such a button (it brings zod, to check the items).
 */
import { lectureUi as t } from '../../i18n/lecture.zh-CN';
import { addItems, createBasket, emptyState } from '../../lib/lecture/basket';
import { parsePackItems } from '../../lib/lecture/schema';
import { readQuick, readStored, writeStored } from '../../lib/lecture/storage';

/** Handle every pack button of the page; `announce` shows a status message, `changed` refreshes the badge. */
export function enablePacks(announce: (message: string) => void, changed: () => void): void {
  const items = parsePackItems(document.querySelector('script[data-lecture-pack-items]')?.textContent ?? '');
  const name = document.querySelector('h1')?.textContent?.trim() || t.defaultName;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lecture-pack]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const loaded = readQuick(readStored());
      if (!items) return announce(t.page.packFailed);
      if (!loaded.ok) return announce(t.storeBroken);
      const { state, added } = addItems(createBasket(loaded.state ?? emptyState(t.defaultName), name), items);
      if (!writeStored(state)) return announce(t.storeFull);
      changed();
      announce(t.page.packLoaded(name, added));
    });
  }
}
