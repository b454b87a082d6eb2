// The keyboard flows a user relies on: the import dialog takes and holds the focus and Esc closes it;
// Tab leaves the session list (one tab stop, arrows inside it); the focus lands on the screen's
// heading after opening a session and after an import, never on the page body.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogueBatches } from '../fixtures/catalogue/catalogue-batches';
import { expect, ROOT, test } from './fixtures';

test.use({ seedBatches: { batches: catalogueBatches() } });

const ICS = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');

async function ready(window: Page) {
  await expect(window.locator('article.session').first()).toBeVisible({ timeout: 15_000 });
}

async function focusedIn(window: Page, selector: string): Promise<boolean> {
  return window.evaluate(
    (s) =>
      (
        globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } }
      ).document.activeElement?.closest(s) != null,
    selector,
  );
}

test('the import dialog takes the focus, keeps Tab inside, closes on Esc and hands the focus back', async ({
  window,
}) => {
  await ready(window);
  const importButton = window.getByRole('button', { name: 'Import file…' });
  await importButton.focus();
  await window.getByLabel('Schedule or feed file to import').setInputFiles(ICS);
  const dialog = window.getByRole('dialog', { name: /^Import sched-kccnceu2026/ });
  await expect(dialog.getByTestId('import-format')).toHaveText('iCalendar (.ics)');
  expect(await focusedIn(window, '[role="dialog"]')).toBe(true);
  // However often Tab is pressed, the focus stays in the dialog and reaches its Import button.
  let reachedImport = false;
  for (let i = 0; i < 30; i += 1) {
    await window.keyboard.press('Tab');
    expect(await focusedIn(window, '[role="dialog"]')).toBe(true);
    if (
      await dialog
        .getByRole('button', { name: 'Import', exact: true })
        .evaluate((b) => b === b.ownerDocument.activeElement)
    )
      reachedImport = true;
  }
  expect(reachedImport).toBe(true);
  await window.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(importButton).toBeFocused();
});

test('after an import the focus is on the Changes heading', async ({ window }) => {
  await ready(window);
  await window.getByRole('button', { name: 'Import file…' }).focus();
  await window.getByLabel('Schedule or feed file to import').setInputFiles(ICS);
  const dialog = window.getByRole('dialog', { name: /^Import sched-kccnceu2026/ });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(window.getByRole('heading', { level: 1, name: 'Changes' })).toBeFocused();
});

test('Tab leaves the session list in one press; arrows move inside it; opening a session focuses its heading', async ({
  window,
}) => {
  await ready(window);
  const search = window.getByRole('searchbox', { name: 'Search sessions' });
  await search.press('ArrowDown');
  const rows = window.locator('article.session');
  await expect(rows.first()).toBeFocused();
  await window.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  // Tab goes through the selected row's own controls (title, speakers, star), then out of the list.
  let presses = 0;
  while ((await focusedIn(window, '.catalogue-list')) && presses < 20) {
    await window.keyboard.press('Tab');
    presses += 1;
  }
  expect(await focusedIn(window, '.catalogue-list')).toBe(false);
  expect(presses).toBeLessThanOrEqual(8);
  // Shift+Tab comes back into the list on the selected row's controls, not the first row's.
  await window.keyboard.press('Shift+Tab');
  expect(await focusedIn(window, 'article.session[aria-current="true"]')).toBe(true);

  await rows.nth(1).focus();
  const title = (await rows.nth(1).locator('.session-title').textContent())!;
  await window.keyboard.press('Enter');
  const heading = window.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  // The sidebar: a click on My agenda lands on its heading too.
  await window.getByRole('link', { name: /My agenda/ }).click();
  await expect(window.getByRole('heading', { level: 1, name: 'My agenda' })).toBeFocused();
});
