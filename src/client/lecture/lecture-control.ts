/**
 * The 「加入备课」 control for lists rendered as HTML strings (the search results, the search
 * concept card): a button for the paragraph, section, case or concept page at `url`, handled
 * wherever it appears by the collect script every page loads (lecture-collect.ts). No side effects,
 * so any page script can import it.
 */
import { lectureUi } from '../../i18n/lecture.zh-CN';

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `collectControl('/library/x/ch03/#p-2-1')` → `<button … data-lecture-add data-lecture-url="…">加入备课</button>`.
 * A reading page's URL without a paragraph or section anchor (a whole-page result) gives '': there
 * is no one passage to collect.
 */
export const collectControl = (url: string, label: string = lectureUi.add): string =>
  /\/library\/[^#]*$/.test(url)
    ? ''
    : `<button type="button" class="lecture-add" data-lecture-add data-lecture-ui data-lecture-url="${escapeAttr(url)}">${escapeAttr(label)}</button>`;
