// The timetable over the real KubeCon EU 2026 catalogue: day tabs, Now and the now-line, arrow keys,
// starring with s, opening with Enter, the catalogue's filters, and axe in both themes.
import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures';
import { axeViolations } from './harness/axe';
import { useSeededCatalogue } from './harness/seeded-catalogue';

useSeededCatalogue();

const grid = (page: Page) => page.getByRole('region', { name: /sessions? in \d+ rooms?$/ });
const cells = (page: Page) => page.locator('.tt-cell');
const focused = (page: Page) => page.locator('.tt-cell:focus');

async function openTimetable(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Timetable' }).click();
  await expect(grid(page)).toBeVisible();
  await expect(cells(page).first()).toBeVisible();
}

/** A cell's room column, start and end (epoch ms), as the page drew it. */
async function place(cell: Locator): Promise<{ column: number; start: number; end: number; key: string }> {
  return cell.evaluate((el) => ({
    column: Number(el.getAttribute('data-column')),
    start: Number(el.getAttribute('data-start')),
    end: Number(el.getAttribute('data-end')),
    key: el.getAttribute('data-session-key')!,
  }));
}

test('day tabs, Now, arrows, s and Enter on the KubeCon EU 2026 grid', async ({ window }, testInfo) => {
  // Tuesday 24 March 2026, 11:20 in Amsterdam.
  const now = Date.parse('2026-03-24T11:20:00+01:00');
  await window.clock.setFixedTime(now);
  await openTimetable(window);

  const tabs = window.getByRole('tablist', { name: 'Days' }).getByRole('tab');
  await expect(tabs).toHaveText([
    /^Sun 22 Mar/,
    /^Mon 23 Mar/,
    /^Tue 24 Mar/,
    /^Wed 25 Mar/,
    /^Thu 26 Mar/,
    /^Fri 27 Mar/,
  ]);

  await window.getByRole('tab', { name: /^Wed 25 Mar/ }).click();
  await expect(window.getByRole('tab', { name: /^Wed 25 Mar/ })).toHaveAttribute('aria-selected', 'true');
  // The tab's count is the grid's: every session of the day is placed.
  const wednesday = Number(
    await window
      .getByRole('tab', { name: /^Wed 25 Mar/ })
      .locator('.tt-day-count')
      .textContent(),
  );
  expect(wednesday).toBeGreaterThan(150);
  await expect(grid(window)).toHaveAccessibleName(
    new RegExp(`^Wednesday, 25 March 2026: ${wednesday} sessions in \\d+ rooms$`),
  );
  // Only the part in view is in the DOM.
  await expect(cells(window).first()).toBeVisible();
  const shown = await cells(window).count();
  expect(shown).toBeGreaterThan(5);
  expect(shown).toBeLessThan(wednesday);
  await expect(window.locator('[data-testid="now-line"]')).toHaveCount(0);

  await window.getByRole('button', { name: 'Now' }).click();
  await expect(window.getByRole('tab', { name: /^Tue 24 Mar/ })).toHaveAttribute('aria-selected', 'true');
  await expect(window.locator('[data-testid="now-line"]')).toBeVisible();
  await expect(window.locator('.tt-now-label')).toHaveText('11:20');
  // The session that holds the focus is running at 11:20.
  await expect(focused(window)).toHaveCount(1);
  const atNow = await place(focused(window));
  expect(atNow.start).toBeLessThanOrEqual(now);
  expect(atNow.end).toBeGreaterThan(now);
  await saveScreenshot(window, 'timetable', testInfo.project.name);

  // ↓: the next session in the same room, later.
  await window.keyboard.press('ArrowDown');
  const below = await place(focused(window));
  expect(below.column).toBe(atNow.column);
  expect(below.start).toBeGreaterThanOrEqual(atNow.start);
  expect(below.key).not.toBe(atNow.key);
  // →: a room to the right.
  await window.keyboard.press('ArrowRight');
  const right = await place(focused(window));
  expect(right.column).toBeGreaterThanOrEqual(below.column);
  expect(right.key).not.toBe(below.key);
  // ←: back where we were.
  await window.keyboard.press('ArrowLeft');
  expect((await place(focused(window))).column).toBeLessThanOrEqual(right.column);
  await window.keyboard.press('ArrowRight');
  expect((await place(focused(window))).key).toBe(right.key);

  // s stars it (going), again makes it maybe; the sidebar's agenda count follows.
  await window.keyboard.press('s');
  await expect(focused(window)).toHaveAttribute('data-status', 'going');
  await expect(window.getByRole('link', { name: /My agenda/ })).toContainText('1');
  await window.keyboard.press('s');
  await expect(focused(window)).toHaveAttribute('data-status', 'maybe');

  // Enter opens the session; Esc comes back to the same day with the same session focused.
  const title = await focused(window).locator('.tt-title').textContent();
  await window.keyboard.press('Enter');
  // (The cell may show the title without its room's name in front: the page shows it whole.)
  await expect(window.getByRole('heading', { level: 1 })).toContainText(title!);
  await window.keyboard.press('Escape');
  await expect(grid(window)).toBeVisible();
  await expect(window.getByRole('tab', { name: /^Tue 24 Mar/ })).toHaveAttribute('aria-selected', 'true');
  await expect(focused(window)).toHaveAttribute('data-session-key', right.key);
  await expect(focused(window)).toHaveAttribute('data-status', 'maybe');
});

