// Reads a store from a component, re-rendering when the part it reads is replaced.
import { useSyncExternalStore } from 'react';
import type { Store } from './store';

/** The store's state, or one part of it; the component re-renders when that part is replaced. */
export function useStore<S, T = S>(store: Store<S>, select: (state: S) => T = (state) => state as unknown as T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.state));
}
