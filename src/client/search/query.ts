/**
 * Query parsing and expansion, pure: the raw text of the search box → terms that must all occur
 * (AND), each with the forms it may take in a passage (itself, its simplified form, the glossary's
 * term and aliases). Traditional→simplified conversion is injected (opencc-js `tw`→`cn`).
 */
import { foldText, hasHan, wordRuns } from './text.js';
import type { ConceptEntry } from './schema.js';
import type { TermForms } from './match.js';

export type { ConceptEntry } from './schema.js';

/** One clause of a query: a word (space-separated) or a "quoted phrase". */
export interface Term {
  /** The clause as typed, folded (full-width → ASCII, lowercase), without quotes. */
  text: string;
  /** Typed inside quotes. Chinese words match as exact strings either way. */
  phrase: boolean;
}

/** Quote pairs a user may type: ASCII `"…"`, Chinese `“…”`, corner brackets `「…」` and `『…』`. */
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;
/** ASCII and ideographic spaces separate AND words. */
const SPACES = /[\s\u3000]+/;

/**
 * `两学一做 "党风 廉政"  三会一课` → `[{text:'党风 廉政',phrase:true},{text:'两学一做'},{text:'三会一课'}]`.
 * Clauses without a searchable character (`、`, `""`) are dropped; duplicates are kept once.
 */
