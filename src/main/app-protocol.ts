// The app:// protocol the window loads the renderer from: which files it serves (only the built
// renderer, with their MIME types and the security headers) and which URL counts as our own page.
// Electron-free: main hands these to protocol.handle, the e2e harness serves the same files with it.
import fs from 'node:fs';
import path from 'node:path';
import { securityHeaders } from './content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kubeplan';
/** The one page the window ever shows; the renderer routes with the hash only. */
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before ready. `standard` gives the scheme an origin and
 * relative URLs (the bundle's `./assets/…`), `secure` makes it a secure context like https,
 * `supportFetchAPI` lets the page and its module worker load same-origin scripts, `codeCache` keeps
 * V8's compiled code between launches. Left off on purpose: `bypassCSP` (the policy must apply),
 * `corsEnabled` (no other origin may read app:// files), `allowServiceWorkers`, `stream`.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

/** What the renderer build contains; anything else is not served, so a new kind of file is a decision. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type RendererFile = { ok: true; file: string; type: string } | { ok: false; status: 400 | 403 | 404 };

function within(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}

/**
 * The file under `rendererDir` a URL path names, or why it is refused. Percent-escapes are decoded
 * before the path is resolved, so `%2e%2e%2f` and `..%5c` cannot climb out; symlinks are followed
 * and must still land inside the folder; only regular files of a known type are served.
 */
export function resolveRendererFile(rendererDir: string, pathname: string): RendererFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const root = path.resolve(rendererDir);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!within(root, file)) return { ok: false, status: 403 };
  const type = MIME_TYPES[path.extname(file).toLowerCase()];
  if (!type) return { ok: false, status: 404 };
  let real: string;
  try {
    real = fs.realpathSync(file);
    if (!fs.statSync(real).isFile()) return { ok: false, status: 404 };
  } catch {
    return { ok: false, status: 404 };
  }
  if (!within(fs.realpathSync(root), real)) return { ok: false, status: 403 };
  return { ok: true, file: real, type };
}

function refusal(status: number, method: string): Response {
  const text = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed' }[status] ?? 'Error';
  return new Response(method === 'HEAD' ? null : text, {
    status,
    headers: { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** Serves one renderer file for a GET or HEAD of `pathname`, with its type and the security headers. */
export async function serveRendererFile(rendererDir: string, pathname: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return refusal(405, method);
  const found = resolveRendererFile(rendererDir, pathname);
  if (!found.ok) return refusal(found.status, method);
  const body = method === 'HEAD' ? null : await fs.promises.readFile(found.file);
  return new Response(body, {
    status: 200,
    headers: { ...securityHeaders(), 'content-type': found.type, 'cache-control': 'no-cache' },
  });
}

/** The protocol.handle handler: app://kubeplan/… only, from the built renderer folder. */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refusal(400, request.method);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refusal(404, request.method);
    return serveRendererFile(rendererDir, url.pathname, request.method);
  };
}

/** True for our own page (any route in its hash): the only frame that may call main over IPC. */
export function isRendererUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.pathname === '/index.html' &&
    url.search === '' &&
    url.username === '' &&
    url.password === ''
  );
}
