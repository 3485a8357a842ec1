// Manifest parsing: the real manifest, and one bad manifest per problem, each error naming content/manifest.yaml:<line>.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, readManifest, readSources } from '../../../scripts/io/read-manifest.js';
import { SourceError } from '../../../scripts/util/errors.js';

const FILE = 'content/manifest.yaml';
/** A valid entry as YAML lines (indented for the `sources:` list). */
const entry = (id: string, file = `${id}.txt`, extra: string[] = []) => [
  `  - id: ${id}`,
  `    file: ${file}`,
  '    title: 标题',
  '    kind: paper',
  '    language: zh',
  '    authors: []',
  ...extra.map((l) => `    ${l}`),
];
const manifest = (...entries: string[][]) => ['sources:', ...entries.flat()].join('\n') + '\n';
const errorOf = (text: string): SourceError => {
  try {
    parseManifest(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
};

describe('parseManifest on the real manifest', () => {
  const metas = readManifest(new URL('../../../content/manifest.yaml', import.meta.url).pathname);
  it('lists the five sources in order with their entry lines', () => {
    expect(metas.map((m) => [m.id, m.manifestLine])).toEqual([
      ['paper-zhenggong-lianzheng', 6],
      ['paper-zhenggong-lianzheng-en', 15],
      ['paper-dangjian-xietong', 22],
      ['speeches-zhengzhi-jiguan', 32],
      ['handbook-jiguan-dangjian', 49],
    ]);
  });
  it('keeps typed metadata: dates as text, translations, items, no undefined keys', () => {
    const byId = Object.fromEntries(metas.map((m) => [m.id, m]));
    expect(byId['handbook-jiguan-dangjian']).toMatchObject({
      date: '2014-04',
      authors: ['本书编写组'],
      citation: { type: 'M' },
    });
    expect(byId['paper-zhenggong-lianzheng-en']).toMatchObject({
      translationOf: 'paper-zhenggong-lianzheng',
      language: 'en',
      authors: [],
    });
    expect(byId['speeches-zhengzhi-jiguan']!.items).toHaveLength(6);
    expect(Object.keys(byId['paper-dangjian-xietong']!)).not.toContain('translationOf');
  });
});

describe('parseManifest errors name the manifest line', () => {
  it('duplicate id → line of the second id', () => {
    const e = errorOf(manifest(entry('a'), entry('a', 'b.txt')));
    expect(e.message).toBe(`${FILE}:8: duplicate id "a" (first used at line 2)`);
  });

  it('the same file listed twice → line of the second file', () => {
    expect(errorOf(manifest(entry('a'), entry('b', 'a.txt'))).message).toBe(
      `${FILE}:9: file "a.txt" is listed twice (first at line 3)`,
    );
  });

  it('missing field → line of its entry, naming field and id', () => {
    const text = manifest(
      entry('a'),
      entry('b').filter((l) => !l.includes('title')),
    );
    expect(errorOf(text).message).toBe(`${FILE}:8: missing field "title" in sources[1] (id "b")`);
  });

  it('missing authors is allowed only for a translation', () => {
    const noAuthors = entry('b').filter((l) => !l.includes('authors'));
    expect(errorOf(manifest(entry('a'), noAuthors)).message).toMatch(
      /^content\/manifest\.yaml:\d+: .*authors is required/,
    );
    expect(parseManifest(manifest(entry('a'), [...noAuthors, '    translationOf: a']), FILE)[1]!.authors).toEqual([]);
  });

  it('unknown key → line of that key, with a hint about spelling', () => {
    const e = errorOf(manifest(entry('a', 'a.txt', ['citation:', '  type: J', '  yeer: 2020'])));
    expect(e.message).toMatch(
      /^content\/manifest\.yaml:10: unknown field "yeer" in sources\[0\] \(id "a"\)\.citation \(check the spelling/,
    );
  });

  it('invalid values → line of the field', () => {
    expect(errorOf(manifest(entry('a', 'a.txt', ['date: April 2014']))).message).toMatch(
      /^content\/manifest\.yaml:8: .*date must look like 2014/,
    );
    expect(errorOf(manifest(entry('a', 'sub/a.txt'))).message).toMatch(/^content\/manifest\.yaml:3: .*no folders/);
    expect(errorOf(manifest(entry('Paper One'))).message).toMatch(/^content\/manifest\.yaml:2: .*lowercase ASCII/);
    expect(errorOf(manifest(entry('a').map((l) => l.replace('kind: paper', 'kind: book')))).message).toMatch(
      /^content\/manifest\.yaml:5: .*kind must be one of regulation, document, report, speech, paper, handbook, collection/,
    );
  });

  it('translationOf an unknown id or itself → line of translationOf', () => {
    expect(errorOf(manifest(entry('a', 'a.txt', ['translationOf: zz']))).message).toBe(
      `${FILE}:8: translationOf "zz" is not the id of any entry`,
    );
    expect(errorOf(manifest(entry('a', 'a.txt', ['translationOf: a']))).message).toBe(
      `${FILE}:8: translationOf names the entry itself ("a")`,
    );
  });

  it('broken YAML and an empty manifest', () => {
    expect(errorOf('sources:\n  - id: a\n    file: [a.txt\n').message).toMatch(
      /^content\/manifest\.yaml:\d+: not valid YAML/,
    );
    expect(errorOf('sources: []\n').message).toMatch(/^content\/manifest\.yaml:1: .*lists no sources/);
    expect(errorOf('').message).toBe(
      `${FILE}:1: missing field "sources" in the manifest: its entries go in a \`sources:\` list`,
    );
  });

  it('entries under another top-level key: the message says where they go and what the file has instead', () => {
    expect(errorOf('documents:\n  - id: a\n    file: a.txt\n').message).toBe(
      `${FILE}:1: missing field "sources" in the manifest: its entries go in a \`sources:\` list (it has "documents") (and 1 more problem: line 1)`,
    );
  });

  it('a duplicate key, a top-level list and a string where a list belongs', () => {
    expect(errorOf(manifest(entry('a', 'a.txt', ['title: 重复']))).message).toBe(
      `${FILE}:8: not valid YAML: Map keys must be unique`,
    );
    expect(errorOf('- id: a\n').message).toBe(
      `${FILE}:1: the manifest must be a mapping with a \`sources:\` list of entries`,
    );
    const e = errorOf(manifest(entry('a').map((l) => l.replace('authors: []', 'authors: 张三'))));
    expect(e.message).toBe(`${FILE}:7: sources[0] (id "a").authors: expected a list, e.g. \`authors: [张三]\``);
  });

  it('a year or date written as a number is kept as text', () => {
    const [m] = parseManifest(
      manifest(entry('a', 'a.txt', ['date: 2014', 'citation:', '  type: J', '  year: 2025', '  issue: 4'])),
      FILE,
    );
    expect(m).toMatchObject({ date: '2014', citation: { type: 'J', year: '2025', issue: '4' } });
  });
});

describe('readSources (file system edge)', () => {
  const library = (files: string[], text: string) => {
    const root = mkdtempSync(join(tmpdir(), 'manifest-'));
    mkdirSync(join(root, 'sources'));
    for (const f of files) writeFileSync(join(root, 'sources', f), '正文\n');
    writeFileSync(join(root, 'manifest.yaml'), text);
    return root;
  };

  it('reads listed files in manifest order and ignores dotfiles', () => {
    const root = library(['b.txt', 'a.md', '.DS_Store'], manifest(entry('b'), entry('a', 'a.md')));
    const sources = readSources(join(root, 'manifest.yaml'), join(root, 'sources'));
    expect(sources.map((s) => [s.meta.id, new TextDecoder().decode(s.bytes)])).toEqual([
      ['b', '正文\n'],
      ['a', '正文\n'],
    ]);
  });

  it('a listed file that does not exist → the manifest line of its entry', () => {
    const root = library(['a.txt'], manifest(entry('a'), entry('b')));
    expect(() => readSources(join(root, 'manifest.yaml'), join(root, 'sources'))).toThrow(
      /manifest\.yaml:8: source file "b\.txt" of entry "b" does not exist/,
    );
  });

  it('a .txt file no entry names is an error naming that file', () => {
    const root = library(['a.txt', 'new.txt'], manifest(entry('a')));
    expect(() => readSources(join(root, 'manifest.yaml'), join(root, 'sources'))).toThrow(
      /sources\/new\.txt: source file is not named in/,
    );
  });
});
