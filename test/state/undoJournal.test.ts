// The undo journal against the embedded engine: every write the app sends through its one
// write flow (edit, new, update, counter, delete, batch delete, import) appends the item
// before and after it, and both are exactly what GetItem returns (DynamoDB JSON as the SDK
// gives it: number text with every digit as stored, binary as base64, sets in stored order).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';
import { getItem, itemPending, journalCtx, sendOnReview, tempDir } from '../helpers/journalCtx.js';
import { toDdbJsonObject, type Item } from '../../src/dynamo/codec/index.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { buildCounterInput, buildDeleteInput, buildEditInput, buildPutInput, buildUpdateExpressionInput } from '../../src/dynamo/write/index.js';
import type { JournalEntry } from '../../src/memory/journal.js';
import { initialImportJob } from '../../src/state/bulkJobs.js';
import { draftFromItem } from '../../src/state/editDraft.js';
import type { Ctx } from '../../src/state/controllers/context.js';
import { startImport } from '../../src/state/controllers/importJob.js';
import { chooseUndo, openUndo } from '../../src/state/controllers/undo.js';
import { sendReviewed } from '../../src/state/controllers/writes.js';
import { firstField } from '../../src/state/form.js';
import type { WriteScreen } from '../../src/state/screens.js';
import type { WriteFlow } from '../../src/state/writeFlow.js';
import { demoConnection } from '../../src/demo/engine.js';

const TABLE = 'Journaled';
let engine: TestEngine;
let info: TableInfo;
before(async () => { ({ engine, info } = await pkTableEngine(TABLE)); });
after(() => engine.close());

const key = (pk: string): Item => ({ pk: { S: pk } });
const get = (pk: string) => getItem(engine.gateway, TABLE, key(pk));
const ddb = (item: Item | undefined) => (item ? toDdbJsonObject(item) : undefined);
/** Numbers spelled as the store will not keep them, a set, binary, a nested map. */
const odd = (pk: string): Item => ({
  pk: { S: pk }, n: { N: '007.50' }, big: { N: '12345678901234567890123456789012345678' }, tiny: { N: '1E-130' },
  ns: { NS: ['3', '1.0', '20'] }, ss: { SS: ['b', 'a'] }, b: { B: new Uint8Array([0, 1, 254, 255]) }, bs: { BS: [new Uint8Array([9]), new Uint8Array([1, 2])] },
  m: { M: { x: { N: '1e2' }, l: { L: [{ S: '' }, { NULL: true }, { BOOL: false }] } } },
});

async function lastEntries(ctx: Ctx, n: number): Promise<JournalEntry[]> {
  const read = await ctx.journal!.journal.read();
  assert.equal(read.damaged, 0);
  return read.entries.slice(-n);
}

function assertImages(e: JournalEntry, before: Item | undefined, after: Item | undefined) {
  assert.deepEqual(e.before, ddb(before), 'before is the item as GetItem returned it before the write');
  assert.deepEqual(e.after, ddb(after), 'after is the item as GetItem returns it now');
  assert.deepEqual(Object.hasOwn(e, 'before'), before !== undefined);
  assert.deepEqual(Object.hasOwn(e, 'after'), after !== undefined);
}

const editScreen = (mode: 'edit' | 'new', item?: Item) => (flow: WriteFlow): WriteScreen =>
  ({ kind: 'edit', table: TABLE, mode, item, draft: draftFromItem(item, [{ name: 'pk', type: 'S' }]), deleteOld: false, overwrite: false, flow });

