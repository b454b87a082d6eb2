// The bridge: exposes the one typed API, built from the shared contract, as window.kubeplan.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../shared/ipc/create-api';
import { EVENT_CHANNEL, type EventMessage } from '../shared/ipc/events';

contextBridge.exposeInMainWorld(
  'kubeplan',
  createApi(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (listener) => {
      // The IpcRendererEvent (with its sender) never reaches the page: only the message does.
      const handler = (_event: IpcRendererEvent, message: EventMessage) => listener(message);
      ipcRenderer.on(EVENT_CHANNEL, handler);
      return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    },
  ),
);
