/**
 * The lecture basket model (src/lib/lecture/basket.ts), its stored format (storage.ts quick check,
 * schema.ts full check) and its conversion to the exporters' LectureExport, with passages of the
 * real corpus.
 */
import { describe, expect, test } from 'vitest';
import {
  addHeading,
  addItems,
  createBasket,
  currentBasket,
  deleteBasket,
  editHeading,
  emptyState,
  hasItem,
  importBasket,
  itemCount,
  LECTURE_FORMAT,
  markChanged,
  moveBefore,
  moveEntry,
  removeEntry,
  renameBasket,
  restoreEntry,
  setNote,
  startOutline,
  switchBasket,
  toLectureExport,
  type LectureState,
} from '../../../src/lib/lecture/basket';
import type { CaseItem, ConceptItem, LectureItem, PassageItem } from '../../../src/lib/lecture/export-model';
import { basketFile, parseBasketFile, parsePackItems, parseState } from '../../../src/lib/lecture/schema';
import { readQuick } from '../../../src/lib/lecture/storage';
import { loadTestCorpus } from '../search/corpus-fixture';
import type { CorpusDocument } from '../../../src/client/search/corpus';

const LABELS = {
  theme: '主题',
  background: '背景与意义',
  content: '主要内容',
  cases: '典型案例',
  requirements: '工作要求',
};
const NOTE = '<img src=x onerror=alert(1)>';

/** Paragraphs of the real corpus that mention 作风, as passage items, from as many documents as there are. */
function realPassages(): PassageItem[] {
  const out: PassageItem[] = [];
  const walk = (d: CorpusDocument, root: CorpusDocument): void => {
    const paras = [
      ...(d.paragraphs ?? []),
      ...((d.sections ?? []) as { paragraphs?: CorpusDocument['paragraphs'] }[]).flatMap((s) => s.paragraphs ?? []),
    ];
    for (const p of paras) {
      if (p.text.includes('作风') && p.url)
        out.push({
          kind: 'passage',
          url: p.url,
          text: p.text,
          where: root.title,
          cite: { authors: ['本书编写组'], title: root.title, type: 'M', section: d.title },
        });
    }
    for (const c of d.children ?? []) walk(c, root);
  };
  for (const d of loadTestCorpus().corpus.documents) walk(d, d);
  return out;
}
const passages = realPassages();
const caseItem: CaseItem = {
  kind: 'case',
  url: '/cases/yunnan-dali/',
  title: '树立“三种意识”',
  place: '云南大理',
  paragraphs: ['大理…'],
  figures: ['2261名'],
  source: '中国共产党新闻网',
};
const conceptItem: ConceptItem = {
  kind: 'concept',
  url: '/concepts/zuofeng-jianshe/',
  term: '作风建设',
  definition: '…',
};

const ids = (s: LectureState): string[] => currentBasket(s).entries.map((e) => e.id);
const filled = (items: LectureItem[]): LectureState => addItems(emptyState('作风建设专题党课'), items).state;

describe('collecting', () => {
  test('the real corpus gives passages to collect', () => {
    expect(passages.length).toBeGreaterThan(4);
  });

  test('adding twice does not duplicate: identity is the URL path and anchor, whatever the origin', () => {
    const [a, b] = passages;
    let { state, added } = addItems(emptyState('x'), [a!, b!]);
    expect(added).toBe(2);
    ({ state, added } = addItems(state, [{ ...a!, url: `http://127.0.0.1:4321${a!.url}` }, a!]));
    expect(added).toBe(0);
    expect(itemCount(currentBasket(state))).toBe(2);
    expect(hasItem(state, `https://example.org${b!.url}`)).toBe(true);
  });
});

