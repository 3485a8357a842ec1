/** Publishes the split corpus's index (`.generated/data/corpus/index.json`) at `/data/corpus/index.json`, byte for byte. */
import type { APIRoute } from 'astro';
import { CORPUS_INDEX_PATH, generatedFile, jsonFile } from '../../../lib/corpus-files';

export const GET: APIRoute = () => jsonFile(generatedFile(CORPUS_INDEX_PATH));
