// The write builders' exact requests, table-driven: expression text, names and values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue, TableDescription } from '@aws-sdk/client-dynamodb';
import { moviesTable } from '../../src/demo/movies.js';
import { toTableInfo, type TableInfo } from '../../src/dynamo/tableInfo.js';
import { awsCliCommand } from '../../src/dynamo/read/awsCli.js';
import { requestJson } from '../../src/dynamo/requestJson.js';
import {
  buildCounterInput, buildDeleteInput, buildEditInput, buildPutInput, buildSaveAsNewInputs,
  buildUpdateExpressionInput, explainFailure, sameValue, type Item, type WriteGuard,
} from '../../src/dynamo/write/index.js';

const movies = toTableInfo(moviesTable as TableDescription);
const blobs: TableInfo = {
  name: 'Blobs', status: 'ACTIVE', billing: 'PAY_PER_REQUEST', gsis: [], lsis: [],
  partitionKey: { name: 'id', type: 'B' }, stream: { enabled: false }, deletionProtection: false, tableClass: 'STANDARD',
};
const S = (S: string): AttributeValue => ({ S });
const N = (N: string): AttributeValue => ({ N });
const B = (...bytes: number[]): AttributeValue => ({ B: new Uint8Array(bytes) });
const BIG = '12345678901234567890123456789012345678';
const key = { year: N('1999'), title: S('The Matrix') };
const loaded: Item = {
  ...key,
  name: S('old'), 'a.b': S('dot'), 'first name': S('Ann'), '#hash': N('1'),
  info: { M: { rating: N('8.7'), genres: { SS: ['Action', 'Sci-Fi'] }, actors: { L: [S('Keanu'), S('Carrie')] } } },
  tags: { SS: ['x', 'y'] }, nums: { NS: ['1', '2'] }, bins: { BS: [new Uint8Array([1]), new Uint8Array([2])] },
  blob: B(0, 255), nothing: { NULL: true }, flag: { BOOL: true }, big: N(BIG),
};
const guard = (over: Item = {}, user?: Parameters<typeof buildEditInput>[4]) => {
  const r = buildEditInput(movies, 'Movies', loaded, { ...loaded, ...over }, user);
  assert.ok(r.ok && !('noChange' in r), JSON.stringify(r));
  return r;
};

const edits: [string, Item, string, string, Record<string, string> | undefined, Record<string, AttributeValue>][] = [
  ['a reserved word', { name: S('new') },
    'SET #name = :v1', 'attribute_exists(#year) AND #name = :v2',
    { '#name': 'name', '#year': 'year' }, { ':v1': S('new'), ':v2': S('old') }],
  ['a dot, a space and a # in names', { 'a.b': S('x'), 'first name': S('Bo'), '#hash': N('2') },
    'SET #a_b = :v1, #first_name = :v2, #_hash = :v3',
    'attribute_exists(#year) AND #a_b = :v4 AND #first_name = :v5 AND #_hash = :v6',
    { '#a_b': 'a.b', '#first_name': 'first name', '#_hash': '#hash', '#year': 'year' },
    { ':v1': S('x'), ':v2': S('Bo'), ':v3': N('2'), ':v4': S('dot'), ':v5': S('Ann'), ':v6': N('1') }],
  ['a map is guarded part by part, nested sets and lists included', { info: { M: { rating: N('9') } } },
    'SET info = :v1',
    'attribute_exists(#year) AND attribute_type(info, :v2) AND size(info) = :v3 AND info.rating = :v4 AND ' +
      'info.genres = :v5 AND attribute_type(info.actors, :v6) AND size(info.actors) = :v7 AND info.actors[0] = :v8 AND info.actors[1] = :v9',
    { '#year': 'year' },
    { ':v1': { M: { rating: N('9') } }, ':v2': S('M'), ':v3': N('3'), ':v4': N('8.7'), ':v5': { SS: ['Action', 'Sci-Fi'] },
      ':v6': S('L'), ':v7': N('2'), ':v8': S('Keanu'), ':v9': S('Carrie') }],
  ['sets, binary, NULL and a 38-digit number keep their types and bytes',
    { tags: { SS: ['z'] }, nums: { NS: ['-1E-130'] }, bins: { BS: [new Uint8Array([9])] }, blob: B(7), nothing: { BOOL: false }, big: N('-' + BIG) },
    'SET tags = :v1, nums = :v2, bins = :v3, #blob = :v4, nothing = :v5, big = :v6',
    'attribute_exists(#year) AND tags = :v7 AND nums = :v8 AND bins = :v9 AND #blob = :v10 AND nothing = :v11 AND big = :v12',
    { '#blob': 'blob', '#year': 'year' },
    { ':v1': { SS: ['z'] }, ':v2': { NS: ['-1E-130'] }, ':v3': { BS: [new Uint8Array([9])] }, ':v4': B(7), ':v5': { BOOL: false },
      ':v6': N('-' + BIG), ':v7': { SS: ['x', 'y'] }, ':v8': { NS: ['1', '2'] }, ':v9': { BS: [new Uint8Array([1]), new Uint8Array([2])] },
      ':v10': B(0, 255), ':v11': { NULL: true }, ':v12': N(BIG) }],
];