test('new, edit, update, counter, delete: each entry holds the exact images GetItem shows', async () => {
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info);
  const put = buildPutInput(info, TABLE, odd('one'));
  assert.ok(put.ok);
  await sendOnReview(ctx, editScreen('new'), itemPending(put));
  const created = await get('one');
  let [e] = await lastEntries(ctx, 1);
  assert.equal(e!.operation, 'new');
  assert.equal(e!.request, 'PutItem');
  assertImages(e!, undefined, created);
  assert.equal(created!.n!.N, '7.5', 'the store keeps its own spelling, and so does the journal');
  assert.deepEqual(e!.key, { pk: { S: 'one' } });
  assert.deepEqual(e!.scope, { region: demoConnection(engine.endpoint).region, endpoint: engine.endpoint }, 'where it went, and no credentials');

  const edit = buildEditInput(info, TABLE, created!, { ...created!, n: { N: '8.25' }, extra: { S: 'new' }, ss: undefined as never });
  assert.ok(edit.ok && !('noChange' in edit));
  await sendOnReview(ctx, editScreen('edit', created), itemPending(edit));
  const edited = await get('one');
  [e] = await lastEntries(ctx, 1);
  assert.equal(e!.operation, 'edit');
  assertImages(e!, created, edited);

  const update = buildUpdateExpressionInput(info, TABLE, edited!, 'SET m.x = :v, added = :v REMOVE tiny', '', '{":v": 3.10}', undefined, { onlyIfUnchanged: false });
  assert.ok(update.ok, JSON.stringify(update));
  await sendOnReview(ctx, (flow) => ({ kind: 'update', table: TABLE, item: edited!, draft: { update: '', condition: '', values: '', onlyIfUnchanged: false }, flow }), itemPending(update));
  const updated = await get('one');
  [e] = await lastEntries(ctx, 1);
  assert.equal(e!.operation, 'update');
  assertImages(e!, edited, updated);

  const counter = buildCounterInput(info, TABLE, updated!, 'big', '1');
  assert.ok(counter.ok);
  await sendOnReview(ctx, (flow) => ({ kind: 'counter', table: TABLE, item: updated!, attribute: 'big', delta: '1', flow }), itemPending(counter));
  const counted = await get('one');
  assert.equal(counted!.big!.N, '12345678901234567890123456789012345679');
  [e] = await lastEntries(ctx, 1);
  assert.equal(e!.operation, 'counter');
  assertImages(e!, updated, counted);

  const del = buildDeleteInput(info, TABLE, counted!);
  assert.ok(del.ok);
  await sendOnReview(ctx, (flow) => ({ kind: 'delete', table: TABLE, item: counted!, draft: { onlyIfUnchanged: true, condition: '', values: '' }, flow }), itemPending(del));
  assert.equal(await get('one'), undefined);
  [e] = await lastEntries(ctx, 1);
  assert.equal(e!.operation, 'delete');
  assertImages(e!, counted, undefined);
  assert.equal((await lastEntries(ctx, 100)).length, 5, 'one entry per write');
});

test('batch delete: the items as read just before, one entry per deleted key', async () => {
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info);
  const pks = ['bd-1', 'bd-2', 'bd-3'];
  for (const pk of pks) await engine.gateway.call('PutItem', { TableName: TABLE, Item: odd(pk) });
  const stored = await Promise.all(pks.map(get));
  const keys = pks.map(key);
  await sendOnReview(ctx, (flow) => ({ kind: 'deleteMany', table: TABLE, keys, confirm: TABLE, flow }),
    { summary: 'delete', requests: [], plan: { kind: 'batchDelete', table: TABLE, keys } });
  for (const pk of pks) assert.equal(await get(pk), undefined);
  const entries = await lastEntries(ctx, 3);
  assert.deepEqual(entries.map((e) => e.operation), ['batchDelete', 'batchDelete', 'batchDelete']);
  entries.forEach((e, i) => { assertImages(e, stored[i], undefined); assert.equal(e.request, 'BatchWriteItem'); });
});

test('import (I): what it wrote, read back as stored; what was there before is not recorded', async () => {
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info);
  const file = join(tempDir(), 'in.jsonl');
  writeFileSync(file, ['{"pk": "im-1", "n": 1.50, "ns": {"$NS": [3, 1]}}', '{"pk": "im-2", "b": {"$B": "AAEC"}}'].join('\n') + '\n');
  ctx.store.dispatch({ type: 'push', screen: { kind: 'import', table: TABLE, ui: firstField, job: { ...initialImportJob(), step: 'confirm', plan: { path: file, size: statSync(file).size, format: 'jsonl', auto: false, onError: 'stop' } } } });
  const id = ctx.store.getState().stack.entries.at(-1)!.id;
  startImport(ctx, id);
  for (let i = 0; i < 500; i++) {
    const e = ctx.store.getState().stack.entries.find((x) => x.id === id);
    if (e?.kind === 'import' && e.job.step === 'done') break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const entries = await lastEntries(ctx, 2);
  assert.deepEqual(entries.map((e) => e.operation).sort(), ['import', 'import']);
  for (const e of entries) {
    const pk = (e.key as { pk: { S: string } }).pk.S;
    assert.deepEqual(e.after, ddb(await get(pk)));
    assert.equal(e.before, undefined);
    assert.equal(e.beforeUnknown, true);
  }
  // Its undo deletes the imported item, only if it is still as imported.
  await openUndo(ctx, TABLE);
  const list = ctx.store.getState().stack.entries.at(-1)!;
  await chooseUndo(ctx, list.id);
  const review = ctx.store.getState().stack.entries.at(-1)!;
  assert.ok(review.kind === 'undo' && review.flow.pending?.summary.includes('the import did not record'), JSON.stringify(review.kind));
  await sendReviewed(ctx, review.id);
  const undone = (entries.at(-1)!.key as { pk: { S: string } }).pk.S;
  assert.equal(await get(undone), undefined);
});
