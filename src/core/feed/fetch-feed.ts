// Downloads a feed over http(s) with a timeout, a size cap, a redirect cap and conditional GET, so
// an unchanged feed costs one 304 and a failing server gives a clear error instead of a hang.
import { errorMessage, KubeplanError } from '../../shared/errors';

export interface FetchOptions {
  /** Injected for tests; Node's (and Electron main's) global fetch otherwise. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; text: string; etag: string | null; lastModified: string | null };

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A location with a scheme (`https://…`, `file://…`), as opposed to a file path. */
export function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

export function httpUrl(location: string, where = location): URL {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new KubeplanError('invalid-argument', 'not a valid URL', where);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new KubeplanError('invalid-argument', `only http and https feeds can be fetched, not ${url.protocol}`, where);
  }
  return url;
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / 1024 / 1024)} MB`;

function networkMessage(error: unknown, timeoutMs: number, aborted: boolean): string {
  if (aborted) return `no answer within ${duration(timeoutMs)} (timed out)`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host could not be found (offline, or a wrong address?)';
  if (code === 'ECONNREFUSED') return 'the server refused the connection';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was reset by the server';
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return 'the network is unreachable (offline?)';
  return `could not fetch the feed: ${cause?.message ?? errorMessage(error)}`;
}

function charsetOf(contentType: string | null): string {
  const match = contentType ? /charset=["']?([\w-]+)/i.exec(contentType) : null;
  return match ? match[1]!.toLowerCase() : 'utf-8';
}

async function readCapped(response: Response, maxBytes: number, where: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooBig = () =>
    new KubeplanError('network-error', `the feed is larger than ${size(maxBytes)}, the size limit`, where);
  if (declared > maxBytes) throw tooBig();
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 200));
  const declared = /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  const charset = /charset=/i.test(contentType ?? '') ? charsetOf(contentType) : (declared ?? 'utf-8');
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** GETs a feed; `validators` from the last fetch make an unchanged feed answer 304 (status 'not-modified'). */
export async function fetchFeed(
  location: string,
  validators: Validators | null,
  options: FetchOptions = {},
): Promise<FetchResult> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  let url = httpUrl(location);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const headers: Record<string, string> = {
        accept:
          'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'user-agent': 'kubeplan (conference planner feed reader)',
      };
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      let response: Response;
      try {
        response = await doFetch(url.href, { headers, redirect: 'manual', signal: controller.signal });
      } catch (error) {
        throw new KubeplanError('network-error', networkMessage(error, timeoutMs, controller.signal.aborted), location);
      }
      if (REDIRECTS.has(response.status)) {
        const target = response.headers.get('location');
        if (!target)
          throw new KubeplanError('network-error', `redirect (${response.status}) without a Location`, location);
        if (redirects >= maxRedirects)
          throw new KubeplanError('network-error', `more than ${maxRedirects} redirects`, location);
        url = httpUrl(new URL(target, url).href, location);
        continue;
      }
      if (response.status === 304) return { status: 'not-modified', url: url.href };
      if (!response.ok) {
        throw new KubeplanError(
          'network-error',
          `the server answered ${response.status} ${response.statusText}`.trim(),
          location,
        );
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(response, maxBytes, location);
      } catch (error) {
        if (error instanceof KubeplanError) throw error;
        throw new KubeplanError('network-error', networkMessage(error, timeoutMs, controller.signal.aborted), location);
      }
      return {
        status: 'ok',
        url: url.href,
        text: decode(bytes, response.headers.get('content-type')),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
