// A change made after loading is never overwritten: for every attribute type, against the
// embedded engine over HTTP. Also: the item deleted underneath, the user's condition false,
// a taken key, and what the delete guard can and cannot see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import {
  buildCounterInput, buildDeleteInput, buildEditInput, buildPutInput, diffItems, sameValue, sendWrite, type Item,
} from '../../src/dynamo/write/index.js';

const TABLE = 'WriteGuards';
let info: TableInfo;
const S = (S: string): AttributeValue => ({ S });
const N = (N: string): AttributeValue => ({ N });
const bin = (...b: number[]) => new Uint8Array(b);

let engine: TestEngine;
before(async () => { ({ engine, info } = await pkTableEngine(TABLE)); });
after(() => engine.close());

const put = (item: Item) => engine.gateway.call('PutItem', { TableName: TABLE, Item: item });
const load = async (pk: string) => (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { pk: S(pk) }, ConsistentRead: true })).Item;
const otherWriter = (pk: string, value: AttributeValue) =>
  engine.gateway.call('UpdateItem', { TableName: TABLE, Key: { pk: S(pk) }, UpdateExpression: 'SET x = :x', ExpressionAttributeValues: { ':x': value } });

// [type, loaded, written by someone else meanwhile, the editor's value]
const cases: [string, AttributeValue, AttributeValue, AttributeValue][] = [
  ['S', S('a'), S('b'), S('c')],
  ['N', N('1'), N('1.5'), N('3')],
  ['B', { B: bin(1) }, { B: bin(1, 0) }, { B: bin(3) }],
  ['SS', { SS: ['a', 'b'] }, { SS: ['a', 'b', 'c'] }, { SS: ['z'] }],
  ['NS', { NS: ['1', '2'] }, { NS: ['1'] }, { NS: ['9'] }],
  ['BS', { BS: [bin(1), bin(2)] }, { BS: [bin(1), bin(3)] }, { BS: [bin(9)] }],
  ['M (a key added)', { M: { a: N('1'), b: { L: [S('x')] } } }, { M: { a: N('1'), b: { L: [S('x')] }, c: S('new') } }, { M: { a: N('2') } }],
  ['M (a nested value)', { M: { a: N('1'), b: { L: [S('x')] } } }, { M: { a: N('1'), b: { L: [S('y')] } } }, { M: {} }],
  ['L (an element)', { L: [N('1'), S('x')] }, { L: [N('1'), S('y')] }, { L: [] }],
  ['L (appended)', { L: [N('1')] }, { L: [N('1'), N('1')] }, { L: [N('2')] }],
  ['NULL', { NULL: true }, { BOOL: false }, S('x')],
  ['BOOL', { BOOL: true }, { BOOL: false }, { NULL: true }],
];

for (const [type, loadedValue, theirs, mine] of cases) {
  test(`a concurrent change of ${type} is refused, named, and kept; the same edit then saves`, async () => {
    const pk = `type-${type}`;
    await put({ pk: S(pk), x: loadedValue, other: S('keep') });
    const loaded = (await load(pk))!;
    await otherWriter(pk, theirs);

    const built = buildEditInput(info, TABLE, loaded, { ...loaded, x: mine });
    assert.ok(built.ok && !('noChange' in built));
    const r = await sendWrite(engine.gateway, built);
    assert.ok(!r.ok && r.kind === 'condition', JSON.stringify(r));
    assert.equal(r.failed, 'unchanged-guard');
    assert.equal(r.diff.length, 1);
    assert.equal(r.diff[0]!.name, 'x');
    assert.ok(sameValue(r.diff[0]!.loaded!, loadedValue));
    assert.ok(sameValue(r.diff[0]!.now!, theirs));
    assert.match(r.problem.detail, /x changed after the item was loaded/);
    const now = (await load(pk))!;
    assert.ok(sameValue(now.x!, theirs), 'the other writer\'s value stays');
    assert.deepEqual(now.other, S('keep'));

    // Reloaded, the guard holds on the engine for every type (maps and lists included).
    const again = buildEditInput(info, TABLE, now, { ...now, x: mine });
    assert.ok(again.ok && !('noChange' in again));
    const saved = await sendWrite(engine.gateway, again);
    assert.ok(saved.ok, JSON.stringify(saved));
    assert.ok(sameValue(saved.attributes!.x!, mine));
    assert.ok(sameValue((await load(pk))!.x!, mine));
  });
}

test('removing an attribute someone changed, or adding one someone added, is refused too', async () => {
  await put({ pk: S('rm'), x: S('a') });
  const loaded = (await load('rm'))!;
  await otherWriter('rm', S('b'));
  const edited: Item = { ...loaded, y: S('mine') };
  delete edited.x;
  const built = buildEditInput(info, TABLE, loaded, edited);
  assert.ok(built.ok && !('noChange' in built));
  await engine.gateway.call('UpdateItem', { TableName: TABLE, Key: { pk: S('rm') }, UpdateExpression: 'SET y = :y', ExpressionAttributeValues: { ':y': S('theirs') } });
  const r = await sendWrite(engine.gateway, built);
  assert.ok(!r.ok && r.kind === 'condition' && r.failed === 'unchanged-guard');
  assert.deepEqual(r.diff, [{ name: 'y', now: S('theirs') }, { name: 'x', loaded: S('a'), now: S('b') }]);
  assert.deepEqual(await load('rm'), { pk: S('rm'), x: S('b'), y: S('theirs') });
});

