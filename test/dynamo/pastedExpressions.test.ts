// An expression copied from code (#names and :values) runs unchanged: the scan, query,
// delete, update and edit-condition builders take a names field beside the values field,
// merge it with the placeholders they allocate without collision, refuse an unused name
// before sending (DynamoDB would refuse it too), and read typed wrappers ({"$SS": [...]})
// in the values field. Each request is sent to the engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { buildReadInput, emptyReadForm, type ReadForm } from '../../src/dynamo/read/form.js';
import { compileExpression, createAllocator, parseValuesField } from '../../src/dynamo/expressions/index.js';
import { toTableInfo, type TableInfo } from '../../src/dynamo/tableInfo.js';
import { buildDeleteInput, buildEditInput, buildUpdateExpressionInput, type Item } from '../../src/dynamo/write/index.js';
import { seededEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
let movies: TableInfo;
let things: TableInfo;
before(async () => {
  engine = await seededEngine();
  await engine.createTable({
    TableName: 'Things', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  });
  const describe = async (t: string) => toTableInfo((await engine.gateway.call('DescribeTable', { TableName: t })).Table as TableDescription);
  movies = await describe('Movies');
  things = await describe('Things');
});
after(() => engine.close());

const read = async (form: Partial<ReadForm> & Pick<ReadForm, 'mode'>) => {
  const built = buildReadInput(movies, { ...emptyReadForm(form.mode), pageSize: '', ...form });
  assert.ok(built.ok, JSON.stringify(!built.ok && built.errors));
  const out = await engine.gateway.call(built.operation, built.input as never) as { Items?: Item[]; Count?: number };
  return { input: built.input, items: out.Items ?? [], count: out.Count };
};

test('scan: a filter copied from code (#names, :values) finds what the typed form finds', async () => {
  const pasted = await read({ mode: 'scan', filter: '#y = :y AND begins_with(#t, :p)', names: '{"#y": "year", "#t": "title"}', values: '{":y": 1999, ":p": "The"}' });
  const typed = await read({ mode: 'scan', filter: 'year = 1999 AND begins_with(title, "The")' });
  assert.ok(pasted.items.length > 0);
  assert.deepEqual(pasted.items, typed.items);
  assert.equal(pasted.input.FilterExpression, '#y = :y AND begins_with(#t, :p)');
  assert.deepEqual(pasted.input.ExpressionAttributeNames, { '#y': 'year', '#t': 'title' });
});

test('query: the key condition gets its own placeholders beside pasted ones; a pasted #year meaning info does not collide', async () => {
  const r = await read({
    mode: 'query', partitionValue: '1999', sortOp: 'begins_with', sortValue: 'The',
    filter: '#year.rating >= :r', names: '{"#year": "info"}', values: '{":r": 5}',
  });
  // The app's own placeholder for the key attribute "year" is moved aside: #year is the user's.
  const names = r.input.ExpressionAttributeNames!;
  assert.equal(names['#year'], 'info');
  const yearRef = Object.keys(names).find((k) => names[k] === 'year')!;
  assert.notEqual(yearRef, '#year');
  assert.match((r.input as { KeyConditionExpression: string }).KeyConditionExpression, new RegExp(`^${yearRef} = :v\\d`));
  assert.ok(r.items.length > 0);
  assert.ok(r.items.every((i) => i.title!.S!.startsWith('The') && Number(i.info!.M!.rating!.N) >= 5));
});

test('an unused #name is refused before sending, on the names field, saying DynamoDB would refuse it', () => {
  const built = buildReadInput(movies, { ...emptyReadForm('scan'), filter: 'year = 1999', names: '{"#t": "title"}' });
  assert.equal(built.ok, false);
  assert.match(!built.ok ? built.errors.names ?? '' : '', /"#t" is not used in any expression \(DynamoDB refuses unused names\)/);
});

test('values: typed wrappers as in the edit form ($SS is a string set, $B binary), errors say where', () => {
  const v = parseValuesField('{":s": {"$SS": ["a", "b"]}, ":b": {"$B": "AAEC"}, ":n": {"$N": "1.50"}, ":m": {"k": {"$NS": [1, 2]}}}');
  assert.ok(v.ok);
  assert.deepEqual(v.ok && v.values, {
    ':s': { SS: ['a', 'b'] }, ':b': { B: new Uint8Array([0, 1, 2]) }, ':n': { N: '1.50' }, ':m': { M: { k: { NS: ['1', '2'] } } },
  });
  const bad = parseValuesField('{":ok": 1, ":s": {"$NS": ["x"]}}');
  assert.ok(!bad.ok);
  assert.match(!bad.ok ? bad.error.message : '', /^:s\[0\]: "x" is not a number/);
  assert.equal(!bad.ok && bad.error.position, 11);
});

test('a name with odd characters that fails to parse says how to write it in backticks', () => {
  for (const [kind, text, written] of [
    ['filter', 'my-attr = 5', '`my-attr`'], ['projection', 'title, price$', '`price$`'], ['filter', 'info.x-y > 1', 'info.`x-y`'],
    ['update', 'set my-count = :n', '`my-count`'], ['condition', 'first name = "Ann"', '`first name`'],
  ] as const) {
    const r = compileExpression(kind, text, createAllocator({}, { ':n': { N: '1' } }));
    assert.ok(!r.ok, text);
    assert.ok(!r.ok && r.error.message.includes(`write it in backticks: ${written} at `), !r.ok ? r.error.message : '');
  }
  // ...and written that way it runs.
  const r = compileExpression('filter', '`my-attr` = 5', createAllocator());
  assert.ok(r.ok && r.expression === '#my_attr = :v1');
});

const thing: Item = { pk: { S: 't1' }, status: { S: 'open' }, name: { S: 'lamp' }, tags: { SS: ['a'] } };
const reset = () => engine.gateway.call('PutItem', { TableName: 'Things', Item: thing });
const get = async () => (await engine.gateway.call('GetItem', { TableName: 'Things', Key: { pk: thing.pk! }, ConsistentRead: true })).Item;

test('update: a pasted SET/ADD with #names and a $SS value runs; the condition with #names guards it', async () => {
  await reset();
  const built = buildUpdateExpressionInput(things, 'Things', thing, 'SET #s = :s ADD #tg :t', '#n = :n', '{":s": "closed", ":t": {"$SS": ["b", "c"]}, ":n": "lamp"}', '{"#s": "status", "#tg": "tags", "#n": "name"}');
  assert.ok(built.ok, JSON.stringify(!built.ok && built.errors));
  await engine.gateway.call('UpdateItem', built.input);
  const after = await get();
  assert.deepEqual(after!.status, { S: 'closed' });
  assert.deepEqual([...after!.tags!.SS!].sort(), ['a', 'b', 'c']);
  const unused = buildUpdateExpressionInput(things, 'Things', thing, 'SET #s = :s', '', '{":s": "x"}', '{"#s": "status", "#z": "zz"}');
  assert.ok(!unused.ok && unused.errors.some((e) => e.field === 'names' && /"#z" is not used/.test(e.message)));
});

test('delete: a condition with #names is sent as typed and holds; a false one is refused by the engine', async () => {
  await reset();
  const refused = buildDeleteInput(things, 'Things', thing, { onlyIfUnchanged: false, userCondition: { text: '#s = :s', names: '{"#s": "status"}', values: '{":s": "closed"}' } });
  assert.ok(refused.ok);
  await assert.rejects(engine.gateway.call('DeleteItem', refused.input), /ConditionalCheckFailed/);
  const built = buildDeleteInput(things, 'Things', thing, { onlyIfUnchanged: false, userCondition: { text: '#s = :s', names: '{"#s": "status"}', values: '{":s": "open"}' } });
  assert.ok(built.ok);
  assert.match(built.input.ConditionExpression!, /#s = :s/);
  await engine.gateway.call('DeleteItem', built.input);
  assert.equal(await get(), undefined);
  // Names given without any condition are still an error, not silently dropped.
  const lone = buildDeleteInput(things, 'Things', thing, { userCondition: { text: '', names: '{"#s": "status"}' } });
  assert.ok(!lone.ok && lone.errors.some((e) => e.field === 'names'));
});

test('edit: the condition field takes #names too', async () => {
  await reset();
  const built = buildEditInput(things, 'Things', thing, { ...thing, name: { S: 'desk' } }, { text: 'contains(#tg, :t)', names: '{"#tg": "tags"}', values: '{":t": "a"}' });
  assert.ok(built.ok && !('noChange' in built));
  if (!built.ok || 'noChange' in built) return;
  await engine.gateway.call('UpdateItem', built.input);
  assert.deepEqual((await get())!.name, { S: 'desk' });
});
