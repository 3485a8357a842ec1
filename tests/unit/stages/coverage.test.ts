import { describe, expect, test } from 'vitest';
import type { Document, Section } from '../../../scripts/model/document.js';
import { assertNothingLost, coverageReport } from '../../../scripts/stages/coverage.js';
import { segmentSource } from '../../../scripts/stages/segment/index.js';
import { SourceError } from '../../../scripts/util/errors.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { corpusMeta, loadCorpus, sourceFromText, syntheticMeta } from './segment/support.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './segment/support.js';

const CORPUS = [
  'paper-zhenggong-lianzheng',
  'paper-zhenggong-lianzheng-en',
  'paper-dangjian-xietong',
  'speeches-zhengzhi-jiguan',
  'handbook-jiguan-dangjian',
];

/** Segment a corpus source and hand back a deep copy we may damage. */
function damaged(id: string) {
  const { src, text } = loadCorpus(id);
  return { doc: structuredClone(segmentSource(src)) as Document, text };
}

const thrown = (f: () => void): SourceError => {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
};

describe('assertNothingLost on the real corpus', () => {
  test.each(CORPUS)('%s: every non-whitespace character is accounted for', (id) => {
    const { src, text } = loadCorpus(id);
    const doc = segmentSource(src);
    expect(() => assertNothingLost(text, doc)).not.toThrow();
    const r = coverageReport(text, doc);
    expect(r.matched).toBe(r.sourceChars);
    expect(r.documentChars).toBe(r.sourceChars);
    expect(r.sourceChars).toBeGreaterThan(2000);
  });
});

describe('invisible characters the normaliser removed', () => {
  // Found by the fuzz test (seed 11): a U+200B inside the English abstract broke the abstract's
  // contiguous match, and the keywords then took characters out of the abstract.
  test.each(['\u200B', '\u2060', '\u0007'])('%j inside every line of the English abstract loses nothing', (ch) => {
    const meta = corpusMeta('paper-zhenggong-lianzheng-en');
    const original = readFileSync(join(ROOT, 'content/sources', meta.file), 'utf8');
    const text = original
      .split('\n')
      .map((line) => line.replace(' w', ` ${ch}w`))
      .join('\n');
    expect(text).not.toBe(original);
    const { src, text: decoded } = sourceFromText(text, meta);
    expect(() => assertNothingLost(decoded, segmentSource(src))).not.toThrow();
  });
});

describe('assertNothingLost catches segment bugs', () => {
  test('a character dropped from a paragraph is reported with its file and line', () => {
    const { doc, text } = damaged('paper-dangjian-xietong');
    const p = doc.sections[1]!.sections[0]!.paragraphs[0]!; // 1.1 目标一致性, line 19
    p.text = p.text.replace('根本目标', '根目标');
    const e = thrown(() => assertNothingLost(text, doc));
    expect(e.file).toBe('content/sources/paper-dangjian-xietong.txt');
    expect(e.line).toBe(19);
    expect(e.message).toContain('"本"');
  });

  test('a dropped heading inside a hard-wrapped paper is reported at the heading line', () => {
    const { doc, text } = damaged('paper-zhenggong-lianzheng');
    const s = doc.sections[4]!; // 4 “两学一做”在党风廉政建设中的应用 (line 279)
    s.title = '';
    const e = thrown(() => assertNothingLost(text, doc));
    expect([e.file, e.line]).toEqual(['content/sources/paper-zhenggong-lianzheng.txt', 279]);
    expect(coverageReport(text, doc).missing[0]).toEqual({ line: 279, text: '“两学一做”在党风廉政建设中的应用' });
  });

  test('a lost removal (a page number of the 目录) is reported', () => {
    const { doc, text } = damaged('speeches-zhengzhi-jiguan');
    doc.removed = doc.removed.filter((r) => !(r.reason === 'toc-page-number' && r.line === 7));
    expect(thrown(() => assertNothingLost(text, doc)).line).toBe(7);
  });

  test('a lost chapter section of the handbook is reported at its first line', () => {
    const { doc, text } = damaged('handbook-jiguan-dangjian');
    const ch3 = doc.children.find((c) => c.slug === 'ch03')!;
    ch3.sections = ch3.sections.filter((s: Section) => s.role !== 'case-study');
    expect(thrown(() => assertNothingLost(text, doc)).line).toBe(576);
  });

  test('text that is not on its source lines (duplicated or invented) is reported too', () => {
    const { doc, text } = damaged('paper-dangjian-xietong');
    const p = doc.sections[0]!.paragraphs[0]!; // 引言 paragraph, line 13
    p.text += '多余';
    const e = thrown(() => assertNothingLost(text, doc));
    expect(e.line).toBe(13);
    expect(e.message).toContain('not found on its source lines');
  });
});

describe('coverage on a huge line', () => {
  test('a 200 KB line of one repeated character with syntax removed near its end is checked in linear time', async () => {
    const { sourceFromText, syntheticMeta } = await import('./segment/support.js');
    const raw = `# 标题\n\n${'长'.repeat(70000)}**强调**\u200b。\n`;
    const { src, text } = sourceFromText(raw, syntheticMeta('long.md'));
    const doc = segmentSource(src);
    const started = performance.now();
    expect(() => assertNothingLost(text, doc)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5000); // quadratic search took ~50 s
  });
});

