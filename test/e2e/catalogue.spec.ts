import { expect, saveScreenshot, test } from './fixtures';

test.describe('first launch', () => {
  test('shows the bundled sessions with no network, and search narrows the list', async ({ window }, testInfo) => {
    const sessions = window.locator('article.session');
    await expect(sessions.first()).toBeVisible();
    const status = window.getByRole('status').filter({ hasText: 'sessions' });
    await expect(status).toHaveText(/^\d+ sessions$/);
    const total = Number((await status.textContent())!.split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(25);
    // Grouped by day: the recap's sessions sit under the days of KubeCon EU 2024.
    await expect(window.locator('.day-heading').first()).toContainText('2024');
    await saveScreenshot(window, 'catalogue-first-launch', testInfo.project.name);

    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('kcp');
    await expect(sessions).toHaveCount(1);
    await expect(sessions.first().locator('mark')).toHaveText('kcp');
    await expect(status).toHaveText(`1 of ${total} sessions`);

    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('developer');
    await expect(
      window.getByRole('heading', { name: 'Designing for Success: UX Principles for Internal Developer Platforms' }),
    ).toBeVisible();
    await expect(
      window.getByRole('heading', { name: 'Building a Platform Engineering API Layer with kcp' }),
    ).toHaveCount(0);
    await expect(status).not.toHaveText(`${total} of ${total} sessions`);
    await saveScreenshot(window, 'catalogue-search', testInfo.project.name);

    await window.getByRole('searchbox', { name: 'Search sessions' }).press('Escape');
    await expect(status).toHaveText(`${total} sessions`);
  });

  test('/ focuses the search box', async ({ window }) => {
    await expect(window.locator('article.session').first()).toBeVisible();
    await window.locator('.catalogue-list').click({ position: { x: 5, y: 5 } });
    await expect(window.getByRole('searchbox', { name: 'Search sessions' })).not.toBeFocused();
    await window.keyboard.press('/');
    await expect(window.getByRole('searchbox', { name: 'Search sessions' })).toBeFocused();
  });
});
