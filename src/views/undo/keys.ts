// The undo list's keys: move, enter to undo the chosen write (after the check and a review).
import type { Layer } from '../../app/layer.js';
import type { Ctx } from '../../state/controllers/context.js';
import { chooseUndo, moveUndoCursor } from '../../state/controllers/undo.js';
import type { EntryOf } from '../../state/screens.js';

export function undoListLayer(ctx: Ctx, e: EntryOf<'undoList'>): Layer {
  const page = Math.max(1, ctx.store.getState().size.rows - 6);
  const move = (to: (cursor: number, count: number) => number) => moveUndoCursor(ctx, e.id, to);
  return {
    scopes: ['undo', 'lists'],
    handlers: {
      'cursor.down': () => move((c) => c + 1),
      'cursor.up': () => move((c) => c - 1),
      'cursor.top': () => move(() => 0),
      'cursor.bottom': () => move((_, n) => n - 1),
      'cursor.pageDown': () => move((c) => c + page),
      'cursor.pageUp': () => move((c) => c - page),
      'undo.choose': () => { void chooseUndo(ctx, e.id); },
    },
  };
}
