/**
 * A site built from some of the unseen fixtures together (tests/fixtures/unseen/), for browser
 * tests of what the real corpus has none of: their source files copied into one folder under one
 * manifest, built with `npm run build` into a `.dist-test-*` folder (git-ignored) and served.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { startStaticServer, type StaticServer } from '../../../scripts/quality/static-server.js';

const FIXTURES = resolve('tests/fixtures/unseen');

/** Build the fixtures `names` as one library into `.dist-test-<name>`, and serve it. */
export function buildFixtureSite(name: string, names: readonly string[]): Promise<StaticServer> {
  const root = resolve(`.dist-test-${name}`);
  const [sources, generated, site] = ['sources', 'generated', 'site'].map((d) => join(root, d)) as [
    string,
    string,
    string,
  ];
  rmSync(root, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  const entries = names.flatMap((fixture) => {
    const { sources: listed } = parse(readFileSync(join(FIXTURES, fixture, 'manifest.yaml'), 'utf8')) as {
      sources: { file: string }[];
    };
    for (const s of listed) copyFileSync(join(FIXTURES, fixture, s.file), join(sources, s.file));
    return listed;
  });
  writeFileSync(join(sources, 'manifest.yaml'), stringify({ sources: entries }));
  const run = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DJ_BASE: '/',
      DJ_MANIFEST: join(sources, 'manifest.yaml'),
      DJ_SOURCES_DIR: sources,
      DJ_GENERATED_DIR: generated,
      DJ_OUT_DIR: site,
      DJ_CACHE_DIR: '',
    },
  });
  if (run.status !== 0) throw new Error(`building the ${name} fixture site failed (exit ${run.status ?? run.signal})`);
  return startStaticServer(site);
}
