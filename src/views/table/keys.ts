// The table screen's keys: the grid (move, page, scroll columns, mark), the forms and
// writes that start from it, the live count, import and export.
import type { Layer } from '../../app/layer.js';
import { itemKey } from '../../dynamo/itemKey.js';
import { pageInput } from '../../dynamo/read/pages.js';
import { selectedRow } from '../../state/browse.js';
import { cancelRead, nextPage, previousPage, toggleAll } from '../../state/controllers/browse.js';
import type { Ctx } from '../../state/controllers/context.js';
import { openExport } from '../../state/controllers/exportJob.js';
import { cancelCount, toggleCount } from '../../state/controllers/liveCount.js';
import { pop, push } from '../../state/controllers/navigation.js';
import { editExternal, openDelete, openDeleteMany, openEdit, openNew } from '../../state/controllers/openWrites.js';
import { openReadForm } from '../../state/controllers/readForm.js';
import { refreshTable } from '../../state/controllers/table.js';
import { initialImportJob } from '../../state/bulkJobs.js';
import { firstField } from '../../state/form.js';
import { tableLayoutOf } from '../../state/layout.js';
import type { EntryOf } from '../../state/screens.js';
import { startKeyOf } from '../../state/paging.js';
import { cursorHandlers } from '../tables/keys.js';
import { pickerLayer } from './pickerKeys.js';
import { openUndo } from '../../state/controllers/undo.js';

export function tableLayer(ctx: Ctx, e: EntryOf<'table'>): Layer {
  const { store } = ctx;
  const { id, name, browse } = e;
  const info = e.described.info;
  const act = (action: import('../../state/browse.js').BrowseAction) => store.dispatch({ type: 'browse', id, action });
  const back = () => {
    if (cancelCount(ctx, name) || ctx.jobs.cancel(`${id}/all`) || cancelRead(ctx, id)) return true;
    if (browse.quickFilter) return act({ type: 'browse/quickFilter', filter: '' });
    if (Object.keys(browse.marks).length) return act({ type: 'browse/clearMarks' });
    return pop(ctx);
  };
  const undo = () => { void openUndo(ctx, name); };
  if (!info) return { scopes: ['table'], handlers: { refresh: () => refreshTable(ctx, id, name), 'undo.list': undo, back } };
  if (browse.picker) return pickerLayer(ctx, e);
  const row = selectedRow(browse);
  const rows = tableLayoutOf(store.getState(), e)?.rows ?? 1;
  return {
    scopes: ['items', 'table', 'lists'],
    handlers: {
      ...cursorHandlers((action) => act({ type: 'browse/window', action, height: rows })),
      refresh: () => refreshTable(ctx, id, name),
      'count.live': () => toggleCount(ctx, name),
      'scan.form': () => openReadForm(ctx, id, 'scan'),
      'query.form': () => openReadForm(ctx, id, 'query'),
      'page.next': () => nextPage(ctx, id),
      'page.previous': () => previousPage(ctx, id),
      'page.all': () => toggleAll(ctx, id),
      'columns.left': () => act({ type: 'browse/columns', delta: -1 }),
      'columns.right': () => act({ type: 'browse/columns', delta: 1 }),
      'columns.pick': () => act({ type: 'browse/pickerOpen', mode: 'columns' }),
      'rows.sort': () => act({ type: 'browse/pickerOpen', mode: 'sort' }),
      'filter.start': () => store.dispatch({ type: 'modal', modal: { kind: 'filter', cursor: -1 } }),
      open: () => { if (row) push(ctx, { kind: 'item', table: name, item: row, ddb: false, top: 0 }); },
      'item.edit': () => { if (row) openEdit(ctx, name, row); },
      'item.editExternal': () => { if (row) editExternal(ctx, name, row); },
      'item.new': () => openNew(ctx, name),
      'item.delete': () => {
        const marked = Object.values(browse.marks);
        if (marked.length) openDeleteMany(ctx, name, marked);
        else if (row) openDelete(ctx, name, row);
      },
      'item.mark': () => {
        if (!row) return;
        act({ type: 'browse/mark', key: itemKey(info, row) });
        act({ type: 'browse/window', action: { type: 'move', delta: 1 }, height: rows });
      },
      'table.import': () => { push(ctx, { kind: 'import', table: name, job: initialImportJob(), ui: firstField }); },
      'items.export': () => openExport(ctx, name, browse.request),
      'undo.list': undo,
      // The request of the page on screen, with its ExclusiveStartKey.
      'request.show': () => {
        const r = browse.request;
        if (!r) return;
        push(ctx, {
          kind: 'request', table: name, title: `${r.label}, page ${browse.paging.page + 1}`, operation: r.operation, top: 0,
          input: pageInput(r.input, startKeyOf(browse.paging)),
        });
      },
      back,
    },
  };
}
