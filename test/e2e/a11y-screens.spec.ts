// axe-core over every screen and dialog, light and dark: zero violations of any impact.
import path from 'node:path';
import { expect, ROOT, test } from './fixtures';
import { axeViolations } from './harness/axe';
import { useSeededCatalogue } from './harness/seeded-catalogue';

useSeededCatalogue();

const ICS = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen and dialog passes axe in ${scheme} mode`, async ({ window, backend }) => {
    // Eleven axe runs over the 600-session catalogue: over a minute on a loaded two-core machine.
    test.setTimeout(180_000);
    backend!.now = () => new Date('2026-03-24T10:20:00Z');
    await window.emulateMedia({ colorScheme: scheme });
    await expect(window.locator('article.session').first()).toBeVisible({ timeout: 15_000 });
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      found[name] = await axeViolations(window);
    };
    await check('catalogue');

    // Star two sessions so the agenda has cards, a conflict and a free slot.
    const stars = window.locator('article.session .star-button');
    await stars.nth(0).click();
    await stars.nth(1).click();
    await window.keyboard.press('?');
    await expect(window.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check('shortcuts dialog');
    await window.keyboard.press('Escape');

    // A session with speakers, so its page links to a speaker page.
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('gateway api ingress');
    await window.locator('article.session .session-title a').first().click();
    await expect(window.getByRole('heading', { level: 1 })).toBeFocused();
    await check('session page');
    await window.locator('.facts .speaker-link').first().click();
    await expect(window.locator('.speaker-page')).toBeVisible();
    await check('speaker page');

    for (const [label, heading] of [
      ['My agenda', 'My agenda'],
      ['Team', 'Team'],
      ['Changes', null],
      ['Sources', 'Sources'],
      ['Timetable', null],
    ] as const) {
      await window
        .getByRole('navigation')
        .getByRole('link', { name: new RegExp(`^${label}`) })
        .click();
      if (heading) await expect(window.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      else await expect(window.locator('main h1')).toBeAttached();
      await check(label);
      if (label === 'Sources') {
        await window.getByRole('button', { name: 'Remove' }).first().click();
        await expect(window.getByRole('dialog', { name: /^Remove / })).toBeVisible();
        await check('remove source dialog');
        await window.getByRole('button', { name: 'Keep it' }).click();
      }
    }

    await window.getByLabel('Schedule or feed file to import').setInputFiles(ICS);
    await expect(window.getByRole('dialog').getByTestId('import-format')).toBeVisible();
    await check('import dialog');

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
}
