/**
 * Issue 9: official texts as users add them, in the encodings and layouts they come in. Each
 * official-text fixture of tests/fixtures/unseen/ is run as written (UTF-8, LF) and as CRLF,
 * UTF-8 with BOM, GB18030 and with full-width (U+3000) indents and separators; every variant must
 * give the same pages, headings, front matter and paragraph texts, no heading may wrap the whole
 * text, and nothing may be lost.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Document, Section } from '../../scripts/model/document.js';
import { readSources } from '../../scripts/io/read-manifest.js';
import { runPipeline, type RawSource } from '../../scripts/pipeline.js';
import { encodeGb18030 } from '../../scripts/quality/gb18030.js';
import { leavesOf, paragraphsIn, printedText } from '../../scripts/model/tree.js';
import { ROOT } from '../unit/stages/segment/support.js';
import { buildCorpusJson } from '../../scripts/emit/corpus-json.js';
import { emitPages } from '../../scripts/emit/pages.js';
import { formatCitation } from '../../src/lib/citation.js';
import type { Cite } from '../../src/schemas/toc.js';

const FIXTURES = join(ROOT, 'tests/fixtures/unseen');
const OFFICIAL = ['party-congress-report', 'government-report-web', 'central-document-issued', 'markdown-as-txt', 'regulation-articles', 'speech-run-ins'];

const utf8 = new TextEncoder();
const text = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Byte variants of one UTF-8 source, as users' editors and exports produce them. */
const VARIANTS: Record<string, (s: string) => Uint8Array> = {
  crlf: (s) => utf8.encode(s.replace(/\n/g, '\r\n')),
  bom: (s) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(s)]),
  gb18030: (s) => encodeGb18030(s),
  // An e-book copy: every paragraph indented with two ideographic spaces, `一、` lines included.
  'ideographic-indent': (s) => utf8.encode(s.replace(/^(?=[^\n#>\-|])/gm, '\u3000\u3000')),
};

const allSections = (ss: readonly Section[]): Section[] => ss.flatMap((s) => [s, ...allSections(s.sections)]);
/** What must not change between byte variants: structure, front matter and every paragraph's text. */
function shape(root: Document) {
  const { provenance, ...front } = root.front;
  return {
    pages: leavesOf(root).map((l) => l.slug),
    outline: leavesOf(root).flatMap((l) => allSections(l.sections).map((s) => `${s.level} ${s.numbering}${s.title}`)),
    front: { ...front, frontLines: front.frontLines?.map((l) => [l.kind, l.text.replace(/\s+/g, '')]) },
    paragraphs: leavesOf(root).flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)].map((p) => printedText(p).replace(/\s+/g, ''))),
  };
}

describe.each(OFFICIAL)('%s', (name) => {
  const dir = join(FIXTURES, name);
  const sources = readSources(join(dir, 'manifest.yaml'), dir);
  const base = runPipeline(sources)[0]!;

  test('no heading wraps the whole text, and the front matter is no section', () => {
    for (const leaf of leavesOf(base)) {
      const top = leaf.sections.filter((s) => s.role === 'body');
      expect(top.length === 1 && leaf.paragraphs.length === 0, `${leaf.slug}: one heading holds everything`).toBe(false);
      const headings = allSections(leaf.sections).map((s) => s.numbering + s.title);
      for (const l of base.front.frontLines ?? []) expect(headings).not.toContain(l.text);
      if (base.front.title) expect(headings).not.toContain(base.front.title);
    }
  });

  test.each(Object.keys(VARIANTS))('the %s variant reads the same', (variant) => {
    const bytes = (s: RawSource) => VARIANTS[variant]!(text(s.bytes).replace(/\r\n/g, '\n'));
    // runPipeline's own coverage check throws if any character is lost.
    const root = runPipeline(sources.map((s) => ({ ...s, bytes: bytes(s) })))[0]!;
    expect(shape(root)).toEqual(shape(base));
  });
});

describe('front matter reaches corpus.json, the page headers and the citation', () => {
  const load = (name: string) => runPipeline(readSources(join(FIXTURES, name, 'manifest.yaml'), join(FIXTURES, name)));

  test('a web copy of a report: 原题, speaker, occasion, source, and a newspaper citation [N]', () => {
    const roots = load('government-report-web');
    const doc = buildCorpusJson(roots).documents[0]!;
    expect(doc.metadata).toMatchObject({
      authors: ['李克强'], date: '2016-03-05', published: '2016-05-03', printedTitle: '政府工作报告（文字实录）',
      subtitle: '——2016年3月5日在第十二届全国人民代表大会第四次会议上', source: '人民网－人民日报',
      citation: { type: 'N', container: '人民日报' },
    });
    const page = pageData(roots, 'pages/zhengfu-gongzuo-baogao-2016/text.mdx');
    expect(page.cite).toMatchObject({ type: 'N', container: '人民日报', date: '2016-05-03', authors: ['李克强'], title: '政府工作报告' });
    expect(formatCitation({ ...page.cite, url: 'https://x/#p-1', accessed: '2026-11-29' })).toBe(
      '李克强. 政府工作报告[N/OL]. 人民日报, 2016-05-03[2026-11-29]. https://x/#p-1.',
    );
    expect(page.front).toEqual({ printedTitle: '政府工作报告（文字实录）', subtitle: '——2016年3月5日在第十二届全国人民代表大会第四次会议上', speakers: ['李克强'], source: '人民网－人民日报' });
  });

  test('a 发布 line gives the issuing body and the date; a report kind cites as R', () => {
    const doc = buildCorpusJson(load('central-document-issued')).documents[0]!;
    expect(doc.metadata).toMatchObject({ issuer: '中共中央、国务院', date: '2022-02-25' });
    expect(doc.metadata.printedTitle).toBeUndefined(); // the printed title is the manifest's (spaces aside)
    const report = pageData(load('party-congress-report'), 'documents/ershida-baogao.mdx');
    expect(report.cite).toMatchObject({ type: 'R', year: '2022', authors: ['习近平'] });
    expect(report.front.headnote).toBe('（2022年10月16日）');
  });
});

/** The front matter of one emitted MDX file (JSON between the `---` lines). */
function pageData(roots: Document[], path: string) {
  const file = emitPages(roots).find((f) => f.path === path)!;
  return JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(file.contents)![1]!) as { cite: Cite; front: Record<string, unknown> };
}
