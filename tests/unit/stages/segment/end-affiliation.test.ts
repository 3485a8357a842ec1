// A paper's affiliation printed after its last paragraph fills the affiliation the front lacks.
import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { leavesOf, paragraphsIn } from '../../../../scripts/model/walk.js';
import { sourceFromText } from './support.js';

const read = (raw: string) => {
  const doc = segmentSource(sourceFromText(raw).src);
  const [leaf] = leavesOf(doc);
  return {
    affiliation: doc.front.affiliation,
    texts: [...leaf!.paragraphs, ...paragraphsIn(leaf!.sections)].map((p) => p.text),
    syntax: doc.removed.filter((r) => r.reason === 'field-syntax').map((r) => `${r.line}:${r.text}`),
  };
};

describe('takeEndAffiliation', () => {
  test('（作者单位：…） after the last paragraph, in a section too, is the affiliation; its brackets and label are syntax', () => {
    expect(read('论自我革命\n\n一、引言\n\n正文。\n\n（作者单位：中共某某省委党校）')).toEqual({
      affiliation: '中共某某省委党校',
      texts: ['正文。'],
      syntax: ['7:（', '7:作者单位：', '7:）'],
    });
    expect(read('心得体会\n\n正文。\n\n(单位: 某某局机关第三党支部)').affiliation).toBe('某某局机关第三党支部');
  });

  test('an affiliation the front already names, a line in the middle, or a sentence stays text', () => {
    expect(read('标题\n\n张某\n某某大学，北京 100872\n\n正文。\n\n（作者单位：某某党校）').texts).toContain(
      '（作者单位：某某党校）',
    );
    expect(read('标题\n\n（作者单位：某某党校）\n\n正文。').affiliation).toBeUndefined();
    expect(read('标题\n\n正文。\n\n（作者单位：某某党校。本文系课题成果）').affiliation).toBeUndefined();
  });
});
