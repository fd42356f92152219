// The table list's keys: move, open, filter, create and delete tables, list again.
import type { Handlers, Layer } from '../../app/layer.js';
import type { Ctx } from '../../state/controllers/context.js';
import { openCreateTable, openDeleteTable } from '../../state/controllers/openWrites.js';
import { openTable } from '../../state/controllers/table.js';
import { describeVisible, listHeight, listTables } from '../../state/controllers/tables.js';
import { selectedName } from '../../state/tables.js';
import type { WindowAction } from '../../state/window.js';

/** j/k, g/G, PgUp/PgDn for any windowed list, as handlers that call `move`. */
export function cursorHandlers(move: (a: WindowAction) => void): Handlers {
  return {
    'cursor.down': () => move({ type: 'move', delta: 1 }),
    'cursor.up': () => move({ type: 'move', delta: -1 }),
    'cursor.top': () => move({ type: 'top' }),
    'cursor.bottom': () => move({ type: 'bottom' }),
    'cursor.pageDown': () => move({ type: 'page', direction: 1 }),
    'cursor.pageUp': () => move({ type: 'page', direction: -1 }),
  };
}

export function tablesLayer(ctx: Ctx): Layer {
  const { store } = ctx;
  const t = store.getState().tables;
  const selected = () => selectedName(store.getState().tables);
  return {
    scopes: ['tables', 'lists'],
    handlers: {
      ...cursorHandlers((action) => {
        store.dispatch({ type: 'tables/window', action, height: listHeight(ctx) });
        describeVisible(ctx);
      }),
      open: () => { const name = selected(); if (name) openTable(ctx, name); },
      'filter.start': () => store.dispatch({ type: 'modal', modal: { kind: 'filter', cursor: -1 } }),
      'table.create': () => openCreateTable(ctx),
      'table.delete': () => { const name = selected(); if (name) void openDeleteTable(ctx, name); },
      refresh: () => { void listTables(ctx); },
      back: () => {
        if (!t.filter) return false;
        store.dispatch({ type: 'tables/filter', filter: '' });
        describeVisible(ctx);
        return true;
      },
    },
  };
}
