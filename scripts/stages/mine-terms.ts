/**
 * Term mining: candidate policy terms the glossary does not have yet — quoted phrases (“…”),
 * numeric formulas (四个…, 三会一课-style N+N), frequent jieba keywords — with counts and
 * locations, and the expansion where the corpus spells a formula's members out. Pure.
 */
import { formsOf, type Glossary } from '../model/concept.js';
import { addCounts, jiebaIdf, topKeywords, type TermCounts } from '../util/keywords.js';
import type { DocumentKeywords } from './document-keywords.js';
import { passagesOf, passageText, type Passage } from './concepts/passages.js';
import { pageFolds } from './page-fold.js';
import type { Document } from '../model/document.js';
import { compareCodeUnits } from '../util/sort.js';
import type { CandidateLocation, ProposedExpansion, TermCandidate, TermReport } from '../../src/schemas/knowledge.js';
import { phraseTrie, scanPhrases } from '../util/phrase-scan.js';
import { unitTable } from '../util/unit-table.js';
import { isNoiseTerm } from './term-noise.js';

// The report's shapes are the schema of term-candidates.json.
export type { CandidateLocation, ProposedExpansion, TermCandidate, TermReport };

/** Thresholds of term mining. */
export interface MineOptions {
  /** How often a quoted phrase must be quoted (formulas have their own rule: quoted once, or unquoted twice). */
  minQuoted: number;
  /** How often a jieba keyword must occur. */
  minKeyword: number;
  /** How many corpus-wide jieba keywords are considered. */
  keywordTop: number;
  /** Locations kept per candidate. */
  maxLocations: number;
}

/** The thresholds the build uses. */
export const defaultMineOptions: MineOptions = { minQuoted: 2, minKeyword: 5, keywordTop: 100, maxLocations: 10 };

/** Heads of counting phrases that are not formulas (两个方面, 七个阶段). */
const GENERIC_HEADS = /(?:方面|阶段|环节|部分|问题|层次|步骤|小时|月|年|天|人|次|个|条)$/;

/** Numerals a formula starts with (一 only in N+N forms: `一岗双责`; `一个` is just "a"). */
const NUM = '一二两三四五六七八九十双';
/** Any numeral character, incl. 百千 and 第 (ordinals): such a left neighbour means the numeral is
 * part of a longer number (`十八大精神` ⊅ `八大精神`, `第三个`), so it is no formula. */
const NUM_CONTEXT = /[一二两三四五六七八九十百千万零〇第\d]/;
/** NUM_CONTEXT as a table of UTF-16 units: it runs on every phrase hit of the corpus. */
const NUMERAL_UNIT = unitTable(NUM_CONTEXT);
/** True when the text right before `at` is a numeral (the left neighbour alone decides). */
const afterNumeral = (text: string, at: number): boolean => at > 0 && NUMERAL_UNIT[text.charCodeAt(at - 1)] === 1;

/**
 * A numeric formula:
 *   [二两三四五六七八九十]   one numeral (两 / 四 …)
 *   [个项种大条型有化严实好必]  a counter or formula marker (四个, 四项, 四种, 五型, 四有, 三化)
 *   \p{Han}{1,4}             the head (意识, 自信, 基本原则 …)
 * or the N+N form  [numeral]\p{Han}[numeral]\p{Han}  (两学一做, 三会一课, 一岗双责, 五帮五推).
 */
const FORMULA = new RegExp(
  `[二两三四五六七八九十][个项种条大型有化严实必](?:\\p{Script=Han}){1,4}|[${NUM}]\\p{Script=Han}[${NUM}]\\p{Script=Han}`,
  'gu',
);
/** A quoted phrase of 2–12 characters without clause punctuation: “廉政食堂”. */
const QUOTED = /“([^“”，。；：！？,\n]{2,12})”/g;
const HAN = /^\p{Script=Han}+$/u;

const locationOf = (p: Passage): CandidateLocation => ({ docId: p.leaf.id, paragraphId: p.paragraph.id, url: p.url });

/**
 * A formula whose members can be spelled out (`四个意识`): how many, the head, the list pattern,
 * and the pattern of a point that opens with one member (`树立率先意识，…`).
 */
interface MemberPattern {
  n: number;
  head: string;
  list: RegExp;
  opening: RegExp;
}

/**
 * The list pattern of `四个意识` (N=4, head 意识): exactly N items of two characters + head, joined
 * by 、 and a final 、/和/与/及 (a longer list is another formula's); undefined for other terms.
 */
function memberPattern(formula: string): MemberPattern | undefined {
  const m = /^([二两三四五六七八九十])[个项种条](\p{Script=Han}{2,4})$/u.exec(formula);
  if (!m) return undefined;
  const n = '一二三四五六七八九十'.indexOf(m[1] === '两' ? '二' : m[1]!) + 1;
  const head = m[2]!;
  const item = `\\p{Script=Han}{2}${head}`;
  // Not preceded or followed by another such item: three of the 四个意识 are no 三种意识.
  const list = new RegExp(
    `(?<!${head}[、和与及])(${item})${`、(${item})`.repeat(n - 2)}(?:、|和|与|及)(${item})(?![、和与及]\\p{Script=Han}{2}${head})`,
    'u',
  );
  // A point opens with its member, after at most a four-character verb or ordinal (树立, 一是强化).
  const opening = new RegExp(`^\\p{Script=Han}{0,4}?(${item})`, 'u');
  return { n, head, list, opening };
}

