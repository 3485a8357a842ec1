/**
 * Fuzz the pipeline with mutants of the real sources (`npm run fuzz -- --count 500 --seed 7`).
 * Each mutant runs in a child process with a time limit: it must either build with no character
 * lost (and with MDX that compiles, unless `--no-mdx`) or fail with a SourceError naming
 * the file and line. Any other exception, a loss or a hang is a failure, reported with the seed
 * and mutant number that reproduce it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSources } from '../io/read-manifest.js';
import type { RawSource } from '../pipeline.js';
import { toDocId } from '../model/ids.js';
import { makeMutant, markdownMutations, textMutations } from './fuzz-mutations.js';
import type { MutantJob, MutantResult } from './fuzz-worker.js';

/** One fuzz run: which mutants, how long each may take, what to check. */
export interface FuzzOptions {
  seed: number;
  count: number;
  /** Run only these mutant numbers (to reproduce a failure). */
  only?: number[];
  /** Per-mutant limit in ms; a mutant that takes longer is a hang. */
  timeoutMs?: number;
  /** Chance per mutation step of inserting a ~1 MB line (default 0.04). */
  hugeLineRate?: number;
  /** Also emit and compile the MDX of the mutated document. */
  mdx?: boolean;
  /** Mutate the Markdown sources of the unseen fixtures, with Markdown's inline syntax too, instead of the real corpus. */
  markdown?: boolean;
  /** Called after each mutant. */
  onResult?: (r: FuzzResult) => void;
}

/** One mutant's result, with what was done to it. */
export interface FuzzResult extends MutantResult {
  file: string;
  steps: string[];
}

/**
 * A lossless build and a SourceError naming file and line pass. So does the pipeline's own
 * nothing-lost check refusing a result (`coverage-error`: clean, but it means the segmenter lost
 * text on that input), unless `strict`, which counts it as a failure.
 */
export const isFailure = (r: FuzzResult, strict = false): boolean =>
  !(r.outcome === 'ok' || r.outcome === 'source-error' || (!strict && r.outcome === 'coverage-error'));

/** The unseen fixtures (tests/fixtures/unseen), each a folder with its manifest and sources. */
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/unseen/', import.meta.url));

/**
 * The Markdown sources of the unseen fixtures, as users write them (Typora, Obsidian, 语雀, pandoc,
 * WeChat copies); two fixtures' sources of one id are told apart by their folder.
 */
function markdownFixtureSources(): RawSource[] {
  const ids = new Set<string>();
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((dir) => readSources(join(FIXTURES, dir, 'manifest.yaml'), join(FIXTURES, dir)).map((s) => ({ s, dir })))
    .filter(({ s }) => /\.(md|markdown)$/i.test(s.meta.file))
    .map(({ s, dir }) => {
      const id = ids.has(s.meta.id) ? toDocId(`${s.meta.id}-${dir}`) : s.meta.id;
      ids.add(id);
      return { ...s, meta: { ...s.meta, id } };
    });
}

/**
 * The sources mutated: `$FUZZ_MANIFEST` / `$FUZZ_SOURCES`, by default the real corpus, or with
 * `$FUZZ_CORPUS=markdown` the unseen fixtures' Markdown sources. The runner and its worker both
 * read them here, so a mutant's source index means the same file in both.
 */
export const readFuzzSources = (corpus = process.env.FUZZ_CORPUS): RawSource[] =>
  corpus === 'markdown'
    ? markdownFixtureSources()
    : readSources(process.env.FUZZ_MANIFEST ?? 'content/manifest.yaml', process.env.FUZZ_SOURCES ?? 'content/sources');

const WORKER = fileURLToPath(new URL('./fuzz-worker.ts', import.meta.url));

