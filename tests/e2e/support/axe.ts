/**
 * axe-core for the e2e tests: inject it into a loaded page, run it over the whole document and
 * return the violations; serious and critical ones fail the gates.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** One element a rule flagged. */
export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
/** One rule that failed, with the elements it flagged. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Whether a violation fails a gate (impact serious or critical). */
export const isFailing = (v: AxeViolation): boolean => FAILING_IMPACTS.has(v.impact ?? '');

/** Run axe-core over the page's document as it is now (after load, or after scripts rendered). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
}