describe('arranging', () => {
  const [p1, p2, p3, p4] = passages;
  const base = filled([p1!, p2!, p3!]);

  test('items move one step up and down, and not past either end', () => {
    const [a, b, c] = ids(base);
    expect(ids(moveEntry(base, c!, -1))).toEqual([a, c, b]);
    expect(ids(moveEntry(base, a!, 1))).toEqual([b, a, c]);
    expect(ids(moveEntry(base, a!, -1))).toEqual([a, b, c]);
    expect(ids(moveEntry(base, c!, 1))).toEqual([a, b, c]);
  });

  test('a heading moves with the items under it, over the neighbouring block', () => {
    let s = addHeading(base, '一、背景', 1, ids(base)[0]);
    s = addHeading(s, '二、要求', 1, ids(s)[3]);
    s = addItems(s, [p4!]).state;
    const [h1, a, b, h2, c, d] = ids(s);
    expect(currentBasket(s).entries.map((e) => e.type)).toEqual(['heading', 'item', 'item', 'heading', 'item', 'item']);
    expect(ids(moveEntry(s, h2!, -1))).toEqual([h2, c, d, h1, a, b]);
    expect(ids(moveEntry(s, h1!, 1))).toEqual([h2, c, d, h1, a, b]);
    // With only ungrouped items above, a heading steps up one entry: the item joins its group.
    const late = addHeading(base, '一、', 1);
    const [x, y, z, h] = ids(late);
    expect(ids(moveEntry(late, h!, -1))).toEqual([x, y, h, z]);
    expect(ids(moveEntry(moveEntry(moveEntry(moveEntry(late, h!, -1), h!, -1), h!, -1), h!, -1))).toEqual([h, x, y, z]);
    // An item steps over a heading into the neighbouring group.
    expect(ids(moveEntry(s, c!, -1))).toEqual([h1, a, b, c, h2, d]);
  });

  test('drag and drop: before an entry, or to the end; a heading takes its block along', () => {
    const s = addHeading(base, '一、背景', 1, ids(base)[1]);
    const [a, h, b, c] = ids(s);
    expect(ids(moveBefore(s, c!, a))).toEqual([c, a, h, b]);
    expect(ids(moveBefore(s, a!, undefined))).toEqual([h, b, c, a]);
    expect(ids(moveBefore(s, h!, a))).toEqual([h, b, c, a]);
    // Into its own block: nothing happens.
    expect(ids(moveBefore(s, h!, c))).toEqual([a, h, b, c]);
  });

  test('headings and notes are kept as typed text; an empty note is removed', () => {
    let s = addHeading(base, '  加强作风建设  ', 1);
    const h = ids(s).at(-1)!;
    s = editHeading(s, h, { text: '二、作风建设', level: 2 });
    expect(currentBasket(s).entries.at(-1)).toMatchObject({ type: 'heading', text: '二、作风建设', level: 2 });
    const a = ids(s)[0]!;
    s = setNote(s, a, NOTE);
    expect(currentBasket(s).entries[0]).toMatchObject({ item: { note: NOTE } });
    s = setNote(s, a, '   ');
    expect('note' in (currentBasket(s).entries[0] as { item: object }).item).toBe(false);
  });

  test('remove, then undo puts the entry back where it was, even after switching baskets', () => {
    const b = ids(base)[1]!;
    const { state, removed } = removeEntry(base, b);
    expect(ids(state)).not.toContain(b);
    const elsewhere = createBasket(state, '另一讲');
    const back = switchBasket(restoreEntry(elsewhere, removed!), base.current);
    expect(ids(back)).toEqual(ids(base));
    expect(itemCount(currentBasket(restoreEntry(back, removed!)))).toBe(3);
  });

  test('several baskets: create opens it, rename, switch, delete opens a neighbour, deleting the last leaves an empty one', () => {
    let s = createBasket(base, '第二讲');
    expect(currentBasket(s).name).toBe('第二讲');
    expect(itemCount(currentBasket(s))).toBe(0);
    s = renameBasket(s, '第二讲：纪律建设');
    s = switchBasket(s, base.current);
    expect(itemCount(currentBasket(s))).toBe(3);
    s = deleteBasket(s, '我的党课');
    expect(currentBasket(s).name).toBe('第二讲：纪律建设');
    s = deleteBasket(s, '我的党课');
    expect(s.baskets).toHaveLength(1);
    expect(currentBasket(s)).toMatchObject({ name: '我的党课', entries: [] });
    expect(new Set(s.baskets.map((b) => b.id)).size).toBe(1);
  });

  test('marking 原文已变更 sets and clears the flag and never drops the item', () => {
    const a = ids(base)[0]!;
    const marked = markChanged(base, new Map([[a, true]]));
    expect(currentBasket(marked).entries[0]).toMatchObject({ item: { changed: true, text: p1!.text } });
    const cleared = markChanged(marked, new Map([[a, false]]));
    expect(currentBasket(cleared).entries).toEqual(currentBasket(base).entries);
  });
});

describe('outline', () => {
  const [p1, p2] = passages;

  test('five parts; passages under 主要内容, cases under 典型案例, concepts under 主题; user headings kept as level 2', () => {
    let s = filled([caseItem, p1!, conceptItem]);
    s = addHeading(s, '（一）从严治党', 1, ids(s)[1]);
    s = addItems(s, [p2!]).state;
    const outlined = startOutline(s, LABELS);
    const shape = currentBasket(outlined).entries.map((e) =>
      e.type === 'heading' ? `${e.level}:${e.text}` : e.item.kind,
    );
    expect(shape).toEqual([
      '1:主题',
      'concept',
      '1:背景与意义',
      '1:主要内容',
      '2:（一）从严治党',
      'passage',
      'passage',
      '1:典型案例',
      'case',
      '1:工作要求',
    ]);
    // The user moves a passage up under 背景与意义 and runs the outline again: it stays there,
    // and no part is duplicated or item lost.
    const passage = ids(outlined)[5]!;
    const moved = moveEntry(moveEntry(outlined, passage, -1), passage, -1);
    expect(ids(moved).indexOf(passage)).toBe(3);
    const twice = startOutline(moved, LABELS);
    const again = currentBasket(twice).entries.map((e) =>
      e.type === 'heading' ? `${e.level}:${e.text}` : e.item.kind,
    );
    expect(again).toEqual([
      '1:主题',
      'concept',
      '1:背景与意义',
      'passage',
      '1:主要内容',
      '2:（一）从严治党',
      'passage',
      '1:典型案例',
      'case',
      '1:工作要求',
    ]);
  });
});

