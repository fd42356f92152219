// A write whose answer is lost is resent by the SDK (4 attempts by default): every item
// write is safe to apply twice, and sendWrite reports the truth about the store, found by
// re-reading. Against the embedded engine over real HTTP, through a proxy that applies a
// write and then loses its answer (500 or reset connection), or never forwards it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';
import { N, S, scenarios, sendRaw } from '../helpers/writeScenarios.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../bulk/faultProxy.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { buildCounterInput, buildEditInput, sameItem, sendWrite, type Item } from '../../src/dynamo/write/index.js';

const TABLE = 'WriteTruth';
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
let engine: TestEngine;
let info: TableInfo;
let proxy: FaultProxy;
let gateway: DynamoGateway; // through the proxy, with the SDK's default retries
let plan: (operation: string, nth: number) => Fault = () => 'pass';
let hook: ((operation: string) => Promise<void>) | undefined;
const seen = new Map<string, number>();

before(async () => {
  ({ engine, info } = await pkTableEngine(TABLE));
  proxy = await startFaultProxy(engine.endpoint, (_n, op) => {
    const nth = seen.get(op) ?? 0;
    seen.set(op, nth + 1);
    return plan(op, nth);
  }, { beforeEach: (_n, op) => hook?.(op) });
  gateway = new DynamoGateway({ ...engine.gateway.options, endpoint: proxy.endpoint });
});
after(async () => { gateway.destroy(); await proxy.close(); await engine.close(); });

// A fresh client each time: the SDK's retries draw on a client-wide budget, which the
// faults of earlier tests would otherwise have spent (see faultProxy.ts).
function faults(f: (operation: string, nth: number) => Fault, onRequest?: (operation: string) => Promise<void>): void {
  gateway.destroy();
  gateway = new DynamoGateway({ ...engine.gateway.options, endpoint: proxy.endpoint });
  seen.clear();
  proxy.counts.clear();
  plan = f;
  hook = onRequest;
}
const firstWrite = (fault: Fault) => (op: string, nth: number): Fault => (WRITES.has(op) && nth === 0 ? fault : 'pass');
const everyWrite = (fault: Fault) => (op: string): Fault => (WRITES.has(op) ? fault : 'pass');

const load = async (pk: string) => (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { pk: S(pk) }, ConsistentRead: true })).Item;
const sameOrAbsent = (a: Item | undefined, b: Item | undefined) => (a === undefined ? b === undefined : b !== undefined && sameItem(a, b));
let seq = 0;

async function prepare(s: ReturnType<typeof scenarios>[number]) {
  const pk = `${s.name}-${++seq}`;
  const stored = s.before(pk);
  if (stored) await engine.gateway.call('PutItem', { TableName: TABLE, Item: stored });
  const loaded = await load(pk);
  return { pk, loaded, built: s.build(info, TABLE, loaded, pk) };
}

for (const fault of ['resetAfter', 'error500After'] as const) {
  for (const s of scenarios(TABLE)) {
    test(`${s.name}: applied, then its answer lost (${fault}) and resent: applied once, reported saved`, async () => {
      const { pk, built } = await prepare(s);
      faults(firstWrite(fault));
      const r = await sendWrite(gateway, built);
      assert.ok(r.ok && r.recovered, JSON.stringify(r));
      assert.equal(proxy.counts.get(`${built.operation}:${fault}`), 1, 'the fault was applied');
      assert.ok(sameOrAbsent(s.once(pk), await load(pk)), `exactly one application: ${JSON.stringify(await load(pk))}`);
      if (s.once(pk)) assert.ok(sameItem(r.attributes!, s.once(pk)!), 'the item as re-read comes back');
    });
  }
}

test('a 38-digit counter through a lost answer: exactly loaded + 1, every digit', async () => {
  const big = '12345678901234567890123456789012345678';
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: S('big'), n: N(big) } });
  const built = buildCounterInput(info, TABLE, (await load('big'))!, 'n', '1');
  assert.ok(built.ok);
  faults(firstWrite('resetAfter'));
  const r = await sendWrite(gateway, built);
  assert.ok(r.ok && r.recovered, JSON.stringify(r));
  assert.equal((await load('big'))!.n!.N, '12345678901234567890123456789012345679');
});

