// The app's own keys, under every screen: quit, help, the command line, back.
import type { Ctx } from '../state/controllers/context.js';
import { pop } from '../state/controllers/navigation.js';
import { refreshSavedNames } from '../state/controllers/savedQueries.js';
import type { Layer } from './layer.js';

export function globalLayerOf(ctx: Ctx): Layer {
  const { store } = ctx;
  return {
    scopes: ['global'],
    handlers: {
      quit: () => ctx.env.quit(),
      help: () => store.dispatch({ type: 'modal', modal: { kind: 'help', top: 0 } }),
      'command.start': () => {
        store.dispatch({ type: 'modal', modal: { kind: 'command', text: '', cursor: 0, hint: '' } });
        // tab completes saved query names after `:query `: read them while the line is typed.
        void refreshSavedNames(ctx);
      },
      back: () => pop(ctx),
      redraw: () => ctx.env.redraw?.(),
    },
  };
}
