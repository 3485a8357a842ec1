/**
 * The contract between pipeline and site: every JSON data file the build emits for the real corpus
 * passes the schema the site reads it through (src/schemas/data-files.ts), and a broken file is
 * refused with a message naming the file and the path of the bad field.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { emitAll, type EmittedFile } from '../../scripts/emit/index.js';
import { buildRealCorpus } from './support/real-build.js';
import { CORPUS_DOCUMENT_FILE, DATA_FILE_SCHEMAS } from '../../src/schemas/data-files.js';
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
  test('every data/*.json the build emits has a schema', () => {
    const emitted = [...files.keys()].filter((p) => p.startsWith('data/') && p.endsWith('.json'));
    const perDocument = emitted.filter((p) => CORPUS_DOCUMENT_FILE.pattern.test(p));
    expect(perDocument.length).toBeGreaterThan(0);
    expect(emitted.filter((p) => !perDocument.includes(p)).sort()).toEqual(Object.keys(DATA_FILE_SCHEMAS).sort());
  });

  test('every per-document file of the split corpus passes its schema, which keeps every field', () => {
    const perDocument = [...files.keys()].filter((p) => CORPUS_DOCUMENT_FILE.pattern.test(p));
    for (const path of perDocument) {
      const text = files.get(path)!;
      expect(parseDataFile(path, text, CORPUS_DOCUMENT_FILE.schema)).toEqual(JSON.parse(text));
    }
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
        `^\\.generated/data/corpus\\.json: documents\\[${collection}\\]\\.children\\[${child}\\]\\.sections\\[0\\]\\.paragraphs\\[0\\]\\.kind: Invalid enum value\\. Expected 'paragraph' \\| 'list-item' \\| 'quote' \\| 'footnote', received 'poem'`,
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
    const unknown = edited('data/see-also.json', (d) => {
      d.sections[0].related[0].rank = 1;
    });
    expect(refused('data/see-also.json', unknown)).toThrow(
      /data\/see-also\.json: sections\[0\]\.related\[0\]: Unrecognized key\(s\) in object: 'rank'/,
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
