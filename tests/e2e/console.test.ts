/**
 * Console gate: loading a page of every kind (and waiting until the network is idle, so scripts
 * loaded on idle run too) logs no console error, has no failed request and no request that
 * leaves the site's own origin; on the site at `/` and on the site built with a deploy base,
 * whose server answers 404 to anything outside that base (so a request there fails the gate).
 */
import { describe, expect, test } from 'vitest';
import { describeProblems, pageHref, servedSites, useChromium, withPage } from './support/browser.js';
import { pagesByKind } from './support/pages.js';

const pages = await pagesByKind();
const browser = useChromium();

describe.each(servedSites())('console and network ($name)', (site) => {
  test.each(pages.map((p) => [p.kind, p.url] as const))('%s %s loads cleanly', async (_kind, url) => {
    await withPage(
      browser(),
      {},
      async ({ page, problems }) => {
        const response = await page.goto(pageHref(site, url), { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        // Let scripts loaded on idle run too. A response whose body nobody reads never counts as
        // finished in chromium, so "network idle" may never come: cap the wait, it is not a failure.
        await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => undefined);
        await page.waitForTimeout(300);
        expect(describeProblems(url, problems)).toBe('');
      },
      site.origin,
    );
  });
});
