// The Feeds screen: subscribe to a feed served by a local http server, see its status and its
// sessions in the catalogue, refresh it (a 304), and see the last error of a failing URL.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, ROOT, saveScreenshot, test } from './fixtures';

const CILIUM = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'feeds', 'cilium-kubecon-eu-2024.xml'));
let server: http.Server;
let base = '';
let notModified = 0;

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/cilium.xml') {
      if (req.headers['if-none-match'] === '"v1"') {
        notModified += 1;
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' }).end(CILIUM);
      return;
    }
    res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('adds a feed, shows its status, and its sessions appear in the catalogue', async ({ window }, testInfo) => {
  await window.getByRole('link', { name: 'Feeds' }).click();
  await expect(window.getByRole('heading', { name: 'Feeds', level: 1 })).toBeVisible();
  const feeds = window.getByRole('list', { name: 'Subscribed feeds' }).getByRole('listitem');
  await expect(feeds).toHaveCount(1);
  await expect(feeds.first()).toContainText('27 sessions');

  await window.getByLabel('Feed URL').fill(`${base}/cilium.xml`);
  await window.getByRole('button', { name: 'Add feed' }).click();
  const cilium = window.getByRole('listitem', { name: 'Cilium Blog' });
  await expect(cilium).toContainText('26 sessions');
  await expect(cilium).toContainText('OK');
  await expect(cilium).toContainText('Last fetched');
  await expect(window.getByRole('status')).toContainText('26 new');
  await saveScreenshot(window, 'feeds-added', testInfo.project.name);

  await cilium.getByRole('button', { name: 'Refresh' }).click();
  await expect(window.getByRole('status')).toContainText('unchanged since the last fetch');
  expect(notModified).toBe(1);

  await window.getByRole('link', { name: 'Catalogue' }).click();
  await window.getByRole('searchbox', { name: 'Search sessions' }).fill('sockmap');
  await expect(window.getByRole('heading', { name: 'Speedrun Through Splicing Sockets with Sockmap' })).toBeVisible();
});

test('a failing URL shows its last error and leaves the catalogue as it was', async ({ window }, testInfo) => {
  await expect(window.locator('article.session').first()).toBeVisible();
  // The list is virtualized: the catalogue's own count says how many sessions there are.
  const count = window.locator('.search-count');
  const before = await count.textContent();
  await window.getByRole('link', { name: 'Feeds' }).click();
  await window.getByLabel('Feed URL').fill(`${base}/broken.xml`);
  await window.getByRole('button', { name: 'Add feed' }).click();
  const broken = window.getByRole('listitem', { name: `${base}/broken.xml` });
  await expect(broken).toContainText('Error');
  await expect(broken).toContainText('Last error: the server answered 500 Internal Server Error');
  await expect(window.getByRole('status')).toContainText('500');
  await saveScreenshot(window, 'feeds-error', testInfo.project.name);

  await window.getByRole('link', { name: 'Catalogue' }).click();
  await expect(count).toHaveText(before!);
});

test('subscribes to a feed file chosen in the Open dialog; a typed path is refused', async ({
  window,
  backend,
  dataDir,
}) => {
  test.skip(backend === null, 'answers the Open dialog through the backend handle of the chromium project');
  const file = path.join(dataDir, 'cilium.xml');
  fs.writeFileSync(file, CILIUM);
  await window.getByRole('link', { name: 'Feeds' }).click();
  await window.getByLabel('Feed URL').fill('/etc/passwd');
  await window.getByRole('button', { name: 'Add feed' }).click();
  // The browser itself refuses a URL field holding a path; the window never sends it.
  await expect(window.getByRole('list', { name: 'Subscribed feeds' }).getByRole('listitem')).toHaveCount(1);

  backend!.chooseOpenPath = async () => file;
  await window.getByRole('button', { name: 'Feed file…' }).click();
  const cilium = window.getByRole('listitem', { name: 'Cilium Blog' });
  await expect(cilium).toContainText('26 sessions');
  await expect(cilium).toContainText(file);
  await expect(window.getByRole('status')).toContainText('26 new');
});
