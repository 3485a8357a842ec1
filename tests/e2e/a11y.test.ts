/**
 * Accessibility gate: axe-core in chromium over one page of every kind the built site has. Any
 * serious or critical violation fails, printed rule by rule with the offending elements.
 */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { openPage, useChromium } from './support/browser.js';
import { missingKinds, pagesByKind } from './support/pages.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const FAILING_IMPACTS = new Set(['serious', 'critical']);

interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

/** One violation as a few readable lines. */
function describeViolation(v: AxeViolation): string {
  const nodes = v.nodes.slice(0, 5).map((n) => {
    const summary = (n.failureSummary ?? '').split('\n').slice(1, 3).map((s) => s.trim()).join(' ');
    return `      ${n.target.join(' ')}  ${n.html.slice(0, 120)}\n        ${summary}`;
  });
  const more = v.nodes.length > 5 ? [`      … and ${v.nodes.length - 5} more`] : [];
  return [`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} elements)`, ...nodes, ...more].join('\n');
}

const pages = await pagesByKind();
const browser = useChromium();

describe('accessibility (axe-core)', () => {
  test('the site has every required page kind', () => {
    expect(missingKinds(pages), `page kinds found: ${pages.map((p) => p.kind).join(', ')}`).toEqual([]);
  });

  test.each(pages.map((p) => [p.kind, p.url] as const))('%s %s: no serious or critical violation', async (_kind, url) => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations;
      }) as AxeViolation[];
      const failing = violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
      const minor = violations.filter((v) => !FAILING_IMPACTS.has(v.impact ?? ''));
      if (minor.length) console.log(`[axe] ${url}: minor/moderate (not failing):\n${minor.map(describeViolation).join('\n')}`);
      expect(failing.length, `axe violations on ${url}:\n${failing.map(describeViolation).join('\n')}`).toBe(0);
    } finally {
      await close();
    }
  });
});
