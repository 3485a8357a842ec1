/**
 * The contract between pipeline and site: every JSON data file the build emits for the real corpus
 * passes the schema the site reads it through (src/schemas/data-files.ts), and a broken file is
 * refused with a message naming the file and the path of the bad field.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { emitAll, type EmittedFile } from '../../scripts/emit/index.js';
import { buildRealCorpus } from './support/real-build.js';
import { CORPUS_DOCUMENT_FILE, DATA_FILE_SCHEMAS, SEE_ALSO_DOCUMENT_FILE } from '../../src/schemas/data-files.js';
import { parseDataFile } from '../../src/lib/data-file.js';
import { splitRuns } from '../../src/lib/mark-runs.js';
import type { CorpusParagraph, CorpusSection } from '../../src/schemas/corpus.js';

let files: Map<string, string>;

beforeAll(() => {
  const { roots, kb } = buildRealCorpus();
  files = new Map(emitAll(roots, kb).map((f: EmittedFile) => [f.path, f.contents]));
}, 120_000);

const schemaOf = (path: string) => DATA_FILE_SCHEMAS[path as keyof typeof DATA_FILE_SCHEMAS];
/** Parse a file's text, change it, and serialise it again. */
const edited = (path: string, edit: (data: any) => void): string => {
  const data = JSON.parse(files.get(path)!);
  edit(data);
  return JSON.stringify(data);
};

describe('data files of the real corpus against their schemas', () => {
  const PER_DOCUMENT = [CORPUS_DOCUMENT_FILE, SEE_ALSO_DOCUMENT_FILE];

  test('every data/*.json the build emits has a schema', () => {
    const emitted = [...files.keys()].filter((p) => p.startsWith('data/') && p.endsWith('.json'));
    for (const kind of PER_DOCUMENT) expect(emitted.filter((p) => kind.pattern.test(p)).length).toBeGreaterThan(0);
    const perDocument = emitted.filter((p) => PER_DOCUMENT.some((kind) => kind.pattern.test(p)));
    expect(emitted.filter((p) => !perDocument.includes(p)).sort()).toEqual(Object.keys(DATA_FILE_SCHEMAS).sort());
  });

  test.each(PER_DOCUMENT.map((kind) => [String(kind.pattern), kind] as const))(
    'every per-document file %s passes its schema, which keeps every field',
    (_, kind) => {
      for (const path of [...files.keys()].filter((p) => kind.pattern.test(p))) {
        const text = files.get(path)!;
        expect(parseDataFile(path, text, kind.schema)).toEqual(JSON.parse(text));
      }
    },
  );

  test('there is one see-also file per root document, and together they hold every list once', () => {
    const roots = JSON.parse(files.get('data/corpus/index.json')!).documents.map((d: { id: string }) => d.id);
    const seeAlso = [...files.keys()].filter((p) => SEE_ALSO_DOCUMENT_FILE.pattern.test(p));
    expect(seeAlso.sort()).toEqual(roots.map((id: string) => `data/see-also/${id}.json`).sort());
    const sections = seeAlso.flatMap((p) => JSON.parse(files.get(p)!).sections);
    expect(sections.length).toBeGreaterThan(100);
    expect(new Set(sections.map((s: { sectionUrl: string }) => s.sectionUrl)).size).toBe(sections.length);
    for (const p of seeAlso)
      for (const s of JSON.parse(files.get(p)!).sections)
        expect(s.sectionUrl).toContain(`/library/${p.slice('data/see-also/'.length, -'.json'.length)}/`);
  });

  test.each(Object.keys(DATA_FILE_SCHEMAS))('%s passes its schema, which keeps every field', (path) => {
    const text = files.get(path)!;
    const parsed = parseDataFile(path, text, schemaOf(path));
    // Nothing stripped or added: the validated value is the file's content (key order aside).
    expect(parsed).toEqual(JSON.parse(text));
  });

  test('the real files are not trivially small (the schemas saw real data)', () => {
    const corpus = parseDataFile(
      'data/corpus.json',
      files.get('data/corpus.json')!,
      DATA_FILE_SCHEMAS['data/corpus.json'],
    );
    expect(corpus.documents.length).toBeGreaterThanOrEqual(4);
    expect(corpus.concepts?.length).toBeGreaterThan(50);
    const cases = parseDataFile('data/cases.json', files.get('data/cases.json')!, DATA_FILE_SCHEMAS['data/cases.json']);
    expect(cases.cases.some((c) => c.paragraphs.some((p) => p.marks.length > 0))).toBe(true);
  });
});

