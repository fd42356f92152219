// The write screens' keys, by step: the form's (with the edit form's attribute commands and
// the create-table form's index commands), the review's, and while sending only esc.
import { formLayer } from '../../app/formLayer.js';
import type { Handlers, Layer } from '../../app/layer.js';
import { cliContext } from '../../dynamo/read/awsCli.js';
import { planDeleteTable } from '../../dynamo/tables/index.js';
import { say, type Ctx } from '../../state/controllers/context.js';
import { copyMessage } from '../../state/copy.js';
import { pop } from '../../state/controllers/navigation.js';
import { escWhileSending, flow, reviewBack, sendReviewed, submitWrite, tableInfoOf } from '../../state/controllers/writes.js';
import { fieldGeometry, focusOn, pageOf } from '../../state/form.js';
import { bodyHeight, reviewHeight } from '../../state/layout.js';
import type { WriteEntry } from '../../state/screens.js';
import { writeFields, writeValues, setWriteValue } from '../../state/writeForms.js';
import { once, scrollHandlers } from '../scrollKeys.js';
import { shownCode } from '../request/requestText.js';
import { codeContext } from '../../format/code/index.js';
import { editCommands } from './editCommands.js';
import { indexCommands } from './indexCommands.js';

export function writeLayer(ctx: Ctx, e: WriteEntry): Layer {
  const { id } = e;
  const s = ctx.store.getState();
  const { step } = e.flow;
  if (step === 'sending') {
    const stop = () => escWhileSending(ctx, id);
    return e.flow.stoppable ? { scopes: ['running'], handlers: { 'job.cancel': stop, back: stop } } : { scopes: [], handlers: { back: stop } };
  }
  if (step === 'done') return { scopes: [], handlers: { back: () => pop(ctx, id) } };
  if (step === 'review' && e.flow.pending) {
    const pending = e.flow.pending;
    const shown = once(() => shownCode(pending.requests, e.flow.code ?? 0, codeContext(s.connection, s.region), s.size.columns));
    const back = () => reviewBack(ctx, id);
    // Read at the key, not from this layer's entry: a burst of tabs steps once each.
    const step = (by: number) => () => {
      const now = ctx.store.getState().stack.entries.find((x) => x.id === id) as WriteEntry | undefined;
      if (now) flow(ctx, id, { type: 'code', code: (now.flow.code ?? 0) + by });
    };
    return {
      scopes: ['review'],
      handlers: {
        ...scrollHandlers(e.flow.top, () => shown().lines.length, reviewHeight(s.size), (top) => flow(ctx, id, { type: 'scroll', top })),
        'review.send': () => { void sendReviewed(ctx, id); },
        'review.back': back,
        'code.next': step(1),
        'code.previous': step(-1),
        'review.copy': () => {
          const done = ctx.env.copy(shown().text);
          say(ctx, done.warn ? 'warn' : 'info', copyMessage(`the ${shown().label} ${shown().form === 'cli' ? 'command' : 'code'}`, done));
        },
        back,
      },
    };
  }
  const info = e.kind === 'deleteTable' ? e.described.info : e.kind === 'createTable' ? undefined : tableInfoOf(ctx, e.table);
  const leave: Handlers = { back: () => pop(ctx, id) };
  // A counter refused, a table that cannot be deleted, a table not described: esc only.
  if (e.kind === 'counter' || e.kind === 'undo' || (e.kind === 'deleteTable' && (!info || !planDeleteTable(info, cliContext(s.connection, s.region)).ok))) {
    return { scopes: [], handlers: leave };
  }
  if (!info && e.kind !== 'createTable') return { scopes: [], handlers: leave };
  const fields = writeFields(e, info);
  const replace = (next: WriteEntry) => ctx.store.dispatch({ type: 'entry', id, update: (x) => (x.kind === e.kind ? next : x) });
  const current = () => ctx.store.getState().stack.entries.find((x) => x.id === id) as WriteEntry | undefined;
  const setFocus = (key: string) => {
    const now = current();
    if (now) replace({ ...now, flow: { ...now.flow, ui: focusOn(writeFields(now, info), key, now.flow.ui) } } as WriteEntry);
  };
  return formLayer({
    fields,
    values: writeValues(e),
    ui: e.flow.ui,
    set: (key, value, ui) => {
      const now = current();
      if (!now) return;
      const next = setWriteValue(now, key, value);
      replace({ ...next, flow: { ...next.flow, ui } } as WriteEntry);
    },
    setUi: (ui) => replace({ ...e, flow: { ...e.flow, ui } } as WriteEntry),
    // The form's geometry as drawn on this screen (a failure panel above may take a few of its lines).
    page: pageOf(fieldGeometry(fields, s.size.columns, bodyHeight(s.size) - 2)),
    submit: () => submitWrite(ctx, id),
    cancel: () => pop(ctx, id),
    scopes: e.kind === 'edit' ? ['attributes', 'form'] : e.kind === 'createTable' ? ['indexes', 'form'] : ['form'],
    commands: e.kind === 'edit'
      ? editCommands(e, (next) => replace(next), (text) => say(ctx, 'warn', text))
      : e.kind === 'createTable' ? indexCommands(e, (next) => replace(next), setFocus) : undefined,
  });
}
