// Saved queries (queries.json): ctrl+s in a scan or query form asks for a name and saves
// the form under it; `:query NAME` opens that table's form filled with it and runs it.
import { queryApplies, readSavedQueries, saveQuery, type SavedQuery } from '../../memory/savedQueries.js';
import { initialBrowse } from '../browse.js';
import { firstField } from '../form.js';
import { say, type Ctx } from './context.js';
import { connectionScope, filesOf, reportOnce, shortPath } from './memory.js';
import { entry, push, reset, top, update } from './navigation.js';
import { submitReadForm } from './readForm.js';
import { describeInto } from './table.js';

/** The busy id while `:query NAME` reads the file: keys typed after it wait (input.ts). */
export const SAVED_QUERY_BUSY = 'savedQuery';

/** ctrl+s: the name prompt over form `formId`. */
export async function openSavePrompt(ctx: Ctx, formId: number): Promise<void> {
  if (!entry(ctx, formId, 'readForm')) return;
  ctx.store.dispatch({ type: 'modal', modal: { kind: 'saveQuery', formId, text: '', cursor: -1, existing: [] } });
  const read = await readSavedQueries(filesOf().queries);
  if (read.problem) return reportOnce(ctx, `queries:${read.problem}`, read.problem);
  const m = ctx.store.getState().modal;
  if (m?.kind === 'saveQuery' && m.formId === formId) {
    ctx.store.dispatch({ type: 'modal', modal: { ...m, existing: read.queries.map((q) => q.name) } });
  }
}

/** enter in the prompt: the form as it is now, saved under the name typed. */
export async function confirmSave(ctx: Ctx): Promise<void> {
  const m = ctx.store.getState().modal;
  if (m?.kind !== 'saveQuery') return;
  const name = m.text.trim();
  if (!name) return say(ctx, 'warn', 'type a name for the query (esc: do not save)');
  // A name is typed after :query and shown in lists: control characters would garble both.
  if (/[\x00-\x1f\x7f]/.test(name)) return say(ctx, 'warn', 'a query name cannot hold control characters (shown as ␀-␟): type another');
  ctx.store.dispatch({ type: 'modal', modal: null });
  const f = entry(ctx, m.formId, 'readForm');
  if (!f) return;
  const path = filesOf().queries;
  try {
    const { replaced } = await saveQuery(path, { name, table: f.table, savedAt: new Date().toISOString(), form: f.form });
    say(ctx, 'info', `${replaced ? 'replaced the saved query' : 'saved the query as'} "${name}" (:query ${name} runs it) in ${shortPath(path)}`);
  } catch (err) {
    say(ctx, 'error', `could not save the query: ${(err as Error).message}`);
  }
}

const names = new WeakMap<Ctx, string[]>();

/** The saved names `:query` completes (as read when the command line last opened). */
export function savedNames(ctx: Ctx): string[] {
  return names.get(ctx) ?? [];
}

/** Reads the names for completion again (the file may have been edited meanwhile). */
export async function refreshSavedNames(ctx: Ctx): Promise<void> {
  const read = await readSavedQueries(filesOf().queries);
  const endpoint = connectionScope(ctx.store.getState()).endpoint;
  names.set(ctx, read.queries.filter((q) => queryApplies(q, q.table, endpoint)).map((q) => q.name));
}

/** `:query NAME`: the table's form, filled with the saved query, run. */
export async function runSavedQuery(ctx: Ctx, name: string): Promise<void> {
  const path = filesOf().queries;
  ctx.store.dispatch({ type: 'busy', id: SAVED_QUERY_BUSY, label: `reading saved query ${name}` });
  const read = await readSavedQueries(path).finally(() => ctx.store.dispatch({ type: 'busy', id: SAVED_QUERY_BUSY }));
  if (read.problem) return say(ctx, 'error', read.problem);
  const q = read.queries.find((x) => x.name === name);
  if (!q) {
    const bad = read.skipped.find((x) => x.startsWith(`${JSON.stringify(name)}:`));
    if (bad) return say(ctx, 'error', `the saved query ${bad} (in ${shortPath(path)})`);
    const known = read.queries.map((x) => x.name);
    const list = known.length ? `saved: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}` : 'ctrl+s in a scan or query form saves one';
    return say(ctx, 'error', `no saved query named "${name}"; ${list} (in ${shortPath(path)})`);
  }
  const endpoint = connectionScope(ctx.store.getState()).endpoint;
  if (!queryApplies(q, q.table, endpoint)) {
    return say(ctx, 'error', `the saved query "${name}" is for the endpoint ${q.endpoint}; this connection is ${endpoint ?? 'AWS'}`);
  }
  await openAndRun(ctx, q);
}

async function openAndRun(ctx: Ctx, q: SavedQuery): Promise<void> {
  const runOver = (tableId: number) => {
    ctx.store.dispatch({ type: 'browse', id: tableId, action: { type: 'browse/saveForm', form: q.form } });
    const id = push(ctx, { kind: 'readForm', table: q.table, mode: q.form.mode, form: q.form, ui: firstField, errors: {}, running: false });
    void submitReadForm(ctx, id);
  };
  const t = top(ctx);
  // Already on that table (or its form): no need to open it again.
  if (t.kind === 'readForm' && t.table === q.table && !t.running) {
    update(ctx, t.id, 'readForm', (e) => ({ ...e, mode: q.form.mode, form: q.form, ui: firstField, errors: {} }));
    return void submitReadForm(ctx, t.id);
  }
  if (t.kind === 'table' && t.name === q.table && t.described.info) return runOver(t.id);
  reset(ctx, [{ kind: 'tables' }, { kind: 'table', name: q.table, described: { loading: true }, browse: initialBrowse() }]);
  const id = top(ctx).id;
  await describeInto(ctx, id, q.table, () => runOver(id));
  const problem = entry(ctx, id, 'table')?.described.problem;
  if (problem) say(ctx, 'error', `the saved query "${q.name}" reads table ${q.table}: ${problem.detail}`);
}
