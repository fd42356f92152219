// The app as a whole: starting (the table list, a table named on the command line, the
// demo's seeding), switching connections, and the `:` command line.
import type { ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import type { ConnectionOptions } from '../../dynamo/client.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { parseCommand } from '../commandLine.js';
import { undoCommand } from './undo.js';
import { say, type Ctx } from './context.js';
import { reset, top } from './navigation.js';
import { openReadForm } from './readForm.js';
import { describeInto, describeMissing, openTable } from './table.js';
import { listTables } from './tables.js';
import { readPageAgain } from './browse.js';
import { runSavedQuery } from './savedQueries.js';

/** Work that runs after the first frame (seeding the demo); the list reloads after it. */
export interface Background {
  /** Shown with the spinner while `run` is going. */
  label: string;
  run: (progress: (label: string) => void, refresh: () => void) => Promise<void>;
}

export interface StartOptions {
  /** The first ListTables page, already asked for by the entry before the UI loaded. */
  firstTables?: Promise<ListTablesCommandOutput>;
  /** That page when it was back before the first frame: it is in the state already. */
  firstTablesPage?: ListTablesCommandOutput;
  background?: Background;
}

export function startApp(ctx: Ctx, o: StartOptions): void {
  void resolveRegion(ctx);
  if (o.firstTablesPage) {
    if (o.firstTablesPage.LastEvaluatedTableName) void listTables(ctx, { continueFrom: o.firstTablesPage.LastEvaluatedTableName });
  } else {
    void listTables(ctx, { prefetched: o.firstTables });
  }
  // A table named on the command line is on the stack from the first frame.
  const named = ctx.store.getState().stack.entries.find((e) => e.kind === 'table');
  if (named?.kind === 'table') void describeInto(ctx, named.id, named.name);
  if (o.background) runBackground(ctx, o.background);
}

async function resolveRegion(ctx: Ctx): Promise<void> {
  const gateway = ctx.gateway();
  const region = await gateway.region().catch(() => undefined);
  if (ctx.gateway() === gateway) ctx.store.dispatch({ type: 'region', region });
}

/** The list (and any table screen still waiting for its table) looks again. */
export function refreshAll(ctx: Ctx): void {
  void listTables(ctx).then(() => describeMissing(ctx));
}

function runBackground(ctx: Ctx, job: Background): void {
  const id = 'background';
  ctx.store.dispatch({ type: 'busy', id, label: job.label });
  job.run((label) => ctx.store.dispatch({ type: 'busy', id, label }), () => refreshAll(ctx)).then(
    () => {
      ctx.store.dispatch({ type: 'busy', id });
      refreshAll(ctx);
      // A table opened while its data was still being written shows it all now.
      for (const e of ctx.store.getState().stack.entries) if (e.kind === 'table' && e.described.info) readPageAgain(ctx, e.id);
      say(ctx, 'info', `${job.label}: done`);
    },
    (err) => { ctx.store.dispatch({ type: 'busy', id }); say(ctx, 'error', `${job.label} failed: ${problemLine(describeError(err))}`); },
  );
}

/** `:region` / `:profile`: a new gateway; everything read through the old one is dropped. */
export function connect(ctx: Ctx, connection: ConnectionOptions): void {
  ctx.jobs.cancelAll();
  ctx.replaceGateway(connection);
  ctx.store.dispatch({ type: 'connect', connection });
  void resolveRegion(ctx);
  void listTables(ctx);
}

export function runCommand(ctx: Ctx, line: string): void {
  const c = parseCommand(line);
  const s = ctx.store.getState();
  switch (c.kind) {
    case 'tables': return reset(ctx, [{ kind: 'tables' }]);
    case 'table': return openTable(ctx, c.name, { replaceStack: true });
    case 'region': connect(ctx, { ...s.connection, region: c.region }); return say(ctx, 'info', `switched to region ${c.region}`);
    case 'profile': connect(ctx, { ...s.connection, profile: c.profile }); return say(ctx, 'info', `switched to profile ${c.profile}`);
    case 'read': {
      // The form belongs to a table: the one on screen, or the one under the item view.
      const table = [...s.stack.entries].reverse().find((x) => x.kind === 'table');
      if (!table) return say(ctx, 'warn', `open a table first (:table NAME), then :${c.mode}`);
      if (top(ctx).kind === 'readForm') return say(ctx, 'info', 'a form is open already');
      return openReadForm(ctx, table.id, c.mode);
    }
    case 'savedQuery': return void runSavedQuery(ctx, c.name);
    case 'quit': return ctx.env.quit();
    case 'undo': return undoCommand(ctx);
    case 'error': return say(ctx, 'error', c.message);
  }
}
