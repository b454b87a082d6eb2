// The timetable at 10,000 sessions: a day of thousands keeps only the cells in view in the page,
// wherever it is scrolled, and the keyboard still walks it.
import type { Page } from '@playwright/test';
import { generateCatalogue, vocabulary } from '../bench/generate-catalogue';
import type { SessionRecord } from '../../src/shared/types';
import { expect, test } from './fixtures';
import { chooseEvent } from './harness/choose-event';

const SIZE = 10_000;
const records: SessionRecord[] = generateCatalogue(vocabulary(), SIZE).map(
  ({ status: _status, agenda: _agenda, note: _note, changes: _changes, ...record }) => record,
);

test.describe.configure({ timeout: 150_000 }); // seeding 10,000 sessions takes a while on a loaded machine
test.use({
  seedBatches: {
    batches: [
      { source: { kind: 'schedule', location: 'generated-10k.ics', title: 'Generated, 10k' }, sessions: records },
    ],
  },
});
// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the seeded catalogue is stored through the in-process backend');
});

/**
 * The cells and room headers in the page against the grid's visible area: every cell lies within
 * `marginY` px of it vertically and inside a rendered room's column, and the rooms rendered are those
 * in view plus at most one to each side (the overscan).
 */
async function cellsAgainstView(page: Page, marginY: number) {
  return page.locator('.tt-scroll').evaluate((scroller, y) => {
    const view = scroller.getBoundingClientRect();
    const rooms = [...scroller.querySelectorAll('.tt-room')].map((r) => r.getBoundingClientRect());
    const roomsInView = rooms.filter((r) => r.right > view.left && r.left < view.right).length;
    const cells = [...scroller.querySelectorAll('.tt-cell')];
    const outside = cells.filter((cell) => {
      if (cell.getAttribute('aria-current') === 'true') return false; // the selection always stays
      const r = cell.getBoundingClientRect();
      const inRoom = rooms.some((room) => r.left >= room.left - 1 && r.right <= room.right + 1);
      return !inRoom || r.bottom < view.top - y || r.top > view.bottom + y;
    });
    return {
      count: cells.length,
      rooms: rooms.length,
      roomsInView,
      outside: outside.map((c) => c.getAttribute('aria-label')),
    };
  }, marginY);
}

test('a day of thousands of sessions renders only the cells in view, wherever it is scrolled', async ({ window }) => {
  // The generated archive spans several events; the day of thousands is all of them together.
  await chooseEvent(window, 'All events');
  await window.getByRole('link', { name: 'Timetable' }).click();
  const wednesday = window.getByRole('tab', { name: /^Wed 25 Mar/ });
  await wednesday.click();
  const day = Number(await wednesday.locator('.tt-day-count').textContent());
  expect(day).toBeGreaterThan(2000);
  const grid = window.getByRole('region', { name: /^Wednesday, 25 March 2026: \d+ sessions in \d+ rooms$/ });
  await expect(grid).toBeVisible();
  await expect(window.locator('.tt-cell').first()).toBeVisible();

  // Overscan: up to five 45 px slots above and below.
  const margin = 5 * 45;
  const top = await cellsAgainstView(window, margin);
  expect(top.outside).toEqual([]);
  expect(top.rooms).toBeLessThanOrEqual(top.roomsInView + 2);
  expect(top.count).toBeGreaterThan(0);
  expect(top.count).toBeLessThan(day / 10);
  // Rooms are virtualized too.
  expect(top.rooms).toBeLessThan(Number((await grid.getAttribute('aria-label'))!.match(/in (\d+) rooms/)![1]));

  // Far down and right: other cells, still only those in view.
  const firstKeys = await window
    .locator('.tt-cell')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-session-key')));
  await window
    .locator('.tt-scroll')
    .evaluate((el) => el.scrollTo({ top: el.scrollHeight * 0.6, left: el.scrollWidth * 0.6 }));
  await expect(window.locator('.tt-cell').first()).not.toHaveAttribute('data-session-key', firstKeys[0]!);
  await expect
    .poll(async () => (await cellsAgainstView(window, margin)).outside, { message: 'cells outside the view' })
    .toEqual([]);
  const far = await cellsAgainstView(window, margin);
  expect(far.count).toBeGreaterThan(0);
  expect(far.rooms).toBeLessThanOrEqual(far.roomsInView + 2);
  expect(far.count).toBeLessThan(day / 10);
  const farKeys = await window
    .locator('.tt-cell')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-session-key')));
  expect(farKeys.filter((k) => firstKeys.includes(k))).toEqual([]);

  // The keyboard walks a room at this size too: ↓ lands on a later session in the same room.
  await window
    .locator('.tt-cell')
    .first()
    .click({ position: { x: 4, y: 4 } });
  const from = await window
    .locator('.tt-cell:focus')
    .evaluate((el) => [el.getAttribute('data-column'), Number(el.getAttribute('data-start'))]);
  await window.keyboard.press('ArrowDown');
  const to = await window
    .locator('.tt-cell:focus')
    .evaluate((el) => [el.getAttribute('data-column'), Number(el.getAttribute('data-start'))]);
  expect(to[0]).toBe(from[0]);
  expect(to[1]).toBeGreaterThanOrEqual(from[1] as number);
});
