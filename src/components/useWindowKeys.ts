// The list movement keys of DESIGN.md section 5 (j/k, g/G, PgUp/PgDn) for any windowed
// list, plus the screen's own commands, as one screen key layer.
import { useKeys } from '../app/context.js';
import type { Handler } from '../app/keyRouter.js';
import type { Scope } from '../keys/bindings.js';
import type { WindowAction } from '../state/window.js';

export function useWindowKeys(scopes: Scope[], move: (a: WindowAction) => void, handlers: Record<string, Handler>): void {
  useKeys({
    scopes,
    handlers: {
      'cursor.down': () => move({ type: 'move', delta: 1 }),
      'cursor.up': () => move({ type: 'move', delta: -1 }),
      'cursor.top': () => move({ type: 'top' }),
      'cursor.bottom': () => move({ type: 'bottom' }),
      'cursor.pageDown': () => move({ type: 'page', direction: 1 }),
      'cursor.pageUp': () => move({ type: 'page', direction: -1 }),
      ...handlers,
    },
  });
}
