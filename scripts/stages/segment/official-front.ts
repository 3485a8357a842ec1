/**
 * Segment: the lines under an official text's title that are front matter, not body — a 题注
 * (`（2016年1月12日）`), a subtitle naming the occasion (`——2020年5月22日在第十三届全国人民代表大会
 * 第三次会议上`), a 发布 line (`2022年2月25日中共中央、国务院发布`), a web copy's date-and-source line
 * (`2016年05月03日 00:00 来源：人民网－人民日报`) and a speaker (`习近平`, `国务院总理　李克强`). Left in
 * the body, any of them became a heading wrapping the whole text. Pure classifiers of one line each.
 */
import type { FrontLineKind } from '../../model/document.js';
import { chineseNumeralValue } from './numbering.js';
import { displayWidth, hasSentenceEnd } from './text.js';

/** What one front-matter line says. */
export interface FrontLineFacts {
  kind: FrontLineKind;
  date?: string;
  issuer?: string;
  source?: string;
  occasion?: string;
  speaker?: string;
  documentNumber?: string;
  /** A journal paper's catalogue fields, label and value: `['中图分类号', 'D267.3']`. */
  catalogue?: [string, string][];
  /** The column a magazine's paper ran in: `理论前沿`. */
  column?: string;
}

/** A document number (文号): an organ's abbreviation, the year in brackets, the number: `市直机党〔2024〕5号`. */
const DOCUMENT_NUMBER =
  /^[\p{Script=Han}A-Za-z]{1,20}\s*[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号$/u;

/**
 * A 版头: the issuing bodies' names, each ending as an organ's name does, then 文件
 * (`中共某某市委办公室文件`, `中共某某委员会　某某市人民政府文件`, `中共中央文件`). A web copy prints
 * the names alone over the title (`中共某某市纪委办公室` over `关于…的通报`): the same 版头.
 */
const MASTHEAD =
  /^((?:[\p{Script=Han}（）()]{2,30}?(?:委员会|委|办公厅|办公室|政府|部|局|厅|署|党组|党委|工委|纪委|监委|院|中央|支部|总支)\s*)+)(?:文件)?$/u;

/**
 * The other marks a 版头 prints above the issuing body's name (GB/T 9704): the copy's number
 * (份号, six digits), its secrecy and how long it lasts (`秘密★1年`), its urgency (`特急`).
 */
const MASTHEAD_MARK = /^(?:\d{6}|(?:绝密|机密|秘密)(?:\s*★\s*(?:\d{1,2}\s*(?:年|个月)|长期))?|特急|加急|特提|平急)$/;

/** Who signed off an upward document, printed after its 文号: `某委发〔2024〕5号　　签发人：张某某`. */
const SIGNED_OFF = /\s+签\s*发\s*人\s*[：:]\s*\S+(?:\s+\S+)*$/;

/**
 * An official document's lines above its title: the 版头 (or the issuing body's name alone), which
 * names the issuing body, its other marks (份号, 密级, 紧急程度) and the 文号 (with its 签发人).
 * Anything else there is left to the body.
 * @example readMasthead('中共某某市直属机关工作委员会文件') → { kind: 'masthead', issuer: '中共某某市直属机关工作委员会' }
 */
export function readMasthead(text: string): FrontLineFacts | undefined {
  const t = text.trim();
  const numbered = t.replace(SIGNED_OFF, '');
  if (DOCUMENT_NUMBER.test(numbered)) return { kind: 'document-number', documentNumber: numbered };
  if (MASTHEAD_MARK.test(t)) return { kind: 'masthead' };
  const issuer = MASTHEAD.exec(t)?.[1]?.trim().replace(/\s+/g, '、');
  return issuer ? { kind: 'masthead', issuer } : undefined;
}

/** A briefing's name over its issue and title: `机关党建工作简报`, `组工动态`, `党建快报`. */
const BRIEFING = /^\S{0,20}(?:简报|快报|专报|通讯|动态|信息|工作通报)$/u;
/** A briefing's issue: `第5期`, `第5期（总第120期）`, `2024年第3期`. */
const BRIEFING_ISSUE =
  /^(?:(?:19|20)\d{2}\s*年\s*)?第\s*[0-9０-９一二三四五六七八九十百]{1,4}\s*期(?:\s*[（(]\s*总第\s*[0-9０-９]{1,5}\s*期\s*[）)])?$/;
/** Who edited a briefing, and when, on one line: `某某局机关党委办公室编　2024年3月1日`. */
const BRIEFING_EDITOR = /^(\S.{1,30}?)\s*编(?:印|发)?$/u;

/**
 * A line a briefing (简报) prints over its article's title: its name and issue, the source the
 * text is cited from (`机关党建工作简报 第5期`), and who edited it when, the text's author and date.
 * @example readBriefingLine('某某局机关党委办公室编　2024年3月1日') → { kind: 'byline', speaker: '某某局机关党委办公室', date: '2024-03-01' }
 */
export function readBriefingLine(text: string): FrontLineFacts | undefined {
  const t = text.trim();
  if (BRIEFING.test(t) || BRIEFING_ISSUE.test(t)) return { kind: 'dateline', source: t };
  const dates = findDates(t);
  if (dates.length !== 1 || dates[0]!.end !== t.length) return undefined;
  const editor = BRIEFING_EDITOR.exec(t.slice(0, dates[0]!.index).trim());
  return editor ? { kind: 'byline', speaker: editor[1]!.trim(), date: dates[0]!.iso } : undefined;
}

/** A magazine's or newspaper page's column over a title: 2–8 Han characters, `理论前沿`, `党建研究`. */
const COLUMN = /^\p{Script=Han}{2,8}$/u;
/**
 * What stands over a 公文's title instead: its 紧急程度 and 密级, or a body's name (an issuer, not
 * a column).
 */
const NOT_COLUMN =
  /^(?:特急|加急|平急|绝密|机密|秘密)$|(?:委|委员会|部|局|厅|署|办|办公室|政府|党组|党委|工委|支部|总支|中心|学校|大学|学院|党校|公司|集团|文件)$/;

/**
 * The one line over a title that names the column it ran in (`理论前沿` over a magazine's paper),
 * not a 公文's 版头, 文号, 密级 or issuing body.
 * @example readColumn('理论前沿') → { kind: 'column', column: '理论前沿' }
 */
export function readColumn(text: string): FrontLineFacts | undefined {
  const t = text.trim();
  return COLUMN.test(t) && !NOT_COLUMN.test(t) ? { kind: 'column', column: t } : undefined;
}

/** Longest front-matter line, in display width (a 条例's 题注 with two dates is about 45). */
const MAX_LINE_WIDTH = 80;

/**
 * A printed date: a year in Arabic or Chinese digits (`2016`, `二〇二二`), then optionally month
 * and day in either (`05月03日`, `十月十六日`, `3号`). Groups: year, month, day.
 */
const CN_DATE =
  /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年(?:\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?)?/g;
/** `2016-05-03`, `2016/5/3`, `2016.05` (a web copy's date). Groups: year, month, day. */
const NUMERIC_DATE = /(?<![0-9])((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?(?![0-9])/g;

const YEAR_DIGIT: Record<string, string> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const ascii = (s: string): string => s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
const pad = (n: number): string => String(n).padStart(2, '0');

/** A printed date found in a line: where it is and its ISO form. */
export interface FoundDate {
  iso: string;
  index: number;
  /** Index just after the printed date. */
  end: number;
}

/**
 * Every date printed in a line, in order, as ISO strings as precise as printed.
 * @example findDates('（2019年1月31日审议批准　2019年3月11日发布）').map((d) => d.iso) → ['2019-01-31', '2019-03-11']
 */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(CN_DATE)) {
    const year = /^[0-9０-９]+$/.test(m[1]!) ? ascii(m[1]!) : [...m[1]!].map((c) => YEAR_DIGIT[c]).join('');
    const month = m[2] ? chineseNumeralValue(m[2]) : undefined;
    const day = m[3] ? chineseNumeralValue(m[3]) : undefined;
    if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) continue;
    const iso = [year, month && pad(month), day && pad(day)].filter(Boolean).join('-');
    out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const month = Number(m[2]);
    const day = m[3] ? Number(m[3]) : undefined;
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
    if (out.some((d) => m.index < d.end && d.index < m.index + m[0].length)) continue;
    out.push({
      iso: [m[1], pad(month), day && pad(day)].filter(Boolean).join('-'),
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Verbs that close a 发布 clause: `…中共中央发布`, `…印发`, `…通过`. */
const ISSUE_VERB = '(?:发布|印发|公布|颁布|通过|批准|施行)';
/** `<date><issuer><verb>` inside a line: the issuer is what stands between the date and the verb. */
const ISSUE_CLAUSE = new RegExp(`^\\s*([^，,。；;\\s]{2,40}?)\\s*${ISSUE_VERB}`);

/** A verb that closes a 发布 clause right after its date: `2023年6月20日印发`. */
const DIRECT_VERB = new RegExp(`^\\s*${ISSUE_VERB}`);

/**
 * The date a line is about (that of its last 发布 clause, else its last date) and the issuing body
 * of its last clause that names one: `2019年1月31日中共中央政治局会议审议批准　2019年3月11日中共中央发布`
 * → 2019-03-11, 中共中央.
 */
function issueFacts(text: string): { date?: string; issuer?: string } {
  const dates = findDates(text);
  let date: string | undefined;
  let issuer: string | undefined;
  for (const d of [...dates].reverse()) {
    const after = text.slice(d.end);
    const clause = ISSUE_CLAUSE.exec(after);
    if (!clause && !DIRECT_VERB.test(after)) continue;
    date ??= d.iso;
    const named = clause?.[1]!.replace(/(?:会议)?(?:审议|讨论)$/, '');
    if (issuer === undefined && named && named.length >= 2 && !/^(?:审议|讨论|修订|修改|部分修改)/.test(named))
      issuer = named;
  }
  date ??= dates.at(-1)?.iso;
  return { ...(date && { date }), ...(issuer && { issuer }) };
}

/**
 * A draft's or a rule's status under its title, in brackets: `（征求意见稿）`, `（试行）`,
 * `（2024年修订草案）`; or what the text is of its original: `（根据录音整理）`, `（节选）`, `（有删节）`.
 */
const STATUS =
  /^[（(][^（）()。！？]{0,12}(?:征求意见稿|意见稿|草案|讨论稿|送审稿|审议稿|修订稿|初稿|代拟稿|试行|暂行|录音整理|整理稿|节选|摘录|有删节|未经本人审阅|发言提纲|讲话提纲)[）)]$/;

/** A 题注: a whole line in brackets that names a date, or a status (`STATUS`). */
function readHeadnote(text: string): FrontLineFacts | undefined {
  if (STATUS.test(text)) return { kind: 'headnote', ...issueFacts(text.slice(1, -1)) };
  const m = /^[（(](.+)[）)]$/.exec(text);
  if (!m || findDates(m[1]!).length === 0 || /[。！？]/.test(m[1]!)) return undefined;
  return { kind: 'headnote', ...issueFacts(m[1]!) };
}

/** A subtitle that names the occasion, after a dash: `——在全市机关党建工作会议上的讲话`. */
function readOccasion(text: string): FrontLineFacts | undefined {
  const m = /^(?:——|—|－－|--|─{1,2})\s*(.+)$/.exec(text);
  if (!m || hasSentenceEnd(m[1]!)) return undefined;
  const dates = findDates(m[1]!);
  const first = dates[0];
  const occasion = (first && first.index === 0 ? m[1]!.slice(first.end) : m[1]!).trim();
  return { kind: 'occasion', ...(first && { date: first.iso }), ...(occasion && { occasion }) };
}

/** What follows a 发布 line's date: the issuing bodies and a verb, `中共中央、国务院发布`. */
const ISSUED_BY = new RegExp(`^\\s*([^，,。；;]{2,40}?)\\s*${ISSUE_VERB}\\s*$`);

/**
 * A 发布 line: a date, the issuing bodies and a verb, `2022年2月25日中共中央、国务院发布`, or
 * clauses of them, as a regulation's copy prints its 题注 without brackets
 * (`2019年4月24日中共中央政治局会议审议批准　2019年5月6日中共中央发布`): the last clause dates it
 * and names its issuer.
 */
function readIssued(text: string): FrontLineFacts | undefined {
  const dates = findDates(text);
  if (dates.length === 0 || dates[0]!.index !== 0) return undefined;
  const issuers = dates.map((d, i) => ISSUED_BY.exec(text.slice(d.end, dates[i + 1]?.index ?? text.length))?.[1]);
  const issuer = issuers.at(-1);
  if (issuers.includes(undefined) || issuer === undefined) return undefined;
  return { kind: 'issued', date: dates.at(-1)!.iso, issuer: issuer.trim() };
}

/** `来源：人民网－人民日报` → `人民网－人民日报` (up to a space or the next label). */
const SOURCE_LABEL = /(?<!资料)来\s*源\s*[:：]\s*([^\s:：）)]+)/;
/** `作者：李某`, `作者：本报记者 李某` → `李某` (the name after a reporter's title). */
const AUTHOR_LABEL = /作\s*者\s*[:：]\s*(?:(?:本报|本刊|新华社)?(?:特约)?(?:记者|通讯员)\s*)?([^\s:：）)]+)/;
/** A time of day after a date: `00:00`, `08:12:30`. */
const TIME = /(?<![0-9])[0-2]?[0-9][:：][0-5][0-9](?:[:：][0-5][0-9])?(?![0-9])/;

/**
 * A WeChat article's header, `原创 某某机关党建 2024-05-20 08:30 发表于北京`: before the date the
 * account (maybe with its author; group 1), after it the time and where it was posted from.
 */
const ACCOUNT = /^(?:原创\s*)?([^\p{P}\p{S}]{2,30}?)\s*$/u;
const POSTED = /^\s*[0-2]?[0-9][:：][0-5][0-9]\s*(?:发表于\S{0,12})?$/;

/**
 * A web copy's date-and-source line: `2016年05月03日 00:00 来源：人民网－人民日报`,
 * `发布时间：2022-02-22 来源：新华社 作者：李某` (the author is the text's), or a WeChat header
 * (the account is the source).
 */
function readDateline(text: string): FrontLineFacts | undefined {
  const dates = findDates(text);
  const first = dates[0];
  const account =
    first && first.index > 0 && POSTED.test(text.slice(first.end))
      ? ACCOUNT.exec(text.slice(0, first.index))?.[1]
      : undefined;
  const source = SOURCE_LABEL.exec(text)?.[1] ?? account;
  const labelled = source !== undefined || /发布时间\s*[:：]/.test(text);
  if (!labelled && !(dates[0]?.index === 0 && TIME.test(text.slice(dates[0].end)))) return undefined;
  if (hasSentenceEnd(text) || /^[（(].*[）)]$/.test(text)) return undefined;
  const author = AUTHOR_LABEL.exec(text)?.[1];
  return {
    kind: 'dateline',
    ...(dates[0] && { date: dates[0].iso }),
    ...(source && { source }),
    ...(author && { speaker: author }),
  };
}

/** The labels of a journal paper's catalogue line (中图分类号, 文献标识码, 文章编号, DOI …). */
const CATALOGUE_LABEL = '中图分类号|中图法分类号|分类号|文献标识码|文献标志码|文章编号|DOI|doi';
/** One catalogue label, as `中图分类号：`, `[中图分类号]` or `【文献标识码】`. */
const CATALOGUE_FIELD = new RegExp(`(?:[\\[【](${CATALOGUE_LABEL})[\\]】]|(${CATALOGUE_LABEL})\\s*[:：])\\s*`, 'g');

/**
 * A journal paper's catalogue line under its keywords, one or more fields: `中图分类号：D267.3
 * 文献标识码：A　文章编号：1007-1234(2023)05-0012-05` (or `[中图分类号] D267`). Undefined unless
 * the line opens with a label and every label has a value.
 */
export function readCatalogue(text: string): [string, string][] | undefined {
  const t = text.trim();
  const labels = [...t.matchAll(CATALOGUE_FIELD)];
  if (labels.length === 0 || labels[0]!.index !== 0) return undefined;
  const fields = labels.map((m, k): [string, string] => [
    m[1] ?? m[2]!,
    t.slice(m.index + m[0].length, labels[k + 1]?.index ?? t.length).trim(),
  ]);
  return fields.every(([, value]) => value !== '') ? fields : undefined;
}

/** Common Chinese surnames (two-character ones first): a speaker line starts with one. */
const SURNAMES =
  '欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|长孙|宇文|司徒|夏侯|' +
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温栗俞乔易常牛文殷庞樊兰施洪倪左鲁葛伍]';
/** A given name's character, or the mark that hides it (`张××`, `李X`, `王＊`), as a regex source. */
const GIVEN = '(?:[\\u4e00-\\u9fa5]|[×ＸXx＊*])';
/** A name: a surname and one or two more characters, maybe spaced out (`李　克　强` → `李 克 强`), or hidden (`李××`). */
const NAME = new RegExp(`^(?:${SURNAMES})(?:\\s?${GIVEN}){1,2}$`);
/** A person's name written unspaced, as a regex source: a common surname and one or two characters (`张某某`, `欧阳某`, `李××`). */
export const PERSON = `(?:${SURNAMES})${GIVEN}{1,2}`;
/** A title before a name: `国务院总理　李克强`, `中共中央总书记 习近平`. */
const POSITION =
  /^(.{2,24}?(?:书记|秘书长|总理|主席|委员长|部长|省长|市长|区长|县长|主任|组长|院长|局长|厅长|署长|行长|常委|委员|代表|会长|校长|董事长|总经理))\s+(\S.*)$/;

/**
 * A speaker line: a name alone (`习近平`), or a position and a name (`国务院总理　李克强`). Whether a
 * bare name is front matter depends on its neighbours (see `readFrontLine`'s `nameAlone`).
 */
export function readSpeaker(text: string): { speaker: string; position: boolean } | undefined {
  const p = POSITION.exec(text);
  if (p && NAME.test(p[2]!)) return { speaker: p[2]!.replace(/\s+/g, ''), position: true };
  return NAME.test(text) ? { speaker: text.replace(/\s+/g, ''), position: false } : undefined;
}

/**
 * What a line under a title is, if it is official front matter. A bare name counts only when
 * `nameAlone` says its neighbours make it a byline (next to a 题注, before a salutation or body).
 * @example readFrontLine('2022年2月25日中共中央、国务院发布') → { kind: 'issued', date: '2022-02-25', issuer: '中共中央、国务院' }
 */
export function readFrontLine(text: string, nameAlone = false): FrontLineFacts | undefined {
  const t = text.trim();
  if (t === '' || displayWidth(t) > MAX_LINE_WIDTH) return undefined;
  const line = readHeadnote(t) ?? readOccasion(t) ?? readIssued(t) ?? readDateline(t);
  if (line) return line;
  const catalogue = readCatalogue(t);
  if (catalogue) return { kind: 'catalogue', catalogue };
  const labelled = DELIVERED_BY.exec(t);
  const speaker = readSpeaker(labelled ? t.slice(labelled[0].length) : t);
  return speaker && (speaker.position || nameAlone || labelled)
    ? { kind: 'speaker', speaker: speaker.speaker }
    : undefined;
}

/**
 * The label of who delivers the text, before the name (maybe after a position): a 党课's
 * `主讲人：某某局党委书记　张某某` (`授课人：`), a 述职报告's `述职人：张某某`, `报告人：`, `汇报人：`, `发言人：`, `宣讲人：`.
 */
export const DELIVERED_BY = /^(?:主\s*讲|授\s*课|述\s*职|报\s*告|汇\s*报|发\s*言|宣\s*讲)\s*人\s*[:：]\s*(?=\S)/;

/**
 * True for a salutation that opens a speech or report: `同志们：`, `各位代表：`, `各党（工）委、直属党组织：`.
 */
export const isSalutation = (text: string): boolean => /^[^。！？；:：]{2,24}[:：]$/.test(text.trim());
