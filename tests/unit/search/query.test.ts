import { describe, expect, test } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import {
  citedArticle,
  conceptForQuery,
  expandTerm,
  namesWork,
  parseQuery,
  punctuatedVariants,
  termFormsOf,
  type ConceptEntry,
} from '../../../src/client/search/query.js';
import {
  findReadThrough,
  foldText,
  learnedFold,
  readThrough,
  searchRuns,
  withoutLayoutSpaces,
  wordRuns,
} from '../../../src/client/search/text.js';

const twToCn = Converter({ from: 'tw', to: 'cn' });
const concepts: ConceptEntry[] = [
  {
    id: 'zhong-yang-ba-xiang-gui-ding',
    term: '中央八项规定',
    url: '/concepts/zhong-yang-ba-xiang-gui-ding/',
    aliases: ['八项规定'],
    pinyin: 'zhong yang ba xiang gui ding',
  },
];
const opts = { toSimplified: twToCn, concepts };

describe('foldText', () => {
  test.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['Party Building', 'party building'],
    ['两学一做', '两学一做'],
  ])('%s → %s and keeps the length', (input, out) => {
    expect(foldText(input)).toBe(out);
    expect(foldText(input)).toHaveLength(input.length);
  });
});

describe('wordRuns', () => {
  test('splits at punctuation and spaces, keeping offsets', () => {
    expect(wordRuns('两学一做、三会一课 ok')).toEqual([
      { text: '两学一做', offset: 0 },
      { text: '三会一课', offset: 5 },
      { text: 'ok', offset: 10 },
    ]);
  });
});

describe('searchRuns', () => {
  test('reads through quotation and title marks, and splits at other punctuation', () => {
    expect(searchRuns('开展“两学一做”学习，《党章》')).toEqual([
      { text: '开展两学一做学习', offset: 0 },
      { text: '党章', offset: 12 },
    ]);
    expect(searchRuns('“”，')).toEqual([]);
  });
  test('reads through spaces between Han characters, not between English words', () => {
    expect(searchRuns('第 三 条　党员 party building')).toEqual([
      { text: '第三条党员party', offset: 0 },
      { text: 'building', offset: 15 },
    ]);
  });
  test('reads through the middle dot of a title or a name: 七律长征 is the run of 七律·长征', () => {
    expect(searchRuns('学习《七律·长征》，卡尔・马克思')).toEqual([
      { text: '学习七律长征', offset: 0 },
      { text: '卡尔马克思', offset: 10 },
    ]);
    expect(findReadThrough(readThrough('毛泽东《七律·长征》'), '七律长征')).toEqual([[4, 9]]);
  });
});

describe('learnedFold', () => {
  test('folds other text of the page as the passage was folded, keeping its length and unknown characters', () => {
    const fold = learnedFold('黨風廉政建設的重要意義', '党风廉政建设的重要意义');
    expect(fold('加強黨風廉政建設的幾點思考')).toBe('加強党风廉政建设的幾點思考');
    expect(fold('𠀀黨')).toBe('𠀀党');
  });
});

describe('readThrough', () => {
  test('the text without its marks, and where each character stood', () => {
    expect(readThrough('“两学”习')).toEqual({ text: '两学习', at: [1, 2, 4] });
  });
  test('findReadThrough gives ranges of the original string, marks inside included', () => {
    const t = readThrough('“两学一做”学习，两学一做');
    expect(findReadThrough(t, '两学一做')).toEqual([
      [1, 5],
      [9, 13],
    ]);
    expect(findReadThrough(t, '做学')).toEqual([[4, 7]]);
    expect(findReadThrough(t, '“')).toEqual([]);
  });
  test('reads through the spaces that set a character apart, beside Han: a PDF copy, a heading set wide', () => {
    expect(readThrough('第 三 条')).toEqual({ text: '第三条', at: [0, 2, 4] });
    expect(readThrough('总　　则')).toEqual({ text: '总则', at: [0, 3] });
    expect(readThrough('2024 年 3 月')).toEqual({ text: '2024年3月', at: [0, 1, 2, 3, 5, 7, 9] });
    expect(readThrough('自 2018 年 10 月 28 日起施行').text).toBe('自2018年10月28日起施行');
    expect(readThrough('学习 PPT 课件').text).toBe('学习PPT课件');
    expect(findReadThrough(readThrough('对照《中 国 共 产 党 章 程》第 三 条'), '党章程第三条')).toEqual([[11, 22]]);
  });
  test('withoutLayoutSpaces: the same spaces read through, quotation marks kept; undefined without any', () => {
    expect(withoutLayoutSpaces('“两 学 一 做”')).toEqual({ text: '“两学一做”', at: [0, 1, 3, 5, 7, 8] });
    expect(withoutLayoutSpaces('两学一做')).toBeUndefined();
    expect(withoutLayoutSpaces('守正创新 推动发展')).toBeUndefined();
    expect(withoutLayoutSpaces('party building')).toBeUndefined();
  });
  test('keeps the spaces between longer runs, beside punctuation, and tabs and line breaks', () => {
    for (const s of [
      '学习贯彻党的十八大精神 全面深化',
      '张三 李四',
      'party building',
      '两学一做 “学习”',
      '“两学一做” 学习',
      '两\t一',
      '两\n一',
      ' 两 ',
      '两，一',
    ])
      expect(readThrough(s).text).toBe(s.replace(/[“”]/g, ''));
  });
});

