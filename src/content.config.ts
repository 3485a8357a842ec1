/**
 * Content collections over the MDX the pipeline generates outside src/ (`.generated/`, or
 * `$DJ_GENERATED_DIR`): reading pages and document pages, validated with the zod schemas the
 * emitter also uses. `retainBody: false`: the pages render their compiled MDX module, so the data
 * store (which Astro bundles as one JavaScript module) need not carry every body's source too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readingPageSchema } from './schemas/reading-page';
import { documentPageSchema } from './schemas/document-page';
import { generatedDir } from './lib/generated-dir';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${generatedDir()}/pages`, retainBody: false }),
  schema: readingPageSchema,
});

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${generatedDir()}/documents`, retainBody: false }),
  schema: documentPageSchema,
});

export const collections = { pages, documents };