describe('stored value and basket files', () => {
  const good = JSON.stringify(filled(passages.slice(0, 3)));

  test.each([
    ['nothing stored', 'ok', null],
    ['a good value', 'ok', good],
    ['not JSON', 'corrupt', '{"format": "dangjian-wenku/lecture@1", '],
    ['JSON of the wrong shape', 'corrupt', JSON.stringify({ format: LECTURE_FORMAT, baskets: 'x' })],
    ['another application', 'foreign', JSON.stringify({ items: [1, 2] })],
    ['a plain string', 'corrupt', JSON.stringify('hello')],
    ['an older version', 'version', JSON.stringify({ ...JSON.parse(good), format: 'dangjian-wenku/lecture@0' })],
  ] as const)('%s → %s: quick and full checks agree', (_name, expected, raw) => {
    const full = parseState(raw);
    const quick = readQuick(raw);
    expect(full.ok ? 'ok' : full.problem).toBe(expected);
    expect(quick.ok ? 'ok' : quick.problem).toBe(expected);
  });

  test('the full check catches what the quick one lets through (an item of an unknown kind)', () => {
    const value = JSON.parse(good) as LectureState;
    (value.baskets[0]!.entries[0] as { item: { kind: string } }).item.kind = 'video';
    const raw = JSON.stringify(value);
    expect(readQuick(raw).ok).toBe(true);
    expect(parseState(raw)).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  test('an id counter behind the ids in use is repaired, so a new heading gets a fresh id', () => {
    const s = addHeading(filled([passages[0]!]), '一、', 1);
    const loaded = parseState(JSON.stringify({ ...s, seq: 0 }));
    expect(loaded.ok && loaded.state!.seq).toBe(s.seq);
  });

  test('a basket file round-trips; foreign and corrupt files are refused; import renames a taken name and re-ids headings', () => {
    const s = addHeading(filled(passages.slice(0, 2)), '一、背景', 1);
    const file = JSON.stringify(basketFile(currentBasket(s), '2026-11-29'));
    const parsed = parseBasketFile(file);
    expect(parsed.ok).toBe(true);
    expect(parseBasketFile('<html>')).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(parseBasketFile(JSON.stringify({ format: 'other-app/basket@1', basket: {} }))).toMatchObject({
      ok: false,
      problem: 'foreign',
    });
    expect(parseBasketFile(JSON.stringify({ ...JSON.parse(file), format: 'dangjian-wenku/lecture@2' }))).toMatchObject({
      ok: false,
      problem: 'version',
    });
    const imported = importBasket(s, parsed.ok ? parsed.value.basket : currentBasket(s), (n) => `${n}（导入）`);
    const basket = currentBasket(imported);
    expect(basket.name).toBe('作风建设专题党课（导入）');
    expect(basket.entries.map((e) => (e.type === 'heading' ? e.text : e.id))).toEqual(
      currentBasket(s).entries.map((e) => (e.type === 'heading' ? e.text : e.id)),
    );
    const headingIds = imported.baskets.flatMap((b) => b.entries.filter((e) => e.type === 'heading').map((e) => e.id));
    expect(new Set(headingIds).size).toBe(headingIds.length);
  });

  test('topic pack items are checked: a malformed pack is refused', () => {
    expect(parsePackItems(JSON.stringify([caseItem, conceptItem, passages[0]]))).toHaveLength(3);
    expect(parsePackItems(JSON.stringify([{ kind: 'passage' }]))).toBeUndefined();
    expect(parsePackItems('not json')).toBeUndefined();
  });
});

describe('conversion to LectureExport', () => {
  test('parts split at headings, absolute URLs, order, levels and notes kept; and notes kept', () => {
    const [p1, p2, p3] = passages;
    let s = filled([p1!, p2!]);
    s = addHeading(s, '一、背景与意义', 1, ids(s)[1]);
    s = addHeading(s, '（一）案例', 2);
    s = addItems(s, [caseItem, p3!]).state;
    s = setNote(s, ids(s)[0]!, NOTE);
    const l = toLectureExport(currentBasket(s), 'https://dj.example', '2026-11-29');
    expect(l).toMatchObject({ title: '作风建设专题党课', date: '2026-11-29' });
    expect(l.parts.map((p) => [p.heading, p.level, p.items.length])).toEqual([
      ['', undefined, 1],
      ['一、背景与意义', 1, 1],
      ['（一）案例', 2, 2],
    ]);
    expect(l.parts[0]!.items[0]).toMatchObject({ url: `https://dj.example${p1!.url}`, note: NOTE, text: p1!.text });
    expect(l.parts[2]!.items.map((i) => i.kind)).toEqual(['case', 'passage']);
  });
});
