import { applyImport } from '../../src/core/store/apply-import';
import { expect, test } from './fixtures';
import { chooseEvent } from './harness/choose-event';

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Scaling <b>etcd</b>';
const HOSTILE_SPEAKER = '<script>window.__pwned=2</script>Mallory';

test('text from feeds is shown as text and never runs', async ({ window, backend }, testInfo) => {
  testInfo.skip(backend === null, 'seeds the store through the handler context, which only the Chromium run exposes');
  applyImport(backend!.db!, {
    source: { kind: 'feed', location: 'https://evil.example/feed.xml', title: '<script>alert(1)</script>' },
    sessions: [
      {
        sessionKey: 'EVIL1',
        url: 'javascript:window.__pwned=3',
        title: HOSTILE_TITLE,
        kind: 'talk',
        event: '<svg onload="window.__pwned=4">',
        track: '<style>body{display:none}</style>',
        date: null,
        start: null,
        end: null,
        timeZone: null,
        room: null,
        speakers: [{ name: HOSTILE_SPEAKER, affiliation: '<iframe src="https://evil.example">' }],
        abstract: '<a href="javascript:window.__pwned=5">click</a>',
        sourceItem: 'data:text/html,<script>window.__pwned=6</script>',
      },
    ],
  });
  await window.reload();
  // The hostile session's event is its own (undated), not the one the app opens on.
  await chooseEvent(window, 'All events');
  await window.getByRole('searchbox', { name: 'Search sessions' }).fill('etcd');
  await expect(window.getByRole('heading', { name: HOSTILE_TITLE })).toBeVisible();
  await expect(window.getByText(HOSTILE_SPEAKER)).toBeVisible();
  await window.getByRole('link', { name: HOSTILE_SPEAKER }).first().click();
  await expect(window.getByRole('heading', { name: HOSTILE_SPEAKER, level: 1 })).toBeVisible();
  await window.goBack();
  await window.getByRole('heading', { name: HOSTILE_TITLE }).getByRole('link').click();
  await expect(window.getByRole('heading', { name: HOSTILE_TITLE, level: 1 })).toBeVisible();
  expect(await window.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(window.locator('main img, main script, main iframe, main svg[onload], main style')).toHaveCount(0);
  await expect(window.locator('body')).toBeVisible();
});
