// Undo from the journal against the embedded engine: for random items of every type
// (38-digit and tiny numbers, binary, sets, nesting, odd names), a write then its undo
// leaves the item exactly as GetItem showed it before the write (a new item is gone again,
// a deleted one back); an item changed since is refused with its differences and nothing
// is written; --no-journal writes no file; a damaged journal is reported and survived;
// rotation keeps the files bounded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { item as itemArb } from '../helpers/arbitraries.js';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';
import { flash, getItem, itemPending, journalCtx, sendOnReview, tempDir } from '../helpers/journalCtx.js';
import { toDdbJsonObject, type Item } from '../../src/dynamo/codec/index.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { buildDeleteInput, buildEditInput, buildPutInput, buildUndoInput } from '../../src/dynamo/write/index.js';
import { Journal, type JournalEntry } from '../../src/memory/journal.js';
import type { Ctx } from '../../src/state/controllers/context.js';
import { chooseUndo, openUndo } from '../../src/state/controllers/undo.js';
import { sendReviewed } from '../../src/state/controllers/writes.js';
import { draftFromItem } from '../../src/state/editDraft.js';
import { topEntry, type WriteScreen } from '../../src/state/screens.js';
import type { WriteFlow } from '../../src/state/writeFlow.js';

const TABLE = 'Undo';
let engine: TestEngine;
let info: TableInfo;
before(async () => { ({ engine, info } = await pkTableEngine(TABLE)); });
after(() => engine.close());

const key = (pk: string): Item => ({ pk: { S: pk } });
const get = (pk: string) => getItem(engine.gateway, TABLE, key(pk));
const ddb = (item: Item | undefined) => (item ? toDdbJsonObject(item) : undefined);
const top = (ctx: Ctx) => topEntry(ctx.store.getState().stack);

const hasProto = (v: AttributeValue): boolean =>
  v.M ? Object.keys(v.M).includes('__proto__') || Object.values(v.M).some(hasProto) : v.L ? v.L.some(hasProto) : false;
/** A generated item under this key, without `__proto__` (the builders refuse it). */
const withKey = (generated: Item, pk: string): Item =>
  Object.fromEntries([...Object.entries(generated).filter(([k, v]) => k !== 'pk' && k !== '__proto__' && !hasProto(v)), ['pk', { S: pk }]]);

const screenOf = (kind: 'new' | 'edit' | 'delete', item?: Item) => (flow: WriteFlow): WriteScreen => (kind === 'delete'
  ? { kind, table: TABLE, item: item!, draft: { onlyIfUnchanged: true, condition: '', values: '' }, flow }
  : { kind: 'edit', table: TABLE, mode: kind, item, draft: draftFromItem(item, [{ name: 'pk', type: 'S' }]), deleteOld: false, overwrite: false, flow });

/** U, enter on the newest write, enter on the review: what the keys do. */
async function undoNewest(ctx: Ctx): Promise<void> {
  await openUndo(ctx, TABLE);
  const list = top(ctx);
  assert.equal(list.kind, 'undoList');
  await chooseUndo(ctx, list.id);
  const review = top(ctx);
  if (review.kind !== 'undo') return;
  assert.equal(review.flow.step, 'review');
  await sendReviewed(ctx, review.id);
}

test('property: write then undo leaves the item exactly as it was before (new, edit, delete)', async () => {
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info);
  let serial = 0;
  const ran = { new: 0, edit: 0, delete: 0 };
  await fc.assert(fc.asyncProperty(fc.option(itemArb, { freq: 3 }), fc.option(itemArb, { freq: 3 }), async (a, b) => {
    fc.pre(a !== null || b !== null);
    const pk = `p-${serial++}`;
    if (a) await engine.gateway.call('PutItem', { TableName: TABLE, Item: withKey(a, pk) });
    const stored = await get(pk);
    const target = b ? withKey(b, pk) : undefined;
    const built = !stored ? buildPutInput(info, TABLE, target!) : !target ? buildDeleteInput(info, TABLE, stored) : buildEditInput(info, TABLE, stored, target);
    assert.ok(built.ok, JSON.stringify(built));
    if ('noChange' in built) return;
    // dynalite cannot compare a map or list whole (DynamoDB can): such guards are left out.
    fc.pre(!built.guard.comparedWhole);
    const kind = !stored ? 'new' : !target ? 'delete' : 'edit';
    await sendOnReview(ctx, screenOf(kind, stored), itemPending(built));
    const written = await get(pk);
    const undo = buildUndoInput(info, TABLE, { key: key(pk), before: stored, after: written });
    assert.ok(undo.ok);
    fc.pre(!undo.guard.comparedWhole);
    await undoNewest(ctx);
    assert.match(flash(ctx), /^undone/, flash(ctx));
    assert.deepEqual(ddb(await get(pk)), ddb(stored), 'the item is exactly as before the write (or gone again)');
    ran[kind]++;
  }), { numRuns: 60 });
  assert.ok(ran.new > 3 && ran.edit > 3 && ran.delete > 3, JSON.stringify(ran));
  const last = (await ctx.journal!.journal.read()).entries.at(-1)!;
  assert.equal(last.operation, 'undo', 'the undo is journaled too');
});

