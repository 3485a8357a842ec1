/**
 * `npm run bench [-- --sizes 1,10,100] [--pipeline-only] [--report reports/bench.json]`: the build benchmark of issue 11. For
 * each corpus size (the real corpus, and ×N copies made by scale-corpus.ts, deterministically) it
 * measures in child processes: the nodejieba floor (load + cut of the same text), a cold pipeline
 * (wall time per stage, characters per second, peak RSS), then the whole `npm run build` cold
 * (its largest process's peak RSS, and the peak of all its processes at once),
 * with nothing changed, and with one source edited (pages, bytes written, largest page by gzip
 * HTML). Writes reports/bench.json and prints a table. A benchmark, not a timed test: compare runs
 * made in the same conditions (the machine's load shows in every number).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { writeScaledCorpus } from './scale-corpus.js';
import { filesUnder } from '../io/pipeline-cache.js';
import { pageSizes } from '../quality/largest-pages.js';
import type { ChildReport } from './pipeline-child.js';
import { pipelineNodeArgs, tsxNodeArgs } from '../util/node-flags.js';

interface Timed {
  wallMs: number;
  /** The largest single process of the run (/usr/bin/time). */
  maxRssBytes: number;
  /** The most memory the run's processes held at once (tree-rss.sh, sampled every 0.5 s). */
  treeRssBytes: number;
}

interface SizeReport {
  size: number;
  documents: number;
  characters: number;
  floor: ChildReport;
  pipeline: ChildReport & { charsPerSecond: number; floorRatio: number };
  site?: {
    cold: Timed;
    noChange: Timed;
    oneFile: Timed;
    pages: number;
    generatedBytes: number;
    siteBytes: number;
    largestPage: { url: string; gzip: number };
  };
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '1,10,100').split(',').map(Number);
const pipelineOnly = process.argv.includes('--pipeline-only');
const work = resolve(arg('--work') ?? join(tmpdir(), 'dj-bench'));

/**
 * Run a command under /usr/bin/time and tree-rss.sh: wall time, peak RSS of its largest process,
 * peak RSS of all its processes together, stdout.
 */