test('the item deleted underneath: item-missing, and the edit does not recreate it', async () => {
  await put({ pk: S('gone'), x: S('a') });
  const loaded = (await load('gone'))!;
  await engine.gateway.call('DeleteItem', { TableName: TABLE, Key: { pk: S('gone') } });
  const built = buildEditInput(info, TABLE, loaded, { ...loaded, x: S('b') });
  assert.ok(built.ok && !('noChange' in built));
  const r = await sendWrite(engine.gateway, built);
  assert.ok(!r.ok && r.kind === 'condition');
  assert.equal(r.failed, 'item-missing');
  assert.equal(r.reread, undefined);
  assert.equal(await load('gone'), undefined);
});

test("the user's condition false: user-condition, nothing written", async () => {
  await put({ pk: S('cond'), x: S('a'), status: S('draft') });
  const loaded = (await load('cond'))!;
  const built = buildEditInput(info, TABLE, loaded, { ...loaded, x: S('b') }, { text: 'status = :s', values: '{":s": "published"}' });
  assert.ok(built.ok && !('noChange' in built));
  assert.equal(built.input.ConditionExpression, 'attribute_exists(pk) AND x = :v2 AND #status = :s');
  const r = await sendWrite(engine.gateway, built);
  assert.ok(!r.ok && r.kind === 'condition');
  assert.equal(r.failed, 'user-condition');
  assert.deepEqual(r.diff, []);
  assert.deepEqual(r.reread, loaded);
  assert.deepEqual(await load('cond'), loaded);
});

test('a new item whose key is taken: item-exists; with overwrite the old item comes back', async () => {
  await put({ pk: S('taken'), x: S('old') });
  const built = buildPutInput(info, TABLE, { pk: S('taken'), x: S('new') });
  assert.ok(built.ok);
  const r = await sendWrite(engine.gateway, built);
  assert.ok(!r.ok && r.kind === 'condition' && r.failed === 'item-exists');
  assert.deepEqual(r.reread, { pk: S('taken'), x: S('old') });
  const over = buildPutInput(info, TABLE, { pk: S('taken'), x: S('new') }, { overwrite: true });
  assert.ok(over.ok);
  const w = await sendWrite(engine.gateway, over);
  assert.ok(w.ok);
  assert.deepEqual(w.old, { pk: S('taken'), x: S('old') });
  assert.deepEqual(await load('taken'), { pk: S('taken'), x: S('new') });
});

test('delete only if unchanged: a changed attribute is refused; an added one is reported after the fact', async () => {
  await put({ pk: S('del'), x: S('a'), m: { M: { k: N('1') } } });
  const loaded = (await load('del'))!;
  await otherWriter('del', S('b'));
  const built = buildDeleteInput(info, TABLE, loaded);
  assert.ok(built.ok);
  const r = await sendWrite(engine.gateway, built);
  assert.ok(!r.ok && r.kind === 'condition' && r.failed === 'unchanged-guard');
  assert.deepEqual(r.diff, [{ name: 'x', loaded: S('a'), now: S('b') }]);
  assert.ok(await load('del'));

  // No condition can see an attribute it does not name: the delete goes through, and
  // ALL_OLD shows what was deleted with it.
  const reloaded = (await load('del'))!;
  await engine.gateway.call('UpdateItem', { TableName: TABLE, Key: { pk: S('del') }, UpdateExpression: 'SET added = :a', ExpressionAttributeValues: { ':a': S('late') } });
  const del = buildDeleteInput(info, TABLE, reloaded);
  assert.ok(del.ok);
  const d = await sendWrite(engine.gateway, del);
  assert.ok(d.ok);
  assert.deepEqual(diffItems(reloaded, d.old!), [{ name: 'added', now: S('late') }]);
  assert.equal(await load('del'), undefined);
});

test('a counter whose attribute is gone or no longer a number is refused, not restarted from 0', async () => {
  await put({ pk: S('ctr'), n: N('5'), m: { M: { c: N('1') } } });
  const loaded = (await load('ctr'))!;
  await engine.gateway.call('UpdateItem', { TableName: TABLE, Key: { pk: S('ctr') }, UpdateExpression: 'REMOVE n SET m.c = :s', ExpressionAttributeValues: { ':s': S('x') } });
  for (const [attr, text] of [['n', 'n'], [['m', 'c'], 'm.c']] as const) {
    const built = buildCounterInput(info, TABLE, loaded, attr, '1');
    assert.ok(built.ok);
    const r = await sendWrite(engine.gateway, built);
    assert.ok(!r.ok && r.kind === 'condition' && r.failed === 'unchanged-guard', JSON.stringify(r));
    assert.equal(r.diff[0]!.name, text);
  }
  assert.deepEqual(await load('ctr'), { pk: S('ctr'), m: { M: { c: S('x') } } });
  const gone = buildCounterInput(info, TABLE, { pk: S('no-such-item'), n: N('1') }, 'n', '1');
  assert.ok(gone.ok);
  const r = await sendWrite(engine.gateway, gone);
  assert.ok(!r.ok && r.kind === 'condition' && r.failed === 'item-missing');
  assert.equal(await load('no-such-item'), undefined);
});

test('a service error is an error, not a condition failure', async () => {
  const built = buildPutInput({ ...info, name: 'NoSuchTable' }, 'NoSuchTable', { pk: S('a') });
  assert.ok(built.ok);
  const r = await sendWrite(engine.gateway, built);
  assert.ok(!r.ok && r.kind === 'error' && 'notApplied' in r, 'a refused request wrote nothing');
  assert.equal(r.problem.title, 'Table NoSuchTable not found');
});
