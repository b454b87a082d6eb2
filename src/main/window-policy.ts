// The window's security settings and decisions, electron-free so tests check exactly what main uses.
import { safeExternalUrl } from './external-url';

/**
 * webPreferences for every kubeplan window (Electron's security checklist, items 2–4 and 6). DevTools
 * only where asked for: main asks in development, never in a packaged build (`app.isPackaged`).
 */
export function secureWebPreferences(preload: string, options: { devTools?: boolean } = {}) {
  return {
    preload,
    devTools: options.devTools ?? false,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** The page never navigates: every link leaves through the system browser or not at all. */
export function mayNavigate(_url: string): false {
  return false;
}

/** New windows are always denied; an http(s) link is handed to the system browser instead. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: safeExternalUrl(url) };
}

/** No camera, microphone, notifications-by-page, geolocation…: the renderer asks for nothing. */
export function mayGrantPermission(_permission: string): false {
  return false;
}
