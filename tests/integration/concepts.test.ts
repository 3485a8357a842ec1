/**
 * The knowledge-base layer on the real corpus: concept marks against an independent count, the
 * definition sources, expansions, case pages, term mining and cross-references.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readSources } from '../../scripts/io/read-manifest.js';
import { readGlossary } from '../../scripts/io/read-glossary.js';
import { runPipeline } from '../../scripts/pipeline.js';
import { annotateConcepts } from '../../scripts/stages/annotate/concepts.js';
import { passagesOf, passageText, type Passage } from '../../scripts/stages/concepts/passages.js';
import { emitKnowledgeBase, type KnowledgeBase } from '../../scripts/emit/concepts-json.js';
import { formsOf, type Glossary } from '../../scripts/model/concept.js';
import type { Document } from '../../scripts/model/document.js';
import { buildCitedWorks } from '../../scripts/stages/cited-works.js';
import { buildSeeAlso } from '../../scripts/stages/see-also.js';
import { corpusKeywords, documentKeywords, type DocumentKeywords } from '../../scripts/stages/document-keywords.js';
import { mineTerms } from '../../scripts/stages/mine-terms.js';
import { deriveKnowledge, type Knowledge } from '../../scripts/stages/knowledge.js';
import { segmenterFor, type Segmenter } from '../../scripts/util/jieba.js';
import { mapDocumentText } from '../../scripts/stages/annotate/walk.js';
import { Converter } from 'opencc-js';

let glossary: Glossary;
let roots: Document[];
let passages: readonly Passage[];
let kb: KnowledgeBase;
let segmenter: Segmenter;
let knowledge: Knowledge;

beforeAll(() => {
  glossary = readGlossary('content/concepts.yaml');
  // Annotating again is a no-op when the pipeline already did it (addMarks ignores equal marks).
  segmenter = segmenterFor(glossary);
  roots = runPipeline(readSources('content/manifest.yaml', 'content/sources'), glossary, { segmenter }).map(
    annotateConcepts(glossary, segmenter).run,
  );
  passages = passagesOf(roots);
  knowledge = deriveKnowledge(roots, glossary, corpusKeywords(roots, segmenter));
  kb = emitKnowledgeBase(roots, glossary, knowledge);
}, 120_000);

/** All start offsets of `needle` in `text`. */
const positions = (text: string, needle: string): number[] => {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
};

/**
 * A different algorithm: plain substring search per form, minus hits inside a longer glossary
 * form, inside a `notInside` word, or touching a redaction/citation mark; English names counted
 * case-insensitively as whole words. No jieba, no leftmost-longest scan.
 */
function independentCount(): Map<string, number> {
  const forms = glossary.concepts.flatMap((c) => formsOf(c).map((form) => ({ form, c })));
  const counts = new Map(glossary.concepts.map((c) => [c.id, 0]));
  for (const p of passages) {
    if (p.sections.some((s) => s.role === 'references')) continue;
    const text = p.paragraph.text;
    const others = p.paragraph.marks.filter((m) => m.kind !== 'concept');
    for (const { form, c } of forms) {
      for (const at of positions(text, form)) {
        const end = at + form.length;
        const inLonger = forms.some(
          (g) =>
            g.form.length > form.length &&
            g.form.includes(form) &&
            positions(text, g.form).some((s) => s <= at && s + g.form.length >= end),
        );
        const inExcluded = c.notInside.some((w) => positions(text, w).some((s) => s <= at && s + w.length >= end));
        const touchesMark = others.some((m) => m.start < end && at < m.end);
        if (!inLonger && !inExcluded && !touchesMark) counts.set(c.id, counts.get(c.id)! + 1);
      }
    }
    for (const c of glossary.concepts) {
      for (const en of c.en) {
        const re = new RegExp(`(?<![A-Za-z])${en.replace(/ /g, '\\s+')}(?![A-Za-z])`, 'gi');
        counts.set(c.id, counts.get(c.id)! + (text.match(re)?.length ?? 0));
      }
    }
  }
  return counts;
}

