// The keys of the ctrl+r list and the ctrl+s name prompt. Both take every key while open
// (capture); the form under them keeps its values and gets the keys back when they close.
import type { Layer } from '../../app/layer.js';
import type { Ctx } from '../../state/controllers/context.js';
import { fillFromRecall, infoOf } from '../../state/controllers/history.js';
import { confirmSave } from '../../state/controllers/savedQueries.js';
import { editText } from '../../state/form.js';
import { moveRecall, withItems, type RecallModal, type SaveQueryModal } from '../../state/recall.js';
import { cursorHandlers } from '../tables/keys.js';

export function recallLayer(ctx: Ctx, m: RecallModal): Layer {
  const { store } = ctx;
  const set = (modal: RecallModal) => store.dispatch({ type: 'modal', modal });
  const close = () => store.dispatch({ type: 'modal', modal: null });
  const table = ctx.store.getState().stack.entries.find((e) => e.id === m.formId);
  const info = table?.kind === 'readForm' ? infoOf(ctx, table.table) : undefined;
  const filterTo = (filter: string, filtering: boolean, filterCursor: number) =>
    set({ ...withItems(m, m.items, filter, info), filtering, filterCursor });
  if (m.filtering) {
    return {
      scopes: ['filter'],
      capture: true,
      handlers: {
        'filter.clear': () => filterTo('', false, -1),
        'filter.accept': () => set({ ...m, filtering: false }),
      },
      text: (k) => {
        const next = editText({ text: m.filter, cursor: m.filterCursor }, k);
        if (!next) return false;
        filterTo(next.text, true, next.cursor);
        return true;
      },
    };
  }
  return {
    scopes: ['recall', 'lists'],
    capture: true,
    handlers: {
      ...cursorHandlers((a) => set(moveRecall(m, a, store.getState().size))),
      'recall.fill': () => fillFromRecall(ctx, m),
      'recall.filter': () => set({ ...m, filtering: true, filterCursor: -1 }),
      // esc first clears a filter, then closes: the form is as it was.
      'recall.close': () => (m.filter ? filterTo('', false, -1) : close()),
    },
  };
}

export function saveQueryLayer(ctx: Ctx, m: SaveQueryModal): Layer {
  return {
    scopes: ['saveQuery'],
    capture: true,
    handlers: {
      'save.confirm': () => { void confirmSave(ctx); },
      'save.cancel': () => ctx.store.dispatch({ type: 'modal', modal: null }),
    },
    text: (k) => {
      const next = editText({ text: m.text, cursor: m.cursor }, k);
      if (!next) return false;
      ctx.store.dispatch({ type: 'modal', modal: { ...m, text: next.text, cursor: next.cursor } });
      return true;
    },
  };
}
