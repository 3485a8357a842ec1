/**
 * Child process of the fuzz runner: reads the real sources once, then for each mutant it receives
 * runs the pipeline (and the emitter, compiling the emitted MDX of the mutated document) and
 * reports how it went. A hang is the parent's to detect: it kills this process.
 */
import type { Document } from '../model/document.js';
import { runPipeline } from '../pipeline.js';
import { isSourceError } from '../util/errors.js';
import { lostCharacters } from './char-coverage.js';
import { readFuzzSources } from './fuzz.js';

/** A mutant as sent by the parent. */
export interface MutantJob {
  n: number;
  sourceIndex: number;
  bytes: Uint8Array;
  text?: string;
  mdx: boolean;
}
/** What happened to one mutant. */
export interface MutantResult {
  n: number;
  /** `coverage-error`: a SourceError from the pipeline's own nothing-lost check (assertNothingLost). */
  outcome: 'ok' | 'source-error' | 'coverage-error' | 'lost' | 'crash' | 'bad-source-error' | 'mdx' | 'timeout';
  detail: string;
  ms: number;
}

const sources = readFuzzSources();
const originals = sources.map((s) => new TextDecoder().decode(s.bytes));

/** Emit the documents and compile the MDX pages of `docId` (MDX-hostile text must not break them). */
async function checkMdx(roots: Document[], docId: string): Promise<string | undefined> {
  // Only the MDX pages are checked: corpus.json (emitAll) would be serialised for nothing.
  const { emitPages } = await import('../emit/pages.js');
  const { compile } = await import('@mdx-js/mdx');
  const { parse } = await import('yaml');
  for (const file of emitPages(roots)) {
    if (!file.path.includes(docId)) continue;
    try {
      // Astro reads the front matter as YAML and compiles the rest as MDX: check both.
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(file.contents);
      if (fm) parse(fm[1]!);
      await compile(fm ? file.contents.slice(fm[0].length) : file.contents);
    } catch (e) {
      return `${file.path}: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  return undefined;
}

async function run(job: MutantJob): Promise<Omit<MutantResult, 'n' | 'ms'>> {
  const mutated = sources.map((s, i) => (i === job.sourceIndex ? { ...s, bytes: job.bytes } : s));
  const file = sources[job.sourceIndex]!.meta.file;
  let roots: Document[];
  try {
    roots = runPipeline(mutated);
  } catch (e) {
    if (!isSourceError(e)) {
      const err = e as Error;
      return {
        outcome: 'crash',
        detail: `${err?.name}: ${err?.message}\n${err?.stack?.split('\n').slice(1, 6).join('\n')}`,
      };
    }
    // A clear error names the mutated file (or the manifest) and, if any, a real line.
    const lineOk = e.line === undefined || (Number.isInteger(e.line) && e.line >= 1);
    const fileOk = e.file.endsWith(file) || e.file.includes('manifest');
    // The pipeline's own nothing-lost check refusing its result: clean, but a segmenter weakness.
    const outcome = !(lineOk && fileOk)
      ? 'bad-source-error'
      : e.stack?.includes('assertNothingLost')
        ? 'coverage-error'
        : 'source-error';
    return { outcome, detail: e.message.split('\n')[0]! };
  }
  if (job.text !== undefined) {
    const inputs = originals.map((t, i) => (i === job.sourceIndex ? job.text! : t));
    const lost = lostCharacters(inputs, roots);
    if (lost.length)
      return {
        outcome: 'lost',
        detail: `characters lost: ${lost.slice(0, 10).join(', ')}${lost.length > 10 ? ` … (${lost.length})` : ''}`,
      };
  }
  if (job.mdx) {
    const broken = await checkMdx(
      roots,
      sources[job.sourceIndex]!.meta.translationOf ?? sources[job.sourceIndex]!.meta.id,
    );
    if (broken) return { outcome: 'mdx', detail: `emitted MDX does not compile: ${broken}` };
  }
  return { outcome: 'ok', detail: '' };
}

process.on('message', (job: MutantJob) => {
  const t0 = performance.now();
  void run(job)
    .catch((e: Error): Omit<MutantResult, 'n' | 'ms'> => ({
      outcome: 'crash',
      detail: `${e?.name}: ${e?.message} (emit)\n${e?.stack?.split('\n').slice(1, 6).join('\n')}`,
    }))
    .then((r) => process.send!({ ...r, n: job.n, ms: Math.round(performance.now() - t0) } satisfies MutantResult));
});
process.send!({ ready: true });