for (const [what, over, update, condition, names, values] of edits) {
  test(`edit: ${what}`, () => {
    const r = guard(over);
    assert.deepEqual(r.input, {
      TableName: 'Movies', Key: key, UpdateExpression: update, ConditionExpression: condition,
      ...(names ? { ExpressionAttributeNames: names } : {}), ExpressionAttributeValues: values, ReturnValues: 'ALL_NEW',
    });
    assert.deepEqual(r.changed, Object.keys(over));
  });
}

test('edit: an added attribute must still be absent, a removed one must still hold its value', () => {
  const edited: Item = { ...loaded, added: S('new') };
  delete edited.flag;
  const r = buildEditInput(movies, 'Movies', loaded, edited);
  assert.ok(r.ok && !('noChange' in r));
  assert.equal(r.input.UpdateExpression, 'SET added = :v1 REMOVE flag');
  assert.equal(r.input.ConditionExpression, 'attribute_exists(#year) AND attribute_not_exists(added) AND flag = :v2');
  assert.deepEqual(r.input.ExpressionAttributeValues, { ':v1': S('new'), ':v2': { BOOL: true } });
  assert.deepEqual([r.changed, r.removed], [['added'], ['flag']]);
  assert.deepEqual(r.guard.unchanged, [{ name: 'added' }, { name: 'flag', loaded: { BOOL: true } }]);
});

test("edit: the user's condition is ANDed after the guard, parenthesised, with its values", () => {
  const r = guard({ flag: { BOOL: false } }, { text: 'info.rating > 8 OR #h = :h', values: '{":h": "x"}', names: '{"#h": "hash"}' });
  assert.equal(r.input.ConditionExpression, 'attribute_exists(#year) AND flag = :v2 AND (info.rating > :v3 OR #h = :h)');
  assert.deepEqual(r.input.ExpressionAttributeNames, { '#h': 'hash', '#year': 'year' });
  assert.deepEqual(r.input.ExpressionAttributeValues, { ':h': S('x'), ':v1': { BOOL: false }, ':v2': { BOOL: true }, ':v3': N('8') });
  assert.equal(r.guard.userCondition, true);
});