export function parseQuery(raw: string): Term[] {
  const folded = foldText(raw.normalize('NFC'));
  const terms: Term[] = [];
  const rest = folded.replace(QUOTED, (_m, a?: string, b?: string, c?: string, d?: string) => {
    const text = (a ?? b ?? c ?? d ?? '').trim().replace(/\s+/g, ' ');
    terms.push({ text, phrase: true });
    return ' ';
  });
  // An unmatched opening quote is treated as a separator, not as part of a word.
  for (const word of rest.replace(/["“”「」『』]/g, ' ').split(SPACES)) terms.push({ text: word, phrase: false });
  const seen = new Set<string>();
  return joinCitations(terms).filter((t) => {
    if (wordRuns(t.text).length === 0 || seen.has(t.text)) return false;
    seen.add(t.text);
    return true;
  });
}

/** What a term expands with. */
export interface ExpandOptions {
  /** Traditional → simplified (opencc-js `tw`→`cn`); identity when not loaded. */
  toSimplified: (s: string) => string;
  concepts: readonly ConceptEntry[];
}

/** The glossary entry whose term or an alias equals `s` (folded), if any. */
export function findConcept(s: string, concepts: readonly ConceptEntry[]): ConceptEntry | undefined {
  const key = foldText(s);
  return concepts.find((c) => foldText(c.term) === key || c.aliases.some((a) => foldText(a) === key));
}

/**
 * Every string a passage may contain for the term to count as found, first the one typed:
 * `黨風廉政建設` → `['黨風廉政建設','党风廉政建设']`; `八项规定` → `['八项规定','中央八项规定']`
 * when the glossary lists that alias.
 */
export function expandTerm(term: Term, opts: ExpandOptions): string[] {
  const simplified = foldText(opts.toSimplified(term.text));
  const forms = [term.text, simplified];
  const concept = findConcept(simplified, opts.concepts) ?? findConcept(term.text, opts.concepts);
  if (concept) forms.push(...[concept.term, ...concept.aliases].map(foldText));
  return [...new Set(forms)];
}

/** An article's label as printed: `第三条`, `第12条`, traditional `第三條`. */
const ARTICLE = '第[一二三四五六七八九十百零〇两兩0-9]+[条條]';

/**
 * An article cited by the work it belongs to, as a reader cites it: `党章第三条`,
 * `《中国共产党章程》第三条`, `支部工作条例第十二条` → the work as typed and the article's label.
 * A 章 or 节 (`第一章第三条`) names no work.
 */
const CITED_ARTICLE = new RegExp(`^《?([^《》]+?)》?(${ARTICLE})$`);

/** `党章第三条` → `{ work: '党章', article: '第三条' }`; undefined when the term cites no article of a work. */
export function citedArticle(text: string): { work: string; article: string } | undefined {
  const m = CITED_ARTICLE.exec(text);
  if (!m) return undefined;
  const work = m[1]!.trim();
  if ([...work].filter(hasHan).length < 2 || /^第.+[章节编篇]$/.test(work)) return undefined;
  return { work, article: m[2]! };
}

/**
 * Whether a document's title is the work a reader's short title names: its characters stand in
 * the title in the same order, as a Chinese abbreviation takes them (党章 for 中国共产党章程,
 * 支部工作条例 for 中国共产党支部工作条例（试行）). Punctuation and spaces in the short title are ignored.
 */
export function namesWork(title: string, work: string): boolean {
  const t = foldText(title);
  let at = 0;
  for (const run of wordRuns(foldText(work)))
    for (const c of run.text) {
      at = t.indexOf(c, at) + 1;
      if (at === 0) return false;
    }
  return true;
}

/** An article's label alone: `第三条`. */
const ARTICLE_LABEL = new RegExp(`^${ARTICLE}$`);

/** A work and its article typed apart (`党章 第三条`) are one citation, as typed together. */
function joinCitations(terms: Term[]): Term[] {
  const out: Term[] = [];
  for (const t of terms) {
    const before = out.at(-1);
    const joined = before && !before.phrase && !t.phrase && ARTICLE_LABEL.test(t.text) && `${before.text}${t.text}`;
    if (joined && citedArticle(joined)) out[out.length - 1] = { text: joined, phrase: false };
    else out.push(t);
  }
  return out;
}

/**
 * A query's terms with the forms each may take in a passage (`expandTerm`) and which of them are
 * as typed. A term citing an article of a work (`党章第三条`) also finds that article's passages in
 * documents whose title the work names (`within`), as well as the passages that print the citation.
 */
export function termFormsOf(terms: readonly Term[], opts: ExpandOptions): TermForms[] {
  return terms.map((t) => {
    const simplified = foldText(opts.toSimplified(t.text));
    const forms = expandTerm(t, opts);
    const exact = new Set([t.text, simplified]);
    const cited = citedArticle(simplified);
    if (!cited || forms.includes(cited.article)) return { forms, exact };
    exact.add(cited.article);
    return { forms: [...forms, cited.article], exact, within: new Map([[cited.article, cited.work]]) };
  });
}

/** The concept whose card to show: the whole query is one term equal to a glossary term or alias. */
export function conceptForQuery(terms: readonly Term[], opts: ExpandOptions): ConceptEntry | undefined {
  if (terms.length !== 1) return undefined;
  const t = terms[0]!.text;
  return findConcept(foldText(opts.toSimplified(t)), opts.concepts) ?? findConcept(t, opts.concepts);
}

/** What stands between a slogan's parts in print: `立党为公、执政为民`, `不忘初心，牢记使命`. */
const PART_SEPARATORS = ['、', '，'] as const;
/** Shortest part of a slogan (`门难进、脸难看、事难办`), longest term read as one. */
const MIN_PART = 2;
const SLOGAN = /^\p{Script=Han}{4,12}$/u;

/**
 * The ways a term typed without punctuation may be printed as a slogan of parts, best guess first:
 * two parts apart by `、` or `，` (the evener split first), then three parts apart by `、`; every
 * part two characters or more. Empty unless the term is 4–12 Chinese characters.
 * `立党为公执政为民` → `['立党为公、执政为民', '立党为、公执政为民', '立党为公执、政为民', …]`.
 */
export function punctuatedVariants(text: string): string[] {
  if (!SLOGAN.test(text)) return [];
  const n = text.length;
  const cuts: number[] = [];
  for (let k = MIN_PART; k <= n - MIN_PART; k++) cuts.push(k);
  cuts.sort((a, b) => Math.abs(2 * a - n) - Math.abs(2 * b - n) || a - b);
  const out = PART_SEPARATORS.flatMap((sep) => cuts.map((k) => `${text.slice(0, k)}${sep}${text.slice(k)}`));
  for (let i = MIN_PART; i <= n - 2 * MIN_PART; i++)
    for (let j = i + MIN_PART; j <= n - MIN_PART; j++)
      out.push(`${text.slice(0, i)}、${text.slice(i, j)}、${text.slice(j)}`);
  return out;
}
