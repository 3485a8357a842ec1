/**
 * Zod schema of the front matter an official text prints under its title, as the reading page
 * and the document page show it (read by scripts/stages/segment/official-front.ts). Every field
 * is optional: a paper has none of them.
 */
import { z } from 'zod';

export const frontFieldsSchema = z.object({
  /** The source's own title line when it differs from the manifest title (shown as 原题). */
  printedTitle: z.string().optional(),
  /** A subtitle naming the occasion, as printed: `——在中国共产党第二十次全国代表大会上的报告`. */
  subtitle: z.string().optional(),
  /** 题注 as printed: `（2022年10月16日）`. */
  headnote: z.string().optional(),
  /** Speakers named on a line of their own. */
  speakers: z.array(z.string()).optional(),
  /** 发布机关 (or the body a 版头 names). */
  issuer: z.string().optional(),
  /** 文号 as printed: `市直机党〔2024〕5号`. */
  documentNumber: z.string().optional(),
  /** 来源: the publication the text was taken from. */
  source: z.string().optional(),
  /** A journal paper's catalogue fields, label and value: `['中图分类号', 'D267.3']`. */
  catalogue: z.array(z.tuple([z.string(), z.string()])).optional(),
  /** The column (栏目) a magazine's paper ran in: `理论前沿`. */
  column: z.string().optional(),
});
export type FrontFields = z.infer<typeof frontFieldsSchema>;
