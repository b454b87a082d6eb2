import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security-policy';
import {
  mayGrantPermission,
  mayNavigate,
  secureWebPreferences,
  windowOpenDecision,
} from '../../../src/main/window-policy';
import { ROOT } from '../helpers';

describe('window security settings', () => {
  it('sandboxes the renderer with context isolation and no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keeps DevTools off unless main asks for them (it does only when the app is not packaged)', () => {
    expect(secureWebPreferences('/app/preload.cjs').devTools).toBe(false);
    expect(secureWebPreferences('/app/preload.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('denies every navigation and new window; only http(s) leaves, to the system browser', () => {
    expect(mayNavigate('https://evil.example/')).toBe(false);
    expect(mayNavigate('file:///etc/passwd')).toBe(false);
    expect(windowOpenDecision('https://kccnceu2024.sched.com/event/1YFfY')).toEqual({
      action: 'deny',
      openExternally: 'https://kccnceu2024.sched.com/event/1YFfY',
    });
    expect(windowOpenDecision('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: null });
    expect(windowOpenDecision('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: null });
  });

  it('grants no permission requests', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(mayGrantPermission(permission)).toBe(false);
    }
  });
});

describe('the renderer Content Security Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('allows only the app itself, with no inline or eval script, no plugins and no framing', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('is not also a <meta> tag, which would be a second copy to keep in step (and cannot carry frame-ancestors)', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src', 'renderer', 'index.html'), 'utf8');
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
  });
});
