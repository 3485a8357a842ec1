import { describe, expect, test } from 'vitest';
import { buildCorpusJson, serializeCorpusJson, CORPUS_FORMAT } from '../../../scripts/emit/corpus-json.js';
import { sampleRoots } from '../../fixtures/emit/sample-documents.js';

const corpus = buildCorpusJson(sampleRoots);
const [paper, speeches, handbook] = corpus.documents;

describe('buildCorpusJson', () => {
  test('roots in manifest order, collections as parents with children', () => {
    expect(corpus.format).toBe(CORPUS_FORMAT);
    expect(corpus.documents.map((d) => d.id)).toEqual(['fixture-paper', 'fixture-speeches', 'fixture-handbook']);
    expect(handbook?.children.map((c) => [c.id, c.parentId, c.url])).toEqual([
      ['fixture-handbook-preface', 'fixture-handbook', '/library/fixture-handbook/preface/'],
      ['fixture-handbook-ch01', 'fixture-handbook', '/library/fixture-handbook/ch01/'],
    ]);
    expect(handbook?.url).toBe('/library/fixture-handbook/');
    expect(handbook?.readingUrl).toBeUndefined();
  });

  test('a paper is a root and its own reading page; metadata carries abstract and English front matter', () => {
    expect(paper).toMatchObject({
      kind: 'paper',
      sourceFile: 'fixture-paper.txt',
      url: '/library/fixture-paper/',
      readingUrl: '/library/fixture-paper/text/',
    });
    expect(paper?.metadata).toMatchObject({
      authors: ['吴晓芳'],
      keywords: ['党建', '协同'],
      titleEn: 'On Party Building',
      keywordsEn: ['party building', 'governance'],
    });
    expect((paper?.metadata.abstractEn as { text: string }[])[0]?.text).toContain('<party>');
    expect(paper?.references[0]).toMatchObject({ number: 1, raw: '张三.党建研究[J].党建,2020(1):1-5.' });
  });

  test('sections carry id, title, level, url with anchor, lines and paragraphs with anchors', () => {
    const s = handbook?.children[1]?.sections[0]?.sections[0];
    expect(s).toMatchObject({
      id: 's-1-1',
      numbering: '一、',
      title: '总体要求',
      level: 2,
      url: '/library/fixture-handbook/ch01/#s-1-1',
    });
    expect(s?.lines).toHaveLength(2);
    expect(s?.paragraphs[0]).toMatchObject({ id: 'p-1-1-1', url: '/library/fixture-handbook/ch01/#p-1-1-1' });
    expect(s?.sections[0]?.paragraphs[2]).toMatchObject({
      marker: '1.',
      lead: '培养有目标。',
      text: '结合所在岗位开展学习。',
    });
  });

  test('removed artefacts and speech institutions are kept', () => {
    expect(handbook?.removed).toEqual([{ text: '缩略图', line: 1, reason: 'thumbnail' }]);
    expect(speeches?.children[0]?.metadata).toMatchObject({
      institution: '市委直属机关工委',
      authors: ['市委直属机关工委'],
    });
    expect(speeches?.children[0]?.paragraphs[0]?.marks).toHaveLength(3);
  });

  test('serialises deterministically, with no build-time data', () => {
    const a = serializeCorpusJson(corpus);
    expect(serializeCorpusJson(buildCorpusJson(sampleRoots))).toBe(a);
    expect(a).not.toMatch(/20\d\d-\d\d-\d\dT/);
    expect(a.endsWith('\n')).toBe(true);
  });
});
