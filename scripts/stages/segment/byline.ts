/**
 * Segment: the byline under a title — personal names, a book's responsibility line (`某某 编`), an
 * affiliation with its postcode (`某公司 宁夏银川 750021`, `（某大学，北京 100081）`) and a signature
 * with its date (`某某区委组织部　2024年7月15日`).
 */
import { displayWidth } from './text.js';
import { findDates, readSpeaker, type FrontLineFacts } from './official-front.js';

/**
 * An author's label before the names (group 1, kept as syntax): `作者：吴晓芳`, `文/张某某`,
 * `作者｜李某`, `撰稿：…`, a news item's `记者：王某某`, `通讯员：…`, `整理：…`, a 心得体会's `姓名：张三` (a
 * name after it: a form's blank `姓名：＿＿` is none).
 */
export const AUTHOR_LABEL =
  /^(作\s*者\s*[:：/／|｜]?|(?:文|撰\s*[文稿]|执\s*笔|记\s*者|通\s*讯\s*员|采\s*写|整\s*理)\s*[:：/／|｜]|姓\s*名\s*[:：](?=\s*[\u4e00-\u9fa5A-Za-z]))\s*/;

/**
 * `宁夏银星能源股份有限公司 宁夏银川 750021` / `某大学（北京 100081）` / `School of Marxism, Some
 * University, Beijing 100872`: an affiliation and its postcode note; a comma between them is syntax.
 */
const AFFILIATION = /^(.+?)\s*([，,]?)\s*([（(]?)\s*([^\s（()）]*\s*\d{6})\s*([)）]?)$/;
/**
 * A journal's bracketed affiliation line: `（某某大学马克思主义学院，北京 100872）`.
 *   ([（(])\s*(.+?)          opening bracket, the affiliation
 *   \s*([，,])\s*            the comma before the place
 *   ([^，,]*\d{6})\s*([)）])  place and postcode, closing bracket
 */
const BRACKETED_AFFILIATION = /^([（(])\s*(.+?)\s*([，,])\s*([^，,（()）]*\d{6})\s*([)）])$/;

/**
 * Affiliation, its postcode note and the syntax around them (brackets, a comma), from one line; a
 * line listing several numbered affiliations (`readAffiliations`) is the affiliation, with no note.
 */
export function readAffiliation(text: string): { affiliation: string; note?: string; syntax: string } {
  const several = readAffiliations(text);
  if (several) return several;
  const b = BRACKETED_AFFILIATION.exec(text);
  if (b) return { affiliation: b[2]!, note: b[4]!.trim(), syntax: `${b[1]} ${b[3]} ${b[5]}` };
  const m = AFFILIATION.exec(text)!;
  return { affiliation: m[1]!, note: m[4]!.trim(), syntax: `${m[2]} ${m[3]}${m[5]}` };
}
/**
 * A book's responsibility line after its title: `某某市纪委监委宣传部 编`, `张三 主编`, `本书编写组　编著`.
 *   ([^。！？；：:]{2,30}?)        the person(s) or body, no sentence punctuation
 *   \s+(主编|编著|编写|编|著|整理)  the role after a space, recorded as field syntax
 *   | (主编|编著|编写)              or a two-character role without one (`…汇编` is no role)
 */
export const EDITOR = /^([^。！？；：:]{2,30}?)(?:\s+(主编|编著|编写|编|著|整理|供稿)|(主编|编著|编写|供稿))$/;
/** A line of 2–5-character Chinese names: `吴晓芳` or `张三 李四`. */
export const NAMES = /^[\u4e00-\u9fa5·]{2,5}(?:[\s，,、]+[\u4e00-\u9fa5·]{2,5})*$/;
/** The index after an author's name that points to an affiliation: `1`, `1,2`, `²`, `*` for the corresponding author. */
const INDEX =
  '(?:[0-9０-９\u00b2\u00b3\u00b9\u2070\u2074-\u2079]+(?:[,，][0-9０-９\u00b2\u00b3\u00b9\u2070\u2074-\u2079]+)*[*＊]?|[*＊])';
/** A journal's names with their affiliations' indexes: `李某某1，王某2`, `张三¹ 李四²*`. */
export const INDEXED_NAMES = new RegExp(
  `^[\\u4e00-\\u9fa5·]{2,5}${INDEX}(?:[\\s，,、]+[\\u4e00-\\u9fa5·]{2,5}${INDEX}?)*$`,
);

/**
 * The names of an indexed line (`李某某1，王某2`), each name's index into the affiliations below as
 * printed (`1`, `1,2`, `²*`; '' for a name without one), and the rest of the line, which is syntax:
 * the separators, each with its offset in the line.
 * @example readIndexedNames('李某某1，王某2') → names ['李某某', '王某'], indexes ['1', '2'], syntax [{ at: 4, text: '，' }]
 */
export function readIndexedNames(text: string): {
  names: string[];
  indexes: string[];
  syntax: { at: number; text: string }[];
} {
  const names: string[] = [];
  const indexes: string[] = [];
  const syntax: { at: number; text: string }[] = [];
  const index = new RegExp(INDEX, 'y');
  let last = 0;
  for (const m of text.matchAll(/[\u4e00-\u9fa5·]{2,5}/g)) {
    if (m.index > last) syntax.push({ at: last, text: text.slice(last, m.index) });
    names.push(m[0]);
    index.lastIndex = m.index + m[0].length;
    const i = index.exec(text)?.[0] ?? '';
    indexes.push(i);
    last = m.index + m[0].length + i.length;
  }
  if (last < text.length) syntax.push({ at: last, text: text.slice(last) });
  return { names, indexes, syntax };
}

