// The table list: every ListTables page, and DescribeTable for the rows in view only
// (accounts have thousands of tables). Runs at the app level, so leaving the list does not
// abandon a half-done listing.
import type { ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { describeTableInput, listTablesInput } from '../../dynamo/requests.js';
import { toTableInfo } from '../../dynamo/tableInfo.js';
import { tablesListHeight } from '../layout.js';
import { namesToDescribe } from '../tables.js';
import { problemContext, type Ctx } from './context.js';
import { top } from './navigation.js';

const JOB = 'tables/list';

export interface ListStart {
  /** The first page, already asked for by the entry before the UI loaded. */
  prefetched?: Promise<ListTablesCommandOutput>;
  /** The first page is in the state already (drawn in the first frame): list on from here. */
  continueFrom?: string;
}

/** Lists every table again (R, after seeding, on a new connection). */
export async function listTables(ctx: Ctx, start: ListStart = {}): Promise<void> {
  const signal = ctx.jobs.start(JOB);
  const { store } = ctx;
  const gateway = ctx.gateway();
  if (start.continueFrom === undefined) store.dispatch({ type: 'tables/listStart' });
  try {
    let from = start.continueFrom;
    let early = start.prefetched;
    do {
      const out = await (early ?? gateway.call('ListTables', listTablesInput(from), { signal }));
      early = undefined;
      if (signal.aborted) return;
      store.dispatch({ type: 'tables/page', names: out.TableNames ?? [] });
      describeVisible(ctx);
      from = out.LastEvaluatedTableName;
    } while (from);
    store.dispatch({ type: 'tables/listDone' });
  } catch (err) {
    if (!signal.aborted) store.dispatch({ type: 'tables/listError', problem: describeError(err, problemContext(ctx)) });
  } finally {
    ctx.jobs.end(JOB, signal);
  }
}

/** The list's height as drawn now (the filter line takes one). */
export function listHeight(ctx: Ctx): number {
  const s = ctx.store.getState();
  return tablesListHeight(s.size, (s.modal?.kind === 'filter' && top(ctx).kind === 'tables') || !!s.tables.filter);
}

/** DescribeTable for the rows on screen that have no summary yet. */
export function describeVisible(ctx: Ctx): void {
  const names = namesToDescribe(ctx.store.getState().tables, listHeight(ctx));
  if (!names.length) return;
  ctx.store.dispatch({ type: 'tables/describing', names });
  const gateway = ctx.gateway();
  for (const name of names) {
    gateway.call('DescribeTable', describeTableInput(name)).then(
      (out) => ctx.gateway() === gateway && ctx.store.dispatch({ type: 'tables/described', name, asked: true, summary: { state: 'ok', info: toTableInfo(out.Table ?? {}) } }),
      (err) => ctx.gateway() === gateway && ctx.store.dispatch({ type: 'tables/described', name, asked: true, summary: { state: 'error', message: problemLine(describeError(err, { table: name })) } }),
    );
  }
}
