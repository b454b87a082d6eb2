// Accessibility scan (axe-core) and screenshots of the catalogue, a session page and a speaker page, light and dark.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogueBatches } from '../fixtures/catalogue/catalogue-batches';
import { expect, ROOT, saveScreenshot, test } from './fixtures';
import { chooseEvent } from './harness/choose-event';

test.use({ seedBatches: { batches: catalogueBatches() } });

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
    return axe.run();
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`catalogue, session and speaker pages pass axe in ${scheme} mode`, async ({ window }, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'the seeded catalogue is stored through the in-process backend');
    await window.emulateMedia({ colorScheme: scheme });
    await expect(window.getByRole('complementary', { name: 'Filters' })).toBeVisible({ timeout: 15_000 });
    await chooseEvent(window, 'All events');
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('platform');
    await window
      .getByRole('group', { name: 'Event' })
      .getByRole('checkbox', { name: /Europe 2024/ })
      .check();
    await window.getByRole('checkbox', { name: 'Show my local time' }).check();
    await expect(window.locator('article.session').first()).toBeVisible();
    expect(await seriousViolations(window)).toEqual([]);
    await saveScreenshot(window, `catalogue-${scheme}`, testInfo.project.name);

    await window.getByRole('button', { name: 'Clear all' }).click();
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('');
    await expect(window.locator('.day-heading').first()).toBeVisible();
    await saveScreenshot(window, `catalogue-by-day-${scheme}`, testInfo.project.name);

    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('gateway api ingress');
    await window.locator('article.session .session-title a').first().click();
    await expect(window.getByRole('heading', { level: 1 })).toContainText('Gateway API');
    expect(await seriousViolations(window)).toEqual([]);
    await saveScreenshot(window, `session-page-${scheme}`, testInfo.project.name);

    await window.getByRole('link', { name: 'Katarzyna Łach' }).click();
    await expect(window.getByRole('heading', { level: 1 })).toHaveText('Katarzyna Łach');
    expect(await seriousViolations(window)).toEqual([]);
    await saveScreenshot(window, `speaker-page-${scheme}`, testInfo.project.name);
  });
}
