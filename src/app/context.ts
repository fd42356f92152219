// What every view can reach: the state, dispatch, the gateway for the current connection
// and the key router. Views never create clients of their own.
import { createContext, useContext, useEffect, useLayoutEffect, useRef, type Dispatch } from 'react';
import type { DynamoGateway } from '../dynamo/client.js';
import type { AppAction, AppState } from '../state/app.js';
import { flash, type FlashLevel } from '../state/flash.js';
import type { Suspend } from './externalEditor.js';
import type { Scope } from '../keys/bindings.js';
import type { KeyLayer, KeyRouter } from './keyRouter.js';

export interface AppContextValue {
  state: AppState;
  dispatch: Dispatch<AppAction>;
  gateway: DynamoGateway;
  router: KeyRouter;
  /** Region as resolved by the SDK (flags, env or AWS config), for headers and messages. */
  region?: string;
  size: { columns: number; rows: number };
  quit: () => void;
  suspend: Suspend;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside <App>');
  return ctx;
}

/** Register a key layer for as long as the component is mounted; handlers stay current. */
export const LEVEL = { app: 0, screen: 1, modal: 2, field: 3 } as const;

export function useKeys(layer: KeyLayer, level: number = LEVEL.screen): void {
  const { router } = useApp();
  const holder = useRef({ layer });
  holder.current.layer = layer;
  // A layout effect, so the layers change in the same commit as the screen: a key that
  // arrives right after a modal opens or closes reaches the right handlers.
  useLayoutEffect(() => router.add(holder.current, level), [router, level]);
  // Every commit that may have changed this layer: keys queued behind a command wait for it.
  useLayoutEffect(() => router.committed());
}

export function useFlash(): (level: FlashLevel, text: string) => void {
  const { dispatch } = useApp();
  return (level, text) => dispatch({ type: 'flash', flash: flash(level, text) });
}

/** The footer hints of these scopes while mounted (undefined: the screen's own). Views
 * whose steps take other keys than their form (confirm, running) say so here. */
export function useFooterScopes(scopes: Scope[] | undefined): void {
  const { dispatch } = useApp();
  const key = scopes?.join(',');
  useEffect(() => {
    dispatch({ type: 'footer', scopes });
    return () => dispatch({ type: 'footer', scopes: undefined });
  }, [key, dispatch]);
}

/** Show a spinner with `label` while `active`. */
export function useBusy(active: boolean, label: string): void {
  const { dispatch } = useApp();
  const id = useRef(Math.random().toString(36).slice(2)).current;
  useEffect(() => {
    dispatch({ type: 'busy', id, label: active ? label : undefined });
    return () => dispatch({ type: 'busy', id });
  }, [active, label, dispatch, id]);
}
