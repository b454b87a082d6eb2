// Puts an event in focus through the sidebar's switcher, as a person would ("All events" for every one).
import { expect, type Page } from '@playwright/test';

export async function chooseEvent(page: Page, event: string | RegExp): Promise<void> {
  const switcher = page.getByRole('combobox', { name: 'Event', exact: true });
  const options = await switcher.locator('option').allTextContents();
  const label = options.find((text) => (typeof event === 'string' ? text.startsWith(event) : event.test(text)));
  if (label === undefined) throw new Error(`no event ${String(event)} in the switcher: ${options.join(' | ')}`);
  await switcher.selectOption({ label });
  await expect(switcher.locator('option:checked')).toHaveText(label);
}
