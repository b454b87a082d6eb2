// The app window, locked down: sandboxed renderer, no Node, no navigation, no new windows, loaded from app://.
import path from 'node:path';
import { BrowserWindow, session, shell } from 'electron';
import { RENDERER_URL } from './app-protocol';
import { mayGrantPermission, mayNavigate, secureWebPreferences, windowOpenDecision } from './window-policy';

/** `devTools` is false in packaged builds; the page is always app://kubeplan/index.html. */
export function createMainWindow(outDir: string, options: { devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'kubeplan',
    show: false,
    backgroundColor: '#0f172a',
    webPreferences: secureWebPreferences(path.join(outDir, 'preload', 'index.cjs'), options),
  });
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(mayGrantPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => mayGrantPermission(permission));

  void window.loadURL(RENDERER_URL);
  return window;
}
