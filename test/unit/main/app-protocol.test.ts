// The app:// protocol: only the built renderer's files, each with its type and the CSP header; every
// way out of the folder refused; only our own page counts as the renderer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RENDERER_URL,
  appProtocolHandler,
  isRendererUrl,
  resolveRendererFile,
  serveRendererFile,
} from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security-policy';

let root: string;
let renderer: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeplan-protocol-'));
  renderer = path.join(root, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>kubeplan</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'export {};');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(renderer, 'assets', 'notes.unknown'), 'x');
  // Beside the renderer folder, as out/main and out/preload are: never reachable.
  fs.writeFileSync(path.join(root, 'secret.js'), 'secret');
  fs.writeFileSync(path.join(root, 'renderer-evil.js'), 'sibling with a shared prefix');
  fs.symlinkSync(path.join(root, 'secret.js'), path.join(renderer, 'assets', 'link.js'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const handler = () => appProtocolHandler(renderer);
const get = (url: string, method = 'GET') => handler()(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves the page and its assets with their MIME types and the CSP header', async () => {
    const page = await get(RENDERER_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>kubeplan</title>');

    const script = await get('app://kubeplan/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
    expect((await get('app://kubeplan/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://kubeplan/')).status).toBe(200);
  });

  it('refuses every way out of the renderer folder, each with the CSP header too', async () => {
    for (const url of [
      'app://kubeplan/..%2fsecret.js',
      'app://kubeplan/%2e%2e%2fsecret.js',
      'app://kubeplan/assets/..%2f..%2fsecret.js',
      'app://kubeplan/..%5csecret.js',
      'app://kubeplan/%2e%2e/renderer-evil.js',
      'app://kubeplan/assets/link.js',
      'app://kubeplan/index.html%00.js',
      'app://kubeplan/%E0%A4%A',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toMatch(/secret|sibling/);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(resolveRendererFile(renderer, '/../secret.js')).toEqual({ ok: false, status: 403 });
    expect(resolveRendererFile(renderer, '/..%2f..%2fetc%2fpasswd')).toMatchObject({ ok: false });
  });

  it('serves only known file types, only files, only GET and HEAD, only for its own host', async () => {
    expect((await get('app://kubeplan/assets/notes.unknown')).status).toBe(404);
    expect((await get('app://kubeplan/assets')).status).toBe(404);
    expect((await get('app://kubeplan/missing.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get(RENDERER_URL, 'POST')).status).toBe(405);
    const head = await get(RENDERER_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serveRendererFile(renderer, '/index.html')).status).toBe(200);
  });

  it('counts only our own page as the renderer that may call main', () => {
    expect(isRendererUrl(RENDERER_URL)).toBe(true);
    expect(isRendererUrl(`${RENDERER_URL}#/session/abc`)).toBe(true);
    for (const url of [
      'app://kubeplan/assets/index-abc.js',
      'app://kubeplan/index.html?x=1',
      'app://other/index.html',
      'file:///work/out/renderer/index.html',
      'https://kubeplan/index.html',
      'app://user@kubeplan/index.html',
      'not a url',
      '',
    ]) {
      expect(isRendererUrl(url), url).toBe(false);
    }
  });
});
