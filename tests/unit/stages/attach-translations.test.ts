// attachTranslations: the English abstract moves into its paper; bad targets name the manifest line.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../scripts/model/document.js';
import type { DocId } from '../../../scripts/model/ids.js';
import { attachTranslations } from '../../../scripts/stages/attach-translations.js';
import { documentOf } from './annotate/corpus-doc.js';

const doc = (id: string, translationOf?: string, manifestLine = 1): Document => {
  const base = documentOf([]);
  return {
    ...base,
    id: id as DocId,
    meta: {
      ...base.meta,
      id: id as DocId,
      manifestLine,
      ...(translationOf ? { translationOf: translationOf as DocId } : {}),
    },
  };
};

describe('attachTranslations', () => {
  it('moves a translation into its original and out of the list, keeping manifest order', () => {
    const roots = [
      doc('paper-zhenggong-lianzheng'),
      doc('paper-zhenggong-lianzheng-en', 'paper-zhenggong-lianzheng'),
      doc('paper-dangjian-xietong'),
    ];
    const out = attachTranslations(roots);
    expect(out.map((d) => d.id)).toEqual(['paper-zhenggong-lianzheng', 'paper-dangjian-xietong']);
    expect(out[0]!.translations!.map((d) => d.id)).toEqual(['paper-zhenggong-lianzheng-en']);
    expect(out[1]!.translations).toBeUndefined();
    expect(roots[0]!.translations).toBeUndefined(); // inputs untouched
  });

  it('a translation listed before its original is attached too; several translations keep their order', () => {
    const out = attachTranslations([doc('a-en', 'a'), doc('a'), doc('a-fr', 'a')]);
    expect(out.map((d) => d.id)).toEqual(['a']);
    expect(out[0]!.translations!.map((d) => d.id)).toEqual(['a-en', 'a-fr']);
  });

  it('an unknown target → SourceError at the translation’s manifest line', () => {
    expect(() => attachTranslations([doc('a'), doc('b-en', 'b', 15)])).toThrow(
      /^content\/manifest\.yaml:15: translationOf "b" of "b-en" is not the id of any source/,
    );
  });

  it('itself or a cycle → SourceError (the documents would vanish)', () => {
    expect(() => attachTranslations([doc('a', 'a', 3)])).toThrow(/^content\/manifest\.yaml:3: .*translation of itself/);
    expect(() => attachTranslations([doc('a', 'b', 3), doc('b', 'a', 9)])).toThrow(
      /^content\/manifest\.yaml:3: translationOf forms a cycle: a → b → a/,
    );
  });
});
