// Astro config: static output, MDX for the generated pages. `DJ_OUT_DIR` lets scripts/build-site.ts
// build into a staging directory and swap it into dist/ only when the build succeeded.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/pagefind.ts';
import lectureChunks from './src/integrations/lecture-chunks.ts';
import { siteBase } from './scripts/model/urls.ts';
import { rehypeMdxHtml } from './src/lib/rehype-mdx-html.ts';

export default defineConfig({
  // The public origin, when known, for the URL printed at the foot of a page; else the path is printed
  // and the reading-page script fills in the origin the reader used.
  site: process.env.DJ_SITE || undefined,
  outDir: process.env.DJ_OUT_DIR ?? 'dist',
  // The deploy path (`DJ_BASE=/dangjian/`, default `/`): read in one place, scripts/model/urls.ts.
  base: siteBase(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // The generated MDX is JSX and string expressions, never Markdown syntax: no highlighting (its
    // async step kept every page's syntax tree alive at once), GFM or smartypants. Paragraph-level
    // components are built as HTML (rehypeMdxHtml) and `optimize` emits them as static strings.
    mdx({ syntaxHighlight: false, gfm: false, smartypants: false, rehypePlugins: [rehypeMdxHtml], optimize: true }),
    searchIndex(),
    lectureChunks(),
  ],
  devToolbar: { enabled: false },
  // No request leaves the site: no prefetch, no telemetry-driven features.
  prefetch: false,
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
  },
});
