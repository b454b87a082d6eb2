import { expect, saveScreenshot, test } from './fixtures';

test.describe('first launch', () => {
  test('shows the bundled sessions with no network, and search narrows the list', async ({ window }, testInfo) => {
    const sessions = window.locator('li.session');
    await expect(sessions.first()).toBeVisible();
    const total = await sessions.count();
    expect(total).toBeGreaterThanOrEqual(25);
    await expect(window.getByRole('heading', { name: 'Building a Platform Engineering API Layer with kcp' })).toBeVisible();
    await expect(window.getByRole('status').filter({ hasText: 'sessions' })).toHaveText(`${total} sessions`);
    await saveScreenshot(window, 'catalogue-first-launch', testInfo.project.name);

    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('kcp');
    await expect(sessions).toHaveCount(1);
    await expect(sessions.first().locator('mark')).toHaveText('kcp');

    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('developer');
    await expect(
      window.getByRole('heading', { name: 'Designing for Success: UX Principles for Internal Developer Platforms' }),
    ).toBeVisible();
    await expect(window.getByRole('heading', { name: 'Building a Platform Engineering API Layer with kcp' })).toHaveCount(0);
    await expect.poll(() => sessions.count()).toBeLessThan(total);
    await saveScreenshot(window, 'catalogue-search', testInfo.project.name);

    await window.getByRole('searchbox', { name: 'Search sessions' }).press('Escape');
    await expect(sessions).toHaveCount(total);
  });

  test('/ focuses the search box', async ({ window }) => {
    await expect(window.locator('li.session').first()).toBeVisible();
    await window.locator('main').click({ position: { x: 5, y: 200 } });
    await window.keyboard.press('/');
    await expect(window.getByRole('searchbox', { name: 'Search sessions' })).toBeFocused();
  });
});