test('edit: nothing changed (set order, number spelling, binary copies) -> noChange', () => {
  const same: Item = {
    ...loaded, tags: { SS: ['y', 'x'] }, nums: { NS: ['2.0', '10E-1'] }, big: N(BIG + 'e0'),
    bins: { BS: [new Uint8Array([2]), new Uint8Array([1])] }, blob: B(0, 255),
    info: { M: { actors: { L: [S('Keanu'), S('Carrie')] }, genres: { SS: ['Sci-Fi', 'Action'] }, rating: N('8.70') } },
  };
  assert.deepEqual(buildEditInput(movies, 'Movies', loaded, same), { ok: true, noChange: true });
  // A list is ordered: swapping two elements is a change.
  const swapped = { ...loaded, info: { M: { ...loaded.info.M, actors: { L: [S('Carrie'), S('Keanu')] } } } };
  const r = buildEditInput(movies, 'Movies', loaded, swapped);
  assert.ok(r.ok && !('noChange' in r) && r.changed[0] === 'info');
});

test('edit: a key change is refused with "save as a new item", on the key attribute', () => {
  const r = buildEditInput(movies, 'Movies', loaded, { ...loaded, title: S('Other') });
  assert.equal(r.ok, false);
  assert.ok(!r.ok);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]!.field, 'title');
  assert.equal(r.errors[0]!.attribute, 'title');
  assert.match(r.errors[0]!.message, /save as a new item/);
});

const formErrors: [string, Parameters<typeof buildEditInput>[4], string, number | undefined, RegExp][] = [
  ['a syntax error in the condition', { text: 'rating >' }, 'condition', 8, /expected/],
  ['an undefined :value', { text: 'rating > :r' }, 'condition', 9, /:r has no value/],
  ['an unused :value', { text: 'rating > 1', values: '{":r": 1}' }, 'values', undefined, /not used/],
  ['bad values JSON', { text: 'rating > :r', values: '{":r": }' }, 'values', 7, /invalid JSON/],
  ['a 39-digit literal', { text: `rating > 1${BIG}` }, 'condition', 9, /39 significant digits/],
  ['a 39-digit value', { text: 'rating > :r', values: `{":r": {"N": "1${BIG}"}}` }, 'values', 1, /:r: .*39 significant digits/],
];
for (const [what, user, field, position, message] of formErrors) {
  test(`edit: ${what} -> an error on ${field}`, () => {
    const r = buildEditInput(movies, 'Movies', loaded, { ...loaded, flag: { BOOL: false } }, user);
    assert.ok(!r.ok, JSON.stringify(r));
    assert.equal(r.errors[0]!.field, field);
    assert.equal(r.errors[0]!.position, position);
    assert.match(r.errors[0]!.message, message);
  });
}

test('put: attribute_not_exists on the partition key unless overwriting; the user condition ANDed', () => {
  const item: Item = { ...key, info: { M: { rating: N('1') } }, blob: B(1, 2, 3) };
  const r = buildPutInput(movies, 'Movies', item);
  assert.ok(r.ok);
  assert.deepEqual(r.input, {
    TableName: 'Movies', Item: item, ConditionExpression: 'attribute_not_exists(#year)', ExpressionAttributeNames: { '#year': 'year' },
  });
  assert.deepEqual(r.guard, { key, item: 'absent', unchanged: [], userCondition: false });
  const over = buildPutInput(movies, 'Movies', item, { overwrite: true, userCondition: { text: 'info.rating < 5' } });
  assert.ok(over.ok);
  assert.deepEqual(over.input, {
    TableName: 'Movies', Item: item, ConditionExpression: 'info.rating < :v1', ExpressionAttributeValues: { ':v1': N('5') }, ReturnValues: 'ALL_OLD',
  });
  const plain = buildPutInput(movies, 'Movies', item, { overwrite: true });
  assert.ok(plain.ok);
  assert.deepEqual(plain.input, { TableName: 'Movies', Item: item, ReturnValues: 'ALL_OLD' });
});

test('put: a binary partition key, exact', () => {
  const r = buildPutInput(blobs, 'Blobs', { id: B(0, 1) });
  assert.ok(r.ok);
  assert.deepEqual(r.input, { TableName: 'Blobs', Item: { id: B(0, 1) }, ConditionExpression: 'attribute_not_exists(id)' });
});

