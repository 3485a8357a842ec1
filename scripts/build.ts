/**
 * The build orchestrator: manifest + sources → pipeline → emitted MDX and data files, written
 * atomically to `.generated/` (or `$DJ_GENERATED_DIR`). Logs counts and timings per stage. On bad
 * input it prints the SourceError (file:line, no stack), writes nothing and exits 1. Two helper
 * threads keep the cores busy without changing a byte of output: the jieba thread loads the
 * dictionary and cuts words while this thread segments and annotates (scripts/util/jieba-service.ts),
 * and the file writer puts each file on disk while the next is emitted (scripts/io/write-output.ts).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readSources } from './io/read-manifest.js';
import { openOutput } from './io/write-output.js';
import { processSources } from './pipeline.js';
import { emitFiles } from './emit/index.js';
import { statsOfLeaf } from './emit/page-data.js';
import { addStats } from '../src/lib/stats.js';
import { leavesOf } from './model/walk.js';
import { isSourceError } from './util/errors.js';
import { existsSync, readFileSync } from 'node:fs';
import {
  buildKey,
  FileDocumentCache,
  filesUnder,
  outputUpToDate,
  pipelineCodeVersion,
  stampOutput,
} from './io/pipeline-cache.js';
import { progress } from './util/progress.js';
import { glossaryPath, readGlossary } from './io/read-glossary.js';
import { emitKnowledgeBase } from './emit/concepts-json.js';
import { deriveKnowledge } from './stages/knowledge.js';
import { segmenterFor, type Segmenter } from './util/jieba.js';
import { startJiebaThread } from './util/jieba-service.js';
import type { RawSource } from './pipeline.js';
import type { Glossary } from './model/concept.js';
import { workersFor } from './pipeline-workers.js';

/** Where the build reads and writes. */
export interface BuildOptions {
  manifest: string;
  sourcesDir: string;
  outDir: string;
  /** The policy-term glossary (`content/concepts.yaml`); without it no concept marks or pages data. */
  glossary?: string;
  /** Progress lines; silent in tests. */
  log?: (line: string) => void;
  /**
   * Where per-document results and the output stamp are kept between builds (`.cache/pipeline`);
   * without it every build starts cold.
   */
  cacheDir?: string;
  /** Called after each stage with its name and wall time (the benchmark's per-stage numbers). */
  onStage?: (stage: string, ms: number) => void;
  /**
   * Worker threads for the per-document work (scripts/pipeline-workers.ts); 1 or absent: none;
   * 'auto': `DJ_WORKERS`, else none (`workersFor`). The output is the same either way.
   */
  workers?: number | 'auto';
  /** Documents done out of the total while the pipeline runs (scripts/util/progress.ts). */
  progress?: (verb: string, unit: string, total: number) => (done: number) => void;
}

/** Defaults; the environment may point a build elsewhere (tests, private builds). */
export const defaultBuildOptions: BuildOptions = {
  manifest: process.env.DJ_MANIFEST ?? 'content/manifest.yaml',
  sourcesDir: process.env.DJ_SOURCES_DIR ?? 'content/sources',
  outDir: process.env.DJ_GENERATED_DIR ?? '.generated',
  glossary: glossaryPath(),
  workers: 'auto',
  // DJ_CACHE_DIR='' builds cold.
  ...(process.env.DJ_CACHE_DIR !== '' && { cacheDir: process.env.DJ_CACHE_DIR ?? '.cache/pipeline' }),
};

/**
 * Whether the build cuts words on the jieba thread (scripts/util/jieba-service.ts): yes, unless
 * `DJ_JIEBA_THREAD=0` (the same output, cut in the build's own thread; for comparison runs).
 */
const jiebaThreadFor = (): boolean => process.env.DJ_JIEBA_THREAD !== '0';

/** Time one stage, log `label … in N ms` and report it to `opts.onStage`. */
function timed<T>(opts: BuildOptions, stage: string, label: (r: T) => string, fn: () => T): T {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  opts.log?.(`${label(result)} in ${Math.round(ms)} ms`);
  opts.onStage?.(stage, ms);
  return result;
}

/** What a build did. */
export interface BuildResult {
  /** True when nothing changed since the last build and the output was left as it was. */
  upToDate: boolean;
  /** Files in the output directory. */
  files: number;
  /** The build key (a hash of every input, scripts/io/pipeline-cache.ts), when a cache is used. */
  key?: string;
}

/**
 * Run the whole build. Throws (SourceError for bad input) before writing anything. With a cache,
 * a build whose inputs all equal the last one's writes nothing, and unchanged documents are read
 * from the cache instead of being processed again.
 */
