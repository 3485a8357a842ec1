/**
 * Which 「加入备课」 controls stand for an item already in the open basket (they show ✓). No side
 * effects, so the paragraph menu (paragraph-tools.ts) and the collect script share it: the menu
 * has one control that moves from paragraph to paragraph, so its mark is set each time it opens.
 */
import { hasItem } from '../../lib/lecture/basket';
import { readQuick, readStored } from '../../lib/lecture/storage';

/** Set or clear `data-lecture-state="added"` on each control by the basket (one storage read). */
export function markCollected(controls: Iterable<HTMLElement>): void {
  const loaded = readQuick(readStored());
  const state = loaded.ok ? loaded.state : undefined;
  for (const b of controls) {
    const url = new URL(b.dataset.lectureUrl ?? location.pathname, location.href);
    if (state && hasItem(state, `${url.pathname}${url.hash}`)) b.dataset.lectureState = 'added';
    else delete b.dataset.lectureState;
  }
}
