import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, saveScreenshot, test } from './fixtures';

const ICS = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-all.ics');
const CROSSPLANE = '442db1ee1ff99470352c17b8e1b82a27';
const TRUNCATED = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');
const NETWORK_DRIVER = 'b3baba1cfb52fdb5cb4924e1a19d9e52';

/** Drops a file on the window the way a file manager does: a DataTransfer built in the page. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      // Runs in the page; this project's type check has no DOM library.
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const data = new page.DataTransfer();
      data.items.add(new page.File([content], fileName, { type: 'text/plain' }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

test.describe('importing a schedule', () => {
  test('drop a Sched export: preview, confirm, sessions and the Changes view; a newer export shows what moved', async ({
    window,
    backend,
  }, testInfo) => {
    // Three imports of the 596-session export and their views: more than the default minute on a loaded machine.
    test.setTimeout(150_000);
    await expect(window.locator('article.session').first()).toBeVisible();
    const original = fs.readFileSync(ICS, 'utf8');
    await dropFile(window, 'all.ics', original);

    const dialog = window.getByRole('dialog', { name: 'Import all.ics' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('import-format')).toHaveText('iCalendar (.ics)');
    await expect(dialog).toContainText('KubeCon + CloudNativeCon Europe 2026');
    const counts = dialog.getByRole('list', { name: 'What the import changes' });
    await expect(counts).toContainText('596 new');
    await expect(counts).toContainText('0 skipped');
    await saveScreenshot(window, 'import-preview', testInfo.project.name);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    await expect(window).toHaveURL(/#\/changes$/);
    await expect(window.getByRole('status').filter({ hasText: '596 new' })).toBeVisible();
    await window.getByRole('link', { name: /Catalogue/ }).click();
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('Crossplane Cloud Native Framework');
    const row = window.locator(`article.session[data-session-key="${CROSSPLANE}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText('Jared Watts');
    await expect(row).toContainText('Amtrium 1+2');
    // Breaks and badge pick-up are kept but not listed as sessions.
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('Badge Pick-Up');
    await expect(window.locator('article.session')).toHaveCount(0);

    // Star the talk, then import a newer export where it moved: the Changes view leads with it.
    test.skip(backend === null, 'starring goes through the backend handle of the chromium project');
    backend!
      .db!.prepare("INSERT INTO agenda (session_key, status, updated_at) VALUES (?, 'going', 'now')")
      .run(CROSSPLANE);
    const moved = original.replace(
      /(DTSTART:)20260324T141500Z(\r?\nDTEND:)20260324T144500Z(\r?\nSUMMARY:Crossplane)/,
      '$120260324T161500Z$220260324T164500Z$3',
    );
    expect(moved).not.toBe(original);
    await dropFile(window, 'all (1).ics', moved);
    const second = window.getByRole('dialog', { name: 'Import all (1).ics' });
    await expect(second.getByRole('list', { name: 'What the import changes' })).toContainText('1 changed');
    await expect(second.getByRole('list', { name: 'What the import changes' })).toContainText('595 unchanged');
    await second.getByRole('button', { name: 'Import', exact: true }).click();

    await expect(window).toHaveURL(/#\/changes$/);
    const first = window.locator('li.change-entry').first();
    await expect(first).toHaveAttribute('data-session-key', CROSSPLANE);
    await expect(first).toContainText('★');
    await expect(first).toContainText('Time changed');
    await expect(first).toContainText('Tue 24 Mar, 15:15 → Tue 24 Mar, 17:15');
    await expect(window.locator('li.change-entry')).toHaveCount(1);
    // Where it is now, and a link to it.
    await expect(first.locator('.change-where')).toHaveText('Now: Tue 24 Mar · 17:15 · Amtrium 1+2');
    await expect(first.getByRole('link', { name: /^Crossplane/ })).toHaveAttribute('href', `#/session/${CROSSPLANE}`);
    await saveScreenshot(window, 'import-changes', testInfo.project.name);

    // Both imports are in the history (after the bundled feed's); the first one's 596 new sessions are listed on request.
    const history = window.getByRole('navigation', { name: 'Import history' }).getByRole('button');
    await expect(history).toHaveCount(3);
    await expect(history.first()).toContainText('1 changed, 1 starred');
    await history.nth(1).click();
    await expect(window.getByRole('status').filter({ hasText: '596 new' })).toBeVisible();
    // The starred one is listed first, under "In your agenda"; the other new ones wait for the button.
    await expect(window.getByRole('button', { name: 'Show 595 new sessions' })).toBeVisible();

    // The starred session's agenda card says what moved.
    await window.getByRole('link', { name: /^My agenda/ }).click();
    const card = window.getByRole('article', { name: /^Crossplane/ });
    await expect(card.locator('.agenda-change')).toContainText('Time changed Tue 24 Mar, 15:15 → Tue 24 Mar, 17:15');

    // A refresh the user did not watch (a subscribed source, here stored straight away) puts a badge on Changes.
    const again = moved.replace(
      /(DTSTART:)20260324T161500Z(\r?\nDTEND:)20260324T164500Z/,
      '$120260324T163000Z$220260324T170000Z',
    );
    expect(again).not.toBe(moved);
    const { importSource } = await import('../../src/core/use-cases/import-source');
    await importSource(
      { db: backend!.db! },
      { name: 'all.ics', text: again },
      { skipBad: false, allowRemovals: false },
    );
    await window.reload();
    const changesLink = window.getByRole('navigation').getByRole('link', { name: /^Changes/ });
    await expect(changesLink).toHaveText('Changes 1 starred changed');
    await changesLink.click();
    await expect(window.locator('li.change-entry').first()).toContainText('Tue 24 Mar, 17:15 → Tue 24 Mar, 17:30');
    await expect(changesLink).toHaveText('Changes');
  });

  test('a truncated export leads with the starred session it removes and needs a second confirmation', async ({
    window,
    backend,
  }) => {
    test.skip(backend === null, 'starring goes through the backend handle of the chromium project');
    await expect(window.locator('article.session').first()).toBeVisible();
    await dropFile(window, 'all.ics', fs.readFileSync(ICS, 'utf8'));
    await window
      .getByRole('dialog', { name: 'Import all.ics' })
      .getByRole('button', { name: 'Import', exact: true })
      .click();
    await expect(window).toHaveURL(/#\/changes$/);
    backend!
      .db!.prepare("INSERT INTO agenda (session_key, status, updated_at) VALUES (?, 'going', 'now')")
      .run(NETWORK_DRIVER);

    // The next download of all.ics stopped after Tuesday morning.
    await dropFile(window, 'all.ics', fs.readFileSync(TRUNCATED, 'utf8'));
    const dialog = window.getByRole('dialog', { name: 'Import all.ics' });
    const yours = dialog.getByRole('list', { name: 'What happens to your starred sessions' });
    await expect(yours).toContainText('Kubernetes Network Driver Unpacked');
    await expect(yours).toContainText('Removed');
    await dialog.getByRole('button', { name: 'Import…' }).click();
    const warning = dialog.getByRole('alert');
    await expect(warning).toContainText('This import takes sessions away');
    await expect(warning).toContainText('1 starred session out of your agenda');
    await expect(warning).toContainText('more than a quarter');
    // Back leaves everything as it was; the second step is needed again.
    await dialog.getByRole('button', { name: 'Back' }).click();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByRole('button', { name: /^Import and remove \d+ sessions$/ }).click();
    await expect(window).toHaveURL(/#\/changes$/);
    const first = window.locator('li.change-entry').first();
    await expect(first).toHaveAttribute('data-session-key', NETWORK_DRIVER);
    await expect(first).toContainText('Removed');

    // Undo this import: the backup taken just before it comes back, the star with it.
    await window.getByRole('button', { name: 'Undo this import' }).click();
    const undo = window.getByRole('group', { name: 'Undo this import?' });
    await expect(undo).toContainText('just before the import of KubeCon + CloudNativeCon Europe 2026');
    await undo.getByRole('button', { name: 'Undo import' }).click();
    await expect(
      window.getByRole('status').filter({ hasText: 'Undone: KubeCon + CloudNativeCon Europe 2026' }),
    ).toBeVisible();
    await expect(window.getByRole('status').filter({ hasText: '596 new' })).toBeVisible();
    expect(backend!.db!.prepare('SELECT status FROM sessions WHERE session_key = ?').get(NETWORK_DRIVER)).toEqual({
      status: 'active',
    });
    expect(backend!.db!.prepare('SELECT status FROM agenda WHERE session_key = ?').get(NETWORK_DRIVER)).toEqual({
      status: 'going',
    });
  });

  test('a file that is not a schedule gets a clear message and changes nothing', async ({ window }) => {
    await expect(window.locator('article.session').first()).toBeVisible();
    // The list is virtualized: the catalogue's own count says how many sessions there are.
    const count = window.locator('.search-count');
    const before = await count.textContent();
    await dropFile(window, 'notes.txt', 'just some notes');
    const dialog = window.getByRole('dialog', { name: 'Import notes.txt' });
    await expect(dialog.getByRole('alert')).toContainText('notes.txt: unknown format');
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(count).toHaveText(before!);
  });

  test('a CSV without a time zone asks for one, and imports once it is given', async ({ window }) => {
    await expect(window.locator('article.session').first()).toBeVisible();
    const csv = 'Session,When,Room,Speakers\nCSV talk about kubeplan,2026-03-24 10:00,Hall 7,Ada Lovelace\n';
    await dropFile(window, 'talks.csv', csv);
    const dialog = window.getByRole('dialog', { name: 'Import talks.csv' });
    await expect(dialog).toContainText('no column for the start time');
    await dialog.getByRole('combobox', { name: 'start' }).selectOption('When');
    await dialog.getByRole('button', { name: 'Check again' }).click();
    await expect(dialog).toContainText('the times carry no time zone');
    await dialog.getByRole('textbox', { name: /Time zone/ }).fill('Europe/Amsterdam');
    await dialog.getByRole('button', { name: 'Check again' }).click();
    await expect(dialog.getByRole('list', { name: 'What the import changes' })).toContainText('1 new');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(window).toHaveURL(/#\/changes$/);
    await expect(window.locator('li.change-entry')).toContainText('CSV talk about kubeplan');
  });
});

test('the preview says where the event name came from and names each bad row by file, line and field', async ({
  window,
}) => {
  await expect(window.locator('article.session').first()).toBeVisible();
  const sessionize = fs.readFileSync(
    path.join(ROOT, 'test', 'fixtures', 'schedules', 'sessionize-scottishsummit-2026-viewAll.json'),
    'utf8',
  );
  await dropFile(window, 'sessionize-scottishsummit-2026-viewAll.json', sessionize);
  const dialog = window.getByRole('dialog', { name: 'Import sessionize-scottishsummit-2026-viewAll.json' });
  await expect(dialog.getByTestId('event-origin')).toHaveText(
    '(taken from the file name: the file does not name its event)',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The Tuesday-morning export with one start time broken: the preview names the row and field.
  const broken = fs.readFileSync(TRUNCATED, 'utf8').replace('DTSTART:20260324T101500Z', 'DTSTART:2026-03-24 soon');
  await dropFile(window, 'all.ics', broken);
  const problems = window.getByRole('dialog', { name: 'Import all.ics' }).locator('.import-problems');
  await expect(problems).toContainText('1 problem');
  await expect(problems).toContainText(/all\.ics:\d+ DTSTART/);
  await expect(problems).toContainText('skipping the bad rows imports the rest');
});
