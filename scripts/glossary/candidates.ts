/**
 * `npm run glossary:candidates [-- --top N]`: the term miner's ranked candidates (formulas, then
 * quoted phrases, then keywords; idioms and number fragments filtered), each with a line of
 * context from its first paragraph, so a maintainer can pick what `glossary:add` should add.
 */
import { mineTerms } from '../stages/mine-terms.js';
import { corpusKeywords } from '../stages/document-keywords.js';
import { passagesOf, passageText } from '../stages/concepts/passages.js';
import { loadCorpus } from './corpus.js';
import { contextLine, expansionNote } from './entries.js';

function main(): void {
  const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 40;
  const { roots, glossary, segmenter } = loadCorpus();
  const report = mineTerms(roots, glossary, corpusKeywords(roots, segmenter));
  const byParagraph = new Map(
    passagesOf(roots).map((p) => [`${p.leaf.id}#${p.paragraph.id}`, passageText(p.paragraph)]),
  );
  const lines = report.candidates.slice(0, top).map((c, i) => {
    const first = c.locations[0];
    const context = first ? contextLine(byParagraph.get(`${first.docId}#${first.paragraphId}`) ?? '', c.text) : '';
    const expansion = expansionNote(c.proposedExpansion);
    return `${String(i + 1).padStart(3)}. ${c.text}  ${c.kind} ×${c.count}${c.quoted ? ` (quoted ${c.quoted})` : ''}${expansion}\n     ${context}  ${first?.url ?? ''}`;
  });
  console.log(
    `${report.candidates.length} candidates (first ${Math.min(top, report.candidates.length)}); add with: npm run glossary:add -- <term> …\n`,
  );
  console.log(lines.join('\n'));
}

main();
