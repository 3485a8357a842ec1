/**
 * The incremental build can never serve stale output: a cached rebuild writes the same bytes as a
 * cold build of the same input, an unchanged input skips the pipeline, an edited source is the
 * only document processed again, and a glossary or code change invalidates what depends on it.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildGenerated, type BuildOptions } from '../../scripts/build.js';
import { compareDirs } from '../../scripts/quality/compare-dirs.js';
import { FileDocumentCache, filesUnder, importClosure, treeHash } from '../../scripts/io/pipeline-cache.js';
import { readSources } from '../../scripts/io/read-manifest.js';
import { documentGroups, type ProcessedDocument } from '../../scripts/pipeline.js';
import type { Document } from '../../scripts/model/document.js';

const work = mkdtempSync(join(tmpdir(), 'dj-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync('content', join(work, 'content'), { recursive: true });

const inputs = {
  manifest: join(work, 'content/manifest.yaml'),
  sourcesDir: join(work, 'content/sources'),
  glossary: join(work, 'content/concepts.yaml'),
};
const cacheDir = join(work, 'cache');

/**
 * Build into `out` (cached or cold) and return what it did and the lines it logged. Cold builds run
 * in this thread, cached ones in two worker threads (when more than one document is processed).
 */
function build(out: string, cached: boolean): { upToDate: boolean; lines: string[] } {
  const lines: string[] = [];
  const opts: BuildOptions = {
    ...inputs,
    outDir: join(work, out),
    log: (l) => lines.push(l),
    ...(cached && { cacheDir, workers: 2 }),
  };
  return { upToDate: buildGenerated(opts).upToDate, lines };
}

const fromCache = (lines: string[]): number => Number(/, (\d+) documents from the cache/.exec(lines.join('\n'))?.[1]);

async function expectSameOutput(a: string, b: string): Promise<void> {
  const { files, differences } = await compareDirs(join(work, a), join(work, b));
  expect(differences).toEqual([]);
  expect(files).toBeGreaterThan(20);
}

describe('incremental build on the real corpus', () => {
  test('cached rebuilds equal cold builds, and only what changed is processed again', async () => {
    build('cold', false);
    const first = build('cached', true);
    expect(fromCache(first.lines)).toBe(0);
    await expectSameOutput('cold', 'cached');
    // Each entry holds the document and its keyword input to the knowledge stage.
    const entries = filesUnder(join(cacheDir, 'documents')).map(
      (f) => JSON.parse(readFileSync(join(cacheDir, 'documents', f), 'utf8')) as ProcessedDocument,
    );
    expect(entries).toHaveLength(4);
    for (const e of entries) {
      expect(e.keywords!.terms.length).toBeGreaterThan(100);
      expect(Object.keys(e.keywords!.sections).length).toBeGreaterThan(0);
    }

    // Nothing changed: the pipeline does not run, the output stays.
    const again = build('cached', true);
    expect(again.upToDate).toBe(true);
    await expectSameOutput('cold', 'cached');

    // An edited output file is noticed: the output is written again, from cached documents.
    appendFileSync(join(work, 'cached/data/cases.json'), ' ');
    const repaired = build('cached', true);
    expect(repaired.upToDate).toBe(false);
    expect(fromCache(repaired.lines)).toBe(4);
    await expectSameOutput('cold', 'cached');

    // One source edited: only its document is processed again.
    appendFileSync(
      join(inputs.sourcesDir, 'paper-dangjian-xietong.txt'),
      '\n新增一段：机关党组织坚持“三会一课”制度，检验增量构建。\n',
    );
    const edited = build('cached', true);
    expect(fromCache(edited.lines)).toBe(3);
    build('cold-edited', false);
    await expectSameOutput('cold-edited', 'cached');
    expect(readFileSync(join(work, 'cached/data/corpus.json'), 'utf8')).toContain('检验增量构建');

    // The glossary changed: every document's concept marks may change, nothing is reused.
    const glossary = readFileSync(inputs.glossary, 'utf8');
    writeFileSync(
      inputs.glossary,
      glossary.replace('中国共产党的指导思想之一；', '中国共产党的指导思想之一（已修订）；'),
    );
    const reglossed = build('cached', true);
    expect(fromCache(reglossed.lines)).toBe(0);
    build('cold-glossary', false);
    await expectSameOutput('cold-glossary', 'cached');
    expect(readFileSync(join(work, 'cached/data/concepts.json'), 'utf8')).toContain('已修订');
  }, 600_000);

  test('a different code version never reads another version’s documents', () => {
    const dir = join(work, 'cache-versions');
    const group = documentGroups(readSources(inputs.manifest, inputs.sourcesDir))![0]!;
    const doc = { document: { id: 'x' } as unknown as Document };
    new FileDocumentCache(dir, { codeVersion: 'v1', glossary: 'g' }).put(group, doc);
    expect(new FileDocumentCache(dir, { codeVersion: 'v1', glossary: 'g' }).get(group)).toEqual(doc);
    expect(new FileDocumentCache(dir, { codeVersion: 'v2', glossary: 'g' }).get(group)).toBeUndefined();
    expect(new FileDocumentCache(dir, { codeVersion: 'v1', glossary: 'g2' }).get(group)).toBeUndefined();
  });

  test('the code version covers every file the pipeline imports, and not the benchmark or tests', () => {
    const closure = importClosure('scripts/build.ts');
    expect(closure).toEqual(
      expect.arrayContaining([
        'scripts/pipeline.ts',
        'scripts/stages/see-also.ts',
        'scripts/stages/document-keywords.ts',
        'scripts/util/jieba.ts',
        'scripts/util/keywords.ts',
        'scripts/pipeline-workers.ts',
        'scripts/pipeline-worker.mjs',
        'scripts/emit/index.ts',
        'src/schemas/knowledge.ts',
        'src/schemas/manifest.ts',
      ]),
    );
    expect(closure.filter((f) => /^scripts\/(?:bench|quality)\/|^tests\//.test(f))).toEqual([]);
  });

  test('the code version changes with any file of the code', () => {
    const tree = join(work, 'tree');
    cpSync('scripts/stages', join(tree, 'scripts/stages'), { recursive: true });
    const before = treeHash(['scripts'], tree);
    expect(treeHash(['scripts'], tree)).toBe(before);
    appendFileSync(join(tree, 'scripts/stages/see-also.ts'), '\n');
    expect(treeHash(['scripts'], tree)).not.toBe(before);
  });
});
