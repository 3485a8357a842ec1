/**
 * `npm run export:opensearch`: the corpus as bulk NDJSON for OpenSearch or Elasticsearch, one
 * document per passage (paragraph), with the index mapping to create first (issue 11). This is
 * the path for a library that outgrows the static search, or for feeding an existing cluster.
 *
 *   npm run export:opensearch -- [--generated .generated | --corpus corpus.json] [--out reports/opensearch]
 *                                [--analyzer ik|smartcn] [--max-mb 10]
 *
 * It reads the corpus the pipeline wrote (the split in `<generated>/data/corpus/`, at any size), or
 * with `--corpus` one whole corpus.json (a site's `/data/corpus.json`).
 *
 * Writes `mapping.json` (settings + mappings: PUT it as the index body) and `passages-0001.ndjson`,
 * `passages-0002.ndjson` … (each a bulk body under `--max-mb`, the action line `{"index":{"_id":…}}`
 * before each passage; POST them to `/<index>/_bulk`). Deterministic: same corpus, same bytes.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CorpusJson, DocumentJson, ParagraphJson, SectionJson } from '../emit/corpus-json.js';
import { withNumbering } from '../../src/lib/numbering.js';
import { readCorpus } from '../../src/lib/corpus-files.js';
import { readDataFile } from '../../src/lib/data-file.js';
import { corpusSchema } from '../../src/schemas/corpus.js';

/** One passage as indexed. */
export interface PassageDoc {
  /** Root document: `handbook-jiguan-dangjian`. */
  documentId: string;
  documentTitle: string;
  /** `paper` | `speech` | `handbook` (the root's kind). */
  kind: string;
  /** The reading page's document (a chapter or speech of a collection; the paper itself). */
  itemId: string;
  itemTitle: string;
  paragraphId: string;
  /** `paragraph` | `list-item` | `quote`. */
  paragraphKind: string;
  /** Headings above the passage, outermost first, with their numbering: `["第三章 …", "一、…"]`; `["摘要"]` for an abstract. */
  sectionPath: string[];
  /** Innermost section id (`s-2-1`), absent before the first heading. */
  sectionId?: string;
  /** Site URL of the paragraph: `/library/<root>/<slug>/#p-…`. */
  url: string;
  marker?: string;
  lead?: string;
  text: string;
  /** Glossary concept ids occurring in the passage, each once, in text order. */
  concepts: string[];
  language: string;
  date?: string;
}

/** Analyzer plugins the mapping can name. */
export type Analyzer = 'ik' | 'smartcn';

/**
 * The index body (`PUT /<index>`): every field a passage has, `dynamic: strict` so a passage
 * with an unmapped field is refused rather than guessed. Chinese text is analysed by the IK
 * plugin (`ik_max_word` at index time for recall, `ik_smart` for queries) or by `smartcn`; every
 * text field also has an `exact` sub-field on the standard analyzer, which indexes CJK one
 * character per token, so a `match_phrase` on `text.exact` finds exactly the passages containing
 * a term (两学一做), as the site's own search does.
 */
export function indexMapping(analyzer: Analyzer = 'ik'): object {
  const [index, search] = analyzer === 'ik' ? ['ik_max_word', 'ik_smart'] : ['smartcn', 'smartcn'];
  const text = {
    type: 'text',
    analyzer: index,
    search_analyzer: search,
    fields: { exact: { type: 'text', analyzer: 'standard' } },
  };
  const keyword = { type: 'keyword' };
  const properties: Record<keyof PassageDoc, object> = {
    documentId: keyword,
    documentTitle: { ...text, fields: { ...text.fields, raw: keyword } },
    kind: keyword,
    itemId: keyword,
    itemTitle: { ...text, fields: { ...text.fields, raw: keyword } },
    paragraphId: keyword,
    paragraphKind: keyword,
    sectionPath: text,
    sectionId: keyword,
    url: { type: 'keyword', index: false },
    marker: keyword,
    lead: text,
    text,
    concepts: keyword,
    language: keyword,
    date: keyword,
  };
  return {
    settings: { index: { number_of_shards: 1, number_of_replicas: 0 } },
    mappings: { dynamic: 'strict', properties },
  };
}

const heading = (s: SectionJson): string => withNumbering(s.numbering, s.title);

