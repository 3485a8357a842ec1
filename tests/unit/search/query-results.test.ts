/**
 * A query's results narrowed to the records a filter leaves (engine.ts `QueryResults.within`), on
 * the real corpus's records with a counting loader in place of Pagefind's fragments: a filtered
 * view loads only its own records and finds every match they hold, and once records are loaded a
 * view reads them without asking for any again.
 */
import { describe, expect, test } from 'vitest';
import { QueryResults, roundSize } from '../../../src/client/search/engine.js';
import { matchRecord } from '../../../src/client/search/match.js';
import { loadPlan } from '../../../src/client/search/plan.js';
import { formsOf } from './passage-search.js';
import { loaded, records } from './records-fixture.js';

const q = '党建';
const terms = formsOf(q);
const byId = new Map(records.map((r, i) => [r.url, loaded[i]!]));
const matching = records.flatMap((r, i) => {
  const ms = matchRecord(terms, loaded[i]!);
  return ms.length === 0
    ? []
    : [{ id: r.url, exact: true, heading: r.filters.t !== undefined, pids: ms.map((m) => m.pid) }];
});

/**
 * The query's results over every matching record, counting the records asked for; a record
 * loaded once (`arrived`, the engine's cache, shared by every query of a page) is not asked again.
 */
function results(arrived = new Set<string>()): { o: QueryResults; requested: string[] } {
  const requested: string[] = [];
  const load = async (id: string) => {
    if (!arrived.has(id)) requested.push(id);
    arrived.add(id);
    return byId.get(id)!;
  };
  const o = new QueryResults(q, [], undefined, loadPlan(matching), terms, load);
  return { o, requested };
}

const docOf = (id: string) => byId.get(id)!.page.doc;
const sorted = (pids: number[]) => [...pids].sort((a, b) => a - b);

describe('results narrowed to a filter’s records', () => {
  // The document whose records the plan reaches last: unnarrowed, a screen of it needs nearly all.
  const last = docOf(loadPlan(matching).ids.at(-1)!);
  const inLast = matching.filter((c) => docOf(c.id) === last);

  test('the query holds passages in several documents, the last one’s records far fewer than all', () => {
    expect(new Set(matching.map((c) => docOf(c.id))).size).toBeGreaterThan(2);
    expect(inLast.length).toBeLessThan(matching.length / 2);
  });

  test('a view of one document loads its records alone and finds every passage they hold', async () => {
    const { o, requested } = results();
    const view = o.within((id) => docOf(id) === last);
    await view.fill(Infinity);
    expect(view.complete).toBe(true);
    expect(new Set(requested)).toEqual(new Set(inLast.map((c) => c.id)));
    expect(sorted(view.shown.map((m) => m.pid))).toEqual(sorted(inLast.flatMap((c) => c.pids)));
    expect(view.records).toEqual({ candidates: inLast.length, loaded: inLast.length });
  });

  test('once every record is loaded, a view is complete at its first screen and asks for nothing', async () => {
    const { o, requested } = results();
    await o.fill(Infinity);
    const asked = requested.length;
    const view = o.within((id) => docOf(id) === last);
    await view.fill(1);
    expect(requested.length).toBe(asked);
    expect(view.complete).toBe(true);
    expect(view.total).toBe(inLast.flatMap((c) => c.pids).length);
  });

  test('a first screen reads on through rounds loaded already, and stops at the first it would have to ask for', async () => {
    const { o, requested } = results();
    await o.within((id) => docOf(id) !== last).fill(Infinity);
    const asked = requested.length;
    await o.fill(1);
    // The round that holds the plan's first record of the last document is where reading stops.
    const ids = loadPlan(matching).ids;
    let start = 0;
    while (!ids.slice(start, start + roundSize(start)).some((id) => docOf(id) === last)) start += roundSize(start);
    expect(start).toBeGreaterThan(4);
    expect(o.records.loaded).toBe(start);
    expect(requested.length).toBe(asked);
    expect(o.complete).toBe(false);
  });

  test('records another query loaded are not read on for free: a warm page’s first screen stays a screen', async () => {
    const arrived = new Set<string>();
    await results(arrived).o.fill(Infinity);
    const { o } = results(arrived);
    await o.fill(1);
    expect(o.records.loaded).toBe(4);
  });
});
