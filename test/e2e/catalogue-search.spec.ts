// The catalogue over a real schedule with speakers: typed queries, facets, keyboard, pages, persistence.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useSeededCatalogue } from './harness/seeded-catalogue';
import { chooseEvent } from './harness/choose-event';

useSeededCatalogue();

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search sessions' });
const status = (page: Page) => page.locator('.search-count');
const rows = (page: Page) => page.locator('article.session');
const titles = (page: Page) => page.locator('article.session .session-title');

async function ready(page: Page): Promise<number> {
  await expect(rows(page).first()).toBeVisible();
  // These searches run over the whole catalogue: KubeCon EU 2026 and the 2024 sessions of the bundled feed.
  await chooseEvent(page, 'All events');
  // The filter panel appears once the search index is built.
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible({ timeout: 15_000 });
  await expect(status(page)).toHaveText(/^\d+ sessions$/);
  return Number((await status(page).textContent())!.split(' ')[0]);
}

test('typed queries: diacritics both ways, typos, prefixes, phrases and exclusions', async ({ window }) => {
  const total = await ready(window);
  expect(total).toBeGreaterThan(500);
  // Every row carries its star (the agenda's toggle).
  await expect(
    window
      .locator('article.session')
      .first()
      .getByRole('button', { name: /^Star “/ }),
  ).toBeVisible();
  // The index was built in a Web Worker, not on the UI thread.
  expect(window.workers().map((w) => w.url())).toContainEqual(expect.stringContaining('index.worker'));

  await search(window).fill('selajev');
  await expect(titles(window)).toHaveText(['Simplified Inner and Outer Cloud Native Developer Loops']);
  await expect(rows(window).first().locator('.speaker mark')).toHaveText('Šelajev');

  await search(window).fill('Šelajev');
  await expect(titles(window)).toHaveText(['Simplified Inner and Outer Cloud Native Developer Loops']);

  await search(window).fill('petovradzius');
  await expect(titles(window)).toHaveText(['Panel: The Platform Rock-Paper-Scissors: Build, Adopt, Buy']);
  await expect(rows(window).first().locator('.speaker mark')).toHaveText('Petovradžius');
  await expect(rows(window).first()).toContainText('LEGO');

  await search(window).fill('obervability');
  await expect(status(window)).toHaveText(/^\d+ of \d+ sessions$/);
  const typo = Number((await status(window).textContent())!.split(' ')[0]);
  expect(typo).toBeGreaterThan(5);
  await expect(titles(window).first().locator('mark').first()).toHaveText(/observability/i);
  await search(window).fill('observability');
  await expect(status(window)).toHaveText(`${typo} of ${total} sessions`);

  await search(window).fill('kuberntes');
  await expect(titles(window).first().locator('mark').first()).toHaveText(/kubernetes/i);

  // The word being typed matches as a prefix.
  await search(window).fill('kyver');
  await expect(titles(window).first()).toContainText('Kyverno');
  await expect(titles(window).first().locator('mark')).toHaveText(/^Kyver/);

  await search(window).fill('"inner and outer"');
  await expect(titles(window)).toContainText(['Simplified Inner and Outer Cloud Native Developer Loops']);
  await search(window).fill('platform engineering');
  const both = Number((await status(window).textContent())!.split(' ')[0]);
  await search(window).fill('platform engineering -panel');
  await expect(status(window)).not.toHaveText(`${both} of ${total} sessions`);
  for (const title of await titles(window).allTextContents()) expect(title).not.toMatch(/panel/i);
});