function measured(cmd: string[], env: Record<string, string>): Timed & { stdout: string } {
  const timeFile = join(work, 'time.txt');
  const treeFile = join(work, 'tree-rss.txt');
  const tree = ['bash', join(import.meta.dirname, 'tree-rss.sh'), treeFile];
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, ...tree, ...cmd], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0)
    throw new Error(`${cmd.join(' ')} failed (${run.status}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const [wall, rssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const treeKb = Number(readFileSync(treeFile, 'utf8').trim());
  return { wallMs: wall! * 1000, maxRssBytes: rssKb! * 1024, treeRssBytes: treeKb * 1024, stdout: run.stdout };
}

const bytesUnder = (dir: string): number => filesUnder(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
const child = (args: string[], env: Record<string, string>): ChildReport =>
  JSON.parse(
    measured([process.execPath, ...pipelineNodeArgs('scripts/bench/pipeline-child.ts', ...args)], env)
      .stdout.trim()
      .split('\n')
      .at(-1)!,
  ) as ChildReport;

function benchSize(size: number): SizeReport {
  const dir = join(work, `x${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // ×1 is a copy of the real corpus, so the one-file edit never touches content/.
  const corpus = writeScaledCorpus(size, join(dir, 'corpus'));
  const env = {
    DJ_MANIFEST: corpus.manifest,
    DJ_SOURCES_DIR: corpus.sourcesDir,
    DJ_GENERATED_DIR: join(dir, 'generated'),
    DJ_CACHE_DIR: '',
  };
  console.error(`[bench] ×${size}: ${corpus.documents} sources; nodejieba floor …`);
  const floor = child(['--floor'], env);
  console.error(`[bench] ×${size}: cold pipeline …`);
  const p = child([], env);
  const report: SizeReport = {
    size,
    documents: corpus.documents,
    characters: p.characters,
    floor,
    pipeline: {
      ...p,
      charsPerSecond: Math.round(p.characters / (p.totalMs / 1000)),
      floorRatio: p.totalMs / floor.totalMs,
    },
  };
  if (pipelineOnly) return report;
  const siteEnv = { ...env, DJ_CACHE_DIR: join(dir, 'cache'), DJ_OUT_DIR: join(dir, 'dist') };
  const build = () => measured([process.execPath, ...tsxNodeArgs('scripts/build-site.ts')], siteEnv);
  console.error(`[bench] ×${size}: full site build …`);
  const cold = build();
  console.error(`[bench] ×${size}: rebuild with nothing changed …`);
  const noChange = build();
  const first = filesUnder(corpus.sourcesDir)[0]!;
  appendFileSync(join(corpus.sourcesDir, first), '\n基准测试追加的一段文字，检验只改一个文件的重建。\n');
  console.error(`[bench] ×${size}: rebuild with ${first} edited …`);
  const oneFile = build();
  report.site = {
    cold: { wallMs: cold.wallMs, maxRssBytes: cold.maxRssBytes, treeRssBytes: cold.treeRssBytes },
    noChange: { wallMs: noChange.wallMs, maxRssBytes: noChange.maxRssBytes, treeRssBytes: noChange.treeRssBytes },
    oneFile: { wallMs: oneFile.wallMs, maxRssBytes: oneFile.maxRssBytes, treeRssBytes: oneFile.treeRssBytes },
    // Filled in by main (pageSizes reads asynchronously).
    pages: 0,
    generatedBytes: bytesUnder(join(dir, 'generated')),
    siteBytes: bytesUnder(join(dir, 'dist')),
    largestPage: { url: '', gzip: 0 },
  };
  return report;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;

/** The printed (and README) table: one row per corpus size. */
export function table(reports: readonly SizeReport[]): string {
  const stageNames = [...new Set(reports.flatMap((r) => Object.keys(r.pipeline.stages)))];
  const head = [
    'corpus',
    'characters',
    ...stageNames,
    'pipeline',
    'chars/s',
    'jieba floor',
    'ratio',
    'pipeline RSS',
    'full build',
    'build RSS: largest process / all at once',
    'no change',
    'one file',
    'pages',
    'written',
    'largest page',
  ];
  const rows = reports.map((r) => [
    r.size === 1 ? 'real' : `×${r.size}`,
    `${(r.characters / 1e6).toFixed(2)} M`,
    ...stageNames.map((n) => (r.pipeline.stages[n] === undefined ? '' : s(r.pipeline.stages[n]!))),
    s(r.pipeline.totalMs),
    `${(r.pipeline.charsPerSecond / 1e6).toFixed(2)} M`,
    s(r.floor.totalMs),
    r.pipeline.floorRatio.toFixed(2),
    mb(r.pipeline.maxRssBytes),
    ...(r.site
      ? [
          s(r.site.cold.wallMs),
          `${mb(r.site.cold.maxRssBytes)} / ${mb(r.site.cold.treeRssBytes)}`,
          s(r.site.noChange.wallMs),
          s(r.site.oneFile.wallMs),
          String(r.site.pages),
          mb(r.site.generatedBytes + r.site.siteBytes),
          `${(r.site.largestPage.gzip / 1024).toFixed(1)} KB gzip`,
        ]
      : ['', '', '', '', '', '', '']),
  ]);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const reports: SizeReport[] = [];
  for (const size of sizes) {
    const r = benchSize(size);
    if (r.site) {
      const rows = await pageSizes(join(work, `x${size}`, 'dist'));
      r.site.pages = rows.length;
      r.site.largestPage = { url: rows[0]?.url ?? '', gzip: rows[0]?.gzip ?? 0 };
    }
    reports.push(r);
    console.error(table(reports));
  }
  const out = arg('--report') ?? 'reports/bench.json';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), reports }, null, 1)}\n`);
  console.log(table(reports));
}

await main();
