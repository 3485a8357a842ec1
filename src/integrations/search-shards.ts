/**
 * The passage index in shards, pure. Pagefind's indexer holds every record's words in memory and
 * builds its index twice over them (once to report, once to write): at 100× the real corpus, 7.6
 * million (word, record) pairs took its process to 6.2 GB. So records go to Pagefind in shards of
 * at most `maxWords` pairs, one indexer process each, closed before the next starts, which bounds
 * its memory at any corpus size. The first shard is the site's Pagefind bundle; the others are
 * bundles in its subfolders, which the browser adds with Pagefind's `mergeIndex`: they share the
 * first's WebAssembly and each adds only its entry file and its part of the metadata, and a word
 * is looked up in each (a few KB more per lookup). Records are never split and keep their order.
 */
import type { SearchRecord } from './search-records.js';

/**
 * (word, record) pairs one indexer process takes. Pagefind's process needs about 0.8 KB for each
 * (6.2 GB for 7.6 million, 3.35 GB for 3.8 million, measured), and the Node process that feeds it
 * holds the corpus and the records meanwhile (about 0.9 GB at ×100): at 3 million a shard, the
 * search step stays under about 3.5 GB all told. The real corpus (0.08 million) and ten times it
 * stay one bundle; ×100 (7.6 million) is three.
 */
export const SHARD_WORDS = 3_000_000;

/** The (word, record) pairs of a record: its distinct words. */
export const recordWords = (r: SearchRecord): number => (r.content === '' ? 0 : r.content.split(' ').length);

/** The folder of shard `k` inside the Pagefind bundle: '' for the bundle itself, then `s1/`, `s2/` … */
export const shardDir = (k: number): string => (k === 0 ? '' : `s${k}/`);

/**
 * `records` in the fewest consecutive shards of at most `maxWords` pairs, as even as whole
 * records allow (a record larger than `maxWords` is a shard of its own).
 */
export function shardRecords(records: readonly SearchRecord[], maxWords = SHARD_WORDS): SearchRecord[][] {
  const words = records.map(recordWords);
  const total = words.reduce((a, b) => a + b, 0);
  const count = Math.max(1, Math.ceil(total / maxWords));
  const target = total / count;
  const shards: SearchRecord[][] = [[]];
  let inShard = 0;
  let before = 0;
  records.forEach((r, i) => {
    const w = words[i]!;
    const current = shards[shards.length - 1]!;
    // Start the next shard where the running total passes the next even cut, or where this record would overflow.
    const pastCut = before >= target * shards.length && shards.length < count;
    if (current.length > 0 && (pastCut || inShard + w > maxWords)) {
      shards.push([r]);
      inShard = w;
    } else {
      current.push(r);
      inShard += w;
    }
    before += w;
  });
  return shards;
}
