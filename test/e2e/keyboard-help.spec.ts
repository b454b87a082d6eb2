// The `?` overlay lists the keyboard table; it takes the focus, keeps Tab inside, Esc closes it and
// hands the focus back; while it is open, keys do not reach the screen behind it.
import { expect, test } from './fixtures';

test('? opens the shortcut list, which holds the focus until Esc closes it', async ({ window }) => {
  const search = window.getByRole('searchbox', { name: 'Search sessions' });
  const rows = window.locator('article.session');
  await expect(rows.first()).toBeVisible({ timeout: 15_000 });
  await search.press('ArrowDown');
  await expect(rows.first()).toBeFocused();

  // A ? typed in the search box is text.
  await search.focus();
  await window.keyboard.type('?');
  await expect(search).toHaveValue('?');
  await expect(window.getByRole('dialog')).toHaveCount(0);
  await search.fill('');

  await search.press('ArrowDown');
  await window.keyboard.press('?');
  const help = window.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  // What it lists comes from the binding table.
  const catalogue = help.getByRole('region', { name: 'Catalogue' });
  await expect(catalogue).toContainText('Star the selected session');
  await expect(catalogue.getByRole('term').filter({ hasText: 'Ctrl' })).toContainText('/');
  await expect(help.getByRole('region', { name: 'Session and speaker pages' })).toContainText('Go back');

  // Tab stays in the dialog; j does not move the list behind it.
  await window.keyboard.press('Tab');
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await window.keyboard.press('Shift+Tab');
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await window.keyboard.press('j');
  await window.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // The focus is back on the row it left, which j did not move.
  await expect(rows.first()).toBeFocused();

  // The sidebar button opens the same list.
  await window.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toHaveCount(0);
  await expect(window.getByRole('button', { name: /Keyboard shortcuts/ })).toBeFocused();
});
