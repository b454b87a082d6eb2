// Accessibility scan (axe-core) and screenshots of the catalogue, a session page and a speaker page, light and dark.
import { expect, saveScreenshot, test } from './fixtures';
import { axeViolations } from './harness/axe';
import { useSeededCatalogue } from './harness/seeded-catalogue';
import { chooseEvent } from './harness/choose-event';

useSeededCatalogue();

for (const scheme of ['light', 'dark'] as const) {
  test(`catalogue, session and speaker pages pass axe in ${scheme} mode`, async ({ window }, testInfo) => {
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
    expect(await axeViolations(window, 'serious')).toEqual([]);
    await saveScreenshot(window, `catalogue-${scheme}`, testInfo.project.name);

    await window.getByRole('button', { name: 'Clear all' }).click();
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('');
    await expect(window.locator('.day-heading').first()).toBeVisible();
    await saveScreenshot(window, `catalogue-by-day-${scheme}`, testInfo.project.name);

    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('gateway api ingress');
    await window.locator('article.session .session-title a').first().click();
    await expect(window.getByRole('heading', { level: 1 })).toContainText('Gateway API');
    expect(await axeViolations(window, 'serious')).toEqual([]);
    await saveScreenshot(window, `session-page-${scheme}`, testInfo.project.name);

    await window.getByRole('link', { name: 'Katarzyna Łach' }).click();
    await expect(window.getByRole('heading', { level: 1 })).toHaveText('Katarzyna Łach');
    expect(await axeViolations(window, 'serious')).toEqual([]);
    await saveScreenshot(window, `speaker-page-${scheme}`, testInfo.project.name);
  });
}
