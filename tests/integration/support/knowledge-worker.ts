/**
 * Child process of stage-independence.test.ts: derives see-also and term candidates for the real
 * corpus in a fresh process (a fresh nodejieba dictionary), either right after the concept
 * annotator ran (`annotate <roots.json> <out.json>`, which also saves the annotated roots) or
 * from those saved roots with no annotator run at all (`saved <roots.json> <out.json>`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readSources } from '../../../scripts/io/read-manifest.js';
import { readGlossary } from '../../../scripts/io/read-glossary.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { buildSeeAlso } from '../../../scripts/stages/see-also.js';
import { mineTerms } from '../../../scripts/stages/mine-terms.js';
import { segmenterFor } from '../../../scripts/util/jieba.js';
import { corpusKeywords } from '../../../scripts/stages/document-keywords.js';
import type { Document } from '../../../scripts/model/document.js';

const [mode, rootsFile, outFile] = process.argv.slice(2);
const glossary = readGlossary('content/concepts.yaml');
let roots: Document[];
if (mode === 'annotate') {
  roots = runPipeline(readSources('content/manifest.yaml', 'content/sources'), glossary);
  writeFileSync(rootsFile!, JSON.stringify(roots));
} else {
  roots = JSON.parse(readFileSync(rootsFile!, 'utf8')) as Document[];
}
const keywords = corpusKeywords(roots, segmenterFor(glossary));
writeFileSync(
  outFile!,
  JSON.stringify({ seeAlso: buildSeeAlso(roots, keywords), terms: mineTerms(roots, glossary, keywords) }),
);
