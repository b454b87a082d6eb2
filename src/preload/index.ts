// The bridge: exposes the one typed API, built from the shared contract, as window.kubeplan.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/ipc/create-api';

contextBridge.exposeInMainWorld(
  'kubeplan',
  createApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
