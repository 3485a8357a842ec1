/**
 * `npm run build`: run the pipeline (scripts/build.ts), then `astro build` into a staging directory,
 * then the search index (scripts/search-index.ts), and only when all three succeeded swap the
 * staging directory into `dist/` (or `$DJ_OUT_DIR`). A failed build leaves the previous `dist/`
 * untouched and no half-written one.
 *
 * Each step is a process of its own, run one after another, so the memory of one (the pipeline's
 * corpus, Astro's modules, Pagefind's indexer) is returned before the next starts: the build needs
 * the largest of the three, not their sum (at ×100 about 2.1, 3.4 and 3.4 GB, measured with
 * scripts/bench/tree-rss.sh).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultBuildOptions } from './build.js';
import { swapDirectory } from './io/write-output.js';
import { outputUpToDate, siteKey, stampedKey, stampOutput } from './io/pipeline-cache.js';
import { SEPARATE_SEARCH_STEP } from '../src/integrations/pagefind.js';
import { pipelineNodeArgs, tsxNodeArgs } from './util/node-flags.js';

const log = (line: string): void => console.log(`[build] ${line}`);

/** Run a step with the terminal's stdio; its own output says what went wrong. */
const step = (command: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<Buffer> =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

/** A TypeScript script of this repository, in a fresh Node process. */
const script = (file: string, ...args: string[]): SpawnSyncReturns<Buffer> =>
  step(process.execPath, tsxNodeArgs(file, ...args));

const exitCode = (r: SpawnSyncReturns<Buffer>): number => r.status ?? 1;

/** Build the whole site; returns the process exit code. */
export function buildSite(): number {
  const t0 = performance.now();
  // DJ_OUT_DIR names the final site directory here; astro itself gets the staging directory.
  const dist = resolve(process.env.DJ_OUT_DIR ?? 'dist');
  // Staging inside the project: Astro puts its prerender chunks in the shared `.astro/` when the
  // out dir lies outside the working directory, and concurrent builds would then collide.
  const staging = resolve(`.dist-staging-${process.pid}`);
  const pipeline = step(process.execPath, pipelineNodeArgs('scripts/build.ts'));
  if (pipeline.status !== 0) {
    // The pipeline printed the bad input's file and line (or a bug's stack).
    console.error('[build] dist/ is unchanged.');
    return exitCode(pipeline);
  }
  const { cacheDir, outDir } = defaultBuildOptions;
  const pipelineKey = cacheDir && stampedKey(cacheDir, outDir);
  const key = pipelineKey && siteKey(pipelineKey);
  // Same generated files, same site code, same options, dist/ untouched since: Astro would
  // rebuild the same site (the build is deterministic), so it is skipped.
  if (cacheDir && key && outputUpToDate(cacheDir, dist, key)) {
    log(
      `Nothing changed since the last site build: ${dist} is up to date (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    return 0;
  }
  rmSync(staging, { recursive: true, force: true });
  const fail = (what: string, r: SpawnSyncReturns<Buffer>): number => {
    rmSync(staging, { recursive: true, force: true });
    console.error(`[build] ${what} failed; dist/ is unchanged.`);
    return exitCode(r);
  };
  // --force: the content-layer cache would otherwise keep modules of an earlier generated dir.
  const astro = step('npx', ['astro', 'build', '--force'], {
    DJ_OUT_DIR: staging,
    // No telemetry request leaves the machine during a build.
    ASTRO_TELEMETRY_DISABLED: '1',
    [SEPARATE_SEARCH_STEP]: '1',
  });
  if (astro.status !== 0) return fail('astro build', astro);
  const search = script('scripts/search-index.ts', staging);
  if (search.status !== 0) return fail('the search index', search);
  swapDirectory(staging, dist);
  if (cacheDir && key) stampOutput(cacheDir, dist, key);
  log(`Site written to ${dist} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = buildSite();