test('delete: unchanged since loaded compares every non-key attribute; off leaves only existence', () => {
  const small: Item = { ...key, 'a.b': S('x'), info: { M: { r: N('1') } }, empty: { L: [] } };
  const r = buildDeleteInput(movies, 'Movies', small);
  assert.ok(r.ok);
  assert.deepEqual(r.input, {
    TableName: 'Movies', Key: key,
    ConditionExpression: 'attribute_exists(#year) AND #a_b = :v1 AND attribute_type(info, :v2) AND size(info) = :v3 AND info.r = :v3 ' +
      'AND attribute_type(#empty, :v4) AND size(#empty) = :v5',
    ExpressionAttributeNames: { '#year': 'year', '#a_b': 'a.b', '#empty': 'empty' },
    ExpressionAttributeValues: { ':v1': S('x'), ':v2': S('M'), ':v3': N('1'), ':v4': S('L'), ':v5': N('0') },
    ReturnValues: 'ALL_OLD',
  });
  const off = buildDeleteInput(movies, 'Movies', small, { onlyIfUnchanged: false, userCondition: { text: 'info.r <= :val', values: '{":val": 5}' } });
  assert.ok(off.ok);
  assert.deepEqual(off.input, {
    TableName: 'Movies', Key: key, ConditionExpression: 'attribute_exists(#year) AND info.r <= :val',
    ExpressionAttributeNames: { '#year': 'year' }, ExpressionAttributeValues: { ':val': N('5') }, ReturnValues: 'ALL_OLD',
  });
});

test('update form: nested SET with a :value and an inline literal; the item must exist, info unchanged since loaded', () => {
  const item: Item = { ...key, info: { M: { rating: N('8.7') } }, other: S('not touched') };
  const r = buildUpdateExpressionInput(movies, 'Movies', item, 'set info.rating = :r, info.plot = "Neo wakes"', 'size(info.actors) > :num', '{":r": 9.1, ":num": 3}');
  assert.ok(r.ok);
  assert.deepEqual(r.input, {
    TableName: 'Movies', Key: key, UpdateExpression: 'SET info.rating = :r, info.plot = :v1',
    ConditionExpression: 'attribute_exists(#year) AND attribute_type(info, :v2) AND size(info) = :v3 AND info.rating = :v4 AND size(info.actors) > :num',
    ExpressionAttributeNames: { '#year': 'year' },
    ExpressionAttributeValues: { ':r': N('9.1'), ':num': N('3'), ':v1': S('Neo wakes'), ':v2': S('M'), ':v3': N('1'), ':v4': N('8.7') }, ReturnValues: 'ALL_NEW',
  });
  assert.deepEqual(r.guard.unchanged, [{ name: 'info', loaded: item.info }]);
  assert.deepEqual(r.expect, { kind: 'attributes', values: [{ path: ['info'], value: { M: { rating: N('9.1'), plot: S('Neo wakes') } } }] });
});

test('update form: remove a list element, add to a counter and a set, with a names field; each attribute guarded and predicted', () => {
  const item: Item = { ...key, info: { M: { actors: { L: [S('Keanu'), S('Carrie')] } } }, tags: { SS: ['x'] } };
  const r = buildUpdateExpressionInput(movies, 'Movies', item, 'remove info.actors[0] add views :one, #t :tags', '', '{":one": {"N": "1"}, ":tags": {"SS": ["new"]}}', '{"#t": "tags"}');
  assert.ok(r.ok);
  assert.deepEqual(r.input, {
    TableName: 'Movies', Key: key, UpdateExpression: 'REMOVE info.actors[0] ADD #views :one, #t :tags',
    ConditionExpression: 'attribute_exists(#year) AND attribute_type(info, :v1) AND size(info) = :v2 AND attribute_type(info.actors, :v3) ' +
      'AND size(info.actors) = :v4 AND info.actors[0] = :v5 AND info.actors[1] = :v6 AND attribute_not_exists(#views) AND tags = :v7',
    ExpressionAttributeNames: { '#t': 'tags', '#views': 'views', '#year': 'year' },
    ExpressionAttributeValues: {
      ':one': N('1'), ':tags': { SS: ['new'] }, ':v1': S('M'), ':v2': N('1'), ':v3': S('L'), ':v4': N('2'), ':v5': S('Keanu'), ':v6': S('Carrie'), ':v7': { SS: ['x'] },
    },
    ReturnValues: 'ALL_NEW',
  });
  assert.deepEqual(r.expect, {
    kind: 'attributes',
    values: [{ path: ['info'], value: { M: { actors: { L: [S('Carrie')] } } } }, { path: ['views'], value: N('1') }, { path: ['tags'], value: { SS: ['x', 'new'] } }],
  });
});

