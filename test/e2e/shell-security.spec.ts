// The renderer's sandbox as a page sees it: no Node, a CSP that refuses injected script, and (under
// Electron) no navigation away from the app. Runs in both projects; the navigation check needs
// Electron's will-navigate guard and reports itself skipped in the Chromium harness.
import { expect, test } from './fixtures';

test('the page has no Node and refuses injected inline script', async ({ window }) => {
  await expect(window.locator('article.session').first()).toBeVisible();
  const probe = await window.evaluate(() => {
    // Runs in the page; this project's type check has no DOM library.
    const g = globalThis as unknown as Record<string, unknown> & {
      document: { createElement(tag: string): { textContent: string }; body: { appendChild(node: unknown): void } };
    };
    const script = g.document.createElement('script');
    script.textContent = 'globalThis.__injected = true';
    g.document.body.appendChild(script);
    return {
      require: typeof g['require'],
      process: typeof g['process'],
      module: typeof g['module'],
      injected: g['__injected'] === true,
      apiMethods: Object.keys(g['kubeplan'] as object).length,
    };
  });
  expect(probe).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', injected: false });
  expect(probe.apiMethods).toBeGreaterThan(20);
  // The policy comes as a response header (as app:// sends it in Electron), framing refused too.
  const policy = await window.evaluate(async () => {
    const g = globalThis as unknown as { location: { href: string } };
    return (await fetch(g.location.href)).headers.get('content-security-policy');
  });
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
});

test('the window cannot be navigated away from the app', async ({ window }, testInfo) => {
  testInfo.skip(
    testInfo.project.name !== 'electron',
    "navigation is denied by Electron's will-navigate guard, which only the Electron run has",
  );
  await expect(window.locator('article.session').first()).toBeVisible();
  const before = window.url();
  await window.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
  });
  await window.waitForTimeout(500);
  expect(window.url()).toBe(before);
});
