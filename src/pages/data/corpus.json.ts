/**
 * Publishes the corpus the pipeline wrote (`.generated/data/corpus.json`) at `/data/corpus.json`,
 * byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { generatedDir } from '../../lib/generated-dir';

export const GET: APIRoute = () => {
  return new Response(readFileSync(join(generatedDir(), 'data', 'corpus.json')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
