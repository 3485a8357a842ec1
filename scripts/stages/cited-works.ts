/**
 * Cross-references: documents and rules the texts cite — every 《…》 title (with abbreviations
 * such as `（以下简称《条例》）` resolved to the full title), 党章 with its articles (党章第二十九条),
 * and rule-like glossary concepts (中央八项规定) — each with every place it is cited. Pure.
 */
import { pinyin } from 'pinyin-pro';
import type { Glossary } from '../model/concept.js';
import { formsOf } from '../model/concept.js';
import { passagesOf, passageText, type Passage } from './concepts/passages.js';
import type { Document } from '../model/document.js';
import { numberedTitle } from '../model/walk.js';
import { claimUniqueId } from '../util/unique-id.js';
import { compareCodeUnits } from '../util/sort.js';
import type { Citation, CitedWork } from '../../src/schemas/knowledge.js';

export type { Citation, CitedWork };

/** Official document types by their title's ending. */
const RULE_END =
  /(?:条例|准则|规定|办法|细则|纲要|意见|决定|决议|规划|章程|决案|方案|规范|手册|责任状|通知|试行）|试行\))$/;
/** `《全称》（以下简称《简称》）` / `（下文简称《简称》）`: group 1 full title, group 2 short. */
const ABBREVIATION = /《([^《》]+)》[（(](?:以下|下文)?简称《([^《》]+)》[）)]/g;
/** A title in book-title marks; inner 〈〉 allowed: 《中央国家机关贯彻〈…〉实施办法》. */
const TITLE = /《([^《》]+)》/g;
/** `第二十九条` right after a title or 党章. */
const ARTICLE = /^第[一二三四五六七八九十百零〇\d]+条/;
/** 党章 as a rule (not inside 党章党规? it is still 党章: 学党章党规 cites it). */
const PARTY_CONSTITUTION = '党章';
const REDACTED = /^[x×X]+精神$|[xX]{2,}/;

const clause = (text: string, start: number, end: number): string => {
  let from = start;
  while (from > 0 && !/[。；！？]/.test(text[from - 1]!) && start - from < 30) from -= 1;
  let to = end;
  while (to < text.length && !/[。；！？]/.test(text[to]!) && to - end < 30) to += 1;
  return text.slice(from, to + (to < text.length ? 1 : 0));
};

/** ASCII slug of a title: pinyin of its first ten Han characters. */
function slugOf(title: string): string {
  const han = title.replace(/[^\p{Script=Han}\d]/gu, '').slice(0, 10);
  return (
    pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
      .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .filter(Boolean)
      .join('-') || 'work'
  );
}

/**
 * Every cited work with its citations, rules first, then by number of citations.
 * @example buildCitedWorks(roots, g).find((w) => w.title === '中国共产党党和国家机关基层组织工作条例')
 *   → { kind: 'rule', aliases: ['条例'], citations: [… 18 places, some with article '第九条'] }
 */
export function buildCitedWorks(roots: readonly Document[], glossary: Glossary): CitedWork[] {
  const works = new Map<string, CitedWork>();
  const workFor = (title: string): CitedWork => {
    let w = works.get(title);
    const bare = title.replace(/[（(]?\d{4}\s*[—–-]\s*\d{4}[）)]?$/, '');
    if (!w)
      works.set(
        title,
        (w = { id: '', title, kind: RULE_END.test(bare) ? 'rule' : 'work', aliases: [], citations: [] }),
      );
    return w;
  };
  const cite = (w: CitedWork, p: Passage, text: string, start: number, end: number) => {
    const article = ARTICLE.exec(text.slice(end))?.[0];
    w.citations.push({
      docId: p.leaf.id,
      docTitle: numberedTitle(p.leaf),
      paragraphId: p.paragraph.id,
      url: p.url,
      form: text.slice(start, end),
      ...(article && { article }),
      context: clause(text, start, end + (article?.length ?? 0)),
    });
  };
  // Abbreviations hold from their definition on, within the same root document.
  const conceptById = new Map(glossary.concepts.map((c) => [c.id, c]));
  let abbreviations = new Map<string, string>();
  let currentRoot = '';
  for (const p of passagesOf(roots)) {
    if (p.root.id !== currentRoot) {
      currentRoot = p.root.id;
      abbreviations = new Map();
    }
    const text = passageText(p.paragraph);
    for (const m of text.matchAll(ABBREVIATION)) abbreviations.set(m[2]!, m[1]!);
    for (const m of text.matchAll(TITLE)) {
      const inner = m[1]!;
      if (REDACTED.test(inner)) continue;
      const full = abbreviations.get(inner);
      const w = workFor(full ?? inner);
      if (full && !w.aliases.includes(inner)) w.aliases.push(inner);
      cite(w, p, text, m.index, m.index + m[0].length);
    }
    for (let at = text.indexOf(PARTY_CONSTITUTION); at >= 0; at = text.indexOf(PARTY_CONSTITUTION, at + 1)) {
      const w = workFor('中国共产党章程');
      if (!w.aliases.includes(PARTY_CONSTITUTION)) w.aliases.push(PARTY_CONSTITUTION);
      cite(w, p, text, at, at + PARTY_CONSTITUTION.length);
    }
    for (const m of p.paragraph.marks) {
      if (m.kind !== 'concept') continue;
      const c = conceptById.get(m.conceptId);
      if (!c || !/(?:规定|条例|准则)$/.test(c.term)) continue;
      const w = workFor(c.term);
      w.kind = 'rule';
      w.conceptId = c.id;
      for (const f of formsOf(c)) if (f !== c.term && !w.aliases.includes(f)) w.aliases.push(f);
      cite(w, p, p.paragraph.text, m.start, m.end);
    }
  }
  const list = [...works.values()].sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'rule' ? -1 : 1) ||
      b.citations.length - a.citations.length ||
      compareCodeUnits(a.title, b.title),
  );
  const taken = new Set<string>();
  for (const w of list) {
    w.id = claimUniqueId(slugOf(w.title), taken);
    w.aliases.sort();
  }
  return list;
}