describe('concept marks on the real corpus', () => {
  test('every concept is found, and its count equals an independent count of its term and aliases', () => {
    const marked = new Map(glossary.concepts.map((c) => [c.id, 0]));
    for (const p of passages)
      for (const m of p.paragraph.marks)
        if (m.kind === 'concept') marked.set(m.conceptId, marked.get(m.conceptId)! + 1);
    expect(Object.fromEntries(marked)).toEqual(Object.fromEntries(independentCount()));
    expect([...marked.values()].every((n) => n > 0)).toBe(true);
    expect([...marked.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  test('党风廉政建设 wins over 廉政建设, and 廉政建设 alone is still found', () => {
    const texts = (id: string) =>
      passages.flatMap((p) =>
        p.paragraph.marks
          .filter((m) => m.kind === 'concept' && m.conceptId === id)
          .map((m) => p.paragraph.text.slice(m.start - 2, m.end)),
      );
    expect(texts('lian-zheng-jian-she').length).toBeGreaterThan(3);
    expect(texts('lian-zheng-jian-she').some((t) => t.endsWith('党风廉政建设'))).toBe(false);
    expect(texts('dang-feng-lian-zheng-jian-she').length).toBeGreaterThan(100);
  });

  test('政工 is never marked inside 财政工作, 行政工作, 思政工作 or 廉政工作', () => {
    for (const p of passages) {
      for (const m of p.paragraph.marks) {
        if (m.kind !== 'concept' || m.conceptId !== 'zheng-gong') continue;
        expect(p.paragraph.text.slice(m.start - 1, m.end + 1)).not.toMatch(/^[财行思廉]政工/);
      }
    }
  });

  test('headings link their terms too (4.1 “两学一做”的定义和实质)', () => {
    const p = passages.find(
      (x) => x.sections.at(-1)?.numbering === '4.1' && x.root.id === 'paper-zhenggong-lianzheng',
    )!;
    const heading = p.sections.at(-1)!;
    expect(heading.titleMarks?.map((m) => (m.kind === 'concept' ? m.conceptId : m.kind))).toEqual(['liang-xue-yi-zuo']);
  });

  test('党员大会 is a concept of its own: the 机关纪委 and 总支部 elections name it; 支部党员大会 keeps the longer form', () => {
    const marksOf = (id: string) =>
      passages.flatMap((p) =>
        p.paragraph.marks
          .filter((m) => m.kind === 'concept' && m.conceptId === id)
          .map((m) => ({ p, printed: p.paragraph.text.slice(m.start, m.end) })),
      );
    const general = marksOf('dang-yuan-da-hui');
    expect(general.map((x) => x.printed)).toEqual(general.map(() => '党员大会'));
    expect(general.some((x) => x.p.paragraph.text.includes('机关纪委由同级党员大会'))).toBe(true);
    expect(general.some((x) => x.p.paragraph.text.includes('总支部委员会由党员大会选举产生'))).toBe(true);
    const branch = marksOf('zhi-bu-dang-yuan-da-hui');
    expect(branch.length).toBeGreaterThan(0);
    for (const x of branch) expect(['支部党员大会', '支部大会']).toContain(x.printed);
  });

  test('concept marks never overlap another mark', () => {
    for (const p of passages) {
      const ms = [...p.paragraph.marks].sort((a, b) => a.start - b.start);
      ms.forEach((m, i) => i > 0 && expect(m.start).toBeGreaterThanOrEqual(ms[i - 1]!.end));
    }
  });

  test('两学一做 links from the paper (Chinese text and English abstract) and from a speech', () => {
    const where = new Set(
      passages
        .filter((p) => p.paragraph.marks.some((m) => m.kind === 'concept' && m.conceptId === 'liang-xue-yi-zuo'))
        .map((p) => `${p.root.id}:${/[A-Za-z]{4}/.test(p.paragraph.text) ? 'en' : 'zh'}`),
    );
    expect(where).toEqual(
      new Set(['paper-zhenggong-lianzheng:zh', 'paper-zhenggong-lianzheng:en', 'speeches-zhengzhi-jiguan:zh']),
    );
  });
});

describe('concept marks on the corpus written in traditional characters', () => {
  test('are the marks of the simplified corpus, at the same places (党风廉政建设 marks 黨風廉政建設); its keywords are too', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const plain = runPipeline(readSources('content/manifest.yaml', 'content/sources'));
    const traditional = plain.map((r) =>
      mapDocumentText(r, {
        paragraph: (p) => ({ ...p, text: toTraditional(p.text), ...(p.lead && { lead: toTraditional(p.lead) }) }),
        section: (s) => ({ ...s, title: toTraditional(s.title) }),
      }),
    );
    const annotate = annotateConcepts(glossary, segmenter).run;
    const marks = (docs: Document[]) =>
      passagesOf(docs.map(annotate)).flatMap((p) =>
        p.paragraph.marks.flatMap((m) => (m.kind === 'concept' ? [`${p.url} ${m.start}-${m.end} ${m.conceptId}`] : [])),
      );
    const want = marks(plain);
    expect(want.length).toBeGreaterThan(1000);
    expect(marks(traditional)).toEqual(want);
    // Its keyword input is counted in simplified characters: see-also compares it with the rest.
    const keywords = (docs: Document[]) => docs.map((d) => documentKeywords(annotate(d), segmenter));
    const [simplified, folded] = [keywords(plain), keywords(traditional)];
    const vectors = simplified.flatMap((k, i) =>
      Object.entries(k.sections).map(([url, v]) => [v, folded[i]!.sections[url]] as const),
    );
    expect(vectors.length).toBeGreaterThan(100);
    const same = vectors.filter(([a, b]) => JSON.stringify(a.map(([w]) => w)) === JSON.stringify(b?.map(([w]) => w)));
    expect(same.length / vectors.length).toBeGreaterThan(0.9);
    // Term mining reads it in simplified characters too: the same candidates, counted alike.
    const mined = (docs: Document[], k: DocumentKeywords[]) =>
      mineTerms(docs.map(annotate), glossary, k).candidates.map((c) => `${c.text}×${c.count}`);
    const want2 = mined(plain, simplified);
    expect(want2.length).toBeGreaterThan(10);
    expect(mined(traditional, folded)).toEqual(want2);
  });
});

describe('concept data', () => {
  const concept = (id: string) => kb.concepts.concepts.find((c) => c.id === id)!;

  test('两学一做 cites the paper’s own definition in section 4.1', () => {
    const c = concept('liang-xue-yi-zuo');
    expect(c.definitionEditorial).toBe(false);
    const p = passages.find((x) => x.url === c.definitionSource?.url)!;
    expect(p.paragraph.text).toContain('“两学一做”是指');
    expect(p.sections.at(-1)!.numbering).toBe('4.1');
    expect(c.initials).toBe('lxyz');
    expect(c.en).toContain('two studies and one action');
  });

  test('every numeric formula has an expansion, and 三会一课 links its members', () => {
    // A numeric formula starts with its number: 两学一做, 四个意识, 八荣八耻, 一岗双责 …
    const formulas = glossary.concepts.filter((c) => /^[一两二三四五六七八九十]/.test(c.term));
    expect(formulas.length).toBeGreaterThanOrEqual(14);
    for (const c of formulas) expect(c.expansion, c.term).toBeDefined();
    expect(concept('san-hui-yi-ke').expansion!.members.map((m) => m.conceptId)).toEqual([
      'zhi-bu-dang-yuan-da-hui',
      'zhi-bu-wei-yuan-hui',
      'dang-xiao-zu-hui',
      'dang-ke',
    ]);
    expect(concept('dang-ke').memberOf).toContain('san-hui-yi-ke');
    expect(concept('si-ge-yi-shi').expansion!.members.map((m) => m.text)).toEqual([
      '政治意识',
      '大局意识',
      '核心意识',
      '看齐意识',
    ]);
  });

  test('where the corpus spells out a formula, the glossary expansion agrees with it', () => {
    const spelled = kb.terms.glossaryExpansions;
    for (const e of spelled) expect(glossary.concepts.find((c) => c.id === e.conceptId)!.expansion).toEqual(e.members);
    const c = concept('si-ge-yi-shi');
    expect(c.expansion!.editorial).toBe(false);
    expect(passages.find((p) => p.url === c.expansion!.source!.url)!.paragraph.text).toContain(
      '政治意识、大局意识、核心意识和看齐意识',
    );
  });

  test('families with several formulas get a page; co-occurrence is symmetric', () => {
    expect(kb.concepts.families.find((f) => f.name === '两个')!.concepts).toEqual(
      expect.arrayContaining(['liang-ge-wei-hu', 'liang-ge-que-li']),
    );
    const a = concept('liang-xue-yi-zuo').cooccurring.find((x) => x.id === 'dang-feng-lian-zheng-jian-she')!;
    expect(concept('dang-feng-lian-zheng-jian-she').cooccurring.concat([]).length).toBeGreaterThan(0);
    expect(a.shared).toBeGreaterThan(0);
  });
});

describe('case pages', () => {
  test('all 10 handbook 创新案例 and the 6 speeches, each with a place, a title and a source', () => {
    const innovation = kb.cases.filter((c) => c.kind === '创新案例');
    const exchange = kb.cases.filter((c) => c.kind === '经验交流');
    expect(innovation).toHaveLength(10);
    expect(exchange).toHaveLength(6);
    for (const c of kb.cases) {
      expect(c.place, c.id).not.toBe('');
      expect(c.title, c.id).not.toBe('');
      expect(c.source, c.id).not.toBe('');
      expect(c.paragraphs.length, c.id).toBeGreaterThan(0);
    }
    expect(exchange.map((c) => c.institution)).toEqual([
      '市委直属机关工委',
      '省委办公厅',
      '财政部',
      '中央和国家机关',
      '市直机关',
      '兵团党委宣传部',
    ]);
  });

  test('云南大理 reports 2261名党员 and 捐款26万元, and its province and chapter are known', () => {
    const dali = kb.cases.find((c) => c.place === '云南大理')!;
    expect(dali.province).toBe('云南');
    expect(dali.docNumbering).toBe('第一章');
    expect(dali.figures.map((f) => f.value + f.noun)).toEqual(expect.arrayContaining(['2261名党员', '26万元']));
    expect(dali.figures.find((f) => f.value === '26万元')!.context).toContain('捐款');
    expect(kb.cases.find((c) => c.place === '湖南株洲')!.concepts.map((x) => x.id)).toContain(
      'zhong-yang-ba-xiang-gui-ding',
    );
  });
});

describe('term mining', () => {
  test('lists true terms missing from the glossary, and never 八大精神', () => {
    const texts = kb.terms.candidates.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['廉政食堂', '挂包帮', '能力提升年']));
    expect(texts).not.toContain('八大精神');
    expect(kb.terms.discarded.map((d) => d.text)).toContain('八大精神');
    const known = new Set(glossary.concepts.flatMap(formsOf));
    expect(texts.filter((t) => known.has(t))).toEqual([]);
    const canteen = kb.terms.candidates.find((c) => c.text === '廉政食堂')!;
    expect(canteen.count).toBeGreaterThanOrEqual(15);
    expect(canteen.locations[0]!.url).toMatch(/^\/library\/handbook-jiguan-dangjian\/ch07\/#p-/);
  });

  test('三种意识 is expanded from the points of its own case, not from a list in another chapter', () => {
    const c = kb.terms.candidates.find((x) => x.text === '三种意识')!;
    expect(c.proposedExpansion?.members).toEqual(['率先意识', '效率意识', '品牌意识']);
    expect(c.proposedExpansion?.scope).toBe('following-points');
    // Located at the first point, on the case's own page, right after the paragraph that names it.
    const at = passages.findIndex((p) => p.url === c.proposedExpansion!.location.url);
    expect(passageText(passages[at]!.paragraph)).toMatch(/^树立率先意识/);
    expect(passages[at - 1]!.paragraph.text).toContain('树立“三种意识”');
  });
});

describe('cross-references', () => {
  test('《条例》 resolves to the full title, 党章第二十九条 is cited with its article', () => {
    const works = buildCitedWorks(roots, glossary);
    const tiaoli = works.find((w) => w.title === '中国共产党党和国家机关基层组织工作条例')!;
    expect(tiaoli.aliases).toContain('条例');
    expect(tiaoli.citations.filter((c) => c.form === '《条例》').length).toBeGreaterThan(10);
    expect(tiaoli.citations.some((c) => c.article === '第九条')).toBe(true);
    const zhangcheng = works.find((w) => w.aliases.includes('党章'))!;
    expect(zhangcheng.citations.some((c) => c.article === '第二十九条')).toBe(true);
    expect(works.find((w) => w.title === '中央八项规定')!.conceptId).toBe('zhong-yang-ba-xiang-gui-ding');
    expect(works.find((w) => w.title === '决议')).toBeDefined();
  });

  test('see-also lists passages of other documents with shared concepts as the reason', () => {
    const all = buildSeeAlso(roots, corpusKeywords(roots, segmenter));
    expect(all.length).toBeGreaterThan(50);
    for (const s of all) {
      const root = (id: string) => passages.find((p) => p.leaf.id === id)!.root.id;
      for (const r of s.related) {
        expect(root(r.docId)).not.toBe(root(s.docId));
        expect(r.concepts.length + r.keywords.length).toBeGreaterThan(0);
      }
    }
  });

  test('see-also candidates per concept or keyword are capped above the real corpus’s widest feature', () => {
    const keywords = corpusKeywords(roots, segmenter);
    const uncapped = JSON.stringify(buildSeeAlso(roots, keywords, { maxPostings: Infinity }));
    expect(JSON.stringify(buildSeeAlso(roots, keywords))).toBe(uncapped);
    // A cap below it changes the lists: the build's cap is not vacuous, only out of the real corpus's reach.
    const capped = buildSeeAlso(roots, keywords, { maxPostings: 5 });
    expect(JSON.stringify(capped)).not.toBe(uncapped);
    expect(capped.length).toBeGreaterThan(20);
  });
});

describe('glossary errors at build time', () => {
  test('a definition source that quotes no paragraph names the glossary line', async () => {
    const { parseGlossary } = await import('../../scripts/io/read-glossary.js');
    const bad = parseGlossary(
      `concepts:
  - id: liang-xue-yi-zuo
    term: 两学一做
    category: 学习教育
    definition:
      text: x
      source: { doc: paper-zhenggong-lianzheng, contains: 这句话不在论文里 }
`,
      'content/concepts.yaml',
    );
    expect(() => emitKnowledgeBase(roots, bad, knowledge)).toThrow(
      /^content\/concepts\.yaml:2: definition\.source of "liang-xue-yi-zuo": "这句话不在论文里" is in no paragraph of paper-zhenggong-lianzheng/,
    );
  });
});
