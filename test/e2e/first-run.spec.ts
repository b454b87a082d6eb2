// First run: only the bundled feed is in the catalogue, so a guide says in two lines what kubeplan is
// for, presents those sessions as an example event and offers the ways in; it goes once an event is imported.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const ICS = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    return (globalThis as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run();
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a newcomer is told what to do; importing a schedule ends the example', async ({ window }) => {
  const guide = window.getByRole('region', { name: 'Bring in your conference' });
  await expect(guide).toBeVisible();
  await expect(guide).toContainText('What you see now is an example event (KubeCon + CloudNativeCon Europe 2024');
  await expect(window.locator('article.session').first()).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await window.emulateMedia({ colorScheme: scheme });
    expect(await violations(window), scheme).toEqual([]);
  }

  // "Subscribe to a schedule URL" and "Add a blog feed" go to the Sources screen, which subscribes by URL.
  await guide.getByRole('link', { name: 'Subscribe to a schedule URL' }).click();
  await expect(window).toHaveURL(/#\/sources$/);
  await expect(window.getByRole('textbox', { name: 'Schedule or feed URL' })).toBeVisible();
  await window.goBack();
  await expect(guide.getByRole('link', { name: 'Add a blog feed' })).toHaveAttribute('href', '#/sources');

  // "Import a schedule file…" opens the file picker; the import preview follows.
  const chooser = window.waitForEvent('filechooser');
  await window.getByRole('button', { name: 'Import a schedule file…' }).click();
  await (await chooser).setFiles(ICS);
  const dialog = window.getByRole('dialog', { name: 'Import sched-kccnceu2026-tuesday-morning.ics' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(window).toHaveURL(/#\/changes$/);
  await window
    .getByRole('navigation')
    .getByRole('link', { name: /^Catalogue/ })
    .click();
  await expect(window.locator('article.session').first()).toBeVisible();
  await expect(window.getByRole('region', { name: 'Bring in your conference' })).toHaveCount(0);
  // The imported event is the one in focus; the example stays one switch away.
  await expect(window.getByRole('combobox', { name: 'Event', exact: true })).toContainText('Europe 2024');
});
