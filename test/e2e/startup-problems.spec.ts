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