test('update form: attributes only read are guarded too, a key attribute never; unguarded, nothing is predicted', () => {
  const item: Item = { ...key, a: N('1'), l: { L: [] } };
  const r = buildUpdateExpressionInput(movies, 'Movies', item, 'SET b = a + :one, l = list_append(l, :x), c = if_not_exists(d, title)', '', '{":one": 1, ":x": ["y"]}');
  assert.ok(r.ok);
  assert.deepEqual(r.guard.unchanged.map((g) => g.name), ['b', 'a', 'l', 'c', 'd']);
  assert.deepEqual(r.expect, {
    kind: 'attributes',
    values: [{ path: ['b'], value: { N: '2' } }, { path: ['a'], value: N('1') }, { path: ['l'], value: { L: [S('y')] } }, { path: ['c'], value: S('The Matrix') }, { path: ['d'] }],
  });
  const off = buildUpdateExpressionInput(movies, 'Movies', item, 'ADD a :one', '', '{":one": 1}', '', { onlyIfUnchanged: false });
  assert.ok(off.ok);
  assert.equal(off.input.ConditionExpression, 'attribute_exists(#year)');
  assert.deepEqual([off.guard.unchanged, off.expect], [[], { kind: 'unknown' }]);
  // DynamoDB would refuse this (a missing operand): nothing to predict, the guard still holds.
  const refused = buildUpdateExpressionInput(movies, 'Movies', item, 'SET b = missing + :one', '', '{":one": 1}');
  assert.ok(refused.ok);
  assert.deepEqual(refused.expect, { kind: 'unknown' });
});

test('update form: refuses a key attribute, an empty expression and a syntax error, with positions', () => {
  const cases: [string, RegExp, number][] = [['SET info.x = 1, title = "t"', /title is part of the key/, 16], ['  ', /enter an update/, 0], ['SET x =', /expected/, 7]];
  for (const [text, message, position] of cases) {
    const r = buildUpdateExpressionInput(movies, 'Movies', key, text);
    assert.ok(!r.ok);
    assert.deepEqual([r.errors[0]!.field, r.errors[0]!.position], ['update', position]);
    assert.match(r.errors[0]!.message, message);
  }
});

