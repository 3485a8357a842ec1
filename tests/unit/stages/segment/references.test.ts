import { describe, expect, test } from 'vitest';
import { parseReference } from '../../../../scripts/stages/segment/references.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';

const prov = { file: 'f.txt', lines: [1, 1] as [number, number] };

describe('parseReference (GB/T 7714)', () => {
  test.each([
    [
      '张芳 , 杨姝 , 王丽亮 , 等 . 浅谈二十大精神融入林科院思政工作——以“中国林科院高原所 2023 年党建暨党风廉政建设工作会议”为例 [J]. 林产工业 ,2025,62(04):123-124.',
      {
        authors: ['张芳', '杨姝', '王丽亮'],
        title: '浅谈二十大精神融入林科院思政工作——以“中国林科院高原所 2023 年党建暨党风廉政建设工作会议”为例',
        type: 'J',
        container: '林产工业',
        year: '2025',
        volume: '62',
        issue: '04',
        pages: '123-124',
      },
    ],
    [
      '省档案馆召开 2025 年工作会议暨机关党建党风廉政建设和意识形态工作会议 [J]. 云南档案 ,2025,(01):4.',
      {
        authors: [],
        title: '省档案馆召开 2025 年工作会议暨机关党建党风廉政建设和意识形态工作会议',
        type: 'J',
        container: '云南档案',
        year: '2025',
        issue: '01',
        pages: '4',
      },
    ],
    [
      '孙艳 . 新时代红色文化融入高校党风廉政建设的研究 [J]. 产业与科技论坛 ,2025,24(01):239-241.',
      {
        authors: ['孙艳'],
        title: '新时代红色文化融入高校党风廉政建设的研究',
        type: 'J',
        container: '产业与科技论坛',
        year: '2025',
        volume: '24',
        issue: '01',
        pages: '239-241',
      },
    ],
    [
      '李明 . 机关党建新探索[N]. 人民日报, 2021-07-01(05).',
      { authors: ['李明'], title: '机关党建新探索', type: 'N', container: '人民日报', year: '2021-07-01', issue: '05' },
    ],
    [
      '本书编写组 . 机关党建一本通 [M]. 北京: 人民出版社, 2014: 12-15.',
      {
        authors: ['本书编写组'],
        title: '机关党建一本通',
        type: 'M',
        place: '北京',
        publisher: '人民出版社',
        year: '2014',
        pages: '12-15',
      },
    ],
  ])('%s', (raw, fields) => {
    const ref = parseReference(7, raw, prov);
    expect(ref).toMatchObject({ number: 7, raw, provenance: prov, ...fields });
  });

  test('an entry that is not GB/T 7714 keeps only its raw text', () => {
    expect(parseReference(1, '某某内部资料，未刊稿', prov)).toEqual({
      number: 1,
      raw: '某某内部资料，未刊稿',
      authors: [],
      provenance: prov,
    });
  });
});

describe('parseReference: styles of unseen sources', () => {
  test.each([
    [
      '习近平. 论党的自我革命[M]. 北京: 中央文献出版社, 2023.',
      {
        authors: ['习近平'],
        title: '论党的自我革命',
        type: 'M',
        place: '北京',
        publisher: '中央文献出版社',
        year: '2023',
      },
    ],
    [
      '王明, 李华. 机关党建路径研究[J]. 中国党政干部论坛, 2022(5): 45-48.',
      { authors: ['王明', '李华'], type: 'J', container: '中国党政干部论坛', year: '2022', issue: '5', pages: '45-48' },
    ],
    [
      '中共中央办公厅. 关于加强新时代廉洁文化建设的意见[EB/OL]. (2022-02-24)[2024-01-10]. http://www.gov.cn/a.htm.',
      {
        authors: ['中共中央办公厅'],
        type: 'EB/OL',
        year: '2022-02-24',
        accessed: '2024-01-10',
        url: 'http://www.gov.cn/a.htm',
      },
    ],
    [
      '孙伟. 基层党组织组织力提升研究[D]. 北京: 中共中央党校, 2021.',
      { type: 'D', place: '北京', publisher: '中共中央党校', year: '2021' },
    ],
    ['Web 2.0时代的党建工作[J]. 党建研究, 2010(1): 3-5.', { authors: [], title: 'Web 2.0时代的党建工作', type: 'J' }],
  ])('%s', (raw, fields) => {
    expect(parseReference(1, raw, prov)).toMatchObject(fields);
  });

  test('entries numbered 1. / ［1］ and wrapped over two lines are taken from a references section', async () => {
    const { segmentSource } = await import('../../../../scripts/stages/segment/index.js');
    const { sourceFromText } = await import('./support.js');
    const doc = segmentSource(
      sourceFromText(
        '标题\n一、正文\n内容[1]。\n参考文献\n1. 李四. 基层党建研究[J]. 党建研究, 2020\n(3): 10-12.\n［2］王五. 论组织力[J]. 理论探讨, 2019(2): 5-9.',
      ).src,
    );
    expect(doc.references.map((r) => [r.number, r.label, r.pages, r.provenance.lines])).toEqual([
      [1, '1.', '10-12', [5, 6]],
      [2, '［2］', '5-9', [7, 7]],
    ]);
  });
});

describe('notes a text ends with under no heading', () => {
  const segment = (raw: string) => segmentSource(sourceFromText(raw, syntheticMeta('note.txt')).src);
  const bodyText = (d: ReturnType<typeof segment>) => d.paragraphs.map((p) => p.text);

  test('bracketed entries from 1 that the text marks are its references', () => {
    const doc = segment('标题\n\n正文一[注1]。正文二[注2]。\n\n[注1]见《党章》。\n[注2]见《条例》。');
    expect(doc.references.map((r) => [r.number, r.label, r.raw])).toEqual([
      [1, '[注1]', '见《党章》。'],
      [2, '[注2]', '见《条例》。'],
    ]);
    expect(bodyText(doc)).toEqual(['正文一[注1]。正文二[注2]。']);
  });

  test('a run the text does not mark, or not numbered from 1, stays text', () => {
    expect(segment('标题\n\n正文。\n\n[1]见《党章》。\n[2]见《条例》。').references).toEqual([]);
    expect(segment('标题\n\n正文[2]。\n\n[2]见《党章》。\n[3]见《条例》。').references).toEqual([]);
  });
});
