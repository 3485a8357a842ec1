/**
 * Child process of `npm run bench`: one cold pipeline run (no cache) on the corpus the environment
 * names (DJ_MANIFEST, DJ_SOURCES_DIR, DJ_GENERATED_DIR), or the nodejieba floor with `--floor`:
 * load jieba with the glossary's words and cut every line of the same decoded sources. Prints one
 * JSON line: wall time per stage, characters, peak RSS.
 */
import { performance } from 'node:perf_hooks';
import { buildGenerated, defaultBuildOptions } from '../build.js';
import { readSources } from '../io/read-manifest.js';
import { readGlossary } from '../io/read-glossary.js';
import { decodeSource } from '../stages/decode.js';
import { segmenterFor } from '../util/jieba.js';

/** What one child measured. */
export interface ChildReport {
  stages: Record<string, number>;
  totalMs: number;
  /** Decoded source characters. */
  characters: number;
  maxRssBytes: number;
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

function floor(): ChildReport {
  const t0 = performance.now();
  const texts = readSources(defaultBuildOptions.manifest, defaultBuildOptions.sourcesDir).map(
    (s) => decodeSource(s.bytes, s.meta.file).text,
  );
  const glossary = readGlossary(defaultBuildOptions.glossary!);
  const t1 = performance.now();
  const segmenter = segmenterFor(glossary);
  segmenter.cut('加载词典');
  const t2 = performance.now();
  let words = 0;
  for (const text of texts) for (const line of text.split('\n')) words += segmenter.cut(line).length;
  const t3 = performance.now();
  if (words === 0) throw new Error('nodejieba cut no words');
  return {
    stages: { read: t1 - t0, 'jieba load': t2 - t1, 'jieba cut': t3 - t2 },
    totalMs: t3 - t1,
    characters: texts.reduce((n, t) => n + t.length, 0),
    maxRssBytes: peakRss(),
  };
}

function pipeline(): ChildReport {
  const stages: Record<string, number> = {};
  const t0 = performance.now();
  buildGenerated({ ...defaultBuildOptions, cacheDir: undefined, onStage: (stage, ms) => (stages[stage] = ms) });
  const totalMs = performance.now() - t0;
  const characters = readSources(defaultBuildOptions.manifest, defaultBuildOptions.sourcesDir).reduce(
    (n, s) => n + decodeSource(s.bytes, s.meta.file).text.length,
    0,
  );
  return { stages, totalMs, characters, maxRssBytes: peakRss() };
}

console.log(JSON.stringify(process.argv.includes('--floor') ? floor() : pipeline()));
