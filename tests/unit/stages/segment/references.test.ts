import { describe, expect, test } from 'vitest';
import { parseReference } from '../../../../scripts/stages/segment/references.js';

const prov = { file: 'f.txt', lines: [1, 1] as [number, number] };

describe('parseReference (GB/T 7714)', () => {
  test.each([
    [
      '张芳 , 杨姝 , 王丽亮 , 等 . 浅谈二十大精神融入林科院思政工作——以“中国林科院高原所 2023 年党建暨党风廉政建设工作会议”为例 [J]. 林产工业 ,2025,62(04):123-124.',
      { authors: ['张芳', '杨姝', '王丽亮'], title: '浅谈二十大精神融入林科院思政工作——以“中国林科院高原所 2023 年党建暨党风廉政建设工作会议”为例', type: 'J', container: '林产工业', year: '2025', volume: '62', issue: '04', pages: '123-124' },
    ],
    [
      '省档案馆召开 2025 年工作会议暨机关党建党风廉政建设和意识形态工作会议 [J]. 云南档案 ,2025,(01):4.',
      { authors: [], title: '省档案馆召开 2025 年工作会议暨机关党建党风廉政建设和意识形态工作会议', type: 'J', container: '云南档案', year: '2025', issue: '01', pages: '4' },
    ],
    [
      '孙艳 . 新时代红色文化融入高校党风廉政建设的研究 [J]. 产业与科技论坛 ,2025,24(01):239-241.',
      { authors: ['孙艳'], title: '新时代红色文化融入高校党风廉政建设的研究', type: 'J', container: '产业与科技论坛', year: '2025', volume: '24', issue: '01', pages: '239-241' },
    ],
    [
      '李明 . 机关党建新探索[N]. 人民日报, 2021-07-01(05).',
      { authors: ['李明'], title: '机关党建新探索', type: 'N', container: '人民日报', year: '2021-07-01', issue: '05' },
    ],
    [
      '本书编写组 . 机关党建一本通 [M]. 北京: 人民出版社, 2014: 12-15.',
      { authors: ['本书编写组'], title: '机关党建一本通', type: 'M', place: '北京', publisher: '人民出版社', year: '2014', pages: '12-15' },
    ],
  ])('%s', (raw, fields) => {
    const ref = parseReference(7, raw, prov);
    expect(ref).toMatchObject({ number: 7, raw, provenance: prov, ...fields });
  });

  test('an entry that is not GB/T 7714 keeps only its raw text', () => {
    expect(parseReference(1, '某某内部资料，未刊稿', prov)).toEqual({ number: 1, raw: '某某内部资料，未刊稿', authors: [], provenance: prov });
  });
});
