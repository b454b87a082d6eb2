// axe-core in the page, for every spec that scans a screen: the findings as "rule (impact): targets".
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

const AXE_SOURCE = fs.readFileSync(
  path.join(import.meta.dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/**
 * axe's violations on the page as it is now, one string per rule naming up to three targets.
 * `atLeast` drops the lesser impacts (the a11y-screens spec keeps them all: zero of any impact).
 */
export async function axeViolations(
  page: Page,
  atLeast: Impact = 'minor',
  /** Only the rules with these tags (e.g. `wcag2aa`); every rule when absent. */
  tags?: string[],
): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (only) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
      passes: unknown[];
    };
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } })
      .axe;
    return axe.run(
      (globalThis as unknown as { document: unknown }).document,
      only ? { runOnly: { type: 'tag', values: only } } : {},
    );
  }, tags ?? null);
  // A run that checked nothing would pass silently.
  if (result.passes.length === 0) return ['axe-core checked no rule'];
  const order: Impact[] = ['minor', 'moderate', 'serious', 'critical'];
  const floor = order.indexOf(atLeast);
  return result.violations
    .filter((v) => order.indexOf((v.impact ?? 'minor') as Impact) >= floor)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
