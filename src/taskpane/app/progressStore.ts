/** A value some components follow (useSyncExternalStore) without re-rendering their parents. */
export interface ProgressStore<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

/**
 * @example
 * const store = progressStore(0);
 * const stop = store.subscribe(() => console.log(store.get()));
 * store.set(1); // logs 1
 */
export function progressStore<T>(initial: T): ProgressStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
