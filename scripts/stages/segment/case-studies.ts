/**
 * Segment: 创新案例 blocks. Before the tree is built, the title line after a 创新案例 heading
 * (`云南大理：树立“三种意识”…`) is marked as that part's heading; afterwards each case section
 * becomes a `CaseStudy` with place, title, the `（资料来源：…）` source and an ASCII id.
 */
import { pinyin } from 'pinyin-pro';
import type { CaseStudy, Paragraph, Section } from '../../model/document.js';
import type { DocId, SectionId } from '../../model/ids.js';
import { paragraphsIn, printedText } from '../../model/walk.js';
import { claimUniqueId } from '../../util/unique-id.js';
import { readRoleLabel, type Candidate } from './classify.js';
import { cutBlock, type Block } from './block.js';
import { parseNumbering, type NumberingScheme } from './numbering.js';
import type { BoxedCaseKind } from '../../../src/schemas/vocabulary.js';

/** A label opening a line: in lenticular brackets (`【案例】`) or before a colon (`案例链接：`). */
const LINE_LABEL = /^(?:【[^】]{1,8}】|\p{Script=Han}{2,6}[：:])[ \u3000]*(?=\S)/u;

/**
 * Cut a case's label from the rest of its line (`【案例】方志敏在狱中写下《可爱的中国》`), so that
 * the label heads the case as it does on a line of its own and the rest is read after it: the
 * case's title when it has a heading's shape, else its first paragraph. Other blocks as they are.
 */
export function splitCaseLabels(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => {
    const label = b.layout ? null : LINE_LABEL.exec(b.text);
    if (!label || readRoleLabel(label[0])?.role !== 'case-study') return [b];
    return cutBlock(b, label[0].length);
  });
}

/**
 * Mark the heading-shaped block right after each 创新案例 heading as its case title, and the one
 * after an attachment's label (`附件2` over `推荐名额分配表`) as the attachment's title, unless it
 * is numbered (`附件` over `1.某某名单` is a list).
 */
export function markLabelTitles(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    const next = candidates[i + 1];
    if (!next || !next.headingShape || next.role !== undefined) return;
    if (c.role === 'case-study' || (c.role === 'appendix' && !next.numbering)) next.labelTitle = true;
  });
}

/** `（资料来源：中国共产党新闻网）`, on a line of its own or closing a paragraph's last sentence: group 1 is the source. */
const SOURCE_NOTE =
  /(?:^|[。！？!?”’])\s*[（(]\s*(?:资料来源|資料來源)\s*[：:]\s*((?:[^（）()]|[（(][^（）()]*[）)])+?)\s*[）)]$/;

/** The source a paragraph's text notes (`…致富。（资料来源：人民网）` → `人民网`), else undefined. */
export const caseSourceOf = (p: Paragraph): string | undefined => SOURCE_NOTE.exec(printedText(p).trim())?.[1];

/**
 * Pinyin of the first CJK characters of `text`, two syllables a word (most Chinese words and
 * place names have two): 云南大理 → `yunnan-dali`. A five-character text keeps its fifth syllable
 * on the last word (四川攀枝花 → `sichuan-panzhihua`).
 */
function pinyinWords(text: string): string[] {
  const cjk = text.replace(/[^\u4e00-\u9fa5]/g, '');
  const syllables = pinyin(cjk.length === 5 ? cjk : cjk.slice(0, 4), { toneType: 'none', type: 'array' })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s !== '');
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
  if (syllables.length === 5) words.splice(-2, 2, `${words.at(-2)}${words.at(-1)}`);
  return words;
}

/**
 * A short ASCII slug from place and title: the place without 省/市 (广东省高州 → 广东高州), then the
 * title's first quoted phrase (or its first four characters).
 * `云南大理` + `树立“三种意识”…` → `yunnan-dali-sanzhong-yishi`.
 */
export function caseSlug(place: string, title: string): string {
  const placeWords = pinyinWords(place.replace(/[省市]/g, ''));
  const quoted = /[“"「]([^”"」]{2,8})[”"」]/.exec(title)?.[1];
  return [...placeWords, ...pinyinWords(quoted ?? title)].join('-') || 'case';
}

