// The renderer's only way to the main process: the typed API the preload exposes.
import type { KubeplanApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    kubeplan: KubeplanApi;
  }
}

export const api: KubeplanApi = window.kubeplan;