/** Every passage of the corpus in document order, with its bulk `_id` (`<itemId>#<paragraphId>`). */
export function passagesOf(corpus: CorpusJson): { id: string; doc: PassageDoc }[] {
  const out: { id: string; doc: PassageDoc }[] = [];
  const visitDocument = (root: DocumentJson, d: DocumentJson) => {
    const date = (d.metadata.date ?? root.metadata.date) as string | undefined;
    const language = (d.metadata.language ?? root.metadata.language ?? 'zh') as string;
    const add = (p: ParagraphJson, path: string[], sectionId: string | undefined, lang = language) => {
      const concepts = [...new Set(p.marks.flatMap((m) => (m.kind === 'concept' ? [m.conceptId] : [])))];
      out.push({
        id: `${d.id}#${p.id}`,
        doc: {
          documentId: root.id,
          documentTitle: root.title,
          kind: root.kind,
          itemId: d.id,
          itemTitle: d.title,
          paragraphId: p.id,
          paragraphKind: p.kind,
          sectionPath: path,
          ...(sectionId && { sectionId }),
          url: p.url,
          ...(p.marker !== undefined && { marker: p.marker }),
          ...(p.lead !== undefined && { lead: p.lead }),
          text: p.text,
          concepts,
          language: lang,
          ...(date && { date }),
        },
      });
    };
    for (const p of (d.metadata.abstract ?? []) as ParagraphJson[]) add(p, ['摘要'], undefined);
    for (const p of (d.metadata.abstractEn ?? []) as ParagraphJson[]) add(p, ['Abstract'], undefined, 'en');
    for (const p of d.paragraphs) add(p, [], undefined);
    const visitSection = (s: SectionJson, above: string[]) => {
      const path = [...above, heading(s)];
      for (const p of s.paragraphs) add(p, path, s.id);
      for (const c of s.sections) visitSection(c, path);
    };
    for (const s of d.sections) visitSection(s, []);
    for (const c of d.children) visitDocument(root, c);
  };
  for (const root of corpus.documents) visitDocument(root, root);
  return out;
}

/** The bulk bodies: action line + passage line each, cut into files of at most `maxBytes`. */
export function bulkFiles(passages: readonly { id: string; doc: PassageDoc }[], maxBytes: number): string[] {
  const files: string[] = [];
  // Each file's pairs and their byte count, kept as they are added: measuring the growing string
  // for every passage flattened it each time (two minutes for the ×10 corpus, quadratic).
  let current: string[] = [];
  let bytes = 0;
  for (const p of passages) {
    const pair = `${JSON.stringify({ index: { _id: p.id } })}\n${JSON.stringify(p.doc)}\n`;
    const size = Buffer.byteLength(pair);
    if (current.length > 0 && bytes + size > maxBytes) {
      files.push(current.join(''));
      current = [];
      bytes = 0;
    }
    current.push(pair);
    bytes += size;
  }
  return current.length > 0 ? [...files, current.join('')] : files;
}

/** Write mapping.json and the numbered bulk files into `outDir`, replacing earlier passages-*.ndjson. */
export function writeExport(
  corpus: CorpusJson,
  outDir: string,
  analyzer: Analyzer,
  maxBytes: number,
): { passages: number; files: string[] } {
  const passages = passagesOf(corpus);
  const bodies = bulkFiles(passages, maxBytes);
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) if (/^passages-\d+\.ndjson$/.test(old)) rmSync(join(outDir, old));
  writeFileSync(join(outDir, 'mapping.json'), `${JSON.stringify(indexMapping(analyzer), null, 2)}\n`);
  const names = bodies.map((body, i) => {
    const name = `passages-${String(i + 1).padStart(4, '0')}.ndjson`;
    writeFileSync(join(outDir, name), body);
    return name;
  });
  return { passages: passages.length, files: ['mapping.json', ...names] };
}

/** CLI (see the module comment). */
function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
  };
  const outDir = resolve(opt('out', join('reports', 'opensearch')));
  const analyzer = opt('analyzer', 'ik');
  if (analyzer !== 'ik' && analyzer !== 'smartcn') throw new Error(`--analyzer must be ik or smartcn, got ${analyzer}`);
  const maxMb = Number(opt('max-mb', '10'));
  if (!(maxMb > 0)) throw new Error(`--max-mb must be a positive number, got ${opt('max-mb', '')}`);
  const corpusFile = opt('corpus', '');
  const generated = resolve(opt('generated', process.env.DJ_GENERATED_DIR ?? '.generated'));
  const from = corpusFile ? resolve(corpusFile) : join(generated, 'data', 'corpus');
  if (!existsSync(from))
    throw new Error(`${from}: no corpus; run \`npm run pipeline\` (or \`npm run build\`) first, or pass --corpus`);
  const corpus = corpusFile ? readDataFile(from, corpusSchema) : readCorpus(generated);
  const { passages, files } = writeExport(corpus, outDir, analyzer, maxMb * 1024 * 1024);
  console.log(`[export:opensearch] ${passages} passages → ${outDir}: ${files.join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (e) {
    console.error(`[export:opensearch] error: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