/** A worker process, ready to take jobs. */
function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = fork(WORKER, [], {
    env,
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((ok, fail) => {
    child.once('message', () => ok(child));
    child.once('exit', (code) => fail(new Error(`fuzz worker exited with ${code} before it was ready`)));
  });
}

/** Run one job on the worker, or report a timeout (and kill the worker). */
function runJob(child: ChildProcess, job: MutantJob, timeoutMs: number): Promise<MutantResult | undefined> {
  return new Promise((ok) => {
    const timer = setTimeout(() => {
      child.removeAllListeners('message');
      child.kill('SIGKILL');
      ok(undefined);
    }, timeoutMs);
    child.once('message', (r: MutantResult) => {
      clearTimeout(timer);
      ok(r);
    });
    child.send(job);
  });
}

/** Fuzz `count` mutants of run `seed`; resolves with every result (failures have `isFailure`). */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzResult[]> {
  const corpus = opts.markdown ? 'markdown' : 'real';
  const env = { ...process.env, FUZZ_CORPUS: corpus };
  const sources = readFuzzSources(corpus);
  const mutations = opts.markdown ? [...textMutations, ...markdownMutations] : textMutations;
  const texts = sources.map((s) => new TextDecoder().decode(s.bytes));
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const results: FuzzResult[] = [];
  let child = await startWorker(env);
  try {
    for (let n = 0; n < opts.count; n++) {
      if (opts.only && !opts.only.includes(n)) continue;
      const m = makeMutant(texts, opts.seed, n, opts.hugeLineRate, mutations);
      const job: MutantJob = {
        n,
        sourceIndex: m.sourceIndex,
        bytes: m.bytes,
        mdx: opts.mdx ?? true,
        ...(m.text !== undefined && { text: m.text }),
      };
      // A ~1 MB line legitimately takes seconds (and much longer on a loaded machine).
      const limit = m.steps.includes('huge-line') ? timeoutMs * 5 : timeoutMs;
      const r = await runJob(child, job, limit);
      const result: FuzzResult = {
        ...(r ?? { n, outcome: 'timeout' as const, detail: `no result after ${limit} ms (hang)`, ms: limit }),
        file: sources[m.sourceIndex]!.meta.file,
        steps: m.steps,
      };
      if (!r) child = await startWorker(env);
      results.push(result);
      opts.onResult?.(result);
    }
  } finally {
    child.kill();
  }
  return results;
}

/** One line per result: `#12 handbook….txt [cut-lines, gb18030] ok 340 ms`. */
export const describeResult = (r: FuzzResult): string =>
  `#${r.n} ${r.file} [${r.steps.join(', ')}] ${r.outcome} ${r.ms} ms${r.detail ? `\n    ${r.detail.replace(/\n/g, '\n    ')}` : ''}`;

/** Counts by outcome, e.g. `ok 430, source-error 70`. */
export function summarize(results: FuzzResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const slowest = Math.max(0, ...results.map((r) => r.ms));
  return `${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}; slowest mutant ${slowest} ms`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    // --strict: a coverage-error (the pipeline's nothing-lost check refusing its own result) fails too.
    options: {
      count: { type: 'string', default: '100' },
      seed: { type: 'string' },
      timeout: { type: 'string', default: '60000' },
      'no-mdx': { type: 'boolean', default: false },
      only: { type: 'string' },
      strict: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const count = Number(values.count);
  console.log(
    `fuzz: seed ${seed}, ${count} mutants${values.markdown ? ' of the Markdown fixtures' : ''} (reproduce: npm run fuzz -- ${values.markdown ? '--markdown ' : ''}--seed ${seed} --count ${count}; one mutant: add --only N)`,
  );
  const results = await runFuzz({
    seed,
    count,
    ...(values.only && { only: values.only.split(',').map(Number) }),
    timeoutMs: Number(values.timeout),
    mdx: !values['no-mdx'],
    markdown: values.markdown,
    onResult: (r) => {
      if (isFailure(r, values.strict)) console.log(`FAIL ${describeResult(r)}`);
      else if (r.outcome === 'coverage-error')
        console.log(`coverage-error (passes unless --strict) ${describeResult(r)}`);
      else if (values.verbose) console.log(describeResult(r));
      else if ((r.n + 1) % 50 === 0) console.log(`  … ${r.n + 1} done`);
    },
  });
  const failures = results.filter((r) => isFailure(r, values.strict));
  console.log(`fuzz: ${summarize(results)}`);
  // What the clean failures said, without file names and lines: a quick view of the error messages.
  const messages = new Map<string, number>();
  for (const r of results.filter((x) => x.outcome === 'source-error' || x.outcome === 'coverage-error')) {
    const key =
      `${r.outcome} ×` +
      r.detail
        .replace(/^\S+?:(\d+:)?\s*/, '')
        .replace(/\d+/g, 'N')
        .slice(0, 90);
    messages.set(key, (messages.get(key) ?? 0) + 1);
  }
  for (const [msg, n] of [...messages].sort((a, b) => b[1] - a[1])) console.log(`  ${msg.replace(' ×', ` ×${n}: `)}`);
  if (failures.length) {
    console.log(
      `fuzz: ${failures.length} failing mutant(s) with seed ${seed}: ${failures.map((f) => `#${f.n}`).join(' ')}`,
    );
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
