// The renderer's only way to the main process: the typed API the preload exposes.
import type { KubeplanBridge } from '../shared/ipc/create-api';

declare global {
  interface Window {
    kubeplan: KubeplanBridge;
  }
}

export const api: KubeplanBridge = window.kubeplan;
