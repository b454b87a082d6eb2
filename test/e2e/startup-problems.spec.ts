import fs from 'node:fs';
import path from 'node:path';
import { expect, saveScreenshot, test } from './fixtures';

test.describe('a corrupt bundled feed', () => {
  test.use({
    bundledFeed: path.join(import.meta.dirname, '..', 'fixtures', 'feeds', 'not-well-formed.xml'),
  });

  test('is reported in the window by file and line', async ({ window, bundledFeed }) => {
    const alert = window.getByRole('alert');
    await expect(alert).toContainText('kubeplan could not load everything');
    await expect(alert).toContainText(`${bundledFeed}:`);
    await expect(alert).toContainText('not well-formed XML');
    await expect(window.getByText('No sessions match')).toBeVisible();
  });
});

test.describe('a corrupt database file', () => {
  const garbage = 'this is not a database '.repeat(500);
  test.use({ initialDatabase: garbage });

  test('is reported in the window and left untouched', async ({ window, dataDir }, testInfo) => {
    const alert = window.getByRole('alert');
    await expect(alert).toContainText('not a usable kubeplan database');
    await expect(alert).toContainText(path.join(dataDir, 'kubeplan.db'));
    await saveScreenshot(window, 'corrupt-database', testInfo.project.name);
    expect(fs.readFileSync(path.join(dataDir, 'kubeplan.db'), 'utf8')).toBe(garbage);
  });
});

test.describe('a corrupt database with an automatic backup', () => {
  test.use({ initialDatabase: 'garbage '.repeat(100), withBackup: true });

  test('offers the backup, and starting from it brings the sessions back', async ({ window, dataDir }) => {
    const alert = window.getByRole('alert');
    await expect(alert).toContainText('not a usable kubeplan database');
    await window.getByRole('button', { name: 'Start from this backup' }).click();
    await expect(window.getByRole('alert')).toHaveCount(0);
    await window.getByRole('searchbox', { name: 'Search sessions' }).fill('kcp');
    await expect(
      window.getByRole('heading', { name: 'Building a Platform Engineering API Layer with kcp' }),
    ).toBeVisible();
    const kept = fs.readdirSync(dataDir).filter((name) => name.startsWith('kubeplan.db.replaced-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, kept[0]!), 'utf8')).toBe('garbage '.repeat(100));
  });
});