describe('characters beyond the BMP (the check compares code points, not UTF-16 units)', () => {
  const text = '党的建设𠀀新的伟大工程，𡃁 字 在其中。\n\n第二段文字继续写下去，𠀀𠀁 结束。\n';

  test('a text with them is covered, each counted once', () => {
    const { src, text: decoded } = sourceFromText(text, syntheticMeta());
    const doc = segmentSource(src);
    expect(() => assertNothingLost(decoded, doc)).not.toThrow();
    const r = coverageReport(decoded, doc);
    expect(r.sourceChars).toBe(Array.from(decoded.replace(/\s+/g, '')).length);
    expect(r.matched).toBe(r.sourceChars);
  });

  test('a dropped one is reported whole, with its line', () => {
    const { src, text: decoded } = sourceFromText(text, syntheticMeta());
    const doc = structuredClone(segmentSource(src)) as Document;
    const p = doc.paragraphs.find((q) => q.text.includes('𡃁'))!;
    p.text = p.text.replace('𡃁', '');
    expect(coverageReport(decoded, doc).missing).toEqual([{ line: 1, text: '𡃁' }]);
    const q = doc.paragraphs.find((x) => x.text.includes('𠀁'))!;
    q.text = q.text.replace('𠀁', '𠀂');
    expect(coverageReport(decoded, doc).extra).toEqual([{ line: 3, text: '𠀂' }]);
  });
});

describe('a source with no text under its title is refused', () => {
  const run = (file: string, text: string) => () =>
    runPipeline([{ meta: syntheticMeta(file), bytes: new TextEncoder().encode(text) }]);

  test.each([
    ['xinde.md', '---\nauthor: 张三\ndate: 2024-05-01\n---\n\n# 学习心得体会\n', 6],
    ['xinde.txt', '学习心得体会\n', 1],
    ['jianghua.txt', '在全市机关党建工作会议上的讲话\n（2024年3月5日）\n', 2],
  ])('%s: an error naming the file and its front matter’s last line', (file, text, line) => {
    const e = thrown(run(file, text));
    expect([e.file, e.line]).toEqual([`content/sources/${file}`, line]);
    expect(e.detail).toMatch(/nothing but a title and front matter/);
  });

  test('a title over one line of text, an outline of headings alone, or an abstract alone is a text', () => {
    expect(run('a.txt', '学习心得体会\n\n认真学习党章。\n')).not.toThrow();
    expect(run('b.md', '# 提纲\n\n## 一、总体要求\n\n## 二、主要任务\n')).not.toThrow();
    expect(run('c.txt', '题目\n\n摘要：本文讨论机关党建。\n')).not.toThrow();
  });
});

describe('character references a Markdown source decodes (`&mdash;` → `—`)', () => {
  const source = [
    '# 标题',
    '',
    '## 一、&ldquo;两学一做&rdquo;',
    '',
    '学习&mdash;&mdash;教育，A&amp;B 与 `&amp;` 及 &amp;，见&lt;b&gt;。',
    '',
    // A reference kept as written in a URL before a decoded one; a digit after a numeric reference.
    '见[链接](http://x?a=1&amp;b=2)与&amp;，第&#52;2条，&#20826;&#24314;。',
    '',
    // One in an HTML comment, which is removed before the references are read.
    '<!-- 注 &amp; --> 又见&amp;。',
  ].join('\n');
  const segmented = () => {
    const { src, text } = sourceFromText(source, syntheticMeta('synthetic.md'));
    return { doc: structuredClone(segmentSource(src)) as Document, text };
  };

  test('each replacement counts as source text beside its reference: nothing lost, nothing extra', () => {
    const { doc, text } = segmented();
    expect(doc.sections[0]!.title).toBe('“两学一做”');
    expect(doc.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '学习——教育，A&B 与 &amp; 及 &，见<b>。',
      '见链接与&，第42条，党建。',
      '又见&。',
    ]);
    expect(() => assertNothingLost(text, doc)).not.toThrow();
    const r = coverageReport(text, doc);
    expect(r.matched).toBe(r.sourceChars);
  });

  test('a replacement the text does not hold, or a reference the removals lost, is reported', () => {
    const dropped = segmented();
    dropped.doc.sections[0]!.paragraphs[0]!.text = '学习—教育，A&B 与 &amp; 及 &，见<b>。';
    expect(thrown(() => assertNothingLost(dropped.text, dropped.doc)).line).toBe(5);
    const lost = segmented();
    lost.doc.removed = lost.doc.removed.filter((r) => r.text !== '&lt;');
    expect(thrown(() => assertNothingLost(lost.text, lost.doc)).line).toBe(5);
  });
});

describe('a text character that a short removal before it on its lines also holds', () => {
  test('the literal `*` on the line under `**重点**` is the text’s, not the closing mark’s', () => {
    const { src, text } = sourceFromText(
      ['# 标题', '', '**重点**', '*', '尾段。'].join('\n'),
      syntheticMeta('synthetic.md'),
    );
    const doc = segmentSource(src);
    expect(doc.paragraphs.map((p) => `${p.lead ?? ''}${p.text}`)).toEqual(['重点*尾段。']);
    expect(() => assertNothingLost(text, doc)).not.toThrow();
  });
});
