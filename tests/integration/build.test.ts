/**
 * The whole build on real inputs: scripts/build.ts on the real corpus (pages, anchors, corpus.json,
 * byte-identical rebuild, bad manifest → clear error and nothing written), and the Astro site built
 * from the hand-made sample documents (hostile text rendered literally, pages and anchors exist).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { DomUtils, parseDocument } from 'htmlparser2';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { emitAll } from '../../scripts/emit/index.js';
import { writeOutputAtomically } from '../../scripts/io/write-output.js';
import type { CorpusJson } from '../../scripts/emit/corpus-json.js';
import { sampleRoots, HOSTILE_TEXT } from '../fixtures/emit/sample-documents.js';

const tmp = mkdtempSync(join(tmpdir(), 'dj-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const tsx = resolve('node_modules/.bin/tsx');

describe('scripts/build.ts on the real corpus', () => {
  const out = join(tmp, 'generated');
  let run: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    run = spawnSync(tsx, ['scripts/build.ts'], {
      env: { ...process.env, DJ_GENERATED_DIR: out, DJ_CACHE_DIR: '' },
      encoding: 'utf8',
    });
  }, 120_000);

  test('logs counts and timings per stage and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Read 5 sources in \d+ ms/);
    expect(run.stdout).toMatch(/Segmented 4 documents \(\d+ reading pages\), \d+ sections, \d+ paragraphs/);
    expect(run.stdout).toMatch(/Wrote \d+ files/);
  });

  test('one reading page per chapter, speech and paper, one document page per root', () => {
    const pages = (root: string, slugs: string[]): void =>
      slugs.forEach((s) => expect(existsSync(join(out, 'pages', root, `${s}.mdx`)), `${root}/${s}`).toBe(true));
    pages('handbook-jiguan-dangjian', [
      'preface',
      ...Array.from({ length: 10 }, (_, i) => `ch${String(i + 1).padStart(2, '0')}`),
    ]);
    pages(
      'speeches-zhengzhi-jiguan',
      Array.from({ length: 6 }, (_, i) => `part-0${i + 1}`),
    );
    pages('paper-dangjian-xietong', ['text']);
    pages('paper-zhenggong-lianzheng', ['text']);
    for (const id of [
      'handbook-jiguan-dangjian',
      'speeches-zhengzhi-jiguan',
      'paper-dangjian-xietong',
      'paper-zhenggong-lianzheng',
    ]) {
      expect(existsSync(join(out, 'documents', `${id}.mdx`))).toBe(true);
    }
    // The English abstract is not a document of its own.
    expect(existsSync(join(out, 'documents', 'paper-zhenggong-lianzheng-en.mdx'))).toBe(false);
  });

  test('corpus.json: documents with sections, paragraphs with anchor URLs, collections with children', () => {
    const corpus = JSON.parse(readFileSync(join(out, 'data/corpus.json'), 'utf8')) as CorpusJson;
    expect(corpus.documents.map((d) => d.id).sort()).toEqual([
      'handbook-jiguan-dangjian',
      'paper-dangjian-xietong',
      'paper-zhenggong-lianzheng',
      'speeches-zhengzhi-jiguan',
    ]);
    const handbook = corpus.documents.find((d) => d.id === 'handbook-jiguan-dangjian')!;
    expect(handbook.children).toHaveLength(11);
    const speeches = corpus.documents.find((d) => d.id === 'speeches-zhengzhi-jiguan')!;
    expect(speeches.children).toHaveLength(6);
    expect(speeches.removed.some((r) => r.reason === 'paywall-marker')).toBe(true);
    const ch = handbook.children[3]!;
    const p = ch.sections.flatMap((s) => [...s.paragraphs, ...s.sections.flatMap((t) => t.paragraphs)])[0]!;
    expect(p.url).toBe(`${ch.url}#${p.id}`);
    expect(p.lines[0]).toBeGreaterThan(0);
    const paper = corpus.documents.find((d) => d.id === 'paper-zhenggong-lianzheng')!;
    expect(paper.metadata.abstractEn).toBeDefined();
  });

  test('no letter x of a redaction reaches the speeches as text', () => {
    const body = readFileSync(join(out, 'pages/speeches-zhengzhi-jiguan/part-01.mdx'), 'utf8').split('\n---\n')[1]!;
    // Text children only, bare or `{"…"}`: the tags go first, with attribute values such as text="xx".
    const text = body
      .replace(/<[^>]*>/g, '')
      .replace(/\{("(?:[^"\\]|\\.)*")\}/g, (_, s: string) => JSON.parse(s) as string)
      .replace(/\n/g, '');
    expect(text).toMatch(/[\u4e00-\u9fff]{20}/);
    expect(text).not.toMatch(/(^|[^a-zA-Z])x{1,3}(?![a-zA-Z])/);
  });

  test('a rebuild is byte-identical', () => {
    const again = join(tmp, 'again');
    const r = spawnSync(tsx, ['scripts/build.ts'], {
      env: { ...process.env, DJ_GENERATED_DIR: again, DJ_CACHE_DIR: '' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const diff = spawnSync('diff', ['-rq', out, again], { encoding: 'utf8' });
    expect(diff.stdout).toBe('');
  }, 120_000);

  test('a bad manifest: message names file and line, no stack, exit 1, previous output untouched', () => {
    const manifest =
      readFileSync('content/manifest.yaml', 'utf8') +
      '\n  - id: paper-dangjian-xietong\n    file: paper-dangjian-xietong.txt\n    title: dup\n    kind: paper\n    language: zh\n    authors: []\n';
    writeFileSync(join(tmp, 'bad.yaml'), manifest);
    const before = readFileSync(join(out, 'data/corpus.json'), 'utf8');
    const r = spawnSync(tsx, ['scripts/build.ts'], {
      env: { ...process.env, DJ_GENERATED_DIR: out, DJ_MANIFEST: join(tmp, 'bad.yaml') },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(out, 'data/corpus.json'), 'utf8')).toBe(before);
  });

  test('npm run build (build-site.ts) with bad input keeps the previous site and writes nothing', () => {
    const dist = join(tmp, 'site');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'previous site');
    const r = spawnSync(tsx, ['scripts/build-site.ts'], {
      env: {
        ...process.env,
        DJ_OUT_DIR: dist,
        DJ_GENERATED_DIR: join(tmp, 'gen-untouched'),
        DJ_MANIFEST: join(tmp, 'bad.yaml'),
      },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+: duplicate id/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(join(tmp, 'gen-untouched'))).toBe(false);
  }, 120_000);
});

describe('the Astro site built from the sample documents', () => {
  const gen = join(tmp, 'sample-generated');
  // Inside the project: with an out dir elsewhere Astro would share `.astro/` chunks with other builds.
  const dist = resolve(`.dist-test-${process.pid}`);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  let build: ReturnType<typeof spawnSync>;
  const html = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');
  beforeAll(() => {
    writeOutputAtomically(gen, emitAll(sampleRoots));
    build = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--force'], {
      env: { ...process.env, DJ_GENERATED_DIR: gen, DJ_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
  }, 180_000);

  test('builds every page', () => {
    expect(build.status, String(build.stderr)).toBe(0);
    for (const p of [
      '',
      'library',
      'library/fixture-handbook',
      'library/fixture-handbook/ch01',
      'library/fixture-paper/text',
      'library/fixture-speeches/part-01',
    ]) {
      expect(existsSync(join(dist, p, 'index.html')), p).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(dist, 'data/corpus.json'), 'utf8')).documents).toHaveLength(3);
  });

  test('MDX-hostile text is shown literally, never executed or parsed', () => {
    const page = html('library/fixture-handbook/ch01');
    // The paragraph's text as a browser reads it (however its characters are escaped in the HTML).
    const para = DomUtils.findOne((e) => e.attribs.id === 'p-1-1-1', parseDocument(page).children);
    expect(para && DomUtils.textContent(para)).toContain(HOSTILE_TEXT);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('大理州直机关工委坚持{以人为本}。');
  });

  test('reading page: real headings with numbering, anchors on paragraphs, ¶ links, list, lead, case box, pager', () => {
    const page = html('library/fixture-handbook/ch01');
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toMatch(
      /<h4 id="s-1-1-1"[^>]*><span class="numbering numbering--closed">（一）<\/span>加强领导<\/h4>/,
    );
    expect(page).toMatch(
      /<li id="p-1-1-1-1" class="para para--list-item para--marked"><span class="marker">（1）<\/span>/,
    );
    expect(page).toContain('<strong class="lead">培养有目标。</strong>');
    expect(page).toContain('<a class="pilcrow" href="#p-1-1-1"');
    expect(page).toMatch(
      /<aside class="case-study"[\s\S]*<p id="p-2-1-2" class="para para--paragraph para--source">（资料来源：中国共产党新闻网）/,
    );
    expect(page.match(/资料来源：/g)).toHaveLength(1);
    expect(page).toMatch(/<a class="prev" rel="prev" href="\/library\/fixture-handbook\/preface\/">/);
    expect(page).toMatch(/<article class="reading-article" data-cite=/);
    expect(page).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css|woff2?)/);
  });

  test('redactions are grey boxes labelled 原文此处隐去; citations link to the reference list', () => {
    expect(html('library/fixture-speeches/part-01')).toMatch(
      /按照省委<span class="redaction" role="img" aria-label="原文此处隐去" title="原文此处隐去"/,
    );
    const paper = html('library/fixture-paper/text');
    expect(paper).toMatch(/<sup class="cite"><a href="#ref-1"[^>]*>\[1\]<\/a><\/sup>/);
    expect(paper).toMatch(/<li id="ref-1" value="1" class="reference">张三/);
    expect(paper).toMatch(/<section class="abstract__side" lang="en">/);
  });

  test('document page lists items with their TOCs; library lists kind, author, date, length', () => {
    expect(html('library/fixture-handbook')).toMatch(/href="\/library\/fixture-handbook\/ch01\/#s-1-1-1"/);
    const lib = html('library');
    expect(lib).toContain('讲话与交流');
    expect(lib).toMatch(/吴晓芳（宁夏银星能源股份有限公司）/);
    expect(lib).toContain('2014-04');
  });
});