/** What a case block's label calls it: `创新案例`, `典型案例` (经典, 优秀), else `案例`. */
export function caseKindOf(label: string): BoxedCaseKind {
  if (/[创創]新案例/.test(label)) return '创新案例';
  if (/(?:典型|[经經]典|[优優]秀)案例/.test(label)) return '典型案例';
  return '案例';
}

/** Longest name taken from a case's first sentence. */
const MAX_DERIVED_TITLE = 30;

/** The first sentence of the first paragraph, without its stop, cut at MAX_DERIVED_TITLE with `…`. */
function leadSentence(paragraphs: readonly Paragraph[]): string | undefined {
  const first = paragraphs[0];
  if (!first) return undefined;
  const sentence = /^[^。！？；!?;]+/.exec(printedText(first).trim())?.[0].trim();
  if (!sentence) return undefined;
  const chars = [...sentence];
  return chars.length > MAX_DERIVED_TITLE ? `${chars.slice(0, MAX_DERIVED_TITLE).join('')}…` : sentence;
}

function caseSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => (s.role === 'case-study' ? [s] : caseSections(s.sections)));
}

/**
 * Read the case studies of one reading page. Ids are made unique within `taken` (shared across
 * the pages of a source, in document order) by a numeric suffix.
 */
export function extractCaseStudies(sections: Section[], docId: DocId, taken: Set<string>): CaseStudy[] {
  return caseSections(sections).map((s) => {
    const heading = s.sections[0];
    const full = heading?.title ?? s.title;
    const colon = heading ? full.search(/[：:]/) : -1;
    const place = colon > 0 ? full.slice(0, colon).trim() : '';
    // A case under its label alone (`案例`, `【案例】`) is named by its first sentence.
    const title = colon > 0 ? full.slice(colon + 1).trim() : heading ? full : (leadSentence(s.paragraphs) ?? full);
    const source = [...s.paragraphs, ...paragraphsIn(s.sections)].map(caseSourceOf).find((x) => x !== undefined);
    const id = claimUniqueId(caseSlug(place, title), taken);
    return {
      id,
      kind: caseKindOf(s.title),
      place,
      title,
      source: source ?? '',
      docId,
      sectionId: s.id,
      provenance: { file: s.provenance.file, lines: [...s.span] },
    };
  });
}

/**
 * A problem named in a numbered item's first sentence, as a 通报 of 典型问题 numbers them
 * (`某某县农业农村局原党组书记、局长张某某违规收受礼品礼金问题。`, `…受贿案。`): group 1 the name.
 * No comma before its stop: a sentence that merely ends so is longer and parted.
 */
const PROBLEM_TITLE = /^([^。，,；;！!？?]{6,80}?(?:问题|案))。/;
/** Numberings a 通报 numbers its problems with. */
const PROBLEM_SCHEMES = new Set<NumberingScheme | undefined>(['arabic-dot', 'cn-dun', 'cn-paren', 'arabic-paren']);
/** Least text after a problem's name: the account of what happened and how it was dealt with. */
const MIN_PROBLEM_ACCOUNT = 10;

/** A 通报's problem as a case: kind 典型案例, titled by the problem, where `at` says (a section, a paragraph). */
const problemCase = (
  title: string,
  docId: DocId,
  taken: Set<string>,
  at: Pick<CaseStudy, 'sectionId' | 'paragraphId' | 'through' | 'provenance'>,
): CaseStudy => ({
  id: claimUniqueId(caseSlug('', title), taken),
  kind: '典型案例',
  place: '',
  title,
  source: '',
  docId,
  ...at,
});

/** The numbering scheme of a marker or a heading's numbering (`1.`, `一、`). */
const schemeOf = (numbering: string): NumberingScheme | undefined => parseNumbering(`${numbering}x`)?.scheme;

/**
 * A 通报's typical problems (`1.某某县…张某某违规收受礼品礼金问题。2019年至2023年，…`): numbered
 * items of one style, two or more in a list, each naming a problem in its first sentence and then
 * telling it. Each is a case of one paragraph (`paragraphId`, kind 典型案例, titled by the name),
 * its name set as the item's bold lead. Runs after the ids are assigned; updates the paragraphs.
 * @param lists each list of paragraphs with the section holding it (none at the top of the page)
 */