const membersIn = (pattern: MemberPattern, text: string): string[] | undefined => {
  const hit = pattern.list.exec(text);
  return hit ? hit.slice(1, pattern.n + 1) : undefined;
};

/**
 * Members of a formula set out as points: the `n` texts after a paragraph that names it (`树立“三种
 * 意识”，…` then `树立率先意识，…`, `树立效率意识，…`, `树立品牌意识，…`) each open with a different
 * member, and the text after them opens with none (three of four points are no 三种意识).
 * @param following the texts after the formula's paragraph, in reading order, on its page.
 */
export function pointMembers(formula: string, following: readonly string[]): string[] | undefined {
  const pattern = memberPattern(formula);
  return pattern && membersOpening(pattern, following);
}

function membersOpening(pattern: MemberPattern, following: readonly string[]): string[] | undefined {
  const opened = following.slice(0, pattern.n + 1).map((t) => pattern.opening.exec(t)?.[1]);
  const members = opened.slice(0, pattern.n);
  if (members.length < pattern.n || opened[pattern.n] !== undefined) return undefined;
  if (members.some((m) => m === undefined) || new Set(members).size < pattern.n) return undefined;
  return members as string[];
}

/**
 * Members of a formula spelled out in a text: `四个意识` (N=4, head 意识) matches
 * `政治意识、大局意识、核心意识和看齐意识`.
 */
export function spelledOutMembers(formula: string, text: string): string[] | undefined {
  const pattern = memberPattern(formula);
  return pattern && membersIn(pattern, text);
}

/** Passage indices (reading order) where each phrase occurs; `counted` skips hits after a numeral. */
function phraseHits(
  texts: readonly string[],
  phrases: readonly string[],
  counted: boolean,
): { hits: number[][]; counts: number[] } {
  const trie = phraseTrie(phrases);
  const hits = phrases.map((): number[] => []);
  const counts = phrases.map(() => 0);
  texts.forEach((text, i) => {
    scanPhrases(text, trie, (phrase, at) => {
      if (counted && afterNumeral(text, at)) return;
      counts[phrase] = counts[phrase]! + 1;
      const list = hits[phrase]!;
      if (list[list.length - 1] !== i) list.push(i);
    });
  });
  return { hits, counts };
}

/**
 * Look for the members in the formula's own paragraphs, then in points that follow one of them,
 * then in its documents, then anywhere.
 * @param withHead passages (indices, reading order) containing the formula's head: the only ones a
 *   list of its members can be in, so a formula costs its head's passages, not the whole corpus.
 */
function proposeExpansion(
  formula: string,
  hits: readonly number[],
  withHead: ReadonlyMap<string, readonly number[]>,
  passages: readonly Passage[],
  texts: readonly string[],
): ProposedExpansion | undefined {
  const pattern = memberPattern(formula);
  if (!pattern) return undefined;
  /** A list of the members in one of `indices`' texts. */
  const listed = (scope: ProposedExpansion['scope'], indices: readonly number[]): ProposedExpansion | undefined => {
    for (const i of indices) {
      const members = membersIn(pattern, texts[i]!);
      if (members) return { members, location: locationOf(passages[i]!), scope };
    }
    return undefined;
  };
  /** Points opening with the members right after one of the formula's paragraphs, on its page. */
  const points = (): ProposedExpansion | undefined => {
    for (const i of hits) {
      const page = passages[i]!.leaf.id;
      const after: string[] = [];
      for (let j = i + 1; j <= i + pattern.n + 1 && passages[j]?.leaf.id === page; j += 1) after.push(texts[j]!);
      const members = membersOpening(pattern, after);
      if (members) return { members, location: locationOf(passages[i + 1]!), scope: 'following-points' };
    }
    return undefined;
  };
  const leaves = new Set(hits.map((i) => passages[i]!.leaf.id));
  const anywhere = withHead.get(pattern.head) ?? [];
  return (
    listed('same-paragraph', hits) ??
    points() ??
    listed(
      'same-document',
      anywhere.filter((i) => leaves.has(passages[i]!.leaf.id)),
    ) ??
    listed('elsewhere', anywhere)
  );
}

/**
 * Mine candidate terms from segmented documents; corpus keywords come from the documents' keyword
 * input (`documentKeywords`, one per root, in order).
 * @example mineTerms(roots, glossary, keywords).candidates → [{text:'廉政食堂', kind:'quoted', count:…}, …] (no `八大精神`)
 */
