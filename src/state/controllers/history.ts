// history.jsonl from the forms: each scan or query run is recorded once its request is on
// its way (the write never delays or fails a read; a problem is said once), and ctrl+r
// lists the runs and saved queries of the form's table here, to fill the form from.
import { appendHistory, readHistory } from '../../memory/history.js';
import { readSavedQueries } from '../../memory/savedQueries.js';
import type { ReadForm } from '../../dynamo/read/form.js';
import { firstField } from '../form.js';
import { filteredItems, recallItems, recallModal, withItems, type RecallModal } from '../recall.js';
import { say, type Ctx } from './context.js';
import { connectionScope, filesOf, reportOnce, shortPath } from './memory.js';
import { entry, update } from './navigation.js';

/** Records a run of `form` on `table`; returns at once. */
export function recordRun(ctx: Ctx, table: string, form: ReadForm): void {
  const { history } = filesOf();
  const run = { at: new Date().toISOString(), table, scope: connectionScope(ctx.store.getState()), form };
  appendHistory(history, run).then(
    (damaged) => { if (damaged) reportOnce(ctx, 'history:damaged', `${shortPath(history)}: ${damaged} damaged line${damaged === 1 ? '' : 's'} dropped`); },
    (err: Error) => reportOnce(ctx, 'history:write', `the query ran, but could not be recorded in the history: ${err.message}`),
  );
}

/** ctrl+r: opens the list over form `formId`; it fills in once both files are read. */
export async function openRecall(ctx: Ctx, formId: number): Promise<void> {
  const f = entry(ctx, formId, 'readForm');
  if (!f || f.running) return;
  ctx.store.dispatch({ type: 'modal', modal: recallModal(formId, ctx.store.getState().size) });
  const files = filesOf();
  const [history, saved] = await Promise.all([readHistory(files.history), readSavedQueries(files.queries)]);
  if (history.problem) reportOnce(ctx, 'history:read', history.problem);
  else if (history.damaged) reportOnce(ctx, 'history:damaged', `${shortPath(files.history)}: ${history.damaged} damaged line${history.damaged === 1 ? '' : 's'} skipped (dropped at the next run)`);
  if (saved.problem) reportOnce(ctx, `queries:${saved.problem}`, saved.problem);
  else if (saved.skipped.length) reportOnce(ctx, `queries:${saved.skipped.join()}`, `${shortPath(files.queries)}: skipped ${saved.skipped.join('; ')}`);
  const s = ctx.store.getState();
  const m = s.modal;
  // Closed meanwhile (esc once the wait was long), or over another form now: nothing to do.
  if (m?.kind !== 'recall' || m.formId !== formId || !m.loading) return;
  const items = recallItems(history.runs, saved.queries, f.table, connectionScope(s));
  ctx.store.dispatch({ type: 'modal', modal: withItems({ ...m, loading: false }, items, '', infoOf(ctx, f.table)) });
}

export const infoOf = (ctx: Ctx, table: string) => {
  const summary = ctx.store.getState().tables.summaries[table];
  return summary?.state === 'ok' ? summary.info : undefined;
};

/** enter in the list: the form takes the chosen query (it does not run: enter there does). */
export function fillFromRecall(ctx: Ctx, m: RecallModal): void {
  const f = entry(ctx, m.formId, 'readForm');
  const item = f && filteredItems(m, infoOf(ctx, f.table))[m.window.cursor];
  ctx.store.dispatch({ type: 'modal', modal: null });
  if (!f || !item) return;
  update(ctx, m.formId, 'readForm', (e) => ({ ...e, mode: item.form.mode, form: item.form, ui: firstField, errors: {} }));
  const from = item.saved.length ? `the saved query "${item.saved[0]}"` : 'the history';
  say(ctx, 'info', `form filled from ${from}: enter runs it`);
}
