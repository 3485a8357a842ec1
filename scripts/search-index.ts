/**
 * `tsx scripts/search-index.ts <site dir>`: the search step of `npm run build` (src/integrations/
 * pagefind.ts `writeSearchIndex`), run by scripts/build-site.ts in a process of its own once
 * `astro build` has exited. Reads the generated data from `DJ_GENERATED_DIR` (default `.generated`)
 * and the shard size from `DJ_SEARCH_SHARD_WORDS`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeSearchIndex, shardWordsFromEnv, writeSearchIndex } from '../src/integrations/pagefind.js';

export async function main(argv = process.argv.slice(2)): Promise<void> {
  if (argv.length !== 1) throw new Error('usage: tsx scripts/search-index.ts <site dir>');
  const t0 = Date.now();
  const written = await writeSearchIndex(resolve(argv[0]!), shardWordsFromEnv());
  console.log(`[build] ${describeSearchIndex(written, Date.now() - t0)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