describe('parseQuery', () => {
  test.each<[string, { text: string; phrase: boolean }[]]>([
    ['两学一做', [{ text: '两学一做', phrase: false }]],
    [
      '  从严治党　廉政 ',
      [
        { text: '从严治党', phrase: false },
        { text: '廉政', phrase: false },
      ],
    ],
    ['"三会一课"', [{ text: '三会一课', phrase: true }]],
    [
      '“学习型党组织” 建设',
      [
        { text: '学习型党组织', phrase: true },
        { text: '建设', phrase: false },
      ],
    ],
    [
      '"Party  Building" clean',
      [
        { text: 'party building', phrase: true },
        { text: 'clean', phrase: false },
      ],
    ],
    ['、 ""', []],
    ['党 党', [{ text: '党', phrase: false }]],
    ['"未闭合', [{ text: '未闭合', phrase: false }]],
  ])('%s', (raw, terms) => {
    expect(parseQuery(raw)).toEqual(terms);
  });
});

describe('an article cited by its work', () => {
  test.each([
    ['党章第三条', { work: '党章', article: '第三条' }],
    ['《中国共产党章程》第十二条', { work: '中国共产党章程', article: '第十二条' }],
    ['支部工作条例第3条', { work: '支部工作条例', article: '第3条' }],
  ])('citedArticle(%s)', (text, cited) => {
    expect(citedArticle(text)).toEqual(cited);
  });

  test.each(['第三条', '党第三条', '第一章第三条', '第二节第五条', '党章第三章', '党章第三条规定'])(
    '%s cites no article of a work',
    (text) => expect(citedArticle(text)).toBeUndefined(),
  );

  test('a short title names a work when its characters stand in the title in order', () => {
    expect(namesWork('中国共产党章程', '党章')).toBe(true);
    expect(namesWork('中国共产党章程（中英对照）', '党章')).toBe(true);
    expect(namesWork('中国共产党支部工作条例（试行）', '《支部工作条例》')).toBe(true);
    expect(namesWork('中国共产党支部工作条例（试行）', '条例工作')).toBe(false);
    expect(namesWork('中国共产党纪律处分条例', '党章')).toBe(false);
  });

  test('a work and its article typed apart are one citation; a phrase or a word that cites nothing stays apart', () => {
    const texts = (q: string) => parseQuery(q).map((t) => t.text);
    expect(texts('党章 第三条')).toEqual(['党章第三条']);
    expect(texts('《支部工作条例》 第十条 党费')).toEqual(['《支部工作条例》第十条', '党费']);
    expect(texts('黨章 第三條')).toEqual(['黨章第三條']);
    expect(texts('"党章" 第三条')).toEqual(['党章', '第三条']);
    expect(texts('党费 第三章')).toEqual(['党费', '第三章']);
    expect(texts('第一章 第三条')).toEqual(['第一章', '第三条']);
  });

  test('termFormsOf: the article is a form of the term, as typed, within the work; other terms are as expandTerm gives them', () => {
    const opts = { toSimplified: (s: string) => Converter({ from: 'tw', to: 'cn' })(s), concepts: [] };
    const [cited, plain] = termFormsOf(parseQuery('黨章第三條 党支部'), opts);
    expect(cited).toEqual({
      forms: ['黨章第三條', '党章第三条', '第三条'],
      exact: new Set(['黨章第三條', '党章第三条', '第三条']),
      within: new Map([['第三条', '党章']]),
    });
    expect(plain).toEqual({ forms: ['党支部'], exact: new Set(['党支部']) });
  });
});

describe('expandTerm', () => {
  test('a traditional query adds its simplified form (tw→cn keeps 核心)', () => {
    expect(expandTerm({ text: '黨風廉政建設', phrase: false }, opts)).toEqual(['黨風廉政建設', '党风廉政建设']);
    expect(expandTerm({ text: '核心', phrase: false }, opts)).toEqual(['核心']);
    expect(expandTerm({ text: '民主生活會', phrase: false }, opts)).toEqual(['民主生活會', '民主生活会']);
  });
  test('a glossary alias brings the term and the other aliases', () => {
    expect(expandTerm({ text: '八项规定', phrase: false }, opts)).toEqual(['八项规定', '中央八项规定']);
    expect(expandTerm({ text: '八項規定', phrase: false }, opts)).toEqual(['八項規定', '八项规定', '中央八项规定']);
  });
  test('the concept card shows only for a one-term query equal to a term or alias', () => {
    expect(conceptForQuery(parseQuery('八项规定'), opts)?.id).toBe('zhong-yang-ba-xiang-gui-ding');
    expect(conceptForQuery(parseQuery('八项规定 党员'), opts)).toBeUndefined();
    expect(conceptForQuery(parseQuery('规定'), opts)).toBeUndefined();
  });
});

describe('punctuatedVariants', () => {
  test('a slogan typed without its punctuation: two parts (、 then ，, the evener split first), then three', () => {
    const v = punctuatedVariants('立党为公执政为民');
    expect(v[0]).toBe('立党为公、执政为民');
    expect(v).toContain('立党为公，执政为民');
    expect(v.indexOf('立党为公、执政为民')).toBeLessThan(v.indexOf('立党为公，执政为民'));
    expect(punctuatedVariants('门难进脸难看事难办')).toContain('门难进、脸难看、事难办');
    // Every variant is the term with separators added, each part two characters or more.
    for (const x of v) {
      expect(x.replace(/[、，]/g, '')).toBe('立党为公执政为民');
      expect(x.split(/[、，]/).every((part) => part.length >= 2)).toBe(true);
    }
    expect(new Set(v).size).toBe(v.length);
  });

  test('nothing for a term too short or too long, or holding anything but Chinese characters', () => {
    for (const t of ['两学一', '党建+业务融合', '两学一做 学习', 'abcdefg', '一二三四五六七八九十一二三'])
      expect(punctuatedVariants(t)).toEqual([]);
    expect(punctuatedVariants('两学一做')).toEqual(['两学、一做', '两学，一做']);
  });
});
