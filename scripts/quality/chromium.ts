/**
 * Launching Debian's chromium through playwright-core for the quality gates and the page-weight
 * report, with every request outside the site's own origin blocked and recorded.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet headless run in a container: no sandbox (root), no GPU, no phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Start headless chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A browser context that only talks to one origin. */
export interface GuardedContext {
  context: BrowserContext;
  /** Every URL the pages tried to load from another origin (each was aborted). */
  offsite: string[];
}

/**
 * A new context whose requests to any origin other than `origin` are aborted and recorded
 * (`data:` and `blob:` URLs never reach the network and are not routed).
 */
export async function newGuardedContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ baseURL: origin, ...options });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, offsite };
}