describe('a broken data file is refused with the file and the field path', () => {
  const refused = (path: string, text: string) => () => parseDataFile(`.generated/${path}`, text, schemaOf(path));

  test('an unknown paragraph kind deep in corpus.json', () => {
    // A collection item's first section with paragraphs, wherever it is in this corpus.
    const documents = JSON.parse(files.get('data/corpus.json')!).documents;
    const at = (doc: any) => doc.children.findIndex((c: any) => c.sections[0]?.paragraphs.length > 0);
    const collection = documents.findIndex((d: any) => at(d) >= 0);
    expect(collection).toBeGreaterThanOrEqual(0);
    const child = at(documents[collection]);
    const text = edited('data/corpus.json', (d) => {
      d.documents[collection].children[child].sections[0].paragraphs[0].kind = 'poem';
    });
    expect(refused('data/corpus.json', text)).toThrow(
      new RegExp(
        `^\\.generated/data/corpus\\.json: documents\\[${collection}\\]\\.children\\[${child}\\]\\.sections\\[0\\]\\.paragraphs\\[0\\]\\.kind: Invalid enum value\\. Expected 'paragraph' \\| 'list-item' \\| 'quote' \\| 'footnote' \\| 'table', received 'poem'`,
      ),
    );
  });

  test('a mark without its field, a missing field, an unknown field', () => {
    const mark = edited('data/cases.json', (d) => {
      const p = d.cases
        .flatMap((c: any) => c.paragraphs)
        .find((x: any) => x.marks.some((m: any) => m.kind === 'concept'));
      delete p.marks.find((m: any) => m.kind === 'concept').conceptId;
    });
    expect(refused('data/cases.json', mark)).toThrow(
      /data\/cases\.json: cases\[\d+\]\.paragraphs\[\d+\]\.marks\[\d+\]\.conceptId: Required/,
    );
    const missing = edited('data/concepts.json', (d) => {
      delete d.concepts[3].occurrences;
    });
    expect(refused('data/concepts.json', missing)).toThrow(
      /data\/concepts\.json: concepts\[3\]\.occurrences: Required/,
    );
    const seeAlso = 'data/see-also/paper-dangjian-xietong.json';
    const unknown = edited(seeAlso, (d) => {
      d.sections[0].related[0].rank = 1;
    });
    expect(() => parseDataFile(`.generated/${seeAlso}`, unknown, SEE_ALSO_DOCUMENT_FILE.schema)).toThrow(
      /data\/see-also\/paper-dangjian-xietong\.json: sections\[0\]\.related\[0\]: Unrecognized key\(s\) in object: 'rank'/,
    );
  });

  test('text that is not JSON', () => {
    expect(refused('data/references.json', files.get('data/references.json')!.slice(0, 100))).toThrow(
      /^\.generated\/data\/references\.json: not valid JSON: /,
    );
  });
});

describe('marks of the real corpus under the one overlap rule (splitRuns)', () => {
  test('every paragraph of corpus.json and cases.json splits into runs that rebuild its text', () => {
    const corpus = parseDataFile(
      'data/corpus.json',
      files.get('data/corpus.json')!,
      DATA_FILE_SCHEMAS['data/corpus.json'],
    );
    const cases = parseDataFile('data/cases.json', files.get('data/cases.json')!, DATA_FILE_SCHEMAS['data/cases.json']);
    const inSections = (ss: readonly CorpusSection[]): CorpusParagraph[] =>
      ss.flatMap((s) => [...s.paragraphs, ...inSections(s.sections)]);
    const paragraphs = [...corpus.documents, ...corpus.documents.flatMap((d) => d.children)].flatMap((d) => [
      ...d.paragraphs,
      ...inSections(d.sections),
    ]);
    const texts = [
      ...paragraphs.map((p) => ({ text: p.text, marks: p.marks })),
      ...cases.cases.flatMap((c) =>
        c.paragraphs.flatMap((p) => [
          { text: p.text, marks: p.marks },
          { text: p.lead ?? '', marks: p.leadMarks ?? [] },
        ]),
      ),
    ];
    let marked = 0;
    for (const { text, marks } of texts) {
      const runs = splitRuns(text, marks);
      expect(runs.map((r) => r.text).join('')).toBe(text);
      expect(runs.filter((r) => r.mark)).toHaveLength(marks.length);
      marked += marks.length;
    }
    expect(marked).toBeGreaterThan(1000);
  });
});
