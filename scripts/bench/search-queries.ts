/**
 * The search benchmark's query set and ground truth, pure and independent of the search code:
 * a passage is relevant to a term when its text (lead + text, case-folded) contains the term, one
 * of its glossary aliases, or its simplified form (opencc-js tw→cn); space-separated words must
 * all occur; a quoted phrase must occur as typed.
 */
import type { Passage } from '../../src/client/search/corpus.js';

/** Query categories reported separately. */
export type QueryKind = 'term' | 'mined' | 'subterm' | 'two-word' | 'phrase' | 'single' | 'traditional' | 'english';

/** One benchmark query. */
export interface BenchQuery {
  kind: QueryKind;
  q: string;
  /** For a traditional query: the simplified query whose results it must equal. */
  sameAs?: string;
}

/** A glossary entry as content/concepts.yaml spells it. */
export interface GlossaryTerm {
  term: string;
  aliases: string[];
}

/** Hand-picked queries of the kinds the issue names (terms come from the glossary and the corpus). */
export const FIXED_QUERIES: BenchQuery[] = [
  ...['廉政', '从严治党', '政治生活', '治党', '党组织', '组织生活', '学习教育', '廉政建设'].map((q) => ({
    kind: 'subterm' as const,
    q,
  })),
  ...[
    '从严治党 廉政',
    '两学一做 党支部',
    '三会一课 组织生活会',
    '民主生活会 批评',
    '党风廉政建设 责任制',
    '党员 教育 管理',
  ].map((q) => ({ kind: 'two-word' as const, q })),
  ...['"三会一课"', '"学习型党组织"', '"党史学习教育"', '“两学一做”', '"组织生活会"'].map((q) => ({
    kind: 'phrase' as const,
    q,
  })),
  ...['党', '纪', '课', '廉', '学', '会', '治'].map((q) => ({ kind: 'single' as const, q })),
  ...(
    [
      ['黨風廉政建設', '党风廉政建设'],
      ['民主生活會', '民主生活会'],
      ['三會一課', '三会一课'],
      ['兩學一做', '两学一做'],
      ['從嚴治黨', '从严治党'],
      ['組織生活會', '组织生活会'],
      ['發展黨員', '发展党员'],
      ['學習型黨組織', '学习型党组织'],
    ] as const
  ).map(([q, sameAs]) => ({ kind: 'traditional' as const, q, sameAs })),
  ...['party building', 'clean government', 'Party', 'ideological', 'CPC'].map((q) => ({
    kind: 'english' as const,
    q,
  })),
];

/** Quoted phrases “…” of 2–10 Han characters that occur at least twice: mined policy terms. */
export function mineQuotedTerms(passages: readonly Passage[], limit = 60): string[] {
  const counts = new Map<string, number>();
  for (const p of passages) {
    for (const m of p.text.matchAll(/“(\p{Script=Han}{2,10})”/gu)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}

/** Every query: one per glossary term, mined quoted terms not in the glossary, then the fixed ones. */
export function buildQuerySet(glossary: readonly GlossaryTerm[], passages: readonly Passage[]): BenchQuery[] {
  const terms = glossary.map((g) => g.term);
  const known = new Set(glossary.flatMap((g) => [g.term, ...g.aliases]));
  const mined = mineQuotedTerms(passages).filter((t) => !known.has(t));
  return [
    ...terms.map((q) => ({ kind: 'term' as const, q })),
    ...mined.map((q) => ({ kind: 'mined' as const, q })),
    ...FIXED_QUERIES,
  ];
}

/**
 * Lowercase and full-width → ASCII (the folding any reader expects of a search box), quotation
 * and title marks left out (a reader of `“两学一做”学习教育` has read 两学一做学习教育). Written
 * here apart from the site's own folding (src/client/search/text.ts), so that the benchmark
 * checks it instead of repeating it.
 */
export const fold = (s: string): string =>
  s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/["'“”‘’「」『』《》〈〉]/g, '');

/** The strings that count as an occurrence of one clause. */
export function formsOfClause(
  clause: string,
  glossary: readonly GlossaryTerm[],
  toSimplified: (s: string) => string,
): string[] {
  const simp = toSimplified(clause);
  const entry = glossary.find((g) => [g.term, ...g.aliases].some((f) => f === clause || f === simp));
  return [...new Set([clause, simp, ...(entry ? [entry.term, ...entry.aliases] : [])].map(fold))];
}

/** Passage numbers relevant to a query (each clause must occur in one of its forms). */
export function relevantPassages(
  q: string,
  passages: readonly Passage[],
  glossary: readonly GlossaryTerm[],
  toSimplified: (s: string) => string,
): number[] {
  const quoted = [...q.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!);
  const words = q
    .replace(/["“][^"”]+["”]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const clauses = [...quoted, ...words].map((c) => formsOfClause(c, glossary, toSimplified));
  return passages.flatMap((p, pid) => {
    // A parallel translation is searched with its passage.
    const text = fold(p.translation ? `${p.text}\n${p.translation}` : p.text);
    return clauses.every((forms) => forms.some((f) => text.includes(f))) ? [pid] : [];
  });
}

/** A query with one result filter chosen, and the passages it must then find. */
export interface FilteredQuery {
  q: string;
  facet: 'kind' | 'document' | 'concept';
  value: string;
  expected: number[];
}

/**
 * Filtered searches: for each of the `n` queries with the most relevant passages, those narrowed
 * to the last document holding one (in library order, as a text added last), to the kind holding
 * the fewest, and to the concept the fewest mention (at least two). `relevant` lists each query's
 * passages; `valuesOf` gives a passage's filter values (as the search page's filters name them).
 */
export function filteredQueries(
  relevant: readonly { q: string; pids: readonly number[] }[],
  valuesOf: (pid: number) => { kind: string; document: string; concepts: readonly string[] },
  n = 5,
): FilteredQuery[] {
  const top = [...relevant].sort((a, b) => b.pids.length - a.pids.length || (a.q < b.q ? -1 : 1)).slice(0, n);
  return top.flatMap(({ q, pids }) => {
    const narrowed = (facet: FilteredQuery['facet'], value: string): FilteredQuery => ({
      q,
      facet,
      value,
      expected: pids.filter((pid) => {
        const v = valuesOf(pid);
        return facet === 'concept' ? v.concepts.includes(value) : v[facet] === value;
      }),
    });
    const fewest = (values: string[], least = 1) => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [...counts].filter(([, c]) => c >= least).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    };
    const lastDoc = valuesOf(Math.max(...pids)).document;
    const kind = fewest(pids.map((pid) => valuesOf(pid).kind));
    const concept = fewest(
      pids.flatMap((pid) => valuesOf(pid).concepts),
      2,
    );
    return [
      narrowed('document', lastDoc),
      ...(kind === undefined ? [] : [narrowed('kind', kind)]),
      ...(concept === undefined ? [] : [narrowed('concept', concept)]),
    ];
  });
}