for (const s of scenarios(TABLE)) {
  test(`${s.name}: never delivered (resetBefore on every attempt): reported not applied, store unchanged`, async () => {
    const { pk, loaded, built } = await prepare(s);
    faults(everyWrite('resetBefore'));
    const r = await sendWrite(gateway, built);
    assert.ok(!r.ok && r.kind === 'error' && 'notApplied' in r && r.notApplied, JSON.stringify(r));
    assert.match(r.problem.detail, /^Nothing was written: /);
    assert.equal(proxy.counts.get(`${built.operation}:resetBefore`), 4, 'the SDK sent it 4 times');
    assert.ok(sameOrAbsent(loaded, await load(pk)));
  });
}

test('the answer lost and the item changed again before the re-read: the outcome is reported unknown, with what changed', async () => {
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: S('lost'), x: S('a') } });
  const loaded = (await load('lost'))!;
  const built = buildEditInput(info, TABLE, loaded, { ...loaded, x: S('b') });
  assert.ok(built.ok && !('noChange' in built));
  // Every attempt is cut off (the first applied), and someone writes just before the re-read.
  faults(everyWrite('resetAfter'), async (op) => {
    if (op === 'GetItem') await sendRaw(engine.gateway, { operation: 'UpdateItem', input: { TableName: TABLE, Key: { pk: S('lost') }, UpdateExpression: 'SET x = :x', ExpressionAttributeValues: { ':x': S('theirs') } } });
  });
  const r = await sendWrite(gateway, built);
  assert.ok(!r.ok && r.kind === 'error' && 'unknownOutcome' in r, JSON.stringify(r));
  assert.deepEqual(r.diff, [{ name: 'x', loaded: S('a'), now: S('theirs') }]);
  assert.equal(r.problem.title, 'Outcome unknown');
  assert.match(r.problem.detail, /neither as it was loaded nor as this write would leave it: x changed since it was loaded/);
});

test('the answer lost and the re-read failing too: the outcome is reported unknown, and why', async () => {
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: S('blind'), x: S('a') } });
  const loaded = (await load('blind'))!;
  const built = buildEditInput(info, TABLE, loaded, { ...loaded, x: S('b') });
  assert.ok(built.ok && !('noChange' in built));
  faults((op) => (WRITES.has(op) ? 'resetAfter' : 'resetBefore'));
  const r = await sendWrite(gateway, built);
  assert.ok(!r.ok && r.kind === 'error' && 'unknownOutcome' in r, JSON.stringify(r));
  assert.match(r.problem.detail, /re-reading the item to find out failed too/);
  assert.equal(proxy.counts.get('GetItem:resetBefore'), 4);
});

test('stalled: with a request timeout each attempt times out and is resent; the re-read shows nothing written', async () => {
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: S('stall'), n: N('1') } });
  const built = buildCounterInput(info, TABLE, (await load('stall'))!, 'n', '1');
  assert.ok(built.ok);
  const timed = new DynamoGateway({ ...gateway.options, requestTimeoutMs: 150, maxAttempts: 2 });
  try {
    faults(everyWrite('stall'));
    const r = await sendWrite(timed, built);
    assert.ok(!r.ok && r.kind === 'error' && 'notApplied' in r, JSON.stringify(r));
    assert.equal(proxy.counts.get('UpdateItem:stall'), 2);
    assert.match(r.problem.hint ?? '', /could yet land \(once at most/);
    assert.deepEqual(await load('stall'), { pk: S('stall'), n: N('1') });
  } finally { timed.destroy(); }
});

test('stalled and cancelled: nothing more is sent, and the outcome is reported unknown', async () => {
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: S('cancel'), n: N('1') } });
  const built = buildCounterInput(info, TABLE, (await load('cancel'))!, 'n', '1');
  assert.ok(built.ok);
  const stop = new AbortController();
  faults(everyWrite('stall'), async (op) => { if (op === 'UpdateItem') setImmediate(() => stop.abort()); });
  const r = await sendWrite(gateway, built, { signal: stop.signal });
  assert.ok(!r.ok && r.kind === 'error' && 'unknownOutcome' in r, JSON.stringify(r));
  assert.match(r.problem.detail, /cancelled after being sent/);
  assert.equal(proxy.counts.get('GetItem:pass'), undefined, 'no re-read after a cancel');
  const again = await sendWrite(gateway, built, { signal: stop.signal });
  assert.ok(!again.ok && again.kind === 'error' && 'notApplied' in again, 'cancelled before sending: nothing written');
});