/** A line of names in Latin letters: `Zhang San`, `Zhang San, Li Si and Wang Wu` (two to four words each). */
export const LATIN_NAMES =
  /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}(?:\s*(?:,|;|and)\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})*$/;

/** One of several numbered affiliations: `1.某某大学 马克思主义学院，湖北 武汉 430072`. */
const NUMBERED_AFFILIATION = /^\s*[0-9０-９]+\s*[.．、]?\s*[^\d\s].*?[，,]\s*[^，,；;]*\d{6}\s*$/;

/**
 * Several numbered affiliations on one line, each with its place and postcode, maybe in brackets:
 * `（1.某某大学 马克思主义学院，湖北 武汉 430072；2.某某公司 党委组织部，湖北 武汉 430077）`. The
 * affiliation is the list as printed (the authors' indexes point into it); the brackets are syntax.
 */
export function readAffiliations(text: string): { affiliation: string; syntax: string } | undefined {
  const t = text.trim();
  const bracketed = /^[（(](.*)[)）]$/.exec(t);
  const inner = (bracketed ? bracketed[1]! : t).trim();
  const entries = inner.split(/[；;]/);
  const each = (e: string) => NUMBERED_AFFILIATION.test(e) && displayWidth(e) <= 60;
  if (entries.length < 2 || !entries.every(each)) return undefined;
  return { affiliation: inner, syntax: bracketed ? `${t[0]} ${t.at(-1)}` : '' };
}

/** An affiliation line ends with a six-digit postcode (optionally in brackets), or lists several that do. */
export const isAffiliation = (text: string): boolean =>
  (displayWidth(text) <= 60 && (AFFILIATION.test(text) || BRACKETED_AFFILIATION.test(text))) ||
  readAffiliations(text) !== undefined;

/**
 * The ends of a body's name: an exchange or report is often signed by its body, on the line under
 * the title (`某某街道党工委`, `市委组织部`, `某某课题组`). Two characters at least, so that a heading
 * ending in 大局 or 格局 is no body; no place names (街道, 社区) or schools (学院), which headings
 * end with too (`走进社区`), and a school under a paper's title is its affiliation.
 */
const BODY_SUFFIX =
  /(?:党工委|党委|党组|党总支|党支部|总支部|支部委员会|工委|纪委|纪工委|监委|委员会|办公厅|办公室|组织部|宣传部|统战部|政法委|编写组|编委会|课题组|调研组|研究室|研究院|研究所|研究中心|党校|人民政府)$/;

/** Spaces (full-width ones too) do not tell names apart: `某某街道　党工委` is `某某街道党工委`. */
const unspaced = (s: string): string => s.replace(/\s+/g, '');

/**
 * A line naming the text's author: one of the authors its manifest entry lists, or, listed or
 * not, a body's name (`某某街道党工委`), maybe with the names of its people after a space
 * (`某某区直机关工委 张某某`), of at most 30 columns with no punctuation. Whether the line is a
 * byline and not a heading also depends on where it stands (front-matter.ts asks only right under
 * a title, and of a body's name only before body text).
 * @returns 'listed' for a manifest author, 'body' for a body's name, undefined otherwise.
 */
export function authorLine(text: string, manifestAuthors: readonly string[] = []): 'listed' | 'body' | undefined {
  const t = unspaced(text);
  if (t === '') return undefined;
  if (manifestAuthors.some((a) => unspaced(a) === t)) return 'listed';
  if (displayWidth(t) > 30 || /[\p{P}\p{S}]/u.test(t)) return undefined;
  if (BODY_SUFFIX.test(t)) return 'body';
  const [body, ...people] = text.trim().split(/\s+/);
  const signed = BODY_SUFFIX.test(body!) && people.every((p) => readSpeaker(p)?.position === false);
  return signed ? 'body' : undefined;
}

/**
 * Who wrote a text and when, on one line under its title, as a 总结 or a web copy prints it: a
 * body's name, a listed author or a person's name, and one date, either first
 * (`某某区委组织部　2024年7月15日`, `2024-05-20 张某某`), or the date alone (`2024年7月15日`).
 * Whether a date alone is the text's date and not the first of a 大事记's dates depends on the
 * lines after it (front-matter.ts asks).
 * @example readDatedByline('某某区委组织部　2024年7月15日') → { kind: 'byline', speaker: '某某区委组织部', date: '2024-07-15' }
 */
export function readDatedByline(text: string, manifestAuthors: readonly string[] = []): FrontLineFacts | undefined {
  const t = text.trim();
  const dates = findDates(t);
  if (dates.length !== 1) return undefined;
  const { index, end, iso } = dates[0]!;
  const who = index === 0 ? t.slice(end).trim() : end === t.length ? t.slice(0, index).trim() : undefined;
  if (who === undefined) return undefined;
  if (who === '') return { kind: 'byline', date: iso };
  if (authorLine(who, manifestAuthors) !== undefined) return { kind: 'byline', speaker: who, date: iso };
  const person = readSpeaker(who);
  return person ? { kind: 'byline', speaker: person.speaker, date: iso } : undefined;
}
