import type { Layer } from '../../app/layer.js';
import { cliContext } from '../../dynamo/read/awsCli.js';
import { say, type Ctx } from '../../state/controllers/context.js';
import { copyMessage } from '../../state/copy.js';
import { update } from '../../state/controllers/navigation.js';
import { textViewHeight } from '../../state/layout.js';
import type { EntryOf } from '../../state/screens.js';
import { once, scrollHandlers } from '../scrollKeys.js';
import { requestLines } from './requestText.js';

export function requestLayer(ctx: Ctx, e: EntryOf<'request'>): Layer {
  const s = ctx.store.getState();
  const shown = once(() => requestLines(e.operation, e.input, cliContext(s.connection, s.region), s.size.columns));
  return {
    scopes: ['request'],
    handlers: {
      ...scrollHandlers(e.top, () => shown().lines.length, textViewHeight(s.size), (top) => update(ctx, e.id, 'request', (x) => ({ ...x, top }))),
      'request.copy': () => {
        const done = ctx.env.copy(shown().command);
        say(ctx, done.warn ? 'warn' : 'info', copyMessage('the aws dynamodb command', done));
      },
    },
  };
}
