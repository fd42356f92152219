import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attributeOf, buildKeyCondition, compileExpression, createAllocator, parseValuesField,
} from '../../src/dynamo/expressions/index.js';

const BIG = '12345678901234567890123456789012345678';

test('values field: plain JSON keeps every number digit for digit', () => {
  const r = parseValuesField(`{":r": 7.50, ":big": ${BIG}, ":tiny": 1E-130, ":neg": -0, ":t": "The",
    ":b": true, ":z": null, ":l": [1, "a"], ":m": {"k": 2.0}}`);
  assert.deepEqual(r, {
    ok: true,
    format: 'json',
    values: {
      ':r': { N: '7.50' }, ':big': { N: BIG }, ':tiny': { N: '1E-130' }, ':neg': { N: '-0' }, ':t': { S: 'The' },
      ':b': { BOOL: true }, ':z': { NULL: true }, ':l': { L: [{ N: '1' }, { S: 'a' }] }, ':m': { M: { k: { N: '2.0' } } },
    },
  });
});

test('values field: DynamoDB JSON, every type', () => {
  const r = parseValuesField(`{":n": {"N": "${BIG}"}, ":bare": {"N": 7.5}, ":s": {"S": "x"}, ":ss": {"SS": ["a", "b"]},
    ":ns": {"NS": ["1", "2.5"]}, ":b": {"B": "AQI="}, ":bs": {"BS": ["AA=="]}, ":nul": {"NULL": true},
    ":bool": {"BOOL": false}, ":l": {"L": [{"S": "a"}]}, ":m": {"M": {"k": {"N": "1"}}}}`);
  assert.deepEqual(r, {
    ok: true,
    format: 'dynamodb',
    values: {
      ':n': { N: BIG }, ':bare': { N: '7.5' }, ':s': { S: 'x' }, ':ss': { SS: ['a', 'b'] }, ':ns': { NS: ['1', '2.5'] },
      ':b': { B: new Uint8Array([1, 2]) }, ':bs': { BS: [new Uint8Array([0])] }, ':nul': { NULL: true },
      ':bool': { BOOL: false }, ':l': { L: [{ S: 'a' }] }, ':m': { M: { k: { N: '1' } } },
    },
  });
});

test('values field: the format is decided for the whole field', () => {
  const r = parseValuesField('{":a": {"S": "x"}, ":b": 1}');
  assert.deepEqual(r, { ok: true, format: 'json', values: { ':a': { M: { S: { S: 'x' } } }, ':b': { N: '1' } } });
  assert.deepEqual(parseValuesField('  '), { ok: true, format: 'empty', values: {} });
  assert.deepEqual(parseValuesField('{}'), { ok: true, format: 'json', values: {} });
});

const broken: [string, number, string][] = [
  ['{":r": 1,}', 9, 'invalid JSON'],
  ['{":r" 1}', 6, 'invalid JSON'],
  ['{":r": 1', 8, 'invalid JSON'],
  ['{":r": 1, ":r": 2}', 11, 'Duplicate key'],
  ['  [1]', 2, 'the values field is a JSON object'],
  ['7', 0, 'the values field is a JSON object'],
  ['{":ok": 1, "r": 2}', 11, '"r": a value name is ":" then letters'],
  ['{":a-b": 2}', 1, 'a value name is ":"'],
  ['{":r": {"N": "abc"}}', 1, ':r.N: "abc" is not a number'],
  ['{":r": {"N": "1"}, ":s": {"SS": []}}', 19, ':s.SS: expected a non-empty array'],
  ['{":b": {"B": "!!"}}', 1, ':b.B: expected base64'],
  ['{":x": {"NULL": false}}', 1, ':x.NULL: NULL is always true'],
  ['{":x": {"L": [{"Q": 1}]}}', 1, ':x.L[0]: expected a typed value'],
  ['{":x": {"M": {"k": {"S": 1}}}}', 1, ':x.M.k.S: expected a string'],
];
for (const [text, position, words] of broken) {
  test(`values field rejects ${text}`, () => {
    const r = parseValuesField(text);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.position, position, r.error.message);
    assert.ok(r.error.message.includes(words), r.error.message);
  });
}

test('explicit placeholders work the same with either values format', () => {
  for (const field of ['{":r": 7.5, ":t": "The"}', '{":r": {"N": "7.5"}, ":t": {"S": "The"}}']) {
    const v = parseValuesField(field);
    assert.ok(v.ok);
    const alloc = createAllocator({ '#i': 'info' }, v.values);
    const r = compileExpression('filter', '#i.rating >= :r AND begins_with(title, :t)', alloc);
    assert.ok(r.ok);
    assert.equal(r.expression, '#i.rating >= :r AND begins_with(title, :t)');
    assert.deepEqual(alloc.finish(), {
      ok: true,
      attributes: { ExpressionAttributeNames: { '#i': 'info' }, ExpressionAttributeValues: { ':r': { N: '7.5' }, ':t': { S: 'The' } } },
    });
  }
});

test('an unused supplied value or name is an error, as in DynamoDB', () => {
  const alloc = createAllocator({ '#n': 'name', '#x': 'x' }, { ':a': { N: '1' }, ':b': { N: '2' } });
  assert.ok(compileExpression('filter', '#n = :a', alloc).ok);
  assert.deepEqual(alloc.finish(), { ok: false, error: { message: '"#x" is not used in any expression (DynamoDB refuses unused names); ":b" is not used in any expression (DynamoDB refuses unused values)' } });
  // result() still gives what would be sent, without the unused entries.
  assert.deepEqual(alloc.result(), { ExpressionAttributeNames: { '#n': 'name' }, ExpressionAttributeValues: { ':a': { N: '1' } } });
});