test('facets: counts follow the query, several tracks at once, clear all', async ({ window }) => {
  const total = await ready(window);
  const facet = (name: string) => window.getByRole('group', { name: 'Track' }).locator('label', { hasText: name });
  const countOf = async (name: string) => Number(await facet(name).locator('.facet-count').textContent());

  const observability = await countOf('Observability');
  expect(observability).toBeGreaterThan(10);
  await facet('Observability').getByRole('checkbox').check();
  await expect(status(window)).toHaveText(`${observability} of ${total} sessions`);
  for (const chip of await window.locator('article.session .chip.track').allTextContents())
    expect(chip).toBe('Observability');

  const security = await countOf('Security');
  await facet('Security').getByRole('checkbox').check();
  await expect(status(window)).toHaveText(`${observability + security} of ${total} sessions`);

  // Counts follow the query: fewer Observability sessions mention OpenTelemetry.
  await search(window).fill('opentelemetry');
  await expect.poll(() => countOf('Observability')).toBeLessThan(observability);
  const narrowed = (await countOf('Observability')) + (await countOf('Security'));
  await expect(status(window)).toHaveText(`${narrowed} of ${total} sessions`);

  await window.getByRole('button', { name: 'Clear all' }).click();
  await search(window).fill('');
  await expect(status(window)).toHaveText(`${total} sessions`);

  // Kind, unscheduled and day work the same way.
  await window
    .getByRole('group', { name: 'Kind' })
    .getByRole('checkbox', { name: /Keynote/ })
    .check();
  for (const chip of await window.locator('article.session .chip[class*="kind-"]').allTextContents())
    expect(chip).toBe('Keynote');
  await window.getByRole('button', { name: 'Clear all' }).click();
  await window.getByRole('checkbox', { name: 'Unscheduled only' }).check();
  await expect(status(window)).toHaveText(/^\d+ of \d+ sessions$/);
  for (const time of await window.locator('article.session .session-time').allTextContents())
    expect(time).toMatch(/TBA|Unscheduled/);
});

test('"Starred only" shows a session starred a moment ago, and drops one just unstarred', async ({ window }) => {
  const total = await ready(window);
  await search(window).fill('selajev');
  await expect(titles(window)).toHaveText(['Simplified Inner and Outer Cloud Native Developer Loops']);
  await rows(window)
    .first()
    .getByRole('button', { name: /^Star “/ })
    .click();
  await search(window).fill('');
  await window.getByRole('checkbox', { name: 'Starred only' }).check();
  await expect(titles(window)).toHaveText(['Simplified Inner and Outer Cloud Native Developer Loops']);
  await expect(status(window)).toHaveText(`1 of ${total} sessions`);
  // going → maybe → not starred: two more presses take it off the agenda, and out of this list.
  const star = rows(window).first().locator('button.star-button');
  await star.click();
  await expect(titles(window)).toHaveCount(1);
  await star.click();
  await expect(status(window)).toHaveText(`0 of ${total} sessions`);
});

test('a long catalogue is virtualized and scrolls to its end by keyboard', async ({ window }) => {
  const total = await ready(window);
  expect(await rows(window).count()).toBeLessThan(60);
  await window.getByRole('group', { name: 'Day' }).getByRole('checkbox').first().check();
  await rows(window).first().locator('.session-title a').focus();
  await window.keyboard.press('Escape');
  await search(window).press('ArrowDown');
  await expect(rows(window).first()).toBeFocused();
  await window.keyboard.press('End');
  await expect(window.locator('article.session:focus')).toBeVisible();
  expect(await rows(window).count()).toBeLessThan(total);
});

