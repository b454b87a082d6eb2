// The smallest observable store: state replaced whole on each change, read by React through
// useSyncExternalStore. Each domain store (catalogue, agenda, feeds…) extends it.
import { useSyncExternalStore } from 'react';

export class Store<S> {
  #state: S;
  readonly #listeners = new Set<() => void>();

  constructor(initial: S) {
    this.#state = initial;
  }

  get state(): S {
    return this.#state;
  }

  /** Arrow function so React can take it unbound. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  protected update(change: Partial<S> | ((state: S) => S)): void {
    this.#state = typeof change === 'function' ? change(this.#state) : { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}

/** The store's state, or one part of it; the component re-renders when that part is replaced. */
export function useStore<S, T = S>(store: Store<S>, select: (state: S) => T = (state) => state as unknown as T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.state));
}
