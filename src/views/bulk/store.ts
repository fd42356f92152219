// The state of an import or export screen, kept outside React and keyed by the screen's
// entry in the stack. `?` (help) unmounts the screen; a job running meanwhile keeps
// reporting here, and the screen that comes back shows it as it is, with the form's
// inputs kept. A new `I` / `X` pushes a new entry, so it starts fresh.
import { useSyncExternalStore } from 'react';

export class Store<T> {
  private listeners = new Set<() => void>();
  constructor(private state: T) {}
  get = (): T => this.state;
  set = (patch: Partial<T> | ((s: T) => Partial<T>)): void => {
    this.state = { ...this.state, ...(typeof patch === 'function' ? patch(this.state) : patch) };
    for (const l of this.listeners) l();
  };
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };
}

const stores = new WeakMap<object, Store<unknown>>();

export function useScreenStore<T>(screen: object, init: () => T): [T, Store<T>] {
  let store = stores.get(screen) as Store<T> | undefined;
  if (!store) {
    store = new Store(init());
    stores.set(screen, store as Store<unknown>);
  }
  return [useSyncExternalStore(store.subscribe, store.get), store];
}

/**
 * Calls `fn` with the latest value at most every `ms`: a job reports after every batch,
 * the screen needs a few frames a second. `flush` delivers the last value at once.
 */
export function throttled<V>(fn: (v: V) => void, ms = 100): { push(v: V): void; flush(): void } {
  let last = 0;
  let pending: { v: V } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deliver = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    last = Date.now();
    if (pending) {
      const { v } = pending;
      pending = undefined;
      fn(v);
    }
  };
  return {
    push(v) {
      pending = { v };
      const wait = ms - (Date.now() - last);
      if (wait <= 0) deliver();
      else timer ??= setTimeout(deliver, wait);
    },
    flush: deliver,
  };
}

/** esc while a job runs: abort it; the job reports what it did and did not do. False
 * when nothing is running. */
export function cancelRunning<T extends { step: string; controller?: AbortController; cancelling?: boolean }>(store: Store<T>): boolean {
  const { controller, step } = store.get();
  if (step !== 'running' || !controller) return false;
  controller.abort();
  store.set({ cancelling: true } as Partial<T>);
  return true;
}
