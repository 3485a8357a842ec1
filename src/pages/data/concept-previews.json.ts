/**
 * `/data/concept-previews.json`: `{ id: { term, definition, category } }` for the definition
 * preview on concept links (src/client/concept-preview.ts). Built from the concepts data.
 */
import type { APIRoute } from 'astro';
import { conceptsData } from '../../lib/knowledge';

export const GET: APIRoute = () => {
  const previews = Object.fromEntries(
    conceptsData().concepts.map((c) => [c.id, { term: c.term, definition: c.definition, category: c.category }]),
  );
  return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
