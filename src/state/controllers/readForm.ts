// `s` / `Q`: the scan or query form. enter builds the request (errors stay next to their
// fields, nothing is sent), reads its first page (a ValidationException from the service
// goes next to its field too) and, once it is in, shows it in the grid below the form.
import { describeError } from '../../dynamo/errors.js';
import { buildReadInput } from '../../dynamo/read/form.js';
import { readPage } from '../../dynamo/read/pages.js';
import { firstField } from '../form.js';
import { firstPage } from '../paging.js';
import { requestLabel } from '../readLabel.js';
import { readFormFields } from '../readFormFields.js';
import { serverErrorField } from '../serverErrorField.js';
import { problemContext, say, whileBusy, type Ctx } from './context.js';
import { loadedPage, showRequest } from './browse.js';
import { entry, pop, push, update } from './navigation.js';
import { recordRun } from './history.js';

/** Opens the form over table screen `tableId`, with the values it was last run with. */
export function openReadForm(ctx: Ctx, tableId: number, mode: 'scan' | 'query'): void {
  const t = entry(ctx, tableId, 'table');
  if (!t?.described.info) return say(ctx, 'info', `still describing ${t?.name ?? 'the table'}`);
  push(ctx, { kind: 'readForm', table: t.name, mode, form: t.browse.forms[mode], ui: firstField, errors: {}, running: false });
}

/** The table screen a form belongs to: the nearest one below it of that table. */
function tableBelow(ctx: Ctx, id: number, table: string): number | undefined {
  const entries = ctx.store.getState().stack.entries;
  const at = entries.findIndex((e) => e.id === id);
  for (let i = at - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind === 'table' && e.name === table) return e.id;
  }
  return undefined;
}

export async function submitReadForm(ctx: Ctx, id: number): Promise<void> {
  const f = entry(ctx, id, 'readForm');
  const summary = f && ctx.store.getState().tables.summaries[f.table];
  if (!f || f.running || summary?.state !== 'ok') return;
  const info = summary.info;
  const built = buildReadInput(info, f.form);
  if (!built.ok) return update(ctx, id, 'readForm', (e) => ({ ...e, errors: built.errors }));
  update(ctx, id, 'readForm', (e) => ({ ...e, running: true, errors: {} }));
  const name = `${id}/read`;
  const signal = ctx.jobs.start(name);
  try {
    const page = await whileBusy(ctx, name, `running the ${f.mode}`, () => readPage(ctx.gateway(), built.operation, built.input, undefined, signal));
    if (signal.aborted) return;
    const tableId = tableBelow(ctx, id, f.table);
    if (tableId !== undefined) {
      const request = { operation: built.operation, input: built.input, label: requestLabel(f.form) };
      showRequest(ctx, tableId, request, loadedPage(info, f.form.index, page, firstPage()), f.form);
    }
    pop(ctx, id);
  } catch (err) {
    if (signal.aborted) return;
    const problem = describeError(err, problemContext(ctx, f.table));
    const named = serverErrorField(problem.detail);
    const field = named && readFormFields(info, f.form).some((x) => x.key === named) ? named : undefined;
    update(ctx, id, 'readForm', (e) => ({ ...e, running: false, ...(field ? { errors: { [field]: problem.detail } } : {}) }));
    if (!field) say(ctx, 'error', `${problem.title}: ${problem.detail}`);
  } finally {
    ctx.jobs.end(name, signal);
    // Recorded once the request was sent and its answer is in (or it was stopped): the file
    // work never delays the request or the page it brings.
    recordRun(ctx, f.table, f.form);
  }
}

/** esc: a form that is running stops (nothing changes below); otherwise it closes, and the
 * table keeps its values for the next time. */
export function cancelReadForm(ctx: Ctx, id: number): void {
  const f = entry(ctx, id, 'readForm');
  if (!f) return;
  if (f.running) {
    ctx.jobs.cancel(`${id}/read`);
    return update(ctx, id, 'readForm', (e) => ({ ...e, running: false }));
  }
  const tableId = tableBelow(ctx, id, f.table);
  if (tableId !== undefined) ctx.store.dispatch({ type: 'browse', id: tableId, action: { type: 'browse/saveForm', form: f.form } });
  pop(ctx, id);
}
