/**
 * Determinism of the whole site (issue #5): a second `npm run build` of the same sources into
 * another directory gives byte-identical HTML, JSON and XML. It costs a full build, so it runs
 * only when this test run built the site itself (always in CI, or after the sources changed).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { compareDirs } from '../../scripts/quality/compare-dirs.js';
import { siteDir } from './support/browser.js';

/** Files the issue requires to be identical; others (e.g. Pagefind's binary index) are reported. */
const MUST_MATCH = /\.(html|json|xml|txt|mdx)$/;

describe('determinism', () => {
  test.runIf(inject('siteBuiltNow'))(
    'a second build of the same sources gives byte-identical HTML and JSON',
    async () => {
      // Inside the project: with an outDir outside the cwd, Astro leaves its server chunks in it.
      await mkdir(join('node_modules', '.cache'), { recursive: true });
      const tmp = await mkdtemp(join('node_modules', '.cache', 'dj-rebuild-'));
      try {
        const out = resolve(tmp, 'dist');
        const run = spawnSync('npm', ['run', 'build'], {
          // Same generated-MDX directory as the first build: only the output directory differs.
          env: { ...process.env, DJ_OUT_DIR: out, DJ_DIST_DIR: out },
          encoding: 'utf8',
        });
        expect(run.status, `second build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`).toBe(0);
        const { files, differences } = await compareDirs(siteDir(), out, (f) => MUST_MATCH.test(f));
        const other = (await compareDirs(siteDir(), out, (f) => !MUST_MATCH.test(f))).differences;
        if (other.length) console.log(`[determinism] other files that differ (not failing):\n  ${other.join('\n  ')}`);
        console.log(`[determinism] ${files} HTML/JSON/XML files compared`);
        expect(files).toBeGreaterThan(5);
        expect(
          differences.length,
          `${differences.length} of ${files} files differ between two builds:\n  ${differences.slice(0, 40).join('\n  ')}`,
        ).toBe(0);
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