test('hour labels clear the sticky header, room names leave the titles, a 5-minute session fits its line', async ({
  window,
}) => {
  await window.clock.setFixedTime(Date.parse('2026-03-24T11:20:00+01:00'));
  await openTimetable(window);
  const header = (await window.locator('.tt-head').boundingBox())!;
  const headerBottom = header.y + header.height;
  // The first label below the header is whole, after opening a day and after Now.
  const firstLabelTop = () =>
    window.locator('.tt-slot').evaluateAll(
      (els, bottom) =>
        els
          .filter((el) => el.textContent !== '')
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.bottom > bottom)
          .sort((a, b) => a.top - b.top)[0]?.top ?? -1,
      headerBottom,
    );
  await window.getByRole('tab', { name: /^Tue 24 Mar/ }).click();
  expect(await firstLabelTop()).toBeGreaterThanOrEqual(headerBottom);
  await window.getByRole('button', { name: 'Now' }).click();
  await expect(window.locator('[data-testid="now-line"]')).toBeVisible();
  expect(await firstLabelTop()).toBeGreaterThanOrEqual(headerBottom);

  // Sched's "Cloud Native Theater | …" titles, in the Cloud Native Theater's column, start with the talk.
  const theatre = cells(window).filter({ hasText: 'Cloud Native University' }).first();
  await expect(theatre).toBeVisible();
  await expect(theatre.locator('.tt-title')).toHaveText(/^(\d\d:\d\d–\d\d:\d\d )?Cloud Native University: /);
  await expect(theatre).toHaveAttribute('aria-label', /: Cloud Native Theater \| Cloud Native University: /);

  // A 5-minute session: its start and title on one line that is not cut; focused, it shows it all.
  const short = cells(window).and(window.locator('.short')).first();
  await expect(short).toBeVisible();
  const fits = await short.evaluate((cell) => {
    const box = cell.getBoundingClientRect();
    const title = cell.querySelector('.tt-title')!.getBoundingClientRect();
    return { box: box.height, top: title.top >= box.top, bottom: title.bottom <= box.bottom + 0.5 };
  });
  expect(fits).toEqual({ box: 15, top: true, bottom: true });
  await expect(short.locator('.tt-time')).toHaveText(/^\d\d:\d\d$/);
  await short.focus();
  const opened = await short.evaluate((cell) => {
    const title = cell.querySelector('.tt-title')!;
    return { height: cell.getBoundingClientRect().height, cut: title.scrollWidth > title.clientWidth + 1 };
  });
  expect(opened.height).toBeGreaterThan(15);
  expect(opened.cut).toBe(false);
});

