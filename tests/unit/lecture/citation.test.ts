/**
 * The one GB/T 7714-2015 formatter against the standard's own worked examples (printed forms, as
 * GB/T 7714-2015 prints them: a journal article, a monograph, an analytic from a collection, a
 * newspaper article, an online resource), and against every document of the real corpus.
 */
import { describe, expect, test } from 'vitest';
import { citeOf } from '../../../scripts/emit/page-data.js';
import { leavesOf } from '../../../scripts/model/walk.js';
import { formatCitation, type CitationInput } from '../../../src/lib/citation.js';
import { realCorpus } from './real-corpus.js';
import { join } from 'node:path';
import { readSources } from '../../../scripts/io/read-manifest.js';
import { runPipeline } from '../../../scripts/pipeline.js';

describe('GB/T 7714-2015 worked examples', () => {
  test.each<[string, CitationInput, string]>([
    [
      'journal article [J]',
      {
        authors: ['袁训来', '陈哲', '肖书海', '张昀'],
        title: '蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口',
        type: 'J',
        container: '科学通报',
        year: '2012',
        volume: '55',
        issue: '34',
        pages: '3219',
      },
      '袁训来, 陈哲, 肖书海, 等. 蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口[J]. 科学通报, 2012, 55(34): 3219.',
    ],
    [
      'monograph [M]',
      {
        authors: ['陈登原'],
        title: '国史旧闻: 第1卷',
        type: 'M',
        place: '北京',
        publisher: '中华书局',
        year: '2000',
        pages: '29',
      },
      '陈登原. 国史旧闻: 第1卷[M]. 北京: 中华书局, 2000: 29.',
    ],
    [
      'analytic from a monograph [M]//',
      {
        authors: ['程根伟'],
        title: '1998年长江洪水的成因与减灾对策',
        type: 'M',
        containerAuthors: ['许厚泽', '赵其国'],
        container: '长江流域洪涝灾害与科技对策',
        place: '北京',
        publisher: '科学出版社',
        year: '1999',
        pages: '32-36',
      },
      '程根伟. 1998年长江洪水的成因与减灾对策[M]//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策. 北京: 科学出版社, 1999: 32-36.',
    ],
    [
      'newspaper article [N]',
      {
        authors: ['丁文祥'],
        title: '数字革命与竞争国际化',
        type: 'N',
        container: '中国青年报',
        date: '2000-11-20',
        pages: '15',
      },
      '丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).',
    ],
    [
      'online resource [EB/OL]',
      {
        authors: ['萧钰'],
        title: '出版业信息化迈入快车道',
        type: 'EB',
        date: '2001-12-19',
        accessed: '2002-04-15',
        url: 'http://www.creader.com/news/20011219/200112190019.html',
      },
      '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    ],
  ])('%s', (_kind, input, expected) => {
    expect(formatCitation(input)).toBe(expected);
  });

  test('an online copy of a printed work keeps its type and adds /OL, access date and URL', () => {
    const printed = formatCitation({
      authors: ['陈登原'],
      title: '国史旧闻: 第1卷',
      type: 'M',
      place: '北京',
      publisher: '中华书局',
      year: '2000',
      pages: '29',
    });
    const online = formatCitation({
      authors: ['陈登原'],
      title: '国史旧闻: 第1卷',
      type: 'M',
      place: '北京',
      publisher: '中华书局',
      year: '2000',
      pages: '29',
      url: 'https://x.cn/a/',
      accessed: '2026-11-29',
    });
    expect(online).toBe(`${printed.replace('[M]', '[M/OL]').slice(0, -1)}[2026-11-29]. https://x.cn/a/.`);
  });

  test('a regulation cited by article: the type comes from the data ([Z] here), the article is the locator', () => {
    expect(
      formatCitation({
        authors: ['中共中央'],
        title: '中国共产党纪律处分条例',
        type: 'Z',
        year: '2018',
        section: '第十条',
      }),
    ).toBe('中共中央. 中国共产党纪律处分条例[Z]. 2018: 第十条.');
  });
});

describe('an official document (公文)', () => {
  test('no author signs it: cited under the body its 版头 names, its 文号 as other title information', () => {
    const dir = 'tests/fixtures/unseen/official-opinion-page-footers';
    const [root] = runPipeline(readSources(join(dir, 'manifest.yaml'), dir));
    const cite = citeOf(root!, root!);
    expect(cite).toMatchObject({ authors: ['某某市委办公室'], titleInfo: '某办发〔2024〕12号' });
    expect(formatCitation({ ...cite, type: 'Z' })).toBe(
      '某某市委办公室. 关于加强新时代基层党组织建设的实施意见: 某办发〔2024〕12号[Z].',
    );
  });

  test('other title information follows the title and a colon, before the type', () => {
    expect(
      formatCitation({
        authors: ['中共中央', '国务院'],
        title: '关于做好2022年全面推进乡村振兴重点工作的意见',
        titleInfo: '中发〔2022〕1号',
        type: 'Z',
        year: '2022',
      }),
    ).toBe('中共中央, 国务院. 关于做好2022年全面推进乡村振兴重点工作的意见: 中发〔2022〕1号[Z]. 2022.');
  });
});

describe('a news item', () => {
  test('cited as a newspaper article under the reporters its dateline names', () => {
    const dir = 'tests/fixtures/unseen/news-dateline-reporters';
    const [root] = runPipeline(readSources(join(dir, 'manifest.yaml'), dir));
    expect(formatCitation(citeOf(root!, root!))).toBe(
      '王某某, 李某. 市直机关工委召开“三会一课”制度落实推进会[N]. 某某日报, 2024-05-20.',
    );
  });
});

describe('every document of the real corpus', () => {
  const { roots } = realCorpus();
  const cases = roots.flatMap((root) =>
    [root, ...leavesOf(root).filter((l) => l !== root)].map((doc) => [doc.id, root, doc] as const),
  );

  test.each(cases)('%s gives a well-formed citation, printed and online', (_id, root, doc) => {
    const cite = citeOf(root, doc);
    for (const c of [
      formatCitation({ ...cite, section: '第三章 一、加强领导' }),
      formatCitation({ ...cite, url: `https://example.org/library/${root.id}/`, accessed: '2026-11-29' }),
    ]) {
      expect(c).not.toMatch(/undefined|null|NaN/);
      expect(c).not.toMatch(/\[\]|\(\)|《》/);
      // No doubled or stray punctuation: `..`, `. .`, `, ,`, `: .`, a separator before a bracket.
      expect(c).not.toMatch(/\.\s*\.(?!\w)|,\s*,|:\s*[.,]|,\s*\.|[,:]\s*\[/);
      expect(c.startsWith(cite.authors.length > 0 ? `${cite.authors[0]}` : cite.title)).toBe(true);
      expect(c).toContain(`${cite.title}[${cite.type}`);
      expect(c.endsWith('.')).toBe(true);
    }
  });

  test('the corpus has papers, a collection and a book, so those shapes at least were checked', () => {
    const types = new Set(cases.map(([, root, d]) => citeOf(root, d).type));
    for (const t of ['J', 'G', 'M']) expect(types).toContain(t);
  });
});
