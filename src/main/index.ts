// Electron entry: one instance, one locked-down window served over app://, every IPC call through the
// dispatch choke point.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, protocol, shell, type BrowserWindow } from 'electron';
import { channelNames } from '../shared/ipc/contract';
import { startApp } from './app-context';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, isRendererUrl } from './app-protocol';
import { EVENT_CHANNEL } from '../shared/ipc/events';
import { createDispatch } from './dispatch';
import { filesFromArgv } from './opened-files';
import { safeExternalUrl } from './external-url';
import { createHandlers } from './handlers/index';
import { createOffload } from './offload';
import { offloadTasks } from './offload-tasks';
import { electronNotify, startElectronReminders } from './reminders-electron';
import { startSourceRefresh } from './source-refresh';
import { createMainWindow } from './window';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every renderer is sandboxed, whatever a window's own preferences say; and the renderer is served
// from app://, never file:// (both must be set before ready).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
const appRoot = app.getAppPath();
// The e2e suite gives each Electron run its own data folder and, for fault tests, its own bundled feed.
if (process.env['KUBEPLAN_USER_DATA']) app.setPath('userData', process.env['KUBEPLAN_USER_DATA']);
const bundledFeedFile =
  process.env['KUBEPLAN_BUNDLED_FEED'] ?? path.join(appRoot, 'data', 'cnpe-community-contribution.xml');

// A second launch hands its files to the first one (see 'second-instance') and leaves.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();

async function openExternal(url: string): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (!safe) return false;
  await shell.openExternal(safe);
  return true;
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  if (!isFirstInstance) return;
  let window: BrowserWindow | null = null;
  // Long parses run in a worker thread so the window never waits on them (on this thread if none can start).
  const offload = createOffload({
    workerFile: path.join(outDir, 'main', 'offload-worker.js'),
    fallback: offloadTasks,
    onFallback: (reason) => console.error(`kubeplan: no worker thread (${reason}); parsing on the main thread`),
  });
  app.on('will-quit', () => void offload.close());
  const kubeplan = startApp({
    databasePath: path.join(app.getPath('userData'), 'kubeplan.db'),
    bundledFeedFile,
    openExternal,
    emit: (name, payload) => window?.webContents.send(EVENT_CHANNEL, { name, payload }),
    chooseSavePath: async (suggestedName, filter) => {
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [filter] };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOpenPath: async (filter) => {
      const options = { properties: ['openFile' as const], filters: [filter] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    parseImport: (request) => offload.run('parseImport', request),
  });
  const { services } = kubeplan;
  const handOver = (files: string[]) => {
    if (files.length > 0) services.emit('filesOpened', { files: services.openedFiles.add(files) });
  };
  for (const problem of kubeplan.current().startupProblems) console.error(`kubeplan: ${problem.message}`);

  const dispatch = createDispatch(createHandlers(kubeplan), (message) => console.error(message));
  protocol.handle(APP_SCHEME, appProtocolHandler(path.join(outDir, 'renderer')));
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => {
      // Only our own window's top frame may call in.
      const frame = event.senderFrame;
      if (!window || event.sender !== window.webContents || !frame || frame.parent || !isRendererUrl(frame.url)) {
        return { ok: false, error: { code: 'forbidden', message: `${channel}: sender not allowed` } };
      }
      return dispatch(channel, input);
    });
  }
  window = createMainWindow(outDir, { devTools: !app.isPackaged });
  // Files named when kubeplan was started go to the renderer once it is listening.
  const launchFiles = filesFromArgv(process.argv, process.cwd());
  window.webContents.once('did-finish-load', () => handOver(launchFiles));
  const openSession = (sessionKey: string) => {
    window?.show();
    void window?.webContents.executeJavaScript(
      `window.location.hash = ${JSON.stringify(`#/session/${encodeURIComponent(sessionKey)}`)}`,
    );
  };
  const reminders = startElectronReminders(kubeplan, openSession);
  app.on('before-quit', () => reminders?.stop());
  // Subscribed feeds and schedules: refreshed now and every few hours; a starred session that moves or
  // is cancelled gets a notification.
  const sources = startSourceRefresh(kubeplan, {
    clock: { setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
    notify: electronNotify(openSession),
    onRefreshed: (outcomes) => {
      const changed = outcomes.filter((o) => o.status !== 'not-modified' && o.status !== 'skipped').length;
      if (changed > 0) services.emit('sourcesRefreshed', { changed });
    },
  });
  app.on('before-quit', () => sources.stop());
  const started = kubeplan.current();
  if (started.db === null) {
    dialog.showErrorBox('kubeplan cannot open its database', started.startupProblems.map((p) => p.message).join('\n'));
  }
  // A second launch hands its files to this instance and quits (requestSingleInstanceLock above).
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
    handOver(filesFromArgv(argv, workingDirectory));
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    handOver([file]);
  });
});

app.on('window-all-closed', () => app.quit());
