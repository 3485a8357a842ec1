/**
 * Segment: a label that opens a numbered list on its own line (the 公文 attachment note
 * `附件：1.优秀共产党员名单` over `2.先进基层党组织名单`) is a paragraph of its own, and its first item
 * an item like the rest: the list reads `附件：` then items 1 and 2, not a paragraph holding item 1
 * over a list of item 2. The label is a paragraph, never a heading: `附件：` here notes the
 * attachments, it does not head one (a `附件1` line over the attachment does). Pure: the text is
 * only cut in two.
 */
import { cutBlock, type Block } from './block.js';
import type { Candidate } from './classify.js';
import { parseNumbering } from './numbering.js';

/** A label of one to six Chinese characters and its colon (`注：`, `附件：`), right before the first item's marker. */
const LABEL = /^(\p{Script=Han}{1,6}[：:])[ \u3000]*/u;

/** The label's length (with any space after it) when `block` is a label over item 1 of the list `next` goes on with. */
function labelBeforeFirstItem(block: Block, next: Block | undefined): number | undefined {
  const label = LABEL.exec(block.text);
  if (!label || !next || block.layout || next.layout) return undefined;
  const first = parseNumbering(block.text.slice(label[0].length));
  const second = parseNumbering(next.text);
  if (!first || !second || first.value !== 1 || second.value !== 2 || first.scheme !== second.scheme) return undefined;
  return label[0].length;
}

/** The blocks with each label over a numbered list's first item cut off as a block of its own (`label`). */
export function splitListLabels(blocks: readonly Block[]): { block: Block; label?: true }[] {
  return blocks.flatMap((b, i) => {
    const at = labelBeforeFirstItem(b, blocks[i + 1]);
    if (at === undefined) return [{ block: b }];
    const [label, rest] = cutBlock(b, at);
    return [{ block: label, label: true as const }, { block: rest }];
  });
}

/** A list's label as a candidate: a paragraph as written, never a heading or a role's title. */
export const labelCandidate = (block: Block): Candidate => ({
  block,
  text: block.text,
  removed: [],
  headingShape: false,
  field: true,
});
