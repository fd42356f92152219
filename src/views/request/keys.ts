import type { Layer } from '../../app/layer.js';
import { codeContext } from '../../format/code/index.js';
import { say, type Ctx } from '../../state/controllers/context.js';
import { copyMessage } from '../../state/copy.js';
import { update } from '../../state/controllers/navigation.js';
import { textViewHeight } from '../../state/layout.js';
import type { EntryOf } from '../../state/screens.js';
import { once, scrollHandlers } from '../scrollKeys.js';
import { shownCode } from './requestText.js';

export function requestLayer(ctx: Ctx, e: EntryOf<'request'>): Layer {
  const s = ctx.store.getState();
  const position = e.code ?? 0;
  const shown = once(() => shownCode([{ operation: e.operation, input: e.input }], position, codeContext(s.connection, s.region), s.size.columns));
  const step = (by: number) => () => update(ctx, e.id, 'request', (x) => ({ ...x, code: (x.code ?? 0) + by, top: 0 }));
  return {
    scopes: ['request'],
    handlers: {
      ...scrollHandlers(e.top, () => shown().lines.length, textViewHeight(s.size) - 1, (top) => update(ctx, e.id, 'request', (x) => ({ ...x, top }))),
      'code.next': step(1),
      'code.previous': step(-1),
      'request.copy': () => {
        const done = ctx.env.copy(shown().text);
        say(ctx, done.warn ? 'warn' : 'info', copyMessage(`the ${shown().label} ${shown().form === 'cli' ? 'command' : 'code'}`, done));
      },
    },
  };
}
