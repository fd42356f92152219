// What the screen says after a write is the truth about the store, when the engine applied
// the write but its answer was lost (the SDK sends it again), and a read that fails leaves
// the grid as it was. Through a fault proxy in front of the engine, over real HTTP.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, plain, renderApp, scanWithPageSize, type Rendered } from '../helpers/ink.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../bulk/faultProxy.js';
import { demoConnection } from '../../src/demo/engine.js';
import type { SentRequest } from '../../src/dynamo/client.js';

type Item = Record<string, AttributeValue>;
const TABLE = 'Orders_Truth';
const BIG = '99999999999999999999999999999999999998';
let engine: TestEngine;
let proxy: FaultProxy | undefined;
/** The fault for the next request of an operation, once; everything else passes. */
let faults: Partial<Record<string, Fault[]>> = {};

before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'order#', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'order#', KeyType: 'HASH' }],
  });
});
after(() => engine.close());
afterEach(async () => { await proxy?.close(); proxy = undefined; faults = {}; });

const key = (id: string): Item => ({ 'order#': { S: id } });
const get = async (id: string) => (await engine.gateway.call('GetItem', { TableName: TABLE, Key: key(id), ConsistentRead: true })).Item;
const put = (item: Item) => engine.gateway.call('PutItem', { TableName: TABLE, Item: item });

async function open(items: Item[], query?: string): Promise<{ app: Rendered; sent: SentRequest[] }> {
  for (const it of items) await put(it);
  proxy = await startFaultProxy(engine.endpoint, (_n, op) => faults[op]?.shift() ?? 'pass');
  const app = renderApp({ connection: demoConnection(proxy.endpoint), table: TABLE });
  await app.waitFor(/page 1 · Count/);
  const sent: SentRequest[] = [];
  app.gateways[0].onRequest((r) => sent.push(r));
  if (query) {
    await app.press('/', ...query, KEY.enter);
    await app.waitFor(/1 of \d+/);
  }
  return { app, sent };
}

/** `n` items keyed `<prefix>-00`, `<prefix>-01`, ... */
const numbered = (prefix: string, n = 30): Item[] => Array.from({ length: n }, (_, i) => ({ ...key(`${prefix}-${String(i).padStart(2, '0')}`), i: { N: String(i) } }));

/** From the grid: open the item, select qty and press +, up to its review. */
async function reviewPlusOnQty(app: Rendered): Promise<void> {
  await app.press(KEY.enter);
  await app.waitFor('plain JSON');
  while (!/selected qty /.test(plain(app.lastFrame()))) await app.press(KEY.tab);
  await app.press('+');
  await app.waitFor('aws dynamodb update-item');
}

const sends = (sent: SentRequest[], op: string) => sent.filter((r) => r.operation === op).length;

