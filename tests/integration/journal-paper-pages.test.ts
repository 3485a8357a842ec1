/**
 * A CNKI paper as its pages show it (fixture journal-paper-indexed-authors): the byline keeps each
 * author's index into the numbered affiliations, the catalogue line is front matter shown under its
 * own labels on the document page, and the subtitle is labelled as one; citations name the authors
 * without their indexes.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSources } from '../../scripts/io/read-manifest.js';
import { runPipeline } from '../../scripts/pipeline.js';
import { emitPages } from '../../scripts/emit/pages.js';
import { joinNames } from '../../src/lib/names.js';
import { ROOT } from '../unit/stages/segment/support.js';

const dir = join(ROOT, 'tests/fixtures/unseen/journal-paper-indexed-authors');
const files = emitPages(runPipeline(readSources(join(dir, 'manifest.yaml'), dir)));
const frontOf = (path: string) =>
  JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(files.find((f) => f.path === path)!.contents)![1]!) as {
    authors: string[];
    authorIndexes?: string[];
    affiliation?: string;
    front?: Record<string, unknown>;
    cite?: { authors: string[] };
  };

describe('a journal paper with indexed authors and a catalogue line', () => {
  const doc = frontOf('documents/guoqi-dangjian-shendu-ronghe.mdx');
  const page = frontOf('pages/guoqi-dangjian-shendu-ronghe/text.mdx');

  test('both pages pair each author with the affiliation index printed after the name', () => {
    for (const p of [doc, page]) {
      expect(joinNames(p.authors, p.authorIndexes)).toBe('李某某¹、王某²');
      expect(p.affiliation).toMatch(/^1\.某某大学.*；2\.国网某省电力公司/);
    }
    expect(page.cite?.authors).toEqual(['李某某', '王某']);
  });

  test('the catalogue fields and the subtitle are front matter, not body text', () => {
    expect(doc.front).toMatchObject({
      subtitle: '——以某省电力公司为例',
      catalogue: [
        ['中图分类号', 'D267.3'],
        ['文献标识码', 'A'],
        ['文章编号', '1007-1234(2023)05-0012-05'],
      ],
    });
    const body = files.find((f) => f.path === 'pages/guoqi-dangjian-shendu-ronghe/text.mdx')!.contents;
    expect(body.split('\n---\n').slice(1).join('')).not.toContain('中图分类号');
  });
});
