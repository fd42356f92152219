// The one write flow: enter on a form builds the typed request and shows it for review;
// enter on the review sends exactly that request; the result goes to the entry that sent
// it (never to whatever screen is on top by then), and what the screen says afterwards is
// what the store holds (sendWrite re-reads the item when an answer is ambiguous).
import { cliContext } from '../../dynamo/read/awsCli.js';
import { deleteMany, sendSaveAsNew, sendWrite, type SendResult } from '../../dynamo/write/index.js';
import { itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import { isWrite, type WriteEntry } from '../screens.js';
import { flowReducer, type FlowAction, type PendingWrite, type WriteFailure } from '../writeFlow.js';
import { buildPending, describeKey } from '../writePending.js';
import { focusOn } from '../form.js';
import { writeFields } from '../writeForms.js';
import { problemContext, say, whileBusy, type Ctx } from './context.js';
import { describeError } from '../../dynamo/errors.js';
import { pop } from './navigation.js';
import { sendCreateTable, sendDeleteTable, stopWaitingForTable } from './tableLifecycle.js';
import { journalBatchDelete, journalItemWrite, readBatchBefore, readBefore } from './undoRecord.js';
import type { JournalOperation } from '../../memory/journal.js';
import { refreshUndoLists } from './undo.js';

export function flow(ctx: Ctx, id: number, action: FlowAction): void {
  ctx.store.dispatch({ type: 'entry', id, update: (e) => (isWrite(e) ? { ...e, flow: flowReducer(e.flow, action) } as typeof e : e) });
}

export function writeEntry(ctx: Ctx, id: number): WriteEntry | undefined {
  const e = ctx.store.getState().stack.entries.find((x) => x.id === id);
  return e && isWrite(e) ? e : undefined;
}

export function tableInfoOf(ctx: Ctx, table: string) {
  const s = ctx.store.getState().tables.summaries[table];
  return s?.state === 'ok' ? s.info : undefined;
}

/** enter on the form: the request for review, or the problems under their fields. */
export function submitWrite(ctx: Ctx, id: number): void {
  const e = writeEntry(ctx, id);
  if (!e || e.flow.step !== 'form') return;
  const s = ctx.store.getState();
  const info = e.kind === 'createTable' ? undefined : e.kind === 'deleteTable' ? e.described.info : tableInfoOf(ctx, e.table);
  const built = buildPending(e, info, cliContext(s.connection, s.region));
  if (!built.ok) {
    if ('note' in built) return say(ctx, 'info', built.note);
    const focus = built.focus ? focusOn(writeFields(e, info), built.focus, e.flow.ui).focus : undefined;
    return flow(ctx, id, { type: 'errors', errors: built.errors, focus });
  }
  flow(ctx, id, { type: 'review', pending: built.pending });
  if (built.sendNow) void sendReviewed(ctx, id);
}

/** esc on the review: back to the form, everything typed kept. */
export function reviewBack(ctx: Ctx, id: number): void {
  const e = writeEntry(ctx, id);
  if (!e) return;
  if (e.kind === 'counter' || e.kind === 'undo') return pop(ctx, id);
  flow(ctx, id, { type: 'back' });
}

/** esc while a write is on its way: a sent request cannot be called back, so the screen
 * stays and shows its result; waiting for a table to be ready can be stopped. */
export function escWhileSending(ctx: Ctx, id: number): void {
  const e = writeEntry(ctx, id);
  if (!e || e.flow.step !== 'sending') return;
  if (e.flow.stoppable) return stopWaitingForTable(ctx, id);
  say(ctx, 'warn', 'still sending: a request on its way cannot be called back; its result will show here');
}

/** enter on the review: sends the request shown, exactly. */
export async function sendReviewed(ctx: Ctx, id: number): Promise<void> {
  const e = writeEntry(ctx, id);
  const pending = e?.flow.pending;
  if (!e || !pending || e.flow.step !== 'review') return;
  flow(ctx, id, { type: 'sending', status: 'sending…' });
  const plan = pending.plan;
  const label = `sending to ${'table' in e ? e.table : e.draft.name}`;
  try {
    switch (plan.kind) {
      case 'item': {
        let read: Awaited<ReturnType<typeof readBefore>>;
        const r = await whileBusy(ctx, `${id}/write`, label, async () => {
          read = await readBefore(ctx, plan.built);
          return sendWrite(ctx.gateway(), plan.built);
        });
        if (r.ok) journalItemWrite(ctx, journalOperation(e), plan.built, r, read);
        return itemResult(ctx, e, pending, r, plan.built.guard.key, plan.built.operation === 'PutItem' ? plan.built.input.Item : undefined);
      }
      case 'saveAsNew': {
        const r = await whileBusy(ctx, `${id}/write`, label, () => sendSaveAsNew(ctx.gateway(), plan.built));
        if (r.put.ok) journalItemWrite(ctx, 'saveAsNew', plan.built.put, r.put);
        if (r.delete?.ok && plan.built.delete) journalItemWrite(ctx, 'saveAsNew', plan.built.delete, r.delete);
        return saveAsNewResult(ctx, e, plan.built.put.input.Item!, plan.built.put.guard.key, plan.built.delete?.guard.key, r);
      }
      case 'batchDelete': return await batchDelete(ctx, id, plan.table, plan.keys, label);
      case 'createTable': return await sendCreateTable(ctx, id, plan.input);
      case 'deleteTable': return await sendDeleteTable(ctx, id, plan.input);
    }
  } catch (err) {
    // sendWrite reports failures as results; anything thrown is a bug or a dead connection.
    failed(ctx, id, { kind: 'error', problem: describeError(err, problemContext(ctx, 'table' in e ? e.table : undefined)) });
  }
}

export function failed(ctx: Ctx, id: number, failure: WriteFailure): void {
  flow(ctx, id, { type: 'failed', failure });
}

const LOST = ' (the first answer was lost; reading the item back shows it landed once)';

/** The grid rows and item screens of this key show the item as it now is (or lose it). */
export function written(ctx: Ctx, table: string, key: Item, item: Item | undefined): void {
  for (const t of ctx.store.getState().stack.entries) {
    if (t.kind === 'table' && t.name === table) ctx.store.dispatch({ type: 'browse', id: t.id, action: { type: 'browse/written', key, item } });
  }
  ctx.store.dispatch({ type: 'itemWritten', table, key, item });
}

function itemResult(ctx: Ctx, e: WriteEntry, pending: PendingWrite, r: SendResult, key: Item, put?: Item): void {
  if (!r.ok) return failed(ctx, e.id, r as WriteFailure);
  const table = 'table' in e ? e.table : '';
  const deleted = pending.plan.kind === 'item' && pending.plan.built.operation === 'DeleteItem';
  written(ctx, table, key, deleted ? undefined : r.attributes ?? put);
  pop(ctx, e.id);
  if (e.kind === 'undo') void refreshUndoLists(ctx, table);
  say(ctx, 'info', doneText(e, key) + (r.ok && 'recovered' in r && r.recovered ? LOST : ''));
}

/** What the journal calls this screen's write. */
function journalOperation(e: WriteEntry): JournalOperation {
  switch (e.kind) {
    case 'edit': return e.mode === 'edit' ? 'edit' : 'new';
    case 'delete': case 'update': case 'counter': case 'undo': return e.kind;
    default: return 'edit';
  }
}

function doneText(e: WriteEntry, key: Item): string {
  const json = itemToPlainJson(key, { compact: true });
  switch (e.kind) {
    case 'edit': return `${e.mode === 'edit' ? 'saved' : 'created'} ${describeKey(key)}`;
    case 'delete': return `deleted ${json}`;
    case 'update': return `updated ${json}`;
    case 'counter': return `${e.attribute} ${e.delta.startsWith('-') ? 'decremented' : 'incremented'}`;
    case 'undo': return `undone: ${e.choice.operation} of ${describeKey(key)}`;
    default: return 'done';
  }
}

function saveAsNewResult(ctx: Ctx, e: WriteEntry, item: Item, newKey: Item, oldKey: Item | undefined, r: Awaited<ReturnType<typeof sendSaveAsNew>>): void {
  if (!r.put.ok) return failed(ctx, e.id, r.put as WriteFailure);
  const table = 'table' in e ? e.table : '';
  written(ctx, table, newKey, item);
  if (r.delete && !r.delete.ok) {
    failed(ctx, e.id, r.delete as WriteFailure);
    return say(ctx, 'warn', 'saved as a new item; the old item was NOT deleted (see why above)');
  }
  if (r.delete?.ok && oldKey) written(ctx, table, oldKey, undefined);
  pop(ctx, e.id);
  say(ctx, 'info', r.delete ? 'saved as a new item and deleted the old one' : 'saved as a new item; the old one is kept');
}

async function batchDelete(ctx: Ctx, id: number, table: string, keys: Item[], label: string): Promise<void> {
  const before = await readBatchBefore(ctx, table, keys);
  const report = await whileBusy(ctx, `${id}/write`, label, () => deleteMany(ctx.gateway(), table, keys, {
    onProgress: (p) => flow(ctx, id, { type: 'sending', status: `deleted ${p.deleted} / ${p.total}${p.failed ? ` · ${p.failed} failed` : ''}` }),
  }));
  const failedKeys = new Set(report.failed.map((f) => JSON.stringify(f.key)));
  for (const key of keys) if (!failedKeys.has(JSON.stringify(key))) written(ctx, table, key, undefined);
  journalBatchDelete(ctx, table, keys, before, failedKeys);
  flow(ctx, id, { type: 'done', report });
  say(ctx, report.failed.length ? 'warn' : 'info', `deleted ${report.deleted} of ${keys.length} items${report.failed.length ? `; ${report.failed.length} not deleted` : ''}`);
}