test('counter: ADD at the top level, SET p = p + :d on a nested path; the number must still be the one loaded', () => {
  const top = buildCounterInput(movies, 'Movies', { ...key, rating: N('7') }, 'rating', '1');
  assert.ok(top.ok);
  assert.deepEqual(top.input, {
    TableName: 'Movies', Key: key, UpdateExpression: 'ADD rating :v1', ConditionExpression: 'attribute_type(rating, :v2) AND rating = :v3',
    ExpressionAttributeValues: { ':v1': N('1'), ':v2': S('N'), ':v3': N('7') }, ReturnValues: 'ALL_NEW',
  });
  assert.deepEqual(top.guard.number, { path: ['rating'], text: 'rating', loaded: '7' });
  assert.deepEqual(top.expect, { kind: 'attributes', values: [{ path: ['rating'], value: N('8') }] });
  const nested = buildCounterInput(movies, 'Movies', { ...key, info: { M: { scores: { L: [N('1'), N('2'), N('3')] } } } }, ['info', 'scores', 2], '-1');
  assert.ok(nested.ok);
  assert.deepEqual(nested.input, {
    TableName: 'Movies', Key: key, UpdateExpression: 'SET info.scores[2] = info.scores[2] + :v1',
    ConditionExpression: 'attribute_type(info.scores[2], :v2) AND info.scores[2] = :v3',
    ExpressionAttributeValues: { ':v1': N('-1'), ':v2': S('N'), ':v3': N('3') }, ReturnValues: 'ALL_NEW',
  });
  assert.deepEqual(nested.guard.number, { path: ['info', 'scores', 2], text: 'info.scores[2]', loaded: '3' });
  assert.deepEqual(nested.expect, { kind: 'attributes', values: [{ path: ['info', 'scores', 2], value: N('2') }] });
  const odd = buildCounterInput(movies, 'Movies', { ...key, 'a.b': N('0.25') }, 'a.b', '0.5');
  assert.ok(odd.ok);
  assert.equal(odd.input.UpdateExpression, 'ADD #a_b :v1');
  assert.deepEqual(odd.input.ExpressionAttributeNames, { '#a_b': 'a.b' });
  assert.deepEqual(odd.expect, { kind: 'attributes', values: [{ path: ['a.b'], value: N('0.75') }] });
});

test('counter: the expected sum is exact decimal arithmetic over all 38 digits; a sum DynamoDB cannot store is not predicted', () => {
  const sum = (loaded: string, delta: string) => {
    const r = buildCounterInput(movies, 'Movies', { ...key, n: N(loaded) }, 'n', delta);
    assert.ok(r.ok, JSON.stringify(r));
    return r.expect.kind === 'attributes' ? r.expect.values[0]!.value!.N : r.expect.kind;
  };
  assert.equal(sum(BIG, '1'), '12345678901234567890123456789012345679');
  assert.equal(sum('0.1', '0.2'), '0.3');
  assert.equal(sum('-' + BIG, '-1E-1'), 'unknown'); // 39 significant digits
  assert.equal(sum('9'.repeat(38), '1'), '1E+38');
  assert.equal(sum('1E-130', '-1E-130'), '0');
  assert.equal(sum('9.9999999999999999999999999999999999999E+125', '1E+88'), 'unknown'); // out of range
  assert.equal(sum('1.5E+100', '2.5E+100'), '4E+100');
});

test('counter: refuses a key attribute, a missing or non-number attribute, a bad or zero delta', () => {
  const item: Item = { ...key, n: N('1'), s: S('x') };
  const fields = (r: ReturnType<typeof buildCounterInput>) => (r.ok ? [] : r.errors.map((e) => e.field));
  assert.deepEqual(fields(buildCounterInput(movies, 'Movies', item, 'year', '1')), ['attribute']);
  assert.deepEqual(fields(buildCounterInput(movies, 'Movies', item, 'missing', '1')), ['attribute']);
  assert.deepEqual(fields(buildCounterInput(movies, 'Movies', item, 's', '1')), ['attribute']);
  assert.deepEqual(fields(buildCounterInput(movies, 'Movies', item, 'n', '1x')), ['delta']);
  assert.deepEqual(fields(buildCounterInput(movies, 'Movies', item, 'n', '0.00')), ['delta']);
  assert.deepEqual(fields(buildCounterInput(movies, 'Movies', item, 'n', '1' + BIG)), ['delta']);
  assert.deepEqual(fields(buildCounterInput(movies, 'Movies', { year: S('x') }, 'n', '1')), ['year', 'title']);
});

