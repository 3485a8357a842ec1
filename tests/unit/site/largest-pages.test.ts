/** scripts/quality/largest-pages.ts on a small site written here: sizes measured, order, one row per kind. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { formatSizes, largestPerKind, pageSizes } from '../../../scripts/quality/largest-pages.js';

const site = mkdtempSync(join(tmpdir(), 'dj-largest-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const page = (file: string, html: string) => {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), html);
};
// Repetitive text gzips well, varied text does not: the order must follow gzip bytes, not raw bytes.
const varied = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
page('index.html', '<p>home</p>');
page('concepts/a/index.html', `<p>${'两学一做'.repeat(5000)}</p>`);
page('concepts/b/index.html', `<p>${varied}</p>`);
page('cases/index.html', '<p>cases</p>');

describe('largest pages', () => {
  test('every page with its gzip size, largest gzip first; the largest of each kind', async () => {
    const rows = await pageSizes(site);
    expect(rows.map((r) => r.url)).toEqual(['/concepts/b/', '/concepts/a/', '/cases/', '/']);
    const a = rows.find((r) => r.url === '/concepts/a/')!;
    expect(a.raw).toBeGreaterThan(rows[0]!.raw); // larger raw, smaller gzip
    expect(a.gzip).toBe(gzipSync(`<p>${'两学一做'.repeat(5000)}</p>`).length);
    expect(largestPerKind(rows).map((r) => [r.kind, r.url])).toEqual([
      ['concepts/*', '/concepts/b/'],
      ['cases', '/cases/'],
      ['home', '/'],
    ]);
    expect(formatSizes(rows).split('\n')).toHaveLength(rows.length + 1);
  });
});
