// The other side of writeTruth.test.ts: with every answer delivered, a failed condition is
// the truth too. Someone else changed the item between load and send: the real conflict,
// nothing written. Someone else made the very same change: "already so", nothing written.
// Against the embedded engine over real HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';
import { N, S, scenarios, sendRaw } from '../helpers/writeScenarios.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { buildCounterInput, sameItem, sendWrite, type Item } from '../../src/dynamo/write/index.js';

const TABLE = 'WriteConflicts';
let engine: TestEngine;
let info: TableInfo;
before(async () => { ({ engine, info } = await pkTableEngine(TABLE)); });
after(() => engine.close());

const load = async (pk: string) => (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { pk: S(pk) }, ConsistentRead: true })).Item;
const sameOrAbsent = (a: Item | undefined, b: Item | undefined) => (a === undefined ? b === undefined : b !== undefined && sameItem(a, b));
let seq = 0;

for (const s of scenarios(TABLE)) {
  test(`${s.name}: changed by someone else after loading: the real conflict, nothing written`, async () => {
    const pk = `${s.name}-${++seq}`;
    const stored = s.before(pk);
    if (stored) await engine.gateway.call('PutItem', { TableName: TABLE, Item: stored });
    const built = s.build(info, TABLE, await load(pk), pk);
    await sendRaw(engine.gateway, s.conflict(pk));
    const theirs = await load(pk);
    const r = await sendWrite(engine.gateway, built);
    assert.ok(!r.ok && r.kind === 'condition', JSON.stringify(r));
    assert.equal(r.failed, s.failed);
    assert.ok(sameOrAbsent(theirs, await load(pk)), 'their change stays; nothing of this write landed');
    if (s.failed === 'unchanged-guard') assert.ok(r.diff.length > 0 && r.diff.every((d) => d.loaded && d.now), JSON.stringify(r.diff));
  });

  test(`${s.name}: the very same change made by someone else first: already so, nothing written`, async () => {
    const pk = `${s.name}-${++seq}`;
    const stored = s.before(pk);
    if (stored) await engine.gateway.call('PutItem', { TableName: TABLE, Item: stored });
    const built = s.build(info, TABLE, await load(pk), pk);
    await sendRaw(engine.gateway, s.identical(pk));
    const r = await sendWrite(engine.gateway, built);
    assert.ok(!r.ok && r.kind === 'condition', JSON.stringify(r));
    assert.equal(r.failed, 'already-applied');
    assert.match(r.problem.detail, /^Nothing (written|deleted): /);
    assert.ok(sameOrAbsent(s.once(pk), await load(pk)), 'applied once, by them');
  });
}

test('the counter is guarded by the value it was loaded with: a concurrent change makes + fail with loaded → now, nothing added', async () => {
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: S('ctr'), n: N('5'), m: { M: { c: N('-1.5') } } } });
  const loaded = (await load('ctr'))!;
  await engine.gateway.call('UpdateItem', {
    TableName: TABLE, Key: { pk: S('ctr') }, UpdateExpression: 'ADD n :two SET m.c = :c', ExpressionAttributeValues: { ':two': N('2'), ':c': N('0') },
  });
  for (const [path, loadedText, nowText] of [['n', '5', '7'], [['m', 'c'], '-1.5', '0']] as const) {
    const built = buildCounterInput(info, TABLE, loaded, path, '1');
    assert.ok(built.ok);
    const r = await sendWrite(engine.gateway, built);
    assert.ok(!r.ok && r.kind === 'condition' && r.failed === 'unchanged-guard', JSON.stringify(r));
    const name = typeof path === 'string' ? path : 'm.c';
    assert.deepEqual(r.diff, [{ name, loaded: N(loadedText), now: N(nowText) }]);
    assert.equal(r.problem.detail, `${name} loaded ${loadedText} → now ${nowText}; nothing was added.`);
  }
  assert.deepEqual(await load('ctr'), { pk: S('ctr'), n: N('7'), m: { M: { c: N('0') } } });
});
