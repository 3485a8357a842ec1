/**
 * Scaled corpora for the benchmarks: the real sources copied `factor` times under new ids, so a
 * ×10 or ×100 library has the real texts' structure, terms and traps at that size. Deterministic:
 * the same sources and factor give byte-identical files.
 *
 * Copy 0 keeps the real ids and titles; copy k ≥ 1 gets ids `<id>-x<k>` (a `translationOf` follows
 * its original's copy) and titles suffixed `（副本k）`, so every document stays distinct in listings.
 *
 *   npx tsx scripts/bench/scale-corpus.ts 10 /tmp/corpus-x10
 *   DJ_MANIFEST=/tmp/corpus-x10/manifest.yaml DJ_SOURCES_DIR=/tmp/corpus-x10/sources npm run build
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

/** A manifest entry as far as copying needs to know it; every other field is carried unchanged. */
interface Entry {
  id: string;
  file: string;
  title: string;
  translationOf?: string;
  [field: string]: unknown;
}

/** Where a scaled corpus was written: point `DJ_MANIFEST` and `DJ_SOURCES_DIR` at these. */
export interface ScaledCorpus {
  manifest: string;
  sourcesDir: string;
  documents: number;
}

const copyId = (id: string, k: number): string => (k === 0 ? id : `${id}-x${k}`);
const copyFile = (file: string, k: number): string => {
  if (k === 0) return file;
  const dot = file.indexOf('.');
  return dot < 0 ? `${file}-x${k}` : `${file.slice(0, dot)}-x${k}${file.slice(dot)}`;
};

/** The manifest entries of a corpus `factor` times the size of `entries` (pure). */
export function scaleEntries(entries: readonly Entry[], factor: number): Entry[] {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`factor must be a positive integer, got ${factor}`);
  const out: Entry[] = [];
  for (let k = 0; k < factor; k++) {
    for (const e of entries) {
      out.push({
        ...e,
        id: copyId(e.id, k),
        file: copyFile(e.file, k),
        title: k === 0 ? e.title : `${e.title}（副本${k}）`,
        ...(e.translationOf ? { translationOf: copyId(e.translationOf, k) } : {}),
      });
    }
  }
  return out;
}

/** Write the scaled manifest and sources under `outDir` (replacing what was there). */
export function writeScaledCorpus(
  factor: number,
  outDir: string,
  manifest = 'content/manifest.yaml',
  sourcesDir = 'content/sources',
): ScaledCorpus {
  const { sources } = parse(readFileSync(manifest, 'utf8')) as { sources: Entry[] };
  const entries = scaleEntries(sources, factor);
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'sources'), { recursive: true });
  const originals = new Map(sources.map((e) => [e.id, e.file]));
  for (const e of entries) {
    const base = e.id.replace(/-x\d+$/, '');
    copyFileSync(join(sourcesDir, originals.get(originals.has(e.id) ? e.id : base)!), join(out, 'sources', e.file));
  }
  writeFileSync(join(out, 'manifest.yaml'), stringify({ sources: entries }, { lineWidth: 0 }));
  return { manifest: join(out, 'manifest.yaml'), sourcesDir: join(out, 'sources'), documents: entries.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [factor, outDir] = process.argv.slice(2);
  if (!factor || !outDir) {
    console.error('usage: tsx scripts/bench/scale-corpus.ts <factor> <out-dir>');
    process.exit(2);
  }
  const c = writeScaledCorpus(Number(factor), outDir);
  console.log(`${c.documents} documents → DJ_MANIFEST=${c.manifest} DJ_SOURCES_DIR=${c.sourcesDir}`);
}