test('save as new: a guarded put of the new key, then a delete of the old one guarded as unchanged', () => {
  const old: Item = { ...key, n: N('1') };
  const moved: Item = { ...old, title: S('The Matrix Reloaded') };
  const r = buildSaveAsNewInputs(movies, 'Movies', old, moved, { deleteOld: true });
  assert.ok(r.ok);
  assert.deepEqual(r.put.input, { TableName: 'Movies', Item: moved, ConditionExpression: 'attribute_not_exists(#year)', ExpressionAttributeNames: { '#year': 'year' } });
  assert.deepEqual(r.delete?.input, {
    TableName: 'Movies', Key: key, ConditionExpression: 'attribute_exists(#year) AND n = :v1',
    ExpressionAttributeNames: { '#year': 'year' }, ExpressionAttributeValues: { ':v1': N('1') }, ReturnValues: 'ALL_OLD',
  });
  const keep = buildSaveAsNewInputs(movies, 'Movies', old, moved, { deleteOld: false });
  assert.ok(keep.ok && keep.delete === undefined);
  const same = buildSaveAsNewInputs(movies, 'Movies', old, { ...old, n: N('2') }, { deleteOld: true });
  assert.ok(!same.ok && same.errors[0]!.field === 'item');
});

test('limits: a map too big to guard part by part is compared whole; too many attributes to guard is an error', () => {
  const huge = { M: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, N(String(i))])) };
  const r = buildEditInput(movies, 'Movies', { ...key, huge, small: { L: [S('a')] } }, { ...key, small: { L: [] } });
  assert.ok(r.ok && !('noChange' in r));
  assert.equal(r.input.ConditionExpression, 'attribute_exists(#year) AND attribute_type(small, :v2) AND size(small) = :v3 AND small[0] = :v4 AND huge = :v5');
  assert.deepEqual(r.guard.comparedWhole, ['huge']);
  const wide: Item = { ...key, ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`a${i}`, N('1')])) };
  const del = buildDeleteInput(movies, 'Movies', wide);
  assert.ok(!del.ok);
  assert.equal(del.errors[0]!.field, 'item');
  assert.match(del.errors[0]!.message, /300 operators.*only if unchanged/);
  assert.ok(buildDeleteInput(movies, 'Movies', wide, { onlyIfUnchanged: false }).ok);
});

