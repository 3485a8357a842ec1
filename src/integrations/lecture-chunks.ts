/**
 * Names the browser chunks of the lecture exports `lecture-…` (client build only): the exporters
 * (src/client/lecture/export/) and their libraries (docx, pptxgenjs, jszip) load on the basket
 * page by dynamic import() when an export is asked for, and the page-weight gate classes a script
 * as a lecture tool by its name. Only names change: how Rollup splits the chunks is untouched, so
 * no other page's script is pulled into them (forcing the split with manualChunks moved shared
 * helpers into these chunks, and every reading page then loaded the libraries).
 */
import type { AstroIntegration } from 'astro';

const LECTURE_EXPORT = /\/src\/client\/lecture\/export\/|\/node_modules\/(?:docx|pptxgenjs|jszip)\//;

export default function lectureChunks(): AstroIntegration {
  return {
    name: 'dangjian:lecture-chunks',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        const output = vite.build?.rollupOptions?.output;
        if (target !== 'client' || !output || Array.isArray(output) || typeof output.chunkFileNames !== 'string')
          return;
        const plain = output.chunkFileNames;
        output.chunkFileNames = (chunk) =>
          chunk.moduleIds.some((id) => LECTURE_EXPORT.test(id)) ? plain.replace('[name]', 'lecture-[name]') : plain;
      },
    },
  };
}
