// The catalogue's list density at 1280×860 over the real KubeCon EU 2026 catalogue: compact rows fit
// at least 15 sessions on the screen (comfortable cards about 5), and the choice survives a reload.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useSeededCatalogue } from './harness/seeded-catalogue';

useSeededCatalogue();

/** Session rows wholly inside the list's visible box. */
async function visibleRows(page: Page): Promise<number> {
  return page.locator('.catalogue-list').evaluate((list) => {
    const box = list.getBoundingClientRect();
    return [...list.querySelectorAll('article.session')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom && r.height > 0;
    }).length;
  });
}

test('compact rows fit 15 or more sessions at 1280×860, and the choice is kept', async ({ window }) => {
  await window.setViewportSize({ width: 1280, height: 860 });
  await expect(window.locator('article.session').first()).toBeVisible({ timeout: 15_000 });
  const density = window.getByRole('group', { name: 'List density' });
  await expect(density.getByRole('button', { name: 'Comfortable' })).toHaveAttribute('aria-pressed', 'true');
  const comfortable = await visibleRows(window);

  await density.getByRole('button', { name: 'Compact' }).click();
  await expect(density.getByRole('button', { name: 'Compact' })).toHaveAttribute('aria-pressed', 'true');
  await expect(window.locator('article.session.dense').first()).toBeVisible();
  const compact = await visibleRows(window);
  expect(compact).toBeGreaterThanOrEqual(15);
  expect(compact).toBeGreaterThanOrEqual(comfortable * 2);
  // A compact row still names its day and time (ranked results are not grouped), title, speakers and room.
  const search = window.getByRole('searchbox', { name: 'Search sessions' });
  await search.fill('Accelerating Thanos at Scale');
  const row = window.locator('article.session.dense').first();
  await expect(row.locator('.session-title')).toContainText('Accelerating Thanos at Scale');
  await expect(row.locator('.session-time')).toHaveText(/^Tue 24 Mar 11:15 – 11:45$/);
  await expect(row.locator('.speaker-link').first()).toBeVisible();
  await expect(row.locator('.room')).not.toBeEmpty();
  await search.fill('');

  // The keyboard still walks the compact list.
  await search.focus();
  await window.keyboard.press('ArrowDown');
  await window.keyboard.press('ArrowDown');
  await expect(window.locator('article.session.dense:focus')).toHaveCount(1);

  await window.reload();
  await expect(window.locator('article.session.dense').first()).toBeVisible({ timeout: 15_000 });
  await expect(density.getByRole('button', { name: 'Compact' })).toHaveAttribute('aria-pressed', 'true');
  expect(await visibleRows(window)).toBeGreaterThanOrEqual(15);

  await density.getByRole('button', { name: 'Comfortable' }).click();
  await expect(window.locator('article.session.dense')).toHaveCount(0);
  expect(await visibleRows(window)).toBe(comfortable);
});
