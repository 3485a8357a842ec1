/**
 * A tiny static file server for the built site (quality gates, page-weight report, search benchmark):
 * serves a directory on 127.0.0.1 with correct content types, `/dir/` → `dir/index.html`, and real
 * 404s (with the site's own 404.html when it has one). With `prefix` the site is served under that path
 * only, as on a host where it is deployed below the root (`/dangjian/`); anything else is a plain 404. By default no compression or caching, so byte counts are the raw files; the search benchmark
 * asks for gzip and caching, as a real static host does.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** Content types by extension; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Text types compressed when `gzip` is on (Pagefind's own files are gzipped already and sent as they are). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg']);

/** How to serve. */
export interface StaticServerOptions {
  /** Port to listen on (default: a free one). */
  port?: number;
  /** Gzip text responses for clients that accept it, as real static hosts do. */
  gzip?: boolean;
  /** `cache-control` of every response (default `no-store`). */
  cacheControl?: string;
  /** URL path the site lives under, e.g. `/dangjian/` (default `/`); paths outside it are 404. */
  prefix?: string;
}

/** A running server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path maps to, or undefined when it escapes the root or does not exist. */
async function resolveFile(root: string, urlPath: string): Promise<{ file: string; redirect?: string } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return { file };
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if (!(await stat(index).catch(() => undefined))?.isFile()) return undefined;
    // `/library` → `/library/`, as static hosts do, so relative links resolve the same way.
    return urlPath.endsWith('/') ? { file: index } : { file: index, redirect: `${urlPath}/` };
  }
  return undefined;
}

/**
 * Serve `dir` on 127.0.0.1 at a free port (or `options.port`).
 * @returns the origin and a `close()` that ends open connections too.
 */
export async function startStaticServer(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const prefix = options.prefix ?? '/';
    if (!url.pathname.startsWith(prefix)) {
      // `/dangjian` → `/dangjian/`; anything else outside the site is not ours.
      if (`${url.pathname}/` === prefix) res.writeHead(301, { location: prefix + url.search }).end();
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found (outside the site)');
      return;
    }
    void resolveFile(root, `/${url.pathname.slice(prefix.length)}`).then(async (found) => {
      if (found?.redirect) {
        res.writeHead(301, { location: prefix + found.redirect.slice(1) + url.search }).end();
        return;
      }
      const status = found ? 200 : 404;
      const file = found?.file ?? join(root, '404.html');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
        return;
      }
      const ext = extname(file).toLowerCase();
      const headers = {
        'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'cache-control': options.cacheControl ?? 'no-store',
      };
      if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        const body = gzipSync(await readFile(file), { level: 9 });
        res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(status, { ...headers, 'content-length': info.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