export function extractProblemCases(
  lists: readonly { paragraphs: Paragraph[]; section?: SectionId }[],
  docId: DocId,
  taken: Set<string>,
): CaseStudy[] {
  const cases: CaseStudy[] = [];
  for (const { paragraphs, section } of lists) {
    const problems = paragraphs.flatMap((p) => {
      const scheme = p.kind === 'list-item' && p.marker ? schemeOf(p.marker) : undefined;
      const printed = `${p.lead ?? ''}${p.text}`;
      const name = PROBLEM_SCHEMES.has(scheme) ? PROBLEM_TITLE.exec(printed) : null;
      return name && printed.length - name[0].length >= MIN_PROBLEM_ACCOUNT ? [{ p, scheme, name }] : [];
    });
    const perScheme = new Map<NumberingScheme | undefined, number>();
    for (const { scheme } of problems) perScheme.set(scheme, (perScheme.get(scheme) ?? 0) + 1);
    for (const { p, scheme, name } of problems) {
      if (perScheme.get(scheme)! < 2) continue;
      // The name as the item's bold lead, as a short first sentence is one (no marks yet to move).
      if (p.lead === undefined && p.marks.length === 0) [p.lead, p.text] = [name[0], p.text.slice(name[0].length)];
      cases.push(
        problemCase(name[1]!, docId, taken, {
          ...(section && { sectionId: section }),
          paragraphId: p.id,
          provenance: { file: p.provenance.file, lines: [...p.provenance.lines] },
        }),
      );
    }
  }
  return cases;
}

/**
 * A problem a 通报 heads with its name (`一、某某县农业农村局原局长张某某违规收受礼品礼金问题`): the
 * name of a 问题 or 案 that says what rule was broken, so a 讲话's `一、关于提高政治站位的问题` is no case.
 */
const PROBLEM_HEADING = /^.{6,80}(?:问题|案)$/;
const VIOLATION =
  /违规|违纪|违法|违反|收受|受贿|行贿|贪污|挪用|侵占|套取|公款|私用|吃喝|滥用|失职|失责|渎职|不力|弄虚作假|形式主义|官僚主义|不作为|乱作为|懒政|庸政/;
/** A paragraph that closes the whole 通报 after its last problem (`上述问题中…`, `各级党组织要…`). */
const CLOSING = /^(?:上述|以上|这些|各级|各地|各部门|各单位|全市|全省|全县|全区)/;

/**
 * A 通报's typical problems under headings of their own (`一、某某县…张某某违规收受礼品礼金问题`
 * over the account of it): two or more sibling sections numbered alike, each named for a
 * violation and telling it. Each is a case (kind 典型案例, titled by its heading, the section); the
 * last ends before the 通报's closing paragraphs and signature, which its section holds too
 * (`through`, its last paragraph of account). Sections stay sections: a 通报 reads as it printed.
 */
export function extractProblemSections(sections: Section[], docId: DocId, taken: Set<string>): CaseStudy[] {
  const problems = sections.flatMap((s) => {
    const scheme = schemeOf(s.numbering);
    const named = s.role === 'body' && s.sections.length === 0 && PROBLEM_SCHEMES.has(scheme);
    const told = s.paragraphs.reduce((n, p) => n + p.text.length, 0) >= MIN_PROBLEM_ACCOUNT;
    return named && told && PROBLEM_HEADING.test(s.title) && VIOLATION.test(s.title) ? [{ s, scheme }] : [];
  });
  const cases =
    problems.length >= 2 && new Set(problems.map((p) => p.scheme)).size === 1
      ? problems.map(({ s }) => {
          const account = s === sections.at(-1) ? accountOf(s.paragraphs) : s.paragraphs;
          const through = account.length < s.paragraphs.length ? account.at(-1) : undefined;
          return problemCase(s.title, docId, taken, {
            sectionId: s.id,
            ...(through && { through: through.id }),
            provenance: { file: s.provenance.file, lines: [s.span[0], through?.provenance.lines[1] ?? s.span[1]] },
          });
        })
      : [];
  return [...cases, ...sections.flatMap((s) => extractProblemSections(s.sections, docId, taken))];
}

/** A last problem's paragraphs of account: up to the first after it that closes the text or signs it. */
function accountOf(paragraphs: Paragraph[]): Paragraph[] {
  const end = paragraphs.findIndex((p, i) => i > 0 && (p.role === 'signature' || CLOSING.test(p.text)));
  return end < 0 ? paragraphs : paragraphs.slice(0, end);
}
