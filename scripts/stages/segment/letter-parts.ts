/**
 * Segment: the parts of a letter-like text that are set apart, not indented as body text: the
 * addressee or salutation at its head (a 公文's 主送机关 `各党支部：`, a speech's `同志们：`), the
 * salute of its closing formula (`敬礼！` under `此致`, flush left as printed) and the signature at
 * its foot (the 落款: `中共某某局党组` over `2024年2月20日`, or one line with both), which a page
 * sets flush right. Marks the page's paragraphs in place, text untouched.
 */
import type { Paragraph, Section } from '../../model/document.js';
import { readDatedByline } from './byline.js';
import { findDates } from './official-front.js';
import { displayWidth, hasSentenceEnd } from './text.js';
import { FIELD_LINE } from './block.js';
import { isPlainParagraph as plain } from './run-ins.js';
import { isCreditLine } from './set-apart.js';

/** Widest line an addressee or a signer's name takes (a 主送机关 may list a few bodies). */
const MAX_ADDRESSEE_WIDTH = 40;
const MAX_SIGNER_WIDTH = 30;

/**
 * A lead-in that ends in a colon but addresses no one: the writer speaks (`我郑重承诺：`), or
 * announces what follows (`现将有关事项通知如下：`, `具体要求如下：`).
 */
const LEAD_IN = /我|如下[：:]$|(?:承诺|保证|宣誓|声明|表示|强调|指出|要求)[：:]$/;

/** `各党支部：`, `同志们：`: a short line that ends in a colon and holds no sentence. */
const isAddressee = (p: Paragraph): boolean =>
  /[：:]$/.test(p.text) &&
  !/[。；;！？]/.test(p.text) &&
  !LEAD_IN.test(p.text) &&
  displayWidth(p.text) <= MAX_ADDRESSEE_WIDTH;

/**
 * A 纪要's `记录人：陈某` (`起草人：`, `签发人：` …): who wrote it down, signing above the date; or
 * a form's line to sign or fill in, `承诺人（签字）：________`, `所在支部：______`.
 */
const SIGNER_FIELD =
  /^\p{Script=Han}{2,4}人(?:[（(]签[字名章][）)])?[：:]\s*(?:\S{2,10}|_{2,})$|^\p{Script=Han}{2,6}[：:]\s*_{2,}$/u;

/** A signer's name alone on its line (short, no punctuation but the 、 between bodies), or a signer's field. */
const isSigner = (p: Paragraph): boolean =>
  displayWidth(p.text) <= MAX_SIGNER_WIDTH &&
  ((!/[。，,；;：:！？]/.test(p.text) && /\p{Script=Han}/u.test(p.text)) || SIGNER_FIELD.test(p.text));

/** The two lines of a letter's closing formula: `此致` over its salute, `敬礼！`. */
const CLOSING_OPENER = /^(?:此|谨|顺)\s*致$/;
const SALUTE = /^(?:致以)?(?:崇高的)?敬\s*礼[！!。]?$/;

/**
 * The page's paragraphs in reading order (its own, then each section's, depth first) up to its
 * attachments: a 公文 is signed above its 附件.
 */
function bodyInOrder(paragraphs: Paragraph[], sections: Section[], out: Paragraph[] = []): Paragraph[] {
  out.push(...paragraphs);
  for (const s of sections) {
    if (s.role === 'appendix') break;
    bodyInOrder(s.paragraphs, s.sections, out);
  }
  return out;
}

/**
 * Mark the addressee (the page's first paragraph, before any heading) and the signature (the last
 * paragraphs before any attachment: a date, maybe with where it was written, or a name and a date,
 * on the last line, with up to two names alone above a date; or a signer alone under the date) of
 * one reading page.
 */
export function markLetterParts(paragraphs: Paragraph[], sections: Section[]): void {
  // A lecture's fields may stand above it (`地点：机关三楼会议室` over `同志们：`); under fields it must
  // open the text (a record's `会议议题：` over its items addresses no one).
  const k = paragraphs.findIndex((p) => !isRecordField(p.text));
  const first = paragraphs[k];
  if (plain(first) && isAddressee(first) && (k === 0 || plain(paragraphs[k + 1]))) first.role = 'addressee';
  const all = bodyInOrder(paragraphs, sections);
  all.forEach((p, k) => {
    const above = all[k - 1];
    if (plain(p) && plain(above) && CLOSING_OPENER.test(above.text) && SALUTE.test(p.text)) p.role = 'closing';
  });
  // The signature stands above the credits a text may end with (a 公文's 附注 and 版记, set-apart.ts).
  while (all.length > 0 && plain(all.at(-1)) && isCreditLine(all.at(-1)!.text)) all.pop();
  // A letter may sign under its date: `一九三六年八月二日` over `你的母亲赵一曼于车中`.
  const end = all.at(-1);
  const under = all.length >= 3 && plain(end) && isSigner(end) && signatureDate(all.at(-2)) !== undefined ? 1 : 0;
  const last = all.at(-1 - under);
  if (!plain(last) || all.length < 2 + under) return;
  const dated = signatureDate(last);
  if (!dated) return;
  const signature = [last, ...all.slice(all.length - under)];
  // A date alone: the names over it sign too (a body, or two: 中共某某局委员会 / 某某局).
  if (dated.speaker === undefined)
    for (let k = all.length - 2 - under; k >= Math.max(0, all.length - 3 - under); k--) {
      const p = all[k];
      if (!plain(p) || !isSigner(p) || p.role) break;
      signature.push(p);
    }
  for (const p of signature) p.role = 'signature';
}

/** A record's field on a line of its own: `地点：机关三楼会议室`, `时间：2024年5月10日` (no sentence). */
const isRecordField = (text: string): boolean => FIELD_LINE.test(text) && !hasSentenceEnd(text);

/** Where a letter was written, after its date: `1935年5月2日写于囚室`, `2024年3月1日于北京`. */
const WRITTEN_AT = /^(?:写)?于\p{Script=Han}{1,12}$/u;

/** A date to fill in, as a form prints it: `____年____月____日`. */
const BLANK_DATE = /^_{2,}\s*年\s*_{1,}\s*月\s*_{1,}\s*日$/;

/**
 * The date line of a signature (`readDatedByline`, a date and where it was written, or a date to
 * fill in), if `p` is one.
 */
function signatureDate(p: Paragraph | undefined): { speaker?: string } | undefined {
  if (!plain(p)) return undefined;
  if (BLANK_DATE.test(p.text.trim())) return {};
  const dated = readDatedByline(p.text);
  if (dated) return dated;
  const [date, ...more] = findDates(p.text);
  return date && more.length === 0 && date.index === 0 && WRITTEN_AT.test(p.text.slice(date.end).trim())
    ? {}
    : undefined;
}