test("the catalogue's search and filters narrow the grid, and the list shows the same", async ({ window }) => {
  await window.clock.setFixedTime(Date.parse('2026-03-24T11:20:00+01:00'));
  await openTimetable(window);
  const tuesday = window.getByRole('tab', { name: /^Tue 24 Mar/ });
  const before = Number(await tuesday.locator('.tt-day-count').textContent());

  await window.getByRole('button', { name: 'Filters' }).click();
  const tracks = window.getByRole('group', { name: 'Track' });
  await expect(tracks).toBeVisible({ timeout: 15_000 });
  const showAll = tracks.getByRole('button', { name: /^Show all/ });
  if (await showAll.isVisible()) await showAll.click();
  await tracks.getByRole('checkbox', { name: /^Maintainer Track/ }).check();

  // Fewer sessions on Tuesday, and every one shown is a Maintainer Track session.
  await expect(tuesday.locator('.tt-day-count')).not.toHaveText(String(before));
  await tuesday.click();
  await expect(cells(window).first()).toBeVisible();
  for (const label of await cells(window).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))
    expect(label).toContain(', Maintainer Track');
  const filtered = Number(await tuesday.locator('.tt-day-count').textContent());
  expect(filtered).toBeLessThan(before);
  await expect(grid(window)).toHaveAccessibleName(new RegExp(`: ${filtered} sessions? in \\d+ rooms?$`));

  // A search narrows further.
  await window.getByRole('searchbox', { name: 'Search sessions' }).fill('kubernetes');
  // Counted within the event in focus (KubeCon EU 2026: 569 sessions, its breaks apart), not the
  // whole catalogue with the bundled 2024 feed.
  await expect(window.locator('.search-count')).toHaveText(/^\d+ of 569 sessions$/);
  for (const label of await cells(window).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))
    expect(label).toContain(', Maintainer Track');

  // The list has the same view.
  await window.getByRole('link', { name: /^Catalogue/ }).click();
  await expect(window.getByRole('searchbox', { name: 'Search sessions' })).toHaveValue('kubernetes');
  await expect(
    window.getByRole('group', { name: 'Track' }).getByRole('checkbox', { name: /^Maintainer Track/ }),
  ).toBeChecked();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the timetable passes axe in ${scheme} mode`, async ({ window }, testInfo) => {
    await window.emulateMedia({ colorScheme: scheme });
    await window.clock.setFixedTime(Date.parse('2026-03-24T11:20:00+01:00'));
    await openTimetable(window);
    await window.getByRole('button', { name: 'Now' }).click();
    await expect(window.locator('[data-testid="now-line"]')).toBeVisible();
    // One going and one maybe, so both star states are scanned.
    await window.keyboard.press('s');
    await window.keyboard.press('ArrowDown');
    await window.keyboard.press('s');
    await window.keyboard.press('s');
    await expect(window.locator('.tt-cell.star-maybe')).toHaveCount(1);
    await window.getByRole('button', { name: 'Filters' }).click();
    await expect(window.getByRole('complementary', { name: 'Filters' })).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(window, 'serious')).toEqual([]);
    await window.getByRole('button', { name: 'Filters' }).click();
    await saveScreenshot(window, `timetable-${scheme}`, testInfo.project.name);
  });
}

test('↓ from the search box enters the grid, Esc goes back up, and ? lists the timetable keys', async ({ window }) => {
  await openTimetable(window);
  const search = window.getByRole('searchbox', { name: 'Search sessions' });
  await search.focus();
  await window.keyboard.press('ArrowDown');
  await expect(focused(window)).toHaveCount(1);
  const first = await place(focused(window));
  await window.keyboard.press('Escape');
  await expect(search).toBeFocused();
  await window.keyboard.press('ArrowDown');
  expect((await place(focused(window))).key).toBe(first.key);
  await window.keyboard.press('?');
  await expect(window.getByRole('heading', { name: 'Timetable', level: 3 })).toBeVisible();
  await expect(window.getByText('Session at the same time, one room right')).toBeVisible();
});
