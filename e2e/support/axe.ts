// Runs axe-core's WCAG 2 A/AA rules in the page. @axe-core/playwright needs Node 22, so the
// engine's source is evaluated in the page directly (page.evaluate, which the page's nonce-based
// CSP does not govern, unlike an inline <script> tag) and axe.run() called through it.
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const { source } = require('axe-core') as { source: string };

/** The tags the gate enforces: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

type AxeWindow = Window & { axe?: { run: (context: Document, options: unknown) => Promise<AxeResults> } };

/** Waits until streamed sections have replaced their skeletons, so axe sees the finished page. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

export async function axeViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => Boolean((window as AxeWindow).axe));
  if (!loaded) await page.evaluate(source);
  const results = await page.evaluate(
    (tags) => (window as AxeWindow).axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    [...WCAG_TAGS],
  );
  return results.violations;
}

/** One line per violation and one per offending node, so the failure says what to fix and where. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? ` — ${firstLine(node)}` : ''}`);
      return [
        `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} [${violation.nodes.length} node(s)]`,
        ...nodes,
      ].join('\n');
    })
    .join('\n');
}

function firstLine(node: Result['nodes'][number]): string {
  const lines = (node.failureSummary ?? '').split('\n').map((line) => line.trim());
  return lines.find((line) => line && !line.startsWith('Fix')) ?? '';
}
