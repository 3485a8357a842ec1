/**
 * Publishes the whole corpus the pipeline wrote (`.generated/data/corpus.json`) at
 * `/data/corpus.json`, byte for byte, while it is small enough to be one download: the split
 * index says so with its `whole` field (scripts/emit/corpus-split.ts). Above that size only the
 * split files (`/data/corpus/…`) are published. A route with a parameter only so that it can be
 * left out; its one value is `corpus`.
 */
import type { APIRoute } from 'astro';
import { corpusIndex, generatedFile, jsonFile } from '../../lib/corpus-files';

export function getStaticPaths() {
  return corpusIndex().whole ? [{ params: { corpus: 'corpus' } }] : [];
}

export const GET: APIRoute = () => jsonFile(generatedFile('data/corpus.json'));
