/**
 * The passage index's posting lists and how they are split into shard files. Built at
 * `astro:build:done` (src/integrations/passage-index.ts) and read in the browser, so both sides
 * share these encoders. Passages are numbered 0…n-1 in document order.
 */

/** Bigram posting: passage number → sorted start offsets of the bigram in the folded passage text. */
export type PositionalPostings = Map<number, number[]>;
/** Unigram posting: passage number → how often the character occurs. */
export type CountPostings = Map<number, number>;

const b36 = (n: number): string => n.toString(36);
const unb36 = (s: string): number => parseInt(s, 36);

/**
 * Bigram postings as one compact string: per passage `Δpassage.pos,Δpos,…`, passages joined by `;`,
 * all numbers base 36. `{3:[0,5], 40:[2]}` → `3.0,5;11.2`.
 */
export function encodePositional(postings: PositionalPostings): string {
  let prev = 0;
  const parts: string[] = [];
  for (const pid of [...postings.keys()].sort((a, b) => a - b)) {
    const positions = postings.get(pid)!;
    let last = 0;
    const deltas = positions.map((p) => {
      const d = p - last;
      last = p;
      return b36(d);
    });
    parts.push(`${b36(pid - prev)}.${deltas.join(',')}`);
    prev = pid;
  }
  return parts.join(';');
}

/** Inverse of `encodePositional`. */
export function decodePositional(s: string): PositionalPostings {
  const out: PositionalPostings = new Map();
  let pid = 0;
  for (const part of s ? s.split(';') : []) {
    const [p, pos = ''] = part.split('.');
    pid += unb36(p!);
    let last = 0;
    out.set(pid, pos.split(',').map((d) => (last += unb36(d))));
  }
  return out;
}

/** Unigram postings: `Δpassage[.count]` joined by `;` (count left out when 1). `{3:1, 40:2}` → `3;11.2`. */
export function encodeCounts(postings: CountPostings): string {
  let prev = 0;
  const parts: string[] = [];
  for (const pid of [...postings.keys()].sort((a, b) => a - b)) {
    const n = postings.get(pid)!;
    parts.push(n === 1 ? b36(pid - prev) : `${b36(pid - prev)}.${b36(n)}`);
    prev = pid;
  }
  return parts.join(';');
}

/** Inverse of `encodeCounts`. */
export function decodeCounts(s: string): CountPostings {
  const out: CountPostings = new Map();
  let pid = 0;
  for (const part of s ? s.split(';') : []) {
    const [p, n] = part.split('.');
    pid += unb36(p!);
    out.set(pid, n === undefined ? 1 : unb36(n));
  }
  return out;
}

/** Which of `shards` files holds a gram: a 31-multiplier string hash (stable across builds). */
export function shardOf(gram: string, shards: number): number {
  let h = 0;
  for (let i = 0; i < gram.length; i++) h = (Math.imul(h, 31) + gram.charCodeAt(i)) >>> 0;
  return h % shards;
}

/** A bigram of a query run and its offset inside the run. */
export interface BigramAt {
  gram: string;
  offset: number;
}

/**
 * The fewest bigrams that cover every character of a run, with their offsets:
 * `两学一做` → `两学@0, 一做@2`; `党风廉政建设` → `党风@0, 廉政@2, 建设@4`; `学习型` → `学习@0, 习型@1`.
 * A passage holds the run exactly when it holds every cover bigram at `start + offset`.
 */
export function bigramCover(run: string): BigramAt[] {
  if (run.length < 2) return [];
  const cover: BigramAt[] = [];
  for (let i = 0; i + 1 < run.length; i += 2) cover.push({ gram: run.slice(i, i + 2), offset: i });
  if (run.length % 2 === 1) cover.push({ gram: run.slice(run.length - 2), offset: run.length - 2 });
  return cover;
}