test('undo is refused when the item changed since the write: the differences show, nothing is written', async () => {
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info);
  const item: Item = { pk: { S: 'changed' }, n: { N: '1' }, s: { S: 'a' } };
  const put = buildPutInput(info, TABLE, item);
  assert.ok(put.ok);
  await sendOnReview(ctx, screenOf('new'), itemPending(put));
  await engine.gateway.call('UpdateItem', { TableName: TABLE, Key: key('changed'), UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': { N: '2' } } });
  const writes: string[] = [];
  const stop = engine.gateway.onRequest((r) => { if (WRITE_OPERATIONS.has(r.operation)) writes.push(r.operation); });
  try {
    await undoNewest(ctx);
  } finally { stop(); }
  const list = top(ctx);
  assert.equal(list.kind, 'undoList', 'no review opens');
  assert.ok(list.kind === 'undoList' && list.list.refused);
  assert.deepEqual(list.list.refused.diff, [{ name: 'n', loaded: { N: '1' }, now: { N: '2' } }]);
  assert.match(flash(ctx), /not undone: the item changed since/);
  assert.deepEqual(writes, [], 'nothing was written');
  assert.deepEqual(await get('changed'), { ...item, n: { N: '2' } });
});

test('the guard holds on the engine too: a change between the check and enter is refused', async () => {
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info);
  const item: Item = { pk: { S: 'race' }, n: { N: '1' } };
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: item });
  const stored = (await get('race'))!;
  const del = buildDeleteInput(info, TABLE, stored);
  assert.ok(del.ok);
  await sendOnReview(ctx, screenOf('delete', stored), itemPending(del));
  await openUndo(ctx, TABLE);
  await chooseUndo(ctx, top(ctx).id);
  const review = top(ctx);
  assert.equal(review.kind, 'undo');
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: { S: 'race' }, other: { S: 'theirs' } } });
  await sendReviewed(ctx, review.id);
  assert.equal(top(ctx).kind, 'undo');
  assert.ok(review.kind === 'undo' && (top(ctx) as typeof review).flow.failure?.kind === 'condition');
  assert.deepEqual(await get('race'), { pk: { S: 'race' }, other: { S: 'theirs' } }, 'their item is kept');
});

test('--no-journal: nothing is written to the state folder, and :undo says the journal is off', async () => {
  const dir = tempDir();
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info, { dir, off: true });
  const put = buildPutInput(info, TABLE, { pk: { S: 'off' }, n: { N: '1' } });
  assert.ok(put.ok);
  await sendOnReview(ctx, screenOf('new'), itemPending(put));
  assert.ok(await get('off'));
  await openUndo(ctx, TABLE);
  assert.match(flash(ctx), /the undo journal is off \(--no-journal\)/);
  assert.deepEqual(readdirSync(dir), []);
});

test('a damaged journal is reported once and survived: good lines are listed, new entries still land', async () => {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'journal.jsonl'), 'not json\n{"half": \n');
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info, { dir });
  appendFileSync(join(dir, 'journal.jsonl'), '{"torn": tr'); // a crash mid-line, no newline
  const put = buildPutInput(info, TABLE, { pk: { S: 'damaged' }, n: { N: '5' } });
  assert.ok(put.ok);
  await sendOnReview(ctx, screenOf('new'), itemPending(put));
  await openUndo(ctx, TABLE);
  const list = top(ctx);
  assert.ok(list.kind === 'undoList');
  assert.equal(list.list.damaged, 3);
  assert.match(flash(ctx), /3 lines of .*journal\.jsonl could not be read/);
  assert.equal(list.list.choices[0]!.operation, 'new', 'the entry after the torn line is whole');
  await chooseUndo(ctx, list.id);
  await sendReviewed(ctx, top(ctx).id);
  assert.equal(await get('damaged'), undefined);
});

test('a journal that cannot be written never fails the write; it is said once', async () => {
  const dir = join(tempDir(), 'file');
  writeFileSync(dir, 'a file where the folder should be');
  const { ctx } = journalCtx(engine.endpoint, engine.gateway, info, { dir });
  for (const pk of ['nf-1', 'nf-2']) {
    const put = buildPutInput(info, TABLE, { pk: { S: pk } });
    assert.ok(put.ok);
    await sendOnReview(ctx, screenOf('new'), itemPending(put));
    await ctx.journal!.journal.flush();
    assert.ok(await get(pk), 'the write landed');
  }
  assert.equal(ctx.journal!.reported, true);
});

test('rotation: journal.jsonl stays under its bounds, the one before is journal.1.jsonl, older ones go', async () => {
  const dir = tempDir();
  const journal = new Journal(dir, { maxEntries: 5, maxBytes: 2000 });
  const entry = (i: number): JournalEntry => ({ v: 1, time: new Date(i).toISOString(), scope: {}, table: 'T', operation: 'new', request: 'PutItem', key: { pk: { S: `k${i}` } }, after: { pk: { S: `k${i}` }, pad: { S: 'x'.repeat(i % 3 ? 10 : 300) } } });
  for (let i = 0; i < 40; i++) await journal.append([entry(i)]);
  const lines = (f: string) => readFileSync(join(dir, f), 'utf8').trimEnd().split('\n').length;
  assert.ok(lines('journal.jsonl') <= 5 && lines('journal.1.jsonl') <= 5);
  assert.ok(statSync(join(dir, 'journal.jsonl')).size <= 2000 && statSync(join(dir, 'journal.1.jsonl')).size <= 2000);
  assert.deepEqual(readdirSync(dir).sort(), ['journal.1.jsonl', 'journal.jsonl']);
  const read = await journal.read();
  assert.equal(read.entries.at(-1)!.time, entry(39).time, 'the newest entry is kept');
  const times = read.entries.map((e) => e.time);
  assert.deepEqual(times, [...times].sort(), 'oldest first, in order');
  assert.ok(existsSync(join(dir, 'journal.jsonl')));
  assert.equal((statSync(join(dir, 'journal.jsonl')).mode & 0o777), 0o600, 'owner-only');
});