test('keyboard: move, open, go back; speakers link to their page', async ({ window, openedUrls }) => {
  await ready(window);
  await search(window).fill('platform maturity');
  await expect(titles(window).first()).toHaveText('State of Platform Maturity in the Norwegian Public Sector');
  await search(window).fill('bloomberg workflow');
  await search(window).press('ArrowDown');
  await expect(rows(window).first()).toBeFocused();
  await window.keyboard.press('Enter');
  await expect(window.getByRole('heading', { level: 1 })).toHaveText(
    'Bloomberg’s Journey to a Multi-Cluster Workflow Orchestration Platform',
  );
  await expect(window.locator('.facts').getByRole('link', { name: 'Reinhard Tartler' })).toBeVisible();
  // Both sources are listed: the bundled feed and the hand-checked batch.
  await expect(window.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(2);
  await window.getByRole('link', { name: 'Sched page' }).click();
  await expect.poll(() => openedUrls.length).toBe(1);
  expect(openedUrls[0]).toMatch(/^https:\/\/kccnceu2024\.sched\.com\/event\/1YeLy/);

  await window.keyboard.press('Escape');
  await expect(search(window)).toHaveValue('bloomberg workflow');
  await expect(rows(window).first()).toBeFocused();

  // j/k move between rows.
  await search(window).fill('kyverno');
  await search(window).press('ArrowDown');
  const first = await rows(window).nth(0).getAttribute('data-session-key');
  await window.keyboard.press('j');
  await expect(rows(window).nth(1)).toBeFocused();
  await window.keyboard.press('k');
  await expect(window.locator(`article.session[data-session-key="${first}"]`)).toBeFocused();
  await window.keyboard.press('Escape');
  await expect(search(window)).toBeFocused();

  await search(window).fill('selajev');
  await rows(window).first().getByRole('link', { name: 'Oleg Šelajev' }).click();
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Oleg Šelajev');
  await expect(window.locator('.speaker-affiliation')).toHaveText('AtomicJar');
  await expect(
    window.getByRole('heading', { name: 'Simplified Inner and Outer Cloud Native Developer Loops' }),
  ).toBeVisible();
  await window.getByRole('link', { name: 'Alice Gibbons' }).first().click();
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Alice Gibbons');
  await window.keyboard.press('Escape');
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Oleg Šelajev');
});

test('a session page shows time in the event zone, the abstract and what else is on', async ({ window }) => {
  await ready(window);
  await search(window).fill('thanos parquet');
  await expect(status(window)).toHaveText(/^1 of/);
  await titles(window).first().getByRole('link').click();
  await expect(window.getByRole('heading', { level: 1 })).toHaveText(
    'Accelerating Thanos at Scale: Faster and Cheaper Queries With Parquet',
  );
  await expect(window.locator('.facts')).toContainText('Amsterdam time');
  await expect(
    window.getByRole('region', { name: 'At the same time' }).locator('article.session').first(),
  ).toBeVisible();
  await expect(window.getByRole('region', { name: 'Changed on the last import' })).toContainText('New session');
});

test('query and filters survive a restart; hide past sessions follows the clock', async ({ window }) => {
  const total = await ready(window);
  await search(window).fill('kubernetes');
  await window
    .getByRole('group', { name: 'Track' })
    .getByRole('checkbox', { name: /Maintainer Track/ })
    .check();
  const narrowed = await status(window).textContent();
  await window.reload();
  await expect(search(window)).toHaveValue('kubernetes');
  await expect(
    window.getByRole('group', { name: 'Track' }).getByRole('checkbox', { name: /Maintainer Track/ }),
  ).toBeChecked();
  await expect(status(window)).toHaveText(narrowed!);

  await window.getByRole('button', { name: 'Clear all' }).click();
  await search(window).fill('');
  await window.clock.setFixedTime(new Date('2026-03-25T12:00:00Z'));
  await window.reload();
  await window.getByRole('checkbox', { name: 'Hide past sessions' }).check();
  await expect(status(window)).toHaveText(/^\d+ of \d+ sessions$/);
  const upcoming = Number((await status(window).textContent())!.split(' ')[0]);
  expect(upcoming).toBeLessThan(total);
  await expect(window.locator('.day-heading').first()).toContainText('Wednesday, 25 March 2026');
});

test('local time can be shown next to the event time', async ({ browser: _unused, window }) => {
  await ready(window);
  await search(window).fill('thanos parquet');
  await expect(window.locator('article.session .local-time')).toHaveCount(0);
  await window.getByRole('checkbox', { name: 'Show my local time' }).check();
  // The test browser runs in UTC; Amsterdam is an hour ahead in March.
  await expect(window.locator('article.session .session-time')).toContainText('your time');
});
