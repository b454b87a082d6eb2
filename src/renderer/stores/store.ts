// The smallest observable store: state replaced whole on each change (React reads it through
// useStore, in use-store.ts). Each domain store (catalogue, agenda, feeds…) extends it. No React here,
// so the stores' tests run under plain Node types.
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
