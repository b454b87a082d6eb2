// The renderer's Content Security Policy, sent as a response header with every file the app serves
// (the app:// protocol in Electron, the loopback server in the e2e harness), so both run one policy.

/**
 * Only the app itself: no inline or eval script, no plugins, no frames in or out, no <base>, no form
 * targets, nothing remote. `frame-ancestors` works only in a header, never in a <meta> tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response from the app's own origin, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}
