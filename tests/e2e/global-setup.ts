/**
 * Global setup of the e2e project: make sure a built site exists (build it when `dist/` is
 * missing or older than its inputs, and always in CI), serve it on 127.0.0.1 at a free port, and
 * hand the origin to the tests through `provide`/`inject`.
 *
 * A second site is built with the deploy base `E2E_BASE` (`/dangjian/`) into its own directories
 * and served under that path only, so the link, console and search gates also run on a site
 * deployed below a domain's root (tests/e2e/base-path.test.ts), with its search index sharded.
 *
 * Env: `DJ_OUT_DIR` — site directory (default `dist`, the variable `npm run build` honours; the
 * older name `DJ_DIST_DIR` is accepted too);
 * `DJ_E2E_NO_BUILD=1` — never build, test whatever is in the site directory.
 */
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/quality/static-server.js';

/** The deploy base of the second site. */
export const E2E_BASE = '/dangjian/';
/** The search shard size of that site: the real corpus's 80,000 (word, record) pairs make three bundles. */
export const E2E_SHARD_WORDS = 30_000;
/** Where that site and its generated files go (`.dist-test-*` is git-ignored). */
const BASED_DIR = '.dist-test-base';
const BASED_GENERATED_DIR = '.dist-test-base-generated';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT`, serving the built site. */
    siteOrigin: string;
    /** Absolute path of the built site. */
    siteDir: string;
    /** True when this run built the site from the current sources (so a rebuild must match it). */
    siteBuiltNow: boolean;
    /** `http://127.0.0.1:PORT`, serving the site built with `basedBase` under that path only. */
    basedOrigin: string;
    /** The deploy base of that site: `/dangjian/`. */
    basedBase: string;
    /** Absolute path of the site built with the base. */
    basedDir: string;
    /** Absolute path of that build's generated directory (its MDX and data, with based URLs). */
    basedGeneratedDir: string;
  }
}

/** Inputs of a build: if any is newer than the built home page, the site is stale. */
const BUILD_INPUTS = [
  'content',
  'scripts',
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
/** Tools that read the site but do not shape it. */
const NOT_BUILD_INPUTS = new Set([join('scripts', 'quality')]);

/** Newest modification time (ms) under a path, 0 when it does not exist. */
async function newestMtime(root: string, rel: string): Promise<number> {
  if (NOT_BUILD_INPUTS.has(rel)) return 0;
  const info = await stat(join(root, rel)).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(join(root, rel))) {
    newest = Math.max(newest, await newestMtime(root, join(rel, entry)));
  }
  return newest;
}

/** Why the site must be (re)built, or undefined when the existing build is current. */
async function buildReason(root: string, siteDir: string): Promise<string | undefined> {
  if (process.env.DJ_E2E_NO_BUILD === '1') return undefined;
  if (process.env.CI) return 'CI always builds';
  const built = await stat(join(siteDir, 'index.html')).catch(() => undefined);
  if (!built) return `${siteDir} has no index.html`;
  let newest = 0;
  for (const input of BUILD_INPUTS) newest = Math.max(newest, await newestMtime(root, input));
  return newest > built.mtimeMs ? 'sources or code are newer than the build' : undefined;
}

/** Build the site into `siteDir` when it is stale; returns why it was built, or undefined. */
async function ensureBuilt(root: string, siteDir: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const reason = await buildReason(root, siteDir);
  if (reason) {
    console.log(`[e2e] building the site into ${siteDir} (${reason}) …`);
    const started = Date.now();
    const run = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env, DJ_OUT_DIR: siteDir, DJ_DIST_DIR: siteDir },
    });
    if (run.status !== 0) throw new Error(`[e2e] npm run build failed (exit ${run.status ?? run.signal})`);
    console.log(`[e2e] site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!(await stat(join(siteDir, 'index.html')).catch(() => undefined))) {
    const how = Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('');
    throw new Error(`[e2e] no built site in ${siteDir}: run ${how}DJ_OUT_DIR=${siteDir} npm run build`);
  }
  return reason;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(project.config.root);
  const siteDir = resolve(root, process.env.DJ_OUT_DIR ?? process.env.DJ_DIST_DIR ?? 'dist');
  // The default site's base is `/` whatever the caller's environment says.
  const reason = await ensureBuilt(root, siteDir, { DJ_BASE: '/' });
  const basedDir = resolve(root, BASED_DIR);
  const basedGeneratedDir = resolve(root, BASED_GENERATED_DIR);
  // Its search index in three bundles (search-shards.ts), as a library many times this size gets.
  await ensureBuilt(root, basedDir, {
    DJ_BASE: E2E_BASE,
    DJ_GENERATED_DIR: basedGeneratedDir,
    DJ_SEARCH_SHARD_WORDS: String(E2E_SHARD_WORDS),
  });
  const server = await startStaticServer(siteDir);
  const based = await startStaticServer(basedDir, { prefix: E2E_BASE });
  project.provide('siteOrigin', server.origin);
  project.provide('siteDir', siteDir);
  project.provide('siteBuiltNow', reason !== undefined);
  project.provide('basedOrigin', based.origin);
  project.provide('basedBase', E2E_BASE);
  project.provide('basedDir', basedDir);
  project.provide('basedGeneratedDir', basedGeneratedDir);
  return async () => {
    await server.close();
    await based.close();
  };
}
