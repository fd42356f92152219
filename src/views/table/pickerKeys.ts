// The keys of the column picker and the sort chooser over the grid: arrows move, space
// toggles, shift+arrows reorder, typed text filters the names, enter applies, esc clears the
// typed name and then closes. It takes every key while open (`?` still opens help over it).
import type { Layer } from '../../app/layer.js';
import type { Ctx } from '../../state/controllers/context.js';
import { editText } from '../../state/form.js';
import type { PickerAction } from '../../state/picker.js';
import type { EntryOf } from '../../state/screens.js';

export function pickerLayer(ctx: Ctx, e: EntryOf<'table'>): Layer {
  const { store } = ctx;
  const picker = e.browse.picker!;
  const act = (action: PickerAction) => store.dispatch({ type: 'browse', id: e.id, action: { type: 'browse/picker', action } });
  return {
    // The sort chooser is the picker with its own space (the direction) and no reordering.
    scopes: picker.mode === 'sort' ? ['sorter', 'picker'] : ['picker'],
    capture: true,
    handlers: {
      'picker.down': () => act({ type: 'cursor', delta: 1 }),
      'picker.up': () => act({ type: 'cursor', delta: -1 }),
      ...(picker.mode === 'sort'
        ? { 'sort.direction': () => act({ type: 'toggle' }) }
        : {
          'picker.toggle': () => act({ type: 'toggle' }),
          'picker.moveUp': () => act({ type: 'move', delta: -1 }),
          'picker.moveDown': () => act({ type: 'move', delta: 1 }),
        }),
      'picker.apply': () => store.dispatch({ type: 'browse', id: e.id, action: { type: 'browse/pickerApply' } }),
      'picker.cancel': () => {
        if (picker.filter) return act({ type: 'filter', text: '', cursor: 0 });
        store.dispatch({ type: 'browse', id: e.id, action: { type: 'browse/pickerCancel' } });
      },
      help: () => store.dispatch({ type: 'modal', modal: { kind: 'help', top: 0 } }),
    },
    text: (k) => {
      // `?` is help, not part of a name.
      if (k.name === '?') return false;
      const next = editText({ text: picker.filter, cursor: picker.filterCursor }, k);
      if (!next) return false;
      act({ type: 'filter', text: next.text, cursor: next.cursor });
      return true;
    },
  };
}
