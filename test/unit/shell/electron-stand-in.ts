// A recording stand-in for the `electron` module: the parts of Electron's API kubeplan's main process
// and preload use, each call written down, so the built bundles can run under plain Node in a test.
import { EventEmitter } from 'node:events';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners of any Electron event
type Listener = (...args: any[]) => unknown;

/** A fake event as Electron passes it to listeners: records whether the default was prevented. */
export class StandInEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class StandInWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly executed: string[] = [];
  readonly loaded: { kind: 'url' | 'file'; target: string }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  executeJavaScript(code: string): Promise<unknown> {
    this.executed.push(code);
    return Promise.resolve(undefined);
  }
  /** What Electron's `will-navigate` and friends do: emit with an event whose default can be prevented. */
  fire(name: string, ...args: unknown[]): StandInEvent {
    const event = new StandInEvent();
    this.emit(name, event, ...args);
    return event;
  }
}

export interface Recorder {
  /** Every call, in order, as "area.method" (e.g. "app.enableSandbox"); `ready` says whether it came after ready. */
  calls: { name: string; args: unknown[]; afterReady: boolean }[];
}

/** Builds one fresh stand-in: a new app, no windows, no handlers. Options pick what the fake OS answers. */
export function createElectronStandIn(options: {
  userData: string;
  appPath: string;
  documents?: string;
  isPackaged?: boolean;
  gotSingleInstanceLock?: boolean;
  notificationsSupported?: boolean;
}) {
  const recorder: Recorder = { calls: [] };
  let ready = false;
  const record = (name: string, args: unknown[]) => recorder.calls.push({ name, args, afterReady: ready });
  const paths: Record<string, string> = {
    userData: options.userData,
    documents: options.documents ?? options.userData,
  };

  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const appEmitter = new EventEmitter();
  const app = Object.assign(appEmitter, {
    isPackaged: options.isPackaged ?? false,
    quitCalls: 0,
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock', []);
      return options.gotSingleInstanceLock ?? true;
    },
    quit: () => {
      record('app.quit', []);
      app.quitCalls += 1;
    },
    enableSandbox: () => record('app.enableSandbox', []),
    whenReady: () => readyPromise,
    isReady: () => ready,
    getAppPath: () => options.appPath,
    getPath: (name: string) => {
      const value = paths[name];
      if (!value) throw new Error(`stand-in app.getPath: no path named ${name}`);
      return value;
    },
    setPath: (name: string, value: string) => {
      record('app.setPath', [name, value]);
      paths[name] = value;
    },
    getVersion: () => '0.0.0-stand-in',
    getName: () => 'kubeplan',
    setAppUserModelId: (id: string) => record('app.setAppUserModelId', [id]),
  });

  const windows: StandInBrowserWindow[] = [];
  class StandInBrowserWindow extends EventEmitter {
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
    readonly webContents = new StandInWebContents();
    shown = 0;
    focused = 0;
    restored = 0;
    minimized = false;
    constructor(windowOptions: Record<string, unknown>) {
      super();
      record('BrowserWindow.new', [windowOptions]);
      this.options = windowOptions;
      windows.push(this);
    }
    static getAllWindows() {
      return [...windows];
    }
    loadURL(url: string): Promise<void> {
      this.webContents.loaded.push({ kind: 'url', target: url });
      return Promise.resolve();
    }
    loadFile(file: string): Promise<void> {
      this.webContents.loaded.push({ kind: 'file', target: file });
      return Promise.resolve();
    }
    show(): void {
      this.shown += 1;
    }
    focus(): void {
      this.focused += 1;
    }
    restore(): void {
      this.restored += 1;
      this.minimized = false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
  }

  const ipcHandlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, handler: Listener) => {
      record('ipcMain.handle', [channel]);
      if (ipcHandlers.has(channel)) throw new Error(`stand-in ipcMain: a second handler for ${channel}`);
      ipcHandlers.set(channel, handler);
    },
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
    on: (channel: string) => record('ipcMain.on', [channel]),
  };

  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
  const protocol = {
    registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) => {
      record('protocol.registerSchemesAsPrivileged', [schemes]);
      if (ready) throw new Error('stand-in protocol: registerSchemesAsPrivileged after ready has no effect');
      privilegedSchemes.push(...schemes);
    },
    handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
      record('protocol.handle', [scheme]);
      if (!ready) throw new Error('stand-in protocol: handle before ready');
      protocolHandlers.set(scheme, handler);
    },
    registerFileProtocol: (scheme: string) => record('protocol.registerFileProtocol', [scheme]),
  };

  const permissions: {
    request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
    check: ((wc: unknown, permission: string) => boolean) | null;
  } = { request: null, check: null };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof permissions.request) => (permissions.request = handler),
      setPermissionCheckHandler: (handler: typeof permissions.check) => (permissions.check = handler),
    },
  };

  const dialogAnswers = { savePath: null as string | null };
  const dialog = {
    showSaveDialog: (...args: unknown[]) => {
      record('dialog.showSaveDialog', args);
      const filePath = dialogAnswers.savePath;
      return Promise.resolve({ canceled: filePath === null, filePath: filePath ?? undefined });
    },
    showOpenDialog: (...args: unknown[]) => {
      record('dialog.showOpenDialog', args);
      return Promise.resolve({ canceled: true, filePaths: [] });
    },
    showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', [title, content]),
    showMessageBox: (...args: unknown[]) => {
      record('dialog.showMessageBox', args);
      return Promise.resolve({ response: 0 });
    },
  };

  const notifications: StandInNotification[] = [];
  class StandInNotification extends EventEmitter {
    readonly options: { title: string; body?: string };
    shown = false;
    constructor(notificationOptions: { title: string; body?: string }) {
      super();
      this.options = notificationOptions;
    }
    static isSupported(): boolean {
      return options.notificationsSupported ?? true;
    }
    show(): void {
      this.shown = true;
      notifications.push(this);
    }
  }

  const menus: unknown[] = [];
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (menu: unknown) => menus.push(menu),
  };

  const opened: string[] = [];
  const shell = {
    openExternal: (url: string) => {
      opened.push(url);
      return Promise.resolve();
    },
    openPath: (target: string) => {
      record('shell.openPath', [target]);
      return Promise.resolve('');
    },
  };

  // The renderer side, for the preload.
  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => {
      if (exposed.has(key)) throw new Error(`stand-in contextBridge: ${key} exposed twice`);
      exposed.set(key, api);
    },
  };
  const invokes: { channel: string; input: unknown }[] = [];
  const invokeAnswers: ((channel: string, input: unknown) => unknown)[] = [];
  const rendererListeners = new EventEmitter();
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      invokes.push({ channel, input });
      const answer = invokeAnswers.shift();
      return Promise.resolve(answer ? answer(channel, input) : { ok: true, value: null });
    },
    on: (channel: string, listener: Listener) => rendererListeners.on(channel, listener),
    removeListener: (channel: string, listener: Listener) => rendererListeners.removeListener(channel, listener),
  };

  const module = {
    app,
    BrowserWindow: StandInBrowserWindow,
    ipcMain,
    protocol,
    session,
    dialog,
    Notification: StandInNotification,
    Menu,
    shell,
    contextBridge,
    ipcRenderer,
  };

  return {
    /** What `import … from 'electron'` gives the code under test. */
    module,
    recorder,
    windows,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    permissions,
    dialogAnswers,
    notifications,
    menus,
    opened,
    exposed,
    invokes,
    invokeAnswers,
    rendererListeners,
    /** Fires app 'ready', as Electron does once the process is set up; resolves after whenReady's callbacks ran. */
    async becomeReady(): Promise<void> {
      ready = true;
      appEmitter.emit('ready');
      resolveReady();
      // Let whenReady().then(...) run, and whatever it awaits without I/O.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    /** Emits an app event with a preventable event object first, as Electron does. */
    fireApp(name: string, ...args: unknown[]): StandInEvent {
      const event = new StandInEvent();
      appEmitter.emit(name, event, ...args);
      return event;
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
