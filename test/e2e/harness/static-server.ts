// Serves the built renderer over loopback http (Chromium refuses module scripts from file://) through
// the same function as the app:// protocol, so the page gets the same files, types and CSP header.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveRendererFile } from '../../../src/main/app-protocol';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveDirectory(dir: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    serveRendererFile(dir, pathname, request.method ?? 'GET')
      .then(async (served) => {
        response.writeHead(served.status, Object.fromEntries(served.headers));
        response.end(Buffer.from(await served.arrayBuffer()));
      })
      .catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
