/**
 * Publishes the corpus the pipeline wrote (`.generated/data/corpus.json`) at `/data/corpus.json`,
 * byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => {
  const dir = process.env.DJ_GENERATED_DIR ?? '.generated';
  return new Response(readFileSync(join(dir, 'data', 'corpus.json')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
