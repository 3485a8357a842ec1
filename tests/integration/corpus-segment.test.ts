/**
 * The foundation issue's "done means" for the segmenter, on the real corpus: counts and titles of
 * the handbook's chapters and cases, the speeches' 目录 items, both papers' sections, front
 * matter and references; unique, well-formed ids; determinism.
 */
import { describe, expect, test } from 'vitest';
import type { Document, Paragraph, Section } from '../../scripts/model/document.js';
import { isParagraphAnchor, isSectionId } from '../../scripts/model/ids.js';
import { segmentSource } from '../../scripts/stages/segment/index.js';
import { loadCorpus } from '../unit/stages/segment/support.js';

const segment = (id: string) => segmentSource(loadCorpus(id).src);
const allSections = (ss: Section[]): Section[] => ss.flatMap((s) => [s, ...allSections(s.sections)]);
const allParagraphs = (d: Document): Paragraph[] => [
  ...d.paragraphs,
  ...allSections(d.sections).flatMap((s) => s.paragraphs),
];
const heading = (s: Section) => `${s.numbering}${s.title}`;
const depth = (ss: Section[]): number => Math.max(0, ...ss.map((s) => 1 + depth(s.sections)));

describe('handbook-jiguan-dangjian', () => {
  const root = segment('handbook-jiguan-dangjian');
  const chapters = root.children.filter((c) => c.slug.startsWith('ch'));

  test('前言 and exactly ten chapters ch01…ch10 with the titles of 第一章…第十章', () => {
    expect(root.children.map((c) => c.slug)).toEqual([
      'preface',
      ...Array.from({ length: 10 }, (_, i) => `ch${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(root.children[0]!).toMatchObject({
      id: 'handbook-jiguan-dangjian-preface',
      title: '前言',
      parentId: 'handbook-jiguan-dangjian',
    });
    expect(chapters.map((c) => c.numbering)).toEqual([
      '第一章',
      '第二章',
      '第三章',
      '第四章',
      '第五章',
      '第六章',
      '第七章',
      '第八章',
      '第九章',
      '第十章',
    ]);
    expect(chapters[0]!.title).toBe('机关党建工作概述');
    expect(chapters[2]!).toMatchObject({
      id: 'handbook-jiguan-dangjian-ch03',
      title: '加强机关党的组织建设，增强凝聚力和战斗力',
    });
    expect(chapters[9]!.title).toBe('构建新型机关党组织，全面推进机关党建工作的创新发展');
  });

  test('each chapter: 党建要点 (key-points) with up to four numbered levels, then exactly one 创新案例', () => {
    for (const ch of chapters) {
      expect(ch.sections.map((s) => `${s.role} ${s.title}`)).toEqual(['key-points 党建要点', 'case-study 创新案例']);
      expect(ch.caseStudies).toHaveLength(1);
    }
    const keyPoints = chapters[0]!.sections[0]!;
    expect(depth(keyPoints.sections)).toBe(3); // 一、 > 1. > （1）; ① items are list paragraphs
    const styles = new Set(
      allSections(chapters.flatMap((c) => c.sections[0]!.sections)).map((s) =>
        s.numbering.replace(/\d+|[一二三四五六七八九十]+/g, 'N'),
      ),
    );
    expect([...styles].sort()).toEqual(['N.', 'N、', '（N）']); // 一、 1. （1）: ① lines are all whole sentences
  });

  test('the 创新案例 of chapter 1: place, title, source, an ASCII slug; all case ids unique', () => {
    expect(chapters[0]!.caseStudies[0]).toMatchObject({
      id: 'yunnan-dali-sanzhong-yishi',
      place: '云南大理',
      title: '树立“三种意识”提升机关党建科学化水平',
      source: '中国共产党新闻网',
      docId: 'handbook-jiguan-dangjian-ch01',
      sectionId: 's-2',
    });
    const ids = chapters.map((c) => c.caseStudies[0]!.id);
    expect(new Set(ids).size).toBe(10);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
    expect(chapters.map((c) => c.caseStudies[0]!.source)).toEqual(Array(10).fill('中国共产党新闻网'));
  });

  test('a whole numbered paragraph is a list item; a short numbered line before body text is a heading', () => {
    const paragraphs = allParagraphs(chapters[0]!);
    const item = paragraphs.find((p) => p.text.startsWith('机关、直属单位党员100人以上的'))!;
    expect([item.kind, item.marker]).toEqual(['list-item', '（1）']);
    expect(allSections(chapters[1]!.sections).map(heading)).toContain('（1）长期执政考验');
  });

  test('第一，… paragraphs are list items with their ordinal as marker', () => {
    const ordinals = allParagraphs(chapters[0]!).filter((p) => p.marker?.startsWith('第'));
    expect(ordinals.map((p) => p.marker)).toEqual([
      '第一，',
      '第二，',
      '第三，',
      '第四，',
      '第一，',
      '第二，',
      '第三，',
      '第四，',
      '第五，',
      '第六，',
      '第七，',
      '第八，',
      '第九，',
    ]);
    expect(ordinals.every((p) => p.kind === 'list-item')).toBe(true);
  });

  test('chapter 6: the quoted 一、…八、 list stays inside 2.工作作风建设 and 三、 follows 二、', () => {
    const keyPoints = chapters[5]!.sections[0]!;
    expect(keyPoints.sections.map(heading)).toEqual([
      '一、新时期党建的重中之重是整肃党风',
      '二、加强机关党的作风建设的主要内容',
      '三、加强机关党的作风建设的核心问题',
    ]);
    const workStyle = keyPoints.sections[1]!.sections.find((s) => s.title === '工作作风建设')!;
    expect(workStyle.sections).toEqual([]);
    expect(workStyle.paragraphs.filter((p) => p.kind === 'quote').map((p) => p.marker)).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
    ]);
  });

  test('run-in headings become bold leads (江苏常州 case: 1.培养有目标。…)', () => {
    const p = allParagraphs(chapters[3]!).find((x) => x.lead === '培养有目标。')!;
    expect([p.marker, p.text.slice(0, 6)]).toEqual(['1.', '结合所在岗位']);
  });
});

describe('speeches-zhengzhi-jiguan', () => {
  const root = segment('speeches-zhengzhi-jiguan');

  test('exactly the six items of the 目录, with its titles and the manifest institutions', () => {
    expect(root.children.map((c) => [c.slug, c.title, c.institution])).toEqual([
      ['part-01', '强化政治机关意识 提升引领发展之能', '市委直属机关工委'],
      ['part-02', '牢记党办职责使命 打造坚强政治机关', '省委办公厅'],
      ['part-03', '牢固树立政治机关意识 持续提升党建工作质量', '财政部'],
      ['part-04', '坚持不懈推进政治机关建设', '中央和国家机关'],
      ['part-05', '汲取百年大党智慧力量 全面彰显政治机关担当', '市直机关'],
      ['part-06', '改作风强担当 打造一流政治机关', '兵团党委宣传部'],
    ]);
    expect(root.front.title).toBe('政治机关建设工作开展情况研讨发言、经验交流汇编（6篇）');
    expect(root.front.toc?.map((e) => e.title)).toEqual(root.children.map((c) => c.title));
    expect(root.removed.filter((r) => r.reason === 'toc-page-number').map((r) => r.text)).toEqual([
      '1',
      '4',
      '7',
      '10',
      '13',
      '16',
    ]);
  });

  test('speech 6: 一、 headings holding 一是… run-in points as list items', () => {
    const s6 = root.children[5]!;
    expect(s6.sections.map(heading)).toEqual([
      '一、加强组织领导抓作风',
      '二、坚持党建引领抓作风',
      '三、聚焦主责主业抓作风',
    ]);
    const points = s6.sections[0]!.paragraphs.filter((p) => p.kind === 'list-item');
    expect(points.map((p) => [p.marker, p.lead])).toEqual([
      ['一是', '抓好关键少数。'],
      ['二是', '抓好制度建设。'],
      ['三是', '抓好巡视整改。'],
    ]);
  });

  test('parallel unnumbered run-in heads (speech 1, speech 3) become bold leads', () => {
    expect(root.children[0]!.paragraphs.map((p) => p.lead)).toEqual([
      undefined,
      '以政治建设为统领，抓对标聚共识。',
      '以方法创新为路径，抓融合促发展。',
      '以群众满意为导向，抓作风提效能。',
    ]);
    expect(root.children[2]!.paragraphs.map((p) => p.lead)).toEqual([
      undefined,
      '强化政治引领。',
      '夯实基层基础。',
      '严肃作风纪律。',
      '完善工作机制。',
      undefined,
    ]);
  });

  test('speech 5: short 一是… lines followed by body text are headings (rule: heading shape + body after)', () => {
    expect(root.children[4]!.sections.map(heading)).toEqual([
      '一是强化政治建设，做“两个确立”的坚定维护者',
      '二是强化历史自信，做“十个坚持”的忠诚践行者',
      '三是强化责任担当，做“伟大号召”的勇毅奋斗者',
    ]);
  });
});

describe('paper-zhenggong-lianzheng (hard-wrapped PDF)', () => {
  const doc = segment('paper-zhenggong-lianzheng');

  test('摘要 and the inline English Abstract/Keywords are front matter', () => {
    expect(doc.front.title).toBe('政工对党风廉政建设的贡献与影响');
    expect(doc.front.abstract?.[0]?.text).toMatch(
      /^政工在党的建设中具有非常重要的作用.*做风廉政建设领域.*核心价值与作用。$/,
    );
    expect(doc.front.abstractEn?.[0]?.text).toMatch(/^Political work plays .* in this regard\.$/);
    expect(doc.front.keywordsEn).toEqual([
      'political work',
      'Party conduct and clean governance construction',
      'seeing Party self-governance exercised fully and with rigor',
      'Party spirit education',
      'two studies and one action',
    ]);
  });

  test('引言, sections 1–6 (6 结束语) and exactly the 15 subsections 1.1…5.3', () => {
    expect(doc.sections.map((s) => `${s.role} ${s.numbering}`)).toEqual([
      'introduction ',
      'body 1',
      'body 2',
      'body 3',
      'body 4',
      'body 5',
      'conclusion 6',
    ]);
    expect(doc.sections[6]!.title).toBe('结束语');
    const subs = doc.sections.flatMap((s) => s.sections.map((x) => x.numbering));
    expect(subs).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
      '4.1',
      '4.2',
      '4.3',
      '5.1',
      '5.2',
      '5.3',
    ]);
  });

  test('wrapped lines are rejoined into one paragraph per subsection; citation markers stay in the text', () => {
    const p = doc.sections[1]!.sections[0]!.paragraphs;
    expect(p).toHaveLength(1);
    expect(p[0]!.provenance.lines).toEqual([81, 104]);
    expect(p[0]!.text).toContain('组成部分[1]。它以党的理论');
  });
});

describe('paper-dangjian-xietong', () => {
  const doc = segment('paper-dangjian-xietong');

  test('front matter: title, author, affiliation and its postcode note', () => {
    expect(doc.front).toMatchObject({
      title: '党建工作与党风廉政建设协同发展的路径与策略',
      authors: ['吴晓芳'],
      affiliation: '宁夏银星能源股份有限公司',
      affiliationNote: '宁夏银川 750021',
    });
  });

  test('引言, 一、…四、 with 1.1…3.3, and 参考文献 parsed into three references, not body text', () => {
    expect(doc.sections.map((s) => `${s.role} ${heading(s)}`)).toEqual([
      'introduction 引言',
      'body 一、协同发展的理论基础',
      'body 二、协同发展的现实困境',
      'body 三、协同发展的实现路径',
      'conclusion 四、结论',
      'references 参考文献',
    ]);
    expect(doc.sections.flatMap((s) => s.sections.map((x) => x.numbering))).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
    ]);
    expect(doc.sections[5]!.paragraphs).toEqual([]);
    expect(doc.sections[5]!.span).toEqual([61, 67]);
    expect(doc.references.map((r) => [r.number, r.authors, r.type, r.container, r.year])).toEqual([
      [1, ['张芳', '杨姝', '王丽亮'], 'J', '林产工业', '2025'],
      [2, [], 'J', '云南档案', '2025'],
      [3, ['孙艳'], 'J', '产业与科技论坛', '2025'],
    ]);
  });
});

describe('paper-zhenggong-lianzheng.en.txt', () => {
  const doc = segment('paper-zhenggong-lianzheng-en');
  test('titleEn, abstractEn and keywordsEn, and no body', () => {
    expect(doc.meta.translationOf).toBe('paper-zhenggong-lianzheng');
    expect(doc.front.titleEn).toBe(
      'The Contribution and Influence of Political Work on the Construction of Party Conduct and Clean Governance',
    );
    expect(doc.front.abstractEn?.[0]?.text).toMatch(/^Political work plays a very important role.*in this regard\.$/);
    expect(doc.front.keywordsEn).toHaveLength(5);
    expect([doc.sections, doc.paragraphs]).toEqual([[], []]);
  });
});

describe('ids and provenance on every source', () => {
  const ids = [
    'paper-zhenggong-lianzheng',
    'paper-zhenggong-lianzheng-en',
    'paper-dangjian-xietong',
    'speeches-zhengzhi-jiguan',
    'handbook-jiguan-dangjian',
  ];
  const pages = (d: Document): Document[] => (d.children.length ? d.children : [d]);

  test.each(ids)('%s: ids well-formed and unique per reading page; provenance inside the file', (id) => {
    const root = segment(id);
    for (const page of pages(root)) {
      const sections = allSections(page.sections);
      const paragraphs = allParagraphs(page);
      const all = [...sections.map((s) => s.id), ...paragraphs.map((p) => p.id)];
      expect(new Set(all).size).toBe(all.length);
      expect(sections.every((s) => isSectionId(s.id))).toBe(true);
      expect(paragraphs.every((p) => isParagraphAnchor(p.id))).toBe(true);
      for (const x of [...sections, ...paragraphs]) {
        expect(x.provenance.file).toBe(root.meta.file);
        expect(x.provenance.lines[0]).toBeGreaterThanOrEqual(page.provenance.lines[0]);
        expect(x.provenance.lines[1]).toBeLessThanOrEqual(page.provenance.lines[1]);
      }
    }
  });

  test.each(ids)('%s: segmenting twice gives deep-equal output', (id) => {
    expect(segment(id)).toEqual(segment(id));
  });
});
