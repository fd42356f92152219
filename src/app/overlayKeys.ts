// The overlays' keys: help, the `:` line and a `/` field. Each takes every key while it is
// open (capture); the screen below keeps its state and gets the keys back when it closes.
import type { AppState } from '../state/app.js';
import { complete } from '../state/commandLine.js';
import { runCommand } from '../state/controllers/app.js';
import type { Ctx } from '../state/controllers/context.js';
import { describeVisible } from '../state/controllers/tables.js';
import { savedNames } from '../state/controllers/savedQueries.js';
import { recallLayer, saveQueryLayer } from '../views/recall/keys.js';
import { editText } from '../state/form.js';
import { textViewHeight } from '../state/layout.js';
import type { Entry } from '../state/screens.js';
import type { Layer } from './layer.js';
import { helpLines } from './help.js';

export function overlayLayer(ctx: Ctx, s: AppState, screen: Entry): Layer | undefined {
  const modal = s.modal;
  if (!modal) return undefined;
  const close = () => ctx.store.dispatch({ type: 'modal', modal: null });
  switch (modal.kind) {
    case 'help': {
      const scroll = (d: number) => {
        const max = Math.max(0, helpLines(ctx).length - textViewHeight(s.size));
        ctx.store.dispatch({ type: 'modal', modal: { kind: 'help', top: Math.max(0, Math.min(max, modal.top + d)) } });
      };
      return { scopes: ['help'], capture: true, handlers: { 'help.close': close, 'scroll.down': () => scroll(1), 'scroll.up': () => scroll(-1) } };
    }
    case 'command': {
      const set = (text: string, cursor: number, hint = '') => ctx.store.dispatch({ type: 'modal', modal: { kind: 'command', text, cursor, hint } });
      return {
        scopes: ['command'],
        capture: true,
        handlers: {
          'command.cancel': close,
          'command.run': () => { close(); runCommand(ctx, modal.text); },
          'command.complete': () => {
            const r = complete(modal.text, s.tables.names, savedNames(ctx));
            set(r.line, r.line.length, r.candidates.length > 1 ? r.candidates.slice(0, 8).join('  ') + (r.candidates.length > 8 ? '  …' : '') : '');
          },
        },
        text: (k) => {
          const next = editText({ text: modal.text, cursor: modal.cursor }, k);
          if (next) set(next.text, next.cursor);
          return !!next;
        },
      };
    }
    case 'recall': return recallLayer(ctx, modal);
    case 'saveQuery': return saveQueryLayer(ctx, modal);
    case 'filter': {
      const text = screen.kind === 'tables' ? s.tables.filter : screen.kind === 'table' ? screen.browse.quickFilter : '';
      const apply = (filter: string) => {
        if (screen.kind === 'tables') {
          ctx.store.dispatch({ type: 'tables/filter', filter });
          describeVisible(ctx);
        } else if (screen.kind === 'table') {
          ctx.store.dispatch({ type: 'browse', id: screen.id, action: { type: 'browse/quickFilter', filter } });
        }
      };
      return {
        scopes: ['filter'],
        capture: true,
        handlers: {
          'filter.clear': () => { apply(''); close(); },
          'filter.accept': close,
        },
        text: (k) => {
          const next = editText({ text, cursor: modal.cursor }, k);
          if (!next) return false;
          if (next.text !== text) apply(next.text);
          ctx.store.dispatch({ type: 'modal', modal: { kind: 'filter', cursor: next.cursor } });
          return true;
        },
      };
    }
  }
}
