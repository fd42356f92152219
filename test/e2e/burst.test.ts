// The interaction core through the built binary in a real pseudo-terminal: keys written in
// one chunk (a paste, typing ahead over ssh) act on the rows the keys before them reached;
// help over a review keeps it; a write whose first answer was lost lands once and says so.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchApp } from './app.js';
import type { Term } from './terminal.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../bulk/faultProxy.js';

const TABLE = 'E2E_Burst';
const T = { timeout: 30_000 };
let engine: TestEngine;
let proxy: FaultProxy;
let next: Fault[] = [];
const terms: Term[] = [];

before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'user id', AttributeType: 'S' }, { AttributeName: 'at', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'user id', KeyType: 'HASH' }, { AttributeName: 'at', KeyType: 'RANGE' }],
  });
  for (let i = 0; i < 8; i++) {
    await engine.gateway.call('PutItem', { TableName: TABLE, Item: { 'user id': { S: `u${i}` }, at: { N: String(1000 + i) }, hits: { N: String(10 * i) } } });
  }
  // Every request passes, except the faults a test queues for the next write.
  proxy = await startFaultProxy(engine.endpoint, (_n, op) => (['UpdateItem', 'PutItem', 'DeleteItem'].includes(op) ? next.shift() : undefined) ?? 'pass');
});
after(async () => { await proxy.close(); await engine.close(); });
afterEach(async () => {
  for (const t of terms.splice(0)) { t.kill(); await t.exited; }
  next = [];
});

async function open(): Promise<Term> {
  const t = await launchApp(['--endpoint-url', proxy.endpoint, TABLE], { cols: 110, rows: 34 });
  terms.push(t);
  await t.waitFor(/page 1 · Count 8/, T);
  return t;
}

/** The grid's rows as [user id, at], top to bottom. */
const rows = (screen: string) => screen.split('\n').flatMap((l) => {
  const m = /^(u\d)\s+(\d{4})\b/.exec(l);
  return m ? [[m[1]!, m[2]!] as const] : [];
});
const get = async (id: string, at: string) =>
  (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { 'user id': { S: id }, at: { N: at } }, ConsistentRead: true })).Item;

test('g j j d typed in one write deletes row 3, exactly that item', async () => {
  const t = await open();
  const [first, , third] = rows(t.text());
  await t.press(['down', 'down', 'down', 'down', 'down']);
  await t.type('gjjd');
  await t.waitFor(`Delete {"user id":"${third![0]}","at":${third![1]}} from ${TABLE}`, T);
  await t.type('\r\r');
  await t.waitFor(/deleted \{"user id"/, T);
  assert.equal(await get(third![0], third![1]), undefined, 'row 3 is gone');
  assert.ok(await get(first![0], first![1]), 'row 1 is not');
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { 'user id': { S: third![0] }, at: { N: third![1] }, hits: { N: String(10 * Number(third![0].slice(1))) } } });
});

test('help over a review, then esc: the review is still there, with its request', async () => {
  const t = await open();
  await t.type('jd');
  await t.waitFor(/Delete \{"user id"/, T);
  await t.type('\r');
  await t.waitFor('aws dynamodb delete-item', T);
  await t.press('?');
  await t.waitFor('Keys on this screen', T);
  await t.press('esc');
  const s = await t.waitFor('aws dynamodb delete-item', T);
  assert.match(s, /delete › review/);
  await t.press('esc');
  await t.waitFor(/› only if unchanged/, T);
});

test('a + whose first answer was lost (connection reset after the write) counts once and says so', async () => {
  const t = await open();
  const [[id, at]] = rows(t.text()) as [readonly [string, string]];
  const before = Number((await get(id, at))!.hits!.N);
  await t.press('enter');
  await t.waitFor('plain JSON', T);
  for (const name of ['user id', 'at', 'hits']) {
    await t.press('tab');
    await t.waitFor(`selected ${name}`, T);
  }
  await t.press('+');
  await t.waitFor('aws dynamodb update-item', T);
  next = ['resetAfter'];
  await t.press('enter');
  await t.waitFor(/hits incremented \(the first answer was lost/, T);
  assert.equal(Number((await get(id, at))!.hits!.N), before + 1);
});
