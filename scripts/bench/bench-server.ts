/**
 * A static server for the search benchmark that compresses text responses with gzip, as any real
 * static host does, so "bytes fetched" are the bytes a reader's browser would transfer.
 * Pagefind's own files are already gzipped and are sent as they are.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg']);

/** Serve `dir` on 127.0.0.1; `/x/` → `/x/index.html`. */
export async function startGzipServer(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => undefined);
      if (!body) return void res.writeHead(404).end();
      const ext = extname(file);
      const gz = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      const out = gz ? gzipSync(body, { level: 9 }) : body;
      res.writeHead(200, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-length': out.length,
        'cache-control': 'max-age=3600',
        ...(gz && { 'content-encoding': 'gzip' }),
      });
      res.end(out);
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