test('review: every built input prints as an aws command and as JSON with binary in base64', () => {
  const built = [
    buildEditInput(movies, 'Movies', loaded, { ...loaded, blob: B(0, 1, 2) }),
    buildPutInput(blobs, 'Blobs', { id: B(255, 254), data: { BS: [new Uint8Array([1, 2])] } }),
    buildDeleteInput(blobs, 'Blobs', { id: B(255, 254), m: { M: { b: B(9) } } }),
  ];
  for (const r of built) {
    assert.ok(r.ok && 'input' in r);
    const cli = awsCliCommand(r.operation, r.input);
    const json = requestJson(r.operation, r.input as unknown as Record<string, unknown>);
    assert.doesNotMatch(cli + json, /"0":|\[object|Uint8Array/);
    for (const text of [cli, json]) assert.match(text, /AAEC|\/\/4=|AQI=|CQ==|AP8=/);
  }
  const edit = built[0]!;
  assert.ok(edit.ok && 'input' in edit);
  assert.match(awsCliCommand('UpdateItem', edit.input), /^aws dynamodb update-item --table-name Movies --key .* --update-expression 'SET #blob = :v1' --condition-expression 'attribute_exists\(#year\) AND #blob = :v2' .*--return-values ALL_NEW$/);
});

test('explainFailure: which check failed, from the guard and the item as re-read', () => {
  const k = { pk: S('a') };
  const g = (over: Partial<WriteGuard>): WriteGuard => ({ key: k, item: 'exists', unchanged: [], userCondition: false, ...over });
  const now: Item = { ...k, x: S('b'), m: { M: { n: N('1') } } };
  const cases: [string, WriteGuard, Item | undefined, string, string[]][] = [
    ['gone', g({ unchanged: [{ name: 'x', loaded: S('a') }] }), undefined, 'item-missing', []],
    ['changed', g({ unchanged: [{ name: 'x', loaded: S('a') }, { name: 'm', loaded: { M: { n: N('1.0') } } }] }), now, 'unchanged-guard', ['x']],
    ['added meanwhile', g({ unchanged: [{ name: 'x' }] }), now, 'unchanged-guard', ['x']],
    ['removed meanwhile', g({ unchanged: [{ name: 'y', loaded: S('a') }] }), now, 'unchanged-guard', ['y']],
    ['the user condition', g({ unchanged: [{ name: 'x', loaded: S('b') }], userCondition: true }), now, 'user-condition', []],
    ['nothing to tell', g({}), now, 'unknown', []],
    ['key taken', g({ item: 'absent' }), now, 'item-exists', []],
    ['a counter on a string', g({ number: { path: ['x'], text: 'x' } }), now, 'unchanged-guard', ['x']],
    ['a counter on a missing path', g({ number: { path: ['m', 'z'], text: 'm.z' } }), now, 'unchanged-guard', ['m.z']],
    ['a counter still a number', g({ number: { path: ['m', 'n'], text: 'm.n' } }), now, 'unknown', []],
    ['a counter changed since loaded', g({ number: { path: ['m', 'n'], text: 'm.n', loaded: '5' } }), now, 'unchanged-guard', ['m.n']],
    ['a counter as loaded (1.0 = 1)', g({ number: { path: ['m', 'n'], text: 'm.n', loaded: '1.0' } }), now, 'unknown', []],
    ['a loaded counter gone', g({ number: { path: ['m', 'z'], text: 'm.z', loaded: '5' } }), now, 'unchanged-guard', ['m.z']],
  ];
  for (const [what, guard, item, failed, names] of cases) {
    const r = explainFailure(guard, item);
    assert.equal(r.failed, failed, what);
    assert.deepEqual(r.diff.map((d) => d.name), names, what);
  }
  const counter = explainFailure(g({ number: { path: ['m', 'n'], text: 'm.n', loaded: '5' } }), now);
  assert.deepEqual(counter.diff, [{ name: 'm.n', loaded: N('5'), now: N('1') }]);
  assert.equal(counter.problem.detail, 'm.n loaded 5 → now 1; nothing was added.');
  assert.equal(counter.problem.title, 'Changed since loaded');
  const whole = explainFailure(g({ unchanged: [{ name: 'm', loaded: now.m }], comparedWhole: ['m'] }), now);
  assert.equal(whole.failed, 'unknown');
  assert.match(whole.problem.hint!, /m was too big.*\(dynalite\)/);
});

test('sameValue is DynamoDB equality', () => {
  const equal: [AttributeValue, AttributeValue][] = [
    [N('1'), N('1.000')], [N('-0'), N('0')], [N('1E+2'), N('100')], [{ SS: ['a', 'b'] }, { SS: ['b', 'a'] }],
    [{ NS: ['1', '2'] }, { NS: ['2.0', '1'] }], [{ BS: [new Uint8Array([1]), new Uint8Array([2])] }, { BS: [new Uint8Array([2]), new Uint8Array([1])] }],
    [{ M: { a: N('1'), b: { L: [] } } }, { M: { b: { L: [] }, a: N('1.0') } }], [{ NULL: true }, { NULL: true }], [S(''), S('')],
  ];
  const different: [AttributeValue, AttributeValue][] = [
    [N('1'), S('1')], [{ L: [N('1'), N('2')] }, { L: [N('2'), N('1')] }], [{ M: { a: N('1') } }, { M: { a: N('1'), b: N('1') } }],
    [{ SS: ['a'] }, { SS: ['a', 'b'] }], [B(1), B(1, 0)], [{ BOOL: true }, { BOOL: false }], [{ L: [] }, { M: {} }], [S('a'), S('A')],
  ];
  for (const [a, b] of equal) assert.ok(sameValue(a, b) && sameValue(b, a), JSON.stringify([a, b]));
  for (const [a, b] of different) assert.ok(!sameValue(a, b) && !sameValue(b, a), JSON.stringify([a, b]));
});