for (const fault of ['resetAfter', 'error500After'] as const) {
  test(`${fault}: one + adds exactly 1 to a 38-digit counter and says the first answer was lost`, async () => {
    const { app } = await open([{ ...key(`c-${fault}`), qty: { N: BIG } }], `c-${fault}`);
    try {
      await reviewPlusOnQty(app);
      faults.UpdateItem = [fault];
      await app.press(KEY.enter);
      await app.waitFor(/qty incremented \(the first answer was lost/);
      assert.deepEqual((await get(`c-${fault}`))?.qty, { N: '99999999999999999999999999999999999999' });
      await app.waitFor('"qty": 99999999999999999999999999999999999999');
    } finally { app.unmount(); }
  });
}

test('resetAfter: an edit that landed says saved, not "someone changed the item"', async () => {
  const { app, sent } = await open([{ ...key('e-1'), status: { S: 'new' }, n: { N: '1' } }], 'e-1');
  try {
    await app.press('e');
    await focusField(app, 'status S');
    await app.press(KEY.end, ...Array(5).fill(KEY.backspace), ...'"paid"');
    await app.waitFor(/status S\s+"paid"/);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    faults.UpdateItem = ['resetAfter'];
    await app.press(KEY.enter);
    const f = await app.waitFor(/saved order#=e-1 \(the first answer was lost/);
    assert.doesNotMatch(f, /Condition failed|changed the item/);
    assert.deepEqual(await get('e-1'), { ...key('e-1'), status: { S: 'paid' }, n: { N: '1' } });
    assert.equal(sends(sent, 'UpdateItem'), 1, 'the app sent it once');
    assert.equal(proxy!.counts.get('UpdateItem:resetAfter'), 1, 'its answer was lost');
    assert.ok((proxy!.counts.get('UpdateItem:pass') ?? 0) >= 1, 'and the SDK sent it again');
  } finally { app.unmount(); }
});

test('resetAfter: a new item that was created says created, not "an item with this key already exists"', async () => {
  const { app } = await open([]);
  try {
    await app.press('n');
    await app.waitFor(`New item in ${TABLE}`);
    await focusField(app, 'order# S key');
    await app.press(KEY.end, KEY.backspace, ...'n-1"');
    await app.waitFor(/order# S key\s+"n-1"/);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb put-item');
    faults.PutItem = ['resetAfter'];
    await app.press(KEY.enter);
    const f = await app.waitFor(/created order#=n-1 \(the first answer was lost/);
    assert.doesNotMatch(f, /already exists/);
    assert.deepEqual(await get('n-1'), key('n-1'));
  } finally { app.unmount(); }
});

test('resetAfter: a delete that happened says deleted, not "the item is gone"', async () => {
  const { app } = await open([{ ...key('d-1'), v: { S: 'x' } }], 'd-1');
  try {
    await app.press('d');
    await app.waitFor(/Delete \{"order#":"d-1"\}/);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb delete-item');
    faults.DeleteItem = ['resetAfter'];
    await app.press(KEY.enter);
    const f = await app.waitFor(/deleted \{"order#":"d-1"\} \(the first answer was lost/);
    assert.doesNotMatch(f, /gone|Condition failed/);
    assert.equal(await get('d-1'), undefined);
  } finally { app.unmount(); }
});

test('a real conflict is still reported as one: the counter refuses to count from a stale value', async () => {
  const { app } = await open([{ ...key('r-1'), qty: { N: '5' } }], 'r-1');
  try {
    await reviewPlusOnQty(app);
    await put({ ...key('r-1'), qty: { N: '7' } });
    await app.press(KEY.enter);
    await app.waitFor(/qty: loaded 5 → now 7/);
    assert.deepEqual((await get('r-1'))?.qty, { N: '7' });
  } finally { app.unmount(); }
});

test('a page read that fails leaves the page, its paging and counts; the footer never says "last page"', async () => {
  const { app } = await open(numbered('p'));
  try {
    await scanWithPageSize(app, 5);
    const before = await app.waitFor(/page 1 · Count 5 \/ ScannedCount 5 · more pages: \]/);
    // Every attempt fails (the DynamoDB client makes 4).
    faults.Scan = Array(4).fill('error500');
    await app.press(']');
    const failed = await app.waitFor(/page 2 was not read/);
    assert.match(failed, /page 1 · Count 5 \/ ScannedCount 5 · more pages: \]/);
    assert.doesNotMatch(failed, /last page/);
    const rowsOf = (f: string) => f.split('\n').filter((l) => /^p-\d\d/.test(l));
    assert.deepEqual(rowsOf(failed), rowsOf(before), 'the rows on screen are the page they were');
    await app.press(']');
    await app.waitFor(/page 2 · Count 5/);
  } finally { app.unmount(); }
});

test('A that fails stops its spinner and says how many pages it read; the rows it read stay', async () => {
  const { app } = await open(numbered('a'));
  try {
    await scanWithPageSize(app, 5);
    await app.waitFor(/page 1 · Count 5/);
    // Page 1 and 2 pass, then every attempt at page 3 fails.
    faults.Scan = ['pass', 'pass', ...Array(4).fill('error500')];
    await app.press('A');
    const f = await app.waitFor(/loading all stopped after 2 pages: /);
    assert.match(f, /10 items/);
    assert.doesNotMatch(f, /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/, 'no spinner is left running');
    assert.deepEqual(app.app().store.getState().busy, {});
  } finally { app.unmount(); }
});

test('a page read that stalls: keys wait behind it, esc stops it, the page on screen stays and the keys go on', async () => {
  const { app } = await open(numbered('s'));
  try {
    await scanWithPageSize(app, 5);
    faults.Scan = ['stall'];
    app.stdin.write(']j');
    await app.waitFor('1 key waits for the answer');
    const { input } = app.app();
    // A person who has watched the spinner for a while, not a key typed ahead.
    await app.waitFor(() => input.stalled);
    await app.press(KEY.esc);
    const f = await app.waitFor(/stopped reading page 2; the page on screen is as it was/);
    assert.match(f, /page 1 · Count 5 \/ ScannedCount 5 · more pages: \]/);
    const e = app.app().store.getState().stack.entries.at(-1)!;
    assert.ok(e.kind === 'table');
    assert.equal(e.browse.window.cursor, 1, 'the j typed behind the read went on, on page 1');
  } finally { app.unmount(); }
});