export function buildGenerated(opts: BuildOptions): BuildResult {
  const log = opts.log ?? (() => {});
  const hasGlossary = opts.glossary !== undefined && existsSync(opts.glossary);
  // One segmenter for the whole build, unless worker threads (each with its own) do the cutting:
  // by default on the jieba thread, which loads its dictionary while this thread reads and
  // segments. Without a cache no build is up to date, so it starts before the sources are read;
  // with one, once the build is known to have work.
  const workers = opts.workers === 'auto' ? workersFor() : (opts.workers ?? 1);
  const threaded = hasGlossary && workers <= 1 && jiebaThreadFor();
  let thread = threaded && opts.cacheDir === undefined ? startJiebaThread() : undefined;
  try {
    const sources = timed(
      opts,
      'read',
      (s) => `Read ${s.length} sources`,
      () => readSources(opts.manifest, opts.sourcesDir),
    );
    const salt =
      opts.cacheDir !== undefined
        ? { codeVersion: pipelineCodeVersion(), glossary: hasGlossary ? readFileSync(opts.glossary!) : '' }
        : undefined;
    const key = salt && buildKey(sources, salt);
    if (key && outputUpToDate(opts.cacheDir!, opts.outDir, key)) {
      log(`Nothing changed since the last build (sources, manifest, glossary, code): ${opts.outDir} is up to date`);
      return { upToDate: true, files: filesUnder(opts.outDir).length, key };
    }
    if (threaded) thread ??= startJiebaThread();
    const glossary = hasGlossary
      ? timed(
          opts,
          'glossary',
          (g) => `Read ${g.concepts.length} glossary concepts from ${g.file}`,
          () => readGlossary(opts.glossary!),
        )
      : undefined;
    const segmenter =
      glossary &&
      workers <= 1 &&
      (thread
        ? thread.segmenter(glossary)
        : timed(
            opts,
            'jieba load',
            () => 'Loaded the segmenter with the glossary words',
            () => segmenterFor(glossary),
          ));
    return buildWith(opts, { sources, key, salt, glossary, workers, segmenter: segmenter || undefined });
  } finally {
    thread?.close();
  }
}

/** The build after reading: process, derive, emit and write (see `buildGenerated`). */
function buildWith(
  opts: BuildOptions,
  {
    sources,
    key,
    salt,
    glossary,
    workers,
    segmenter,
  }: {
    sources: RawSource[];
    key: string | undefined;
    salt: ConstructorParameters<typeof FileDocumentCache>[1] | undefined;
    glossary: Glossary | undefined;
    workers: number;
    segmenter: Segmenter | undefined;
  },
): BuildResult {
  const cache = salt && new FileDocumentCache(opts.cacheDir!, salt);
  let report: ((done: number) => void) | undefined;
  const processed = timed(
    opts,
    'segment+annotate',
    (p) => {
      const r = p.map((d) => d.document);
      const leaves = r.flatMap(leavesOf);
      const s = addStats(leaves.map(statsOfLeaf));
      const removed = r.reduce((n, d) => n + d.removed.length, 0);
      const reused = cache ? `, ${cache.hits.length} documents from the cache` : '';
      return `Segmented ${r.length} documents (${leaves.length} reading pages${reused}), ${s.sections} sections, ${s.paragraphs} paragraphs, ${s.characters} characters; removed ${removed} artefacts`;
    },
    () =>
      processSources(sources, glossary, {
        ...(segmenter && { segmenter }),
        workers,
        ...(cache && { cache }),
        progress: (done, total) => (report ??= opts.progress?.('Segmenting', 'documents', total))?.(done),
      }),
  );
  cache?.prune();
  const roots = processed.map((p) => p.document);
  const derived =
    glossary &&
    timed(
      opts,
      'knowledge',
      () => 'Derived cases, cited works, see-also and term candidates',
      () =>
        deriveKnowledge(
          roots,
          glossary,
          processed.map((p) => p.keywords!),
        ),
    );
  // From here on every file goes to the writer thread as soon as it is made.
  const output = openOutput(opts.outDir);
  let files = 0;
  try {
    const knowledge =
      glossary &&
      derived &&
      timed(
        opts,
        'concept data',
        (k) => k.summary.join('\n[build] '),
        () => emitKnowledgeBase(roots, glossary, derived),
      );
    timed(
      opts,
      'emit',
      (n) => `Emitted ${n} files`,
      () => {
        for (const f of emitFiles(roots, knowledge || undefined)) {
          output.write(f);
          files += 1;
        }
        return files;
      },
    );
  } catch (e) {
    output.abort();
    throw e;
  }
  timed(
    opts,
    'write',
    (n) => `Wrote ${n} files to ${opts.outDir}`,
    () => output.commit(),
  );
  if (key) stampOutput(opts.cacheDir!, opts.outDir, key);
  return { upToDate: false, files, ...(key && { key }) };
}

/**
 * Print bad input (a SourceError) as one line and what it left untouched; rethrow anything else,
 * a bug, with its stack.
 */
export function reportBadInput(e: unknown, untouched: string): void {
  if (!isSourceError(e)) throw e;
  console.error(`[build] error: ${e.message}`);
  console.error(`[build] ${untouched}`);
}

/** CLI entry: exit 1 with a one-line message on bad input, rethrow bugs with their stack. */
export function main(): void {
  try {
    buildGenerated({ ...defaultBuildOptions, log: (l) => console.log(`[build] ${l}`), progress });
  } catch (e) {
    reportBadInput(e, 'nothing was written.');
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
