/**
 * A passage of a quotation compilation (论述摘编) collected for a lecture cites the work it quotes,
 * then the compilation it was taken from: on the compilation fixture, through the pipeline.
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readSources } from '../../../scripts/io/read-manifest.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { citeOf } from '../../../scripts/emit/page-data.js';
import { paragraphsIn } from '../../../scripts/model/walk.js';
import type { LectureExport, PassageItem } from '../../../src/lib/lecture/export-model.js';
import { layoutLecture } from '../../../src/lib/lecture/layout.js';

const dir = join(import.meta.dirname, '../../fixtures/unseen/quotation-compilation');
const [root] = runPipeline(readSources(join(dir, 'manifest.yaml'), dir));
const passage = (start: string): PassageItem => {
  const p = paragraphsIn(root!.sections).find((x) => x.text.startsWith(start))!;
  return {
    kind: 'passage',
    url: `https://example.org/library/${root!.id}/text/#${p.id}`,
    text: p.text,
    where: root!.title,
    ...(p.quotedFrom && { quotedFrom: p.quotedFrom }),
    cite: citeOf(root!, root!),
  };
};
const sourceOf = (item: PassageItem): string => {
  const lecture: LectureExport = { title: '作风建设', date: '2026-12-07', parts: [{ heading: '', items: [item] }] };
  return layoutLecture(lecture).parts[0]!.blocks[0]!.source;
};

describe('a compilation passage in a lecture', () => {
  test('cites the speech it quotes, then the compilation (转引自)', () => {
    expect(sourceOf(passage('作风建设永远在路上'))).toBe(
      '《在十八届中央纪委六次全会上的讲话》（2016年1月12日）；转引自《关于党的作风建设论述摘编》',
    );
  });

  test('a paragraph under no source line cites the compilation alone', () => {
    expect(sourceOf(passage('——学习《中国共产党纪律处分条例》'))).toBe('《关于党的作风建设论述摘编》');
  });
});