export function mineTerms(
  roots: readonly Document[],
  glossary: Glossary,
  keywords: readonly DocumentKeywords[],
  options: Partial<MineOptions> = {},
): TermReport {
  const opts = { ...defaultMineOptions, ...options };
  const passages = passagesOf(roots).filter((p) => /\p{Script=Han}/u.test(p.paragraph.text));
  const known = new Set(glossary.concepts.flatMap(formsOf));
  // A keyword that is part of a glossary form or contains one (党风廉政 ⊂ 党风廉政建设) is covered.
  const covered = (s: string, kind: TermCandidate['kind']) =>
    known.has(s) || (kind === 'keyword' && [...known].some((k) => k.includes(s) || s.includes(k)));

  // A page in traditional characters is read in simplified ones, as its keywords are counted.
  const foldOf = pageFolds();
  const texts = passages.map((p) => foldOf(p.leaf)(passageText(p.paragraph)));
  const found = new Map<string, { kind: TermCandidate['kind']; quoted: number }>();
  const discarded = new Map<string, number>();
  for (const text of texts) {
    for (const q of text.matchAll(QUOTED)) {
      const s = q[1]!;
      if (!HAN.test(s)) continue;
      const f = found.get(s) ?? { kind: 'quoted', quoted: 0 };
      f.quoted += 1;
      found.set(s, f);
    }
    for (const f of text.matchAll(FORMULA)) {
      if (afterNumeral(text, f.index)) {
        discarded.set(f[0], (discarded.get(f[0]) ?? 0) + 1);
        continue;
      }
      const entry = found.get(f[0]) ?? { kind: 'formula', quoted: 0 };
      entry.kind = 'formula';
      found.set(f[0], entry);
    }
  }
  // The corpus's TF-IDF keywords: its documents' term counts summed (as if its text were cut at once).
  const counts = keywords.reduce((into, k) => addCounts(into, k.terms), new Map() as TermCounts);
  for (const { word } of topKeywords(counts, opts.keywordTop, jiebaIdf())) {
    if (word.length >= 3 && HAN.test(word) && !found.has(word)) found.set(word, { kind: 'keyword', quoted: 0 });
  }

  // Idioms and number fragments (二十一世) have a formula's shape but are no terms.
  const open = [...found].filter(([text, { kind }]) => !covered(text, kind) && !isNoiseTerm(text));
  const occurrences = phraseHits(
    texts,
    open.map(([text]) => text),
    true,
  );
  const kept: { candidate: TermCandidate; hits: number[] }[] = [];
  open.forEach(([text, { kind, quoted }], k) => {
    const hits = occurrences.hits[k]!;
    const count = occurrences.counts[k]!;
    // A quoted formula counts even once; an unquoted one needs repetition, a real head (not 两个方面)
    // and no 大 marker (中共七大 is a congress); a quoted phrase must be quoted repeatedly.
    if (kind === 'formula' && quoted === 0 && (count < 2 || GENERIC_HEADS.test(text) || text[1] === '大')) return;
    if (kind === 'quoted' && quoted < opts.minQuoted) return;
    if (kind === 'keyword' && count < opts.minKeyword) return;
    if (count === 0) return;
    kept.push({
      candidate: {
        text,
        kind,
        count,
        quoted,
        locations: hits.slice(0, opts.maxLocations).map((i) => locationOf(passages[i]!)),
      },
      hits,
    });
  });
  // Glossary formulas without an expansion look for theirs too (any occurrence of the term counts).
  const unexpanded = glossary.concepts.filter((c) => !c.expansion || c.expansionEditorial);
  const termHits = phraseHits(
    texts,
    unexpanded.map((c) => c.term),
    false,
  ).hits;
  const heads = [
    ...new Set(
      [...kept.map(({ candidate }) => candidate.text), ...unexpanded.map((c) => c.term)].flatMap(
        (f) => memberPattern(f)?.head ?? [],
      ),
    ),
  ];
  const headHits = phraseHits(texts, heads, false).hits;
  const withHead = new Map(heads.map((h, k) => [h, headHits[k]!]));

  const candidates: TermCandidate[] = kept.map(({ candidate, hits }) => {
    const proposal =
      candidate.kind === 'formula' ? proposeExpansion(candidate.text, hits, withHead, passages, texts) : undefined;
    return proposal ? { ...candidate, proposedExpansion: proposal } : candidate;
  });
  const rank = { formula: 0, quoted: 1, keyword: 2 } as const;
  candidates.sort((a, b) => rank[a.kind] - rank[b.kind] || b.count - a.count || compareCodeUnits(a.text, b.text));

  const glossaryExpansions: TermReport['glossaryExpansions'] = [];
  unexpanded.forEach((c, k) => {
    const proposal = proposeExpansion(c.term, termHits[k]!, withHead, passages, texts);
    if (proposal) glossaryExpansions.push({ conceptId: c.id, term: c.term, ...proposal });
  });
  const thrown = [...discarded]
    .filter(([text]) => !found.has(text))
    .map(([text, count]) => ({ text, reason: 'part-of-longer-number' as const, count }))
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.text, b.text));
  return { candidates, glossaryExpansions, discarded: thrown };
}
