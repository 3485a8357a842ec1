/**
 * Content collections over the MDX the pipeline generates outside src/ (`.generated/`, or
 * `$DJ_GENERATED_DIR`): reading pages and document pages, validated with the zod schemas the
 * emitter also uses.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readingPageSchema } from './schemas/reading-page';
import { documentPageSchema } from './schemas/document-page';
import { generatedDir } from './lib/generated-dir';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${generatedDir()}/pages` }),
  schema: readingPageSchema,
});

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${generatedDir()}/documents` }),
  schema: documentPageSchema,
});

export const collections = { pages, documents };