test('malformed supplied placeholders are reported', () => {
  const alloc = createAllocator({ n: 'name' }, { ':a b': { N: '1' } });
  const done = alloc.finish();
  assert.equal(done.ok, false);
  if (!done.ok) assert.match(done.error.message, /"n": a name placeholder.*":a b": a value placeholder/);
});

test('one allocator for key condition, filter and projection: shared, no collisions', () => {
  const alloc = createAllocator({ '#year': 'published', '#s': 'status' }, { ':v1': { S: 'mine' }, ':v3': { N: '3' } });
  const key = compileExpression('keyCondition', 'year = 1999 AND title > "M"', alloc);
  const filter = compileExpression('filter', 'year = 1999 AND #s = :v1 AND #year > :v3 AND rating = 7', alloc);
  const projection = compileExpression('projection', 'year, title, data, #s', alloc);
  assert.ok(key.ok && filter.ok && projection.ok);
  assert.equal(key.expression, '#year_1 = :v2 AND title > :v4');
  assert.equal(filter.expression, '#year_1 = :v2 AND #s = :v1 AND #year > :v3 AND rating = :v5');
  assert.equal(projection.expression, '#year_1, title, #data, #s');
  assert.deepEqual(alloc.finish(), {
    ok: true,
    attributes: {
      ExpressionAttributeNames: { '#year': 'published', '#s': 'status', '#year_1': 'year', '#data': 'data' },
      ExpressionAttributeValues: { ':v1': { S: 'mine' }, ':v3': { N: '3' }, ':v2': { N: '1999' }, ':v4': { S: 'M' }, ':v5': { N: '7' } },
    },
  });
});

test('no placeholders needed: result() has no empty maps', () => {
  const alloc = createAllocator();
  const r = compileExpression('projection', 'title, info.plot', alloc);
  assert.ok(r.ok);
  assert.deepEqual(alloc.result(), {});
  assert.deepEqual(alloc.finish(), { ok: true, attributes: {} });
});

test('a key condition says which attribute is the partition key and which the sort key', () => {
  const alloc = createAllocator({ '#p': 'year' });
  const r = compileExpression('keyCondition', 'begins_with(title, "The") AND #p = 1999', alloc);
  assert.ok(r.ok);
  assert.equal(attributeOf(r.keys.partitionKey.path, alloc), 'year');
  assert.deepEqual(r.keys.partitionKey.value, { type: 'literal', value: { N: '1999' }, pos: 35 });
  assert.equal(attributeOf(r.keys.sortKey!.path, alloc), 'title');
  assert.equal(r.keys.sortKey!.op, 'begins_with');
  assert.deepEqual(r.keys.sortKey!.values.map((v) => v.type === 'literal' && v.value), [{ S: 'The' }]);
  const only = compileExpression('keyCondition', 'pk = :p', createAllocator({}, { ':p': { S: 'a' } }));
  assert.ok(only.ok);
  assert.equal(only.keys.sortKey, undefined);
});

test('buildKeyCondition: every sort key operator, any value type', () => {
  const pk = { name: 'year', value: { N: '1999' } };
  const ops = [['=', '='], ['<', '<'], ['<=', '<='], ['>', '>'], ['>=', '>=']] as const;
  for (const [op, text] of ops) {
    const alloc = createAllocator();
    const r = buildKeyCondition({ partitionKey: pk, sortKey: { name: 'title', op, values: [{ S: 'M' }] } }, alloc);
    assert.ok(r.ok);
    assert.equal(r.expression, `#year = :v1 AND title ${text} :v2`);
    assert.deepEqual(alloc.result(), { ExpressionAttributeNames: { '#year': 'year' }, ExpressionAttributeValues: { ':v1': { N: '1999' }, ':v2': { S: 'M' } } });
  }
  const alloc = createAllocator();
  const bin = { B: new Uint8Array([1, 2, 3]) };
  const between = buildKeyCondition({ partitionKey: { name: 'pk', value: bin }, sortKey: { name: 'sk', op: 'between', values: [{ N: '1' }, { N: BIG }] } }, alloc);
  assert.ok(between.ok);
  assert.equal(between.expression, 'pk = :v1 AND sk BETWEEN :v2 AND :v3');
  assert.deepEqual(alloc.result().ExpressionAttributeValues, { ':v1': bin, ':v2': { N: '1' }, ':v3': { N: BIG } });
  const begins = buildKeyCondition({ partitionKey: pk, sortKey: { name: 'my-sk', op: 'begins_with', values: [{ S: 'a' }] } }, createAllocator());
  assert.ok(begins.ok);
  assert.equal(begins.expression, '#year = :v1 AND begins_with(#my_sk, :v2)');
  const alone = buildKeyCondition({ partitionKey: pk }, createAllocator());
  assert.ok(alone.ok);
  assert.equal(alone.expression, '#year = :v1');
});

test('buildKeyCondition rejects a wrong number of values or a repeated key', () => {
  const pk = { name: 'pk', value: { S: 'a' } };
  const bad = [
    buildKeyCondition({ partitionKey: pk, sortKey: { name: 'sk', op: 'between', values: [{ N: '1' }] } }, createAllocator()),
    buildKeyCondition({ partitionKey: pk, sortKey: { name: 'sk', op: '=', values: [] } }, createAllocator()),
    buildKeyCondition({ partitionKey: pk, sortKey: { name: 'pk', op: '=', values: [{ N: '1' }] } }, createAllocator()),
    buildKeyCondition({ partitionKey: { name: '', value: { S: 'a' } } }, createAllocator()),
  ];
  for (const r of bad) assert.equal(r.ok, false);
});
