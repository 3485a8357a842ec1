/**
 * The basket's place in localStorage: one key per deploy base, so two deployments on one origin
 * keep two baskets, and a basket saved before the key was scoped is adopted, not lost.
 */
import { describe, expect, test } from 'vitest';
import { addItems, emptyState, itemCount, currentBasket } from '../../../src/lib/lecture/basket';
import {
  readQuick,
  readStored,
  storageKey,
  UNSCOPED_KEY,
  writeStored,
  type KeyValueStore,
} from '../../../src/lib/lecture/storage';

/** A Map with localStorage's two methods, and a log of the keys written. */
function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { map: Map<string, string>; writes: string[] } {
  const map = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    map,
    writes,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      writes.push(k);
      map.set(k, v);
    },
  };
}

const basket = (name: string, url: string) =>
  addItems(emptyState(name), [
    { kind: 'passage', url, text: '两学一做', where: '', cite: { authors: ['本书编写组'], title: name, type: 'M' } },
  ]).state;

describe('the key is scoped by the deploy base', () => {
  test('each base has its own key, none of them the unscoped one', () => {
    const keys = ['/', '/dangjian/', '/test/', '/a/b/'].map((b) => storageKey(b));
    expect(new Set(keys).size).toBe(4);
    expect(keys).not.toContain(UNSCOPED_KEY);
    // Without an argument the key follows the build's base (DJ_BASE in Node).
    expect(storageKey()).toBe(storageKey(process.env.DJ_BASE ? process.env.DJ_BASE : '/'));
  });

  test('two deployments on one origin keep two baskets', () => {
    const store = memoryStore();
    expect(writeStored(basket('党课甲', '/dangjian/library/a/#p-1'), store, '/dangjian/')).toBe(true);
    expect(writeStored(basket('党课乙', '/test/library/b/#p-2'), store, '/test/')).toBe(true);
    const name = (base: string) => {
      const loaded = readQuick(readStored(store, base));
      return loaded.ok ? currentBasket(loaded.state!).name : loaded.problem;
    };
    expect(name('/dangjian/')).toBe('党课甲');
    expect(name('/test/')).toBe('党课乙');
    expect(store.map.has(UNSCOPED_KEY)).toBe(false);
  });
});

describe('a basket saved before scoping', () => {
  const before = JSON.stringify(basket('旧的备课篮', '/library/a/#p-1'));

  test('is adopted once by a deployment with none of its own, and kept for the others', () => {
    const store = memoryStore({ [UNSCOPED_KEY]: before });
    expect(readStored(store, '/')).toBe(before);
    expect(store.map.get(storageKey('/'))).toBe(before);
    // Once adopted, the deployment's own basket is read and changed; the old value stays as it was.
    const loaded = readQuick(readStored(store, '/'));
    expect(loaded.ok && itemCount(currentBasket(loaded.state!))).toBe(1);
    writeStored(emptyState('新的'), store, '/');
    expect(readQuick(readStored(store, '/'))).toMatchObject({ ok: true, state: { baskets: [{ name: '新的' }] } });
    expect(store.map.get(UNSCOPED_KEY)).toBe(before);
    // A sub-path deployment on the same origin still finds the old basket.
    expect(readStored(store, '/dangjian/')).toBe(before);
    expect(store.writes).not.toContain(UNSCOPED_KEY);
  });

  test('a value the check refuses is adopted as it is (the basket page offers its backup)', () => {
    const broken = '{"format":"dangjian-wenku/lecture@1","baskets":[{';
    const store = memoryStore({ [UNSCOPED_KEY]: broken });
    expect(readStored(store, '/')).toBe(broken);
    expect(readQuick(readStored(store, '/'))).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  test('a deployment that has its own basket ignores the old one', () => {
    const own = JSON.stringify(basket('自己的', '/dangjian/library/a/#p-9'));
    const store = memoryStore({ [UNSCOPED_KEY]: before, [storageKey('/dangjian/')]: own });
    expect(readStored(store, '/dangjian/')).toBe(own);
    expect(store.writes).toEqual([]);
  });
});

describe('storage the browser refuses', () => {
  const refusing: KeyValueStore = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };

  test('a full storage still shows the old basket, though it cannot copy it yet', () => {
    const before = JSON.stringify(emptyState('旧的'));
    const full: KeyValueStore = {
      getItem: (k) => (k === UNSCOPED_KEY ? before : null),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readStored(full, '/')).toBe(before);
  });

  test('reads as empty and says it could not write', () => {
    expect(readStored(refusing, '/')).toBeNull();
    expect(writeStored(emptyState('x'), refusing, '/')).toBe(false);
    expect(readStored(undefined, '/')).toBeNull();
    expect(writeStored(emptyState('x'), undefined, '/')).toBe(false);
  });
});
