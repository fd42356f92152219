// What every view can reach: the controllers' context and the store's state. Views read
// the state and draw it; they start no requests and hold no state a key depends on.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState } from '../state/app.js';
import type { Ctx } from '../state/controllers/context.js';

export const CtxContext = createContext<Ctx | null>(null);

export function useCtx(): Ctx {
  const ctx = useContext(CtxContext);
  if (!ctx) throw new Error('useCtx outside <App>');
  return ctx;
}

/** The state a screen drawn under an overlay sees: as it was when the overlay opened (it is
 * not on view, so it is not redrawn for every key the overlay takes). */
export const FrozenState = createContext<AppState | null>(null);

/** The whole state, as of the last change (re-renders on every change). */
export function useAppState(): AppState {
  const { store } = useCtx();
  const frozen = useContext(FrozenState);
  return useSyncExternalStore(store.subscribe, frozen ? () => frozen : store.getState);
}
