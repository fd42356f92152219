// The item view's keys: scroll, select an attribute, + / -, the JSON form, copy, and the
// writes that start from the item.
import type { Layer } from '../../app/layer.js';
import { getItemInput } from '../../dynamo/itemKey.js';
import type { Ctx } from '../../state/controllers/context.js';
import { say } from '../../state/controllers/context.js';
import { copyMessage } from '../../state/copy.js';
import { push, update } from '../../state/controllers/navigation.js';
import { editExternal, openCounter, openDelete, openEdit, openNew, openUpdate } from '../../state/controllers/openWrites.js';
import { tableInfoOf } from '../../state/controllers/writes.js';
import { textViewHeight } from '../../state/layout.js';
import type { EntryOf } from '../../state/screens.js';
import { once, scrollHandlers } from '../scrollKeys.js';
import { itemLines, lineOf } from './itemText.js';

export function itemLayer(ctx: Ctx, e: EntryOf<'item'>): Layer {
  const { id, table, item, ddb, selected, top } = e;
  // Printed when a key needs it, not each time the footer asks which keys there are.
  const size = ctx.store.getState().size;
  const printed = once(() => itemLines(item, ddb, size.columns));
  const height = textViewHeight(size);
  const set = (patch: Partial<EntryOf<'item'>>) => update(ctx, id, 'item', (x) => ({ ...x, ...patch }));
  const names = Object.keys(item);
  const select = (delta: number) => {
    const at = names.indexOf(selected ?? '');
    const next = names[(at + delta + names.length) % names.length];
    const line = Math.max(0, lineOf(printed(), next));
    // The selected line comes into view.
    const shown = line < top ? line : line >= top + height ? line - height + 1 : top;
    set({ selected: next, top: shown });
  };
  return {
    scopes: ['item'],
    handlers: {
      ...scrollHandlers(top, () => printed().lines.length, height, (t) => set({ top: t })),
      'attribute.next': () => select(1),
      'attribute.previous': () => select(-1),
      'counter.up': () => openCounter(ctx, table, item, selected, '1'),
      'counter.down': () => openCounter(ctx, table, item, selected, '-1'),
      'item.toggle': () => set({ ddb: !ddb, top: 0 }),
      'item.copy': () => {
        const { text } = printed();
        const done = ctx.env.copy(text);
        say(ctx, done.warn ? 'warn' : 'info', copyMessage(`the item as ${ddb ? 'DynamoDB JSON' : 'plain JSON'} (${text.length} characters)`, done));
      },
      'item.edit': () => openEdit(ctx, table, item),
      'item.editExternal': () => editExternal(ctx, table, item),
      'item.new': () => openNew(ctx, table, item),
      'item.delete': () => openDelete(ctx, table, item),
      'item.update': () => openUpdate(ctx, table, item),
      'request.show': () => {
        const info = tableInfoOf(ctx, table);
        if (info) push(ctx, { kind: 'request', table, title: 'get this item', operation: 'GetItem', input: getItemInput(info, table, item), top: 0 });
      },
    },
  };
}
