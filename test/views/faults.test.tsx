// The app under faults (issue 10), through the fault proxy over real HTTP: throttles and
// stalls on the grid, `A` and the live count end with exact results; credentials that
// expire mid-session keep the view and the form, say what to renew, and R (or sending
// again) works once they are renewed.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, plain, renderApp, scanWithPageSize, typeText, type Rendered } from '../helpers/ink.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../bulk/faultProxy.js';
import { demoConnection } from '../../src/demo/engine.js';

type Item = Record<string, AttributeValue>;
const TABLE = 'Faults_UI';
const ITEMS = 60;
let engine: TestEngine;
let proxy: FaultProxy | undefined;
/** Faults for the next requests of an operation, in order; `every` for all of them. */
let faults: Partial<Record<string, Fault[]>> = {};
let every: Partial<Record<string, Fault>> = {};

before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  });
  for (let i = 0; i < ITEMS; i++) await engine.gateway.call('PutItem', { TableName: TABLE, Item: { id: { S: `f-${String(i).padStart(2, '0')}` }, v: { N: String(i) } } });
});
after(() => engine.close());
afterEach(async () => { await proxy?.close(); proxy = undefined; faults = {}; every = {}; });

const get = async (id: string): Promise<Item | undefined> =>
  (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { id: { S: id } }, ConsistentRead: true })).Item;

async function open(): Promise<Rendered> {
  proxy = await startFaultProxy(engine.endpoint, (_n, op) => faults[op]?.shift() ?? every[op] ?? 'pass');
  // A short answer timeout keeps a stall test fast; the app's own default is 10 s.
  const app = renderApp({ connection: { ...demoConnection(proxy.endpoint), requestTimeoutMs: 400 }, table: TABLE });
  await app.waitFor(/page 1 · Count/);
  return app;
}

test('a page read that stalls once is timed out, sent again, and shown', async () => {
  const app = await open();
  try {
    await scanWithPageSize(app, 10);
    faults.Scan = ['stall'];
    await app.press(']');
    await app.waitFor(/page 2 · Count 10/);
    assert.equal(proxy!.counts.get('Scan:stall'), 1);
  } finally { app.unmount(); }
});

test('A and the live count under throttling (every other Scan) end with every item, counted exactly', async () => {
  const app = await open();
  try {
    await scanWithPageSize(app, 10);
    let n = 0;
    faults.Scan = Array.from({ length: 40 }, () => (n++ % 2 ? 'throttle' : 'pass'));
    await app.press('A');
    await app.waitFor(new RegExp(`· all \\d+ pages · ${ITEMS} items \\(scanned ${ITEMS}\\)`));
    faults.Scan = Array.from({ length: 40 }, () => (n++ % 2 ? 'throttle' : 'pass'));
    await app.press('c');
    await app.waitFor(new RegExp(`live count\\s+${ITEMS} items \\(scanned ${ITEMS}`));
    assert.ok((proxy!.counts.get('Scan:throttle') ?? 0) >= 5, 'the throttles happened');
  } finally { app.unmount(); }
});

test('credentials expire mid-session: R keeps the grid and says what to renew; once renewed R reads again', async () => {
  const app = await open();
  try {
    const before = await app.waitFor(/page 1 · Count/);
    const rows = (f: string) => f.split('\n').filter((l) => /^f-\d\d/.test(l));
    every.Scan = 'expired';
    every.DescribeTable = 'expired';
    await app.press('R');
    const f = await app.waitFor(/describing Faults_UI again failed: Credentials expired/);
    // The same rows, less the one the problem's line takes.
    assert.deepEqual(rows(f), rows(before).slice(0, rows(f).length), 'the rows stay on screen');
    assert.ok(rows(f).length >= rows(before).length - 1);
    assert.match(f, /page 1 · Count/);
    every = {};
    await app.press('R');
    await app.waitFor((s) => /page 1 · Count/.test(s) && !/again failed|was not read/.test(s));
  } finally { app.unmount(); }
});

test('credentials expire before a save: the edit stays in the form with the reason; sent again once renewed, it lands', async () => {
  const app = await open();
  try {
    await app.press('/', ...'f-07', KEY.enter);
    await app.waitFor(/1 of \d+/);
    await app.press('e');
    await focusField(app, 'v N');
    await app.press(KEY.end, '9', '9');
    await app.waitFor(/v N\s+799/);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    every.UpdateItem = 'expired';
    await app.press(KEY.enter);
    const f = await app.waitFor(/Credentials expired/);
    assert.match(f, /v N\s+799/, 'the edit is kept');
    assert.deepEqual((await get('f-07'))?.v, { N: '7' }, 'nothing was written');
    every = {};
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    await app.press(KEY.enter);
    await app.waitFor(/saved id=f-07/);
    assert.deepEqual((await get('f-07'))?.v, { N: '799' });
    assert.doesNotMatch(plain(app.lastFrame()), /Credentials expired/);
  } finally { app.unmount(); }
});

test('an import whose writes stall: esc ends it in bounded time, with counts that add up and match the table', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'dynoscope-faults-')), 'stalled.jsonl');
  writeFileSync(file, Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `imp-${i}`, v: i })).join('\n') + '\n');
  const app = await open();
  try {
    every.BatchWriteItem = 'stall';
    await app.press('I');
    await app.waitFor('Import items into');
    await typeText(app, file);
    await app.press(KEY.enter);
    await app.waitFor(': confirm');
    await app.press(KEY.enter);
    await app.waitFor(/Importing/);
    await app.waitFor(() => (proxy!.counts.get('BatchWriteItem:stall') ?? 0) >= 1);
    const started = Date.now();
    await app.press(KEY.esc);
    const f = await app.waitFor(/Cancelled: \d+ items were written/, 20_000);
    assert.ok(Date.now() - started < 15_000, `ended ${Date.now() - started} ms after esc`);
    const count = (label: string) => Number((new RegExp(`^\\s*${label}\\s+([\\d,]+)`, 'm').exec(f)?.[1] ?? 'NaN').replace(/,/g, ''));
    const [written, unwritten, read] = [count('written'), count('unwritten'), count('read')];
    assert.equal(written + unwritten, read, f);
    let stored = 0;
    for (let i = 0; i < 40; i++) if (await get(`imp-${i}`)) stored++;
    assert.equal(stored, written, 'the table holds exactly what it says was written');
  } finally { app.unmount(); }
});
