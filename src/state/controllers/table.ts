// A table's screen: DescribeTable (and TTL) into its entry, then the first page of a plain
// scan. TTL failing (some engines and policies refuse it) hides nothing else: the panel
// says TTL is unknown.
import { describeError, problemLine } from '../../dynamo/errors.js';
import { describeTableInput, describeTtlInput } from '../../dynamo/requests.js';
import { toTableInfo, type TableInfo } from '../../dynamo/tableInfo.js';
import { initialBrowse } from '../browse.js';
import type { Described } from '../screens.js';
import { problemContext, whileBusy, type Ctx } from './context.js';
import { push, reset } from './navigation.js';
import { firstScan, readPageAgain } from './browse.js';

/** Opens table `name` over the current screen (or as the stack, for `:table NAME`). */
export function openTable(ctx: Ctx, name: string, opts: { replaceStack?: boolean } = {}): void {
  const screen = { kind: 'table' as const, name, described: { loading: true }, browse: initialBrowse() };
  if (opts.replaceStack) reset(ctx, [{ kind: 'tables' }, screen]);
  else push(ctx, screen);
  const id = ctx.store.getState().stack.entries.at(-1)!.id;
  void describeInto(ctx, id, name);
}

/** Describes the table of entry `id` (a table or delete-table screen) into that entry;
 * `then` runs with the description before anything else can (keys waiting for it). */
export async function describeInto(ctx: Ctx, id: number, name: string, then?: (info: TableInfo) => void): Promise<void> {
  const signal = ctx.jobs.start(`${id}/describe`);
  const set = (described: Described) => ctx.store.dispatch({
    type: 'entry', id, update: (e) => (e.kind === 'table' || e.kind === 'deleteTable' ? { ...e, described } : e),
  });
  set({ ...current(ctx, id), loading: true });
  const gateway = ctx.gateway();
  const [table, ttl] = await whileBusy(ctx, `${id}/describe`, `describing ${name}`, () => Promise.allSettled([
    gateway.call('DescribeTable', describeTableInput(name), { signal }),
    gateway.call('DescribeTimeToLive', describeTtlInput(name), { signal }),
  ]));
  ctx.jobs.end(`${id}/describe`, signal);
  if (signal.aborted) return;
  // What was described before stays on screen (expired credentials: R retries once renewed).
  if (table.status === 'rejected') return set({ ...current(ctx, id), loading: false, problem: describeError(table.reason, problemContext(ctx, name)) });
  const info = toTableInfo(table.value.Table ?? {}, ttl.status === 'fulfilled' ? ttl.value.TimeToLiveDescription : undefined);
  // The list and the forms read the same description.
  ctx.store.dispatch({ type: 'tables/described', name, summary: { state: 'ok', info } });
  then?.(info);
  set({ loading: false, info, problem: undefined, ttlProblem: ttl.status === 'rejected' ? problemLine(describeError(ttl.reason)) : undefined });
  firstScan(ctx, id);
}

function current(ctx: Ctx, id: number): Described {
  const e = ctx.store.getState().stack.entries.find((x) => x.id === id);
  return e && (e.kind === 'table' || e.kind === 'deleteTable') ? e.described : { loading: true };
}

/** R on a table: describe it again and read the page on screen again. */
export function refreshTable(ctx: Ctx, id: number, name: string): void {
  void describeInto(ctx, id, name);
  readPageAgain(ctx, id);
}

/** Table screens that could not be described look again (the demo creates its tables after
 * the first frame; a table may have been created meanwhile). */
export function describeMissing(ctx: Ctx): void {
  for (const e of ctx.store.getState().stack.entries) {
    if ((e.kind === 'table' || e.kind === 'deleteTable') && e.described.problem && !ctx.jobs.isRunning(`${e.id}/describe`)) {
      void describeInto(ctx, e.id, e.kind === 'table' ? e.name : e.table);
    }
  }
}
