/**
 * Front matter for emitted MDX: validated with the same zod schema the content collection uses,
 * then written as JSON (a subset of YAML), so no text in it can break out of the `---` fences.
 */
import type { z } from 'zod';

/**
 * Validate `data` with `schema` and serialise it as a front-matter block. Throws naming the page
 * and the failing field: a schema violation here is a pipeline bug, never a half-written site.
 */
export function frontMatter<S extends z.ZodTypeAny>(schema: S, data: z.input<S>, page: string): string {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`front matter of ${page} does not match its schema: ${issues}`);
  }
  // JSON is valid YAML; \u2028/\u2029 escaped because YAML treats them as line breaks.
  const json = JSON.stringify(parsed.data, null, 1).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
  return `---\n${json}\n---\n`;
}
