// Create and delete table: send, then wait (with backoff) until the table and its GSIs are
// ACTIVE, or until it is gone. esc while waiting stops the waiting only: DynamoDB goes on.
// A CreateTable or DeleteTable whose answer was lost and that the SDK sent again comes back
// as "already exists" / "not found"; the table as described then says what really happened.
import type { CreateTableCommandInput, DeleteTableCommandInput } from '@aws-sdk/client-dynamodb';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { describeTableInput } from '../../dynamo/requests.js';
import { waitForActive, waitForGone } from '../../dynamo/tables/index.js';
import { toTableInfo } from '../../dynamo/tableInfo.js';
import { problemContext, say, whileBusy, type Ctx } from './context.js';
import { reset } from './navigation.js';
import { failed, flow, writeEntry } from './writes.js';
import { openTable } from './table.js';
import { listTables } from './tables.js';
import { cancelCount } from './liveCount.js';

const attempts = (err: unknown) => (err as { $metadata?: { attempts?: number } })?.$metadata?.attempts ?? 1;
const WAIT_MS = 15 * 60_000;

export async function sendCreateTable(ctx: Ctx, id: number, input: CreateTableCommandInput): Promise<void> {
  const name = input.TableName ?? '';
  const signal = ctx.jobs.start(`${id}/wait`);
  try {
    let status = 'CREATING';
    try {
      const out = await whileBusy(ctx, `${id}/write`, `creating ${name}`, () => ctx.gateway().call('CreateTable', input));
      status = out.TableDescription?.TableStatus ?? status;
    } catch (err) {
      if (!(await createdAfterAll(ctx, err, input))) throw err;
    }
    ctx.store.dispatch({ type: 'tableChanged', table: name });
    flow(ctx, id, { type: 'sending', status: `status ${status}: waiting for ACTIVE${input.GlobalSecondaryIndexes?.length ? ' (table and GSIs)' : ''}…`, stoppable: true });
    try {
      await whileBusy(ctx, `${id}/wait`, `waiting for ${name} to be ACTIVE`, () => waitForActive(ctx.gateway(), name, {
        signal, timeoutMs: WAIT_MS,
        onStatus: (s) => flow(ctx, id, { type: 'sending', status: `status ${s}: waiting for ACTIVE…`, stoppable: true }),
      }));
    } catch (err) {
      if (signal.aborted) return;
      reset(ctx, [{ kind: 'tables' }]);
      void listTables(ctx);
      return say(ctx, 'warn', `${name} was created but did not become ACTIVE: ${problemLine(describeError(err, problemContext(ctx, name)))}`);
    }
    ctx.store.dispatch({ type: 'tableChanged', table: name });
    ctx.store.dispatch({ type: 'tables/select', name });
    openTable(ctx, name, { replaceStack: true });
    void listTables(ctx);
    say(ctx, 'info', `created table ${name}: ACTIVE`);
  } catch (err) {
    const e = err as { name?: string };
    if (e.name === 'ResourceInUseException') return failed(ctx, id, { kind: 'error', problem: { title: 'Name taken', detail: `a table named ${name} already exists here; nothing was created` } });
    failed(ctx, id, { kind: 'error', problem: describeError(err, problemContext(ctx)) });
  } finally {
    ctx.jobs.end(`${id}/wait`, signal);
  }
}

/** "Already exists" after the SDK resent CreateTable: ours, if it has our key schema. */
async function createdAfterAll(ctx: Ctx, err: unknown, input: CreateTableCommandInput): Promise<boolean> {
  if ((err as Error)?.name !== 'ResourceInUseException' || attempts(err) < 2) return false;
  try {
    const out = await ctx.gateway().call('DescribeTable', describeTableInput(input.TableName ?? ''));
    const info = toTableInfo(out.Table ?? {});
    const keys = (input.KeySchema ?? []).map((k) => `${k.AttributeName}:${k.KeyType}`).join(',');
    const theirs = (out.Table?.KeySchema ?? []).map((k) => `${k.AttributeName}:${k.KeyType}`).join(',');
    return keys === theirs && (info.status === 'CREATING' || info.status === 'ACTIVE');
  } catch {
    return false;
  }
}

export async function sendDeleteTable(ctx: Ctx, id: number, input: DeleteTableCommandInput): Promise<void> {
  const table = input.TableName ?? '';
  cancelCount(ctx, table);
  const signal = ctx.jobs.start(`${id}/wait`);
  const gone = () => {
    ctx.store.dispatch({ type: 'tableChanged', table });
    reset(ctx, [{ kind: 'tables' }]);
    void listTables(ctx);
  };
  try {
    try {
      await whileBusy(ctx, `${id}/write`, `deleting table ${table}`, () => ctx.gateway().call('DeleteTable', input));
    } catch (err) {
      // Resent after a lost answer: "not found" or "in use" (DELETING) means ours went through.
      const name = (err as Error)?.name;
      if (attempts(err) < 2 || (name !== 'ResourceNotFoundException' && name !== 'ResourceInUseException')) throw err;
    }
    flow(ctx, id, { type: 'sending', status: `status DELETING: waiting until ${table} is gone… (esc stops waiting)`, stoppable: true });
    try {
      await whileBusy(ctx, `${id}/wait`, `waiting for ${table} to be deleted`, () => waitForGone(ctx.gateway(), table, { signal, timeoutMs: WAIT_MS }));
    } catch (err) {
      if (signal.aborted) return;
      gone();
      return say(ctx, 'warn', `DeleteTable was accepted, but ${table} was still there when waiting ended: ${problemLine(describeError(err, problemContext(ctx)))}`);
    }
    gone();
    say(ctx, 'info', `deleted table ${table}`);
  } catch (err) {
    failed(ctx, id, { kind: 'error', problem: describeError(err, problemContext(ctx, table)) });
  } finally {
    ctx.jobs.end(`${id}/wait`, signal);
  }
}

/** esc while waiting: stop waiting; DynamoDB goes on creating or deleting the table. */
export function stopWaitingForTable(ctx: Ctx, id: number): void {
  const e = writeEntry(ctx, id);
  if (!e || !ctx.jobs.cancel(`${id}/wait`)) return;
  const name = e.kind === 'createTable' ? e.draft.name : 'table' in e ? e.table : '';
  reset(ctx, [{ kind: 'tables' }]);
  void listTables(ctx);
  say(ctx, 'info', `stopped waiting; ${name} is still being ${e.kind === 'createTable' ? 'created (R on the list shows its status)' : 'deleted'}`);
}
