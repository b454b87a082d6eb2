// A second launch with a file hands it to the running window (main/index.ts, second-instance): the
// first instance queues the path, emits filesOpened with a token, and the window previews the import.
import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../../src/core/store/backups';
import { ROOT, expect, test } from './fixtures';

const ICS = path.join(ROOT, 'test', 'fixtures', 'schedules', 'sched-kccnceu2026-tuesday-morning.ics');

test.describe('a second launch with a file', () => {
  test('the running window opens the import preview for it, and confirming imports it', async ({
    window,
    backend,
    dataDir,
  }) => {
    test.skip(backend === null, 'simulates the hand-over through the backend handle of the chromium project');
    await expect(window.locator('article.session').first()).toBeVisible();
    const file = path.join(dataDir, 'tuesday-morning.ics');
    fs.copyFileSync(ICS, file);
    const imports = () => (backend!.db!.prepare('SELECT COUNT(*) AS n FROM imports').get() as { n: number }).n;
    const importsBefore = imports();

    // What main does on 'second-instance' with the new process's argv.
    const files = backend!.openedFiles.add([file]);
    backend!.emit('filesOpened', { files });

    const dialog = window.getByRole('dialog', { name: 'Import tuesday-morning.ics' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('import-format')).toHaveText('iCalendar (.ics)');
    await expect(dialog.getByRole('list', { name: 'What the import changes' })).toContainText(/[1-9]\d* new/);
    // The preview wrote nothing.
    expect(imports()).toBe(importsBefore);
    // The token is spent: the renderer cannot read the file a second time by replaying it.
    expect(() => backend!.openedFiles.read(files[0]!.token)).toThrow();

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(window).toHaveURL(/#\/changes$/);
    await expect(window.getByRole('status').filter({ hasText: /\d+ new/ })).toBeVisible();
    expect(imports()).toBe(importsBefore + 1);
    // And, as before every import, an automatic backup of the data from before it was taken.
    expect(listBackups(backend!.app.current().backupDir).map((b) => b.reason)).toEqual(['before-import']);
  });
});
