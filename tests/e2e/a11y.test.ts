/**
 * Accessibility gate: axe-core in chromium over one page of every kind the built site has. Any
 * serious or critical violation fails, printed rule by rule with the offending elements.
 */
import { describe, expect, test } from 'vitest';
import { isFailing, runAxe, type AxeViolation } from './support/axe.js';
import { useChromium, withPage } from './support/browser.js';
import { missingKinds, pagesByKind } from './support/pages.js';

/** One violation as a few readable lines. */
function describeViolation(v: AxeViolation): string {
  const nodes = v.nodes.slice(0, 5).map((n) => {
    const summary = (n.failureSummary ?? '')
      .split('\n')
      .slice(1, 3)
      .map((s) => s.trim())
      .join(' ');
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

  test.each(pages.map((p) => [p.kind, p.url] as const))(
    '%s %s: no serious or critical violation',
    async (_kind, url) => {
      await withPage(browser(), {}, async ({ page }) => {
        await page.goto(url, { waitUntil: 'load' });
        const violations = await runAxe(page);
        const failing = violations.filter(isFailing);
        const minor = violations.filter((v) => !isFailing(v));
        if (minor.length)
          console.log(`[axe] ${url}: minor/moderate (not failing):\n${minor.map(describeViolation).join('\n')}`);
        expect(failing.length, `axe violations on ${url}:\n${failing.map(describeViolation).join('\n')}`).toBe(0);
      });
    },
  );
});
