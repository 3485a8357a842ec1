import { describe, expect, test } from 'vitest';
import { DOC_KINDS, DOC_KIND_INFO, docKindSchema } from '../../../src/schemas/doc-kinds.js';
import { manifestEntrySchema } from '../../../src/schemas/manifest.js';
import { ui } from '../../../src/i18n/zh-CN.js';

const entry = (kind: string) => ({ id: 'x', file: 'x.txt', title: '某条例', kind, language: 'zh', authors: [] });

describe('the document kind table', () => {
  test('covers what a Party-building library holds, and the kinds of existing manifests', () => {
    for (const k of ['regulation', 'report', 'document', 'speech', 'paper', 'handbook', 'collection']) {
      expect(DOC_KINDS).toContain(k);
      expect(manifestEntrySchema().safeParse(entry(k)).success, k).toBe(true);
    }
  });

  test('every kind has a Chinese label and a GB/T 7714 type code', () => {
    for (const k of DOC_KINDS) {
      expect(ui.kinds[k], k).toMatch(/^[\u4e00-\u9fff与]+$/);
      expect(DOC_KIND_INFO[k].citationType, k).toMatch(/^[A-Z]{1,2}$/);
    }
    expect(new Set(DOC_KINDS.map((k) => ui.kinds[k])).size).toBe(DOC_KINDS.length);
  });

  test('default citation types: a paper is J, a handbook M, a collection G, a report R', () => {
    expect(
      [DOC_KIND_INFO.paper, DOC_KIND_INFO.handbook, DOC_KIND_INFO.collection, DOC_KIND_INFO.report].map(
        (i) => i.citationType,
      ),
    ).toEqual(['J', 'M', 'G', 'R']);
  });

  test('an unknown kind is refused with the list of kinds in the message', () => {
    const r = manifestEntrySchema().safeParse(entry('law'));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(`kind must be one of ${DOC_KINDS.join(', ')}`);
    expect(docKindSchema.safeParse('speech').success).toBe(true);
  });
});
