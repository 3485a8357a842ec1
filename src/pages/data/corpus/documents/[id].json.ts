/** Publishes each root document of the split corpus at `/data/corpus/documents/<id>.json`, byte for byte. */
import type { APIRoute } from 'astro';
import { corpusDocumentPath, corpusIndex, generatedFile, jsonFile } from '../../../../lib/corpus-files';

export function getStaticPaths() {
  return corpusIndex().documents.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => jsonFile(generatedFile(corpusDocumentPath(params.id!)));
