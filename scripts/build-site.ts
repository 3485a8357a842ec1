/**
 * `npm run build`: run the pipeline (scripts/build.ts), then `astro build` into a staging directory,
 * and only when both succeeded swap the staging directory into `dist/` (or `$DJ_OUT_DIR`). A failed
 * build leaves the previous `dist/` untouched and no half-written one.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildGenerated, defaultBuildOptions, reportBadInput } from './build.js';
import { swapDirectory } from './io/write-output.js';
import { outputUpToDate, siteKey, stampOutput } from './io/pipeline-cache.js';
import { progress } from './util/progress.js';

const log = (line: string): void => console.log(`[build] ${line}`);

/** Build the whole site; returns the process exit code. */
export function buildSite(): number {
  const t0 = performance.now();
  // DJ_OUT_DIR names the final site directory here; astro itself gets the staging directory.
  const dist = resolve(process.env.DJ_OUT_DIR ?? 'dist');
  // Staging inside the project: Astro puts its prerender chunks in the shared `.astro/` when the
  // out dir lies outside the working directory, and concurrent builds would then collide.
  const staging = resolve(`.dist-staging-${process.pid}`);
  let key: string | undefined;
  try {
    const generated = buildGenerated({ ...defaultBuildOptions, log, progress });
    key = generated.key && siteKey(generated.key);
  } catch (e) {
    reportBadInput(e, 'nothing was written; dist/ is unchanged.');
    return 1;
  }
  const cacheDir = defaultBuildOptions.cacheDir;
  // Same generated files, same site code, same options, dist/ untouched since: Astro would
  // rebuild the same site (the build is deterministic), so it is skipped.
  if (cacheDir && key && outputUpToDate(cacheDir, dist, key)) {
    log(
      `Nothing changed since the last site build: ${dist} is up to date (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    return 0;
  }
  rmSync(staging, { recursive: true, force: true });
  // --force: the content-layer cache would otherwise keep modules of an earlier generated dir.
  const astro = spawnSync('npx', ['astro', 'build', '--force'], {
    stdio: 'inherit',
    // No telemetry request leaves the machine during a build.
    env: { ...process.env, DJ_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error('[build] astro build failed; dist/ is unchanged.');
    return astro.status ?? 1;
  }
  swapDirectory(staging, dist);
  if (cacheDir && key) stampOutput(cacheDir, dist, key);
  log(`Site written to ${dist} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = buildSite();
