/**
 * Browser helpers for the e2e tests: one chromium per test file, pages that record console
 * errors, failed requests and every attempt to leave the local server's origin.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, newGuardedContext } from '../../../scripts/quality/chromium.js';

/**
 * One chromium for the calling test file: launched before its tests, closed after them.
 * @returns a getter for the running browser.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('chromium is not running (useChromium() must be called at the top of a test file)');
    return browser;
  };
}

/** What went wrong while a page loaded (all empty for a healthy page). */
export interface PageProblems {
  /** `console.error` messages and uncaught exceptions. */
  consoleErrors: string[];
  /** Requests that failed or answered with HTTP status ≥ 400. */
  failedRequests: string[];
  /** Requests to another origin (blocked). */
  offsite: string[];
}

/** A page on the local site plus the problems recorded while it is used. */
export interface RecordedPage {
  page: Page;
  problems: PageProblems;
  close(): Promise<void>;
}

/** Origin of the static server started by global-setup, e.g. `http://127.0.0.1:41234`. */
export const siteOrigin = (): string => inject('siteOrigin');
/** Directory of the built site that server serves. */
export const siteDir = (): string => inject('siteDir');

/** A built site and where it is served: `base` is the URL path its pages live under. */
export interface ServedSite {
  /** For test titles: `at /`, `under /dangjian/`. */
  name: string;
  origin: string;
  base: string;
  dir: string;
}
/** The site built with the default base `/`. */
export const rootSite = (): ServedSite => ({ name: 'at /', origin: siteOrigin(), base: '/', dir: siteDir() });
/** The site built with `DJ_BASE` (global-setup), served under that path only. */
export const basedSite = (): ServedSite => {
  const base = inject('basedBase');
  return { name: `under ${base}`, origin: inject('basedOrigin'), base, dir: inject('basedDir') };
};
/** Both: gates that must hold wherever the site is deployed run on each. */
export const servedSites = (): ServedSite[] => [rootSite(), basedSite()];
/** Full URL of a site-relative page path (`/library/x/` → `http://…/dangjian/library/x/`). */
export const pageHref = (site: ServedSite, path: string): string => site.origin + site.base + path.replace(/^\//, '');

/** Open a fresh context + page on the local site (or on `origin`) that records problems. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  origin = siteOrigin(),
): Promise<RecordedPage> {
  const { context, offsite } = await newGuardedContext(browser, origin, options);
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offsite };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    // Blocked off-site requests are reported under `offsite`, not twice. A request the browser
    // cancelled itself (net::ERR_ABORTED: the page reloaded or went Back while the favicon was
    // loading) is no failure of the site; a missing file answers 404, recorded below.
    const aborted = req.failure()?.errorText === 'net::ERR_ABORTED';
    if (new URL(req.url()).origin === origin && !aborted) {
      problems.failedRequests.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  return { page, problems, close: () => context.close() };
}

/**
 * Open a recording page (see `openPage`; on `origin`, default the root site's), hand it to `use`,
 * and close its context afterwards, whether `use` passed or threw.
 */
export async function withPage<T>(
  browser: Browser,
  options: BrowserContextOptions,
  use: (p: RecordedPage) => Promise<T>,
  origin = siteOrigin(),
): Promise<T> {
  const recorded = await openPage(browser, options, origin);
  try {
    return await use(recorded);
  } finally {
    await recorded.close();
  }
}

/** Problems as readable lines, for assertion messages. */
export function describeProblems(url: string, p: PageProblems): string {
  const lines = [
    ...p.consoleErrors.map((m) => `  console error: ${m}`),
    ...p.failedRequests.map((m) => `  failed request: ${m}`),
    ...p.offsite.map((m) => `  off-site request: ${m}`),
  ];
  return lines.length ? `${url}\n${lines.join('\n')}` : '';
}
