import { describe, expect, test } from 'vitest';
import { pointMembers, spelledOutMembers } from '../../../scripts/stages/mine-terms.js';
import { findFigures } from '../../../scripts/stages/concepts/figures.js';
import { placeOf, provinceInText, provinceOfTitle } from '../../../scripts/util/places.js';
import { layoutConceptMap } from '../../../scripts/emit/concept-map.js';

describe('spelledOutMembers: a formula’s members listed in the text', () => {
  test.each([
    ['四个意识', '增强党员的政治意识、大局意识、核心意识和看齐意识', ['政治意识', '大局意识', '核心意识', '看齐意识']],
    ['三种意识', '增强党员的政治意识、大局意识、核心意识和看齐意识', undefined],
    ['三个自信', '增强道路自信、理论自信、制度自信', ['道路自信', '理论自信', '制度自信']],
    ['两学一做', '学党章党规、学系列讲话，做合格党员', undefined],
  ])('%s in %s', (formula, text, expected) => {
    expect(spelledOutMembers(formula, text)).toEqual(expected);
  });
});

describe('pointMembers: a formula’s members set out as the points after it', () => {
  const points = [
    '树立率先意识，充分发挥党员的先锋模范作用。',
    '树立效率意识，不断推进工作提速提效。',
    '一是强化品牌意识，坚持把服务做到实处。',
  ];
  test('each point opens with a different member, after at most a four-character verb or ordinal', () => {
    expect(pointMembers('三种意识', [...points, '（资料来源：中国共产党新闻网）'])).toEqual([
      '率先意识',
      '效率意识',
      '品牌意识',
    ]);
    expect(pointMembers('三种意识', points)).toEqual(['率先意识', '效率意识', '品牌意识']);
  });
  test('not when a point lacks a member, repeats one, or a further point follows (three of four are no 三种意识)', () => {
    expect(pointMembers('三种意识', [points[0]!, '充分发挥作用，效率意识也要树立。', points[2]!])).toBeUndefined();
    expect(pointMembers('三种意识', [points[0]!, points[0]!, points[2]!])).toBeUndefined();
    expect(pointMembers('三种意识', [...points, '树立服务意识，坚持为民。'])).toBeUndefined();
    expect(pointMembers('三种意识', points.slice(0, 2))).toBeUndefined();
    expect(pointMembers('两学一做', points)).toBeUndefined();
  });
});

describe('findFigures', () => {
  test('counts with units, Chinese multipliers and approximations; dates are no figures', () => {
    const f = findFigures(
      '2013年10月10日，发动64个党总支、2054名共产党员，共向灾区人民捐款26万元，投入3万8千多元，先进巩固率达100％',
    );
    expect(f.map((x) => x.value)).toEqual(['64个', '2054名', '26万元', '3万8千多元', '100％']);
    expect(f[1]!.noun).toBe('共产党员');
    expect(f[2]!.context).toBe('共向灾区人民捐款26万元');
  });
});

describe('places', () => {
  test.each([
    ['云南大理', { province: '云南', locality: '大理' }],
    ['广东省高州质监局', { province: '广东', locality: '高州质监局' }],
    ['海南', { province: '海南' }],
    ['兵团党委宣传部', {}],
  ])('placeOf(%s)', (place, expected) => expect(placeOf(place)).toEqual(expected));

  test('a speech’s province: central institutions, then the first place the text names', () => {
    expect(provinceInText('财政部', '')).toEqual({ province: '中央' });
    expect(provinceInText('市直机关', '推动全会精神在太原落地生根')).toEqual({ province: '山西', locality: '太原' });
    expect(provinceInText('兵团党委宣传部', '')).toEqual({ province: '新疆', locality: '兵团' });
    expect(provinceInText('省委办公厅', '对标学习中办')).toEqual({});
  });

  test('a case titled without its place: the province its title opens with, else none', () => {
    expect(provinceOfTitle('浙江安吉“两山”理念引领乡村党建')).toEqual({ province: '浙江' });
    expect(provinceOfTitle('“红色管家”服务群众')).toEqual({});
    expect(provinceOfTitle('推行“支部+网格”模式')).toEqual({});
  });
});

describe('layoutConceptMap', () => {
  const input = ['a', 'b', 'c', 'd'].map((id, i) => ({
    id,
    term: id,
    category: '理论',
    count: 10 - i,
    paragraphs: new Set(i < 3 ? ['p1', 'p2'] : ['p9']),
  }));
  test('is deterministic, keeps nodes on the canvas and sizes them by frequency', () => {
    const m = layoutConceptMap(input);
    expect(layoutConceptMap(input)).toEqual(m);
    for (const n of m.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(m.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(m.height);
    }
    expect(m.nodes.find((n) => n.id === 'a')!.r).toBeGreaterThan(m.nodes.find((n) => n.id === 'd')!.r);
    expect(m.edges).toEqual([
      { a: 'a', b: 'b', shared: 2 },
      { a: 'a', b: 'c', shared: 2 },
      { a: 'b', b: 'c', shared: 2 },
    ]);
  });
});
