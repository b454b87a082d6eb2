// My agenda on the real KubeCon EU 2026 Tuesday: a chain of overlaps shown as the separate conflicts
// it is, speakers on the cards, notes that grow, and free-slot suggestions that say why.
import { applyImport } from '../../src/core/store/apply-import';
import { setStar } from '../../src/core/store/agenda';
import { listSessions } from '../../src/core/store/read-sessions';
import { IDS, schedBatch } from '../support/agenda-db';
import { expect, saveScreenshot, test } from './fixtures';

test('a chain of overlaps is two conflicts; cards show speakers; notes grow; suggestions say why', async ({
  window,
  backend,
}, testInfo) => {
  test.skip(backend === null, 'needs the handler context behind the window (Chromium project)');
  const db = backend!.db!;
  applyImport(db, schedBatch());
  const idOf = (prefix: string) => listSessions(db).find((s) => s.sessionKey.startsWith(prefix))!.sessionKey;
  // The 10:03 keynote; 11:15–11:45 twice, the 11:30–13:30 Capture The Flag, the 12:00–12:30 Ray Serve talk.
  for (const key of [idOf('779f63b3'), IDS.leastPrivilege, IDS.agentKeys, idOf('b63d6b44'), idOf('389058fe')])
    setStar(db, key, 'going');
  await window.reload();
  await window.getByRole('link', { name: /My agenda/ }).click();
  await expect(window.getByRole('heading', { level: 1, name: 'My agenda' })).toBeFocused();
  await expect(window.getByRole('status').filter({ hasText: 'starred session' })).toHaveText(
    '5 starred sessions · 2 conflicts',
  );
  const first = window.getByRole('group', { name: 'Conflict: 3 sessions overlap' });
  await expect(first).toContainText('Conflict 11:30 – 11:45');
  await expect(first.getByRole('article')).toHaveCount(3);
  const second = window.getByRole('group', { name: 'Conflict: 2 sessions overlap' });
  await expect(second).toContainText('Conflict 12:00 – 12:30');
  // The workshop under both is a card in the first conflict and named in the second.
  await expect(second.getByRole('article')).toHaveCount(1);
  await expect(second).toContainText('An Introduction to Capture The Flag” (above)');

  const card = window.getByRole('article', { name: /^Least-Privilege for AI/ });
  await expect(card.getByRole('link', { name: 'Nina Polshakova' })).toBeVisible();
  const note = card.getByRole('textbox', { name: /My note on/ });
  const before = (await note.boundingBox())!.height;
  await note.fill('Ask about:\n- the token broker\n- audit logs\n- MCP scopes\n- rotation');
  expect((await note.boundingBox())!.height).toBeGreaterThan(before + 30);

  const free = window.getByRole('complementary', { name: /^Free / }).first();
  // Between the keynote and the 11:15 talks: the other keynotes first, because a keynote is starred.
  await expect(free.getByRole('listitem').first()).toContainText('Keynote Sessions track, like 1 of your sessions');
  await saveScreenshot(window, 'agenda-conflicts', testInfo.project.name);
});
