import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { moviesTable, MOVIES_GSI, MOVIES_LSI } from '../../src/demo/movies.js';
import { buildReadInput, emptyReadForm, type ReadForm, type SortOp } from '../../src/dynamo/read/form.js';
import { toTableInfo, type TableInfo } from '../../src/dynamo/tableInfo.js';

// CreateTable's input has the key schema fields of DescribeTable's output.
const movies = toTableInfo(moviesTable as TableDescription);
const blobs: TableInfo = {
  name: 'Blobs', status: 'ACTIVE', billing: 'PAY_PER_REQUEST', gsis: [], lsis: [],
  partitionKey: { name: 'id', type: 'B' }, sortKey: { name: 'part', type: 'B' },
  stream: { enabled: false }, deletionProtection: false, tableClass: 'STANDARD',
};
const hashOnly: TableInfo = { ...blobs, name: 'Users', partitionKey: { name: 'name', type: 'S' }, sortKey: undefined };

const scan = (over: Partial<ReadForm> = {}): ReadForm => ({ ...emptyReadForm('scan'), pageSize: '', ...over });
const query = (over: Partial<ReadForm> = {}): ReadForm => ({ ...emptyReadForm('query'), pageSize: '', ...over });
const T = { ReturnConsumedCapacity: 'TOTAL' } as const;
const N = (n: string) => ({ N: n });
const S = (s: string) => ({ S: s });

test('the empty forms: a page of 100, nothing else', () => {
  assert.deepEqual(buildReadInput(movies, emptyReadForm('scan')), {
    ok: true, operation: 'Scan', input: { TableName: 'Movies', Limit: 100, ...T },
  });
  assert.deepEqual(buildReadInput(movies, scan()), { ok: true, operation: 'Scan', input: { TableName: 'Movies', ...T } });
});

const scans: [string, Partial<ReadForm>, object][] = [
  ['filter and projection with nested paths and a reserved word',
    { filter: 'year = 1999 AND info.rating >= 7.5', projection: 'title, info.actors[0], year', pageSize: ' 25 ' },
    { FilterExpression: '#year = :v1 AND info.rating >= :v2', ProjectionExpression: 'title, info.actors[0], #year',
      ExpressionAttributeNames: { '#year': 'year' }, ExpressionAttributeValues: { ':v1': N('1999'), ':v2': N('7.5') }, Limit: 25 }],
  ['projection alone needs no values map',
    { projection: 'info.actors[0], `odd name`' },
    { ProjectionExpression: 'info.actors[0], #odd_name', ExpressionAttributeNames: { '#odd_name': 'odd name' } }],
  ['explicit #names and :values, plain JSON',
    { filter: '#y = :y AND info.rating > :r', names: '{"#y": "year"}', values: '{":y": 1999, ":r": 7.50}' },
    { FilterExpression: '#y = :y AND info.rating > :r', ExpressionAttributeNames: { '#y': 'year' },
      ExpressionAttributeValues: { ':y': N('1999'), ':r': N('7.50') } }],
  ['explicit :values in DynamoDB JSON, mixed with inline literals',
    { filter: 'info.rating > :r AND begins_with(title, "It\'s")', values: '{":r": {"N": "8"}}' },
    { FilterExpression: 'info.rating > :r AND begins_with(title, :v1)',
      ExpressionAttributeValues: { ':r': N('8'), ':v1': S("It's") } }],
  ['a GSI', { index: MOVIES_GSI, filter: 'size(info.actors) > 3' },
    { IndexName: MOVIES_GSI, FilterExpression: 'size(info.actors) > :v1', ExpressionAttributeValues: { ':v1': N('3') } }],
  ['an LSI takes a consistent read', { index: MOVIES_LSI, consistent: true, pageSize: '1000' },
    { IndexName: MOVIES_LSI, ConsistentRead: true, Limit: 1000 }],
  ['descending means nothing to a scan and is left out', { descending: true, partitionValue: 'x', sortOp: '<' }, {}],
];
for (const [name, form, want] of scans) {
  test(`scan: ${name}`, () => {
    assert.deepEqual(buildReadInput(movies, scan(form)), { ok: true, operation: 'Scan', input: { TableName: 'Movies', ...want, ...T } });
  });
}

// [index, partition form value, partition key text, sort key name, op, values, expected sort condition]
const sortCases: [string | undefined, string, string, string, SortOp, string[], string][] = [];
const onN = (index: string, pv: string, pk: string) => {
  for (const op of ['=', '<', '<=', '>', '>='] as SortOp[]) sortCases.push([index, pv, pk, 'rating', op, ['7.5'], `rating ${op} :v2`]);
  sortCases.push([index, pv, pk, 'rating', 'between', ['6', '8.5'], 'rating BETWEEN :v2 AND :v3']);
};
onN(MOVIES_GSI, 'Drama', 'genre');
onN(MOVIES_LSI, '2020', '#year');
for (const op of ['=', '<', '<=', '>', '>='] as SortOp[]) sortCases.push([undefined, '2020', '#year', 'title', op, ['M'], `title ${op} :v2`]);
sortCases.push([undefined, '2020', '#year', 'title', 'between', ['A', 'M'], 'title BETWEEN :v2 AND :v3']);
sortCases.push([undefined, '2020', '#year', 'title', 'begins_with', ['The'], 'begins_with(title, :v2)']);

for (const [index, pv, pk, sk, op, vals, cond] of sortCases) {
  test(`query ${index ?? 'table'}: ${sk} ${op}`, () => {
    const typed = (v: string) => (sk === 'title' ? S(v) : N(v));
    const pkValue = index === MOVIES_GSI ? S(pv) : N(pv);
    const got = buildReadInput(movies, query({ index, partitionValue: pv, sortOp: op, sortValue: vals[0], sortValue2: vals[1] ?? 'ignored' }));
    assert.deepEqual(got, {
      ok: true, operation: 'Query',
      input: {
        TableName: 'Movies', ...(index ? { IndexName: index } : {}),
        KeyConditionExpression: `${pk} = :v1 AND ${cond}`,
        ...(pk === '#year' ? { ExpressionAttributeNames: { '#year': 'year' } } : {}),
        ExpressionAttributeValues: { ':v1': pkValue, ':v2': typed(vals[0]), ...(vals[1] ? { ':v3': typed(vals[1]) } : {}) },
        ...T,
      },
    });
  });
}

test('query: partition key only, descending, consistent, page size, filter sharing the key value', () => {
  const got = buildReadInput(movies, query({
    partitionValue: ' 1999 ', descending: true, consistent: true, pageSize: '50',
    filter: 'info.running_time_secs > 1999 AND attribute_exists(info.plot)', projection: 'title',
  }));
  assert.deepEqual(got, {
    ok: true, operation: 'Query',
    input: {
      TableName: 'Movies', KeyConditionExpression: '#year = :v1',
      FilterExpression: 'info.running_time_secs > :v1 AND attribute_exists(info.plot)', ProjectionExpression: 'title',
      ExpressionAttributeNames: { '#year': 'year' }, ExpressionAttributeValues: { ':v1': N('1999') },
      ScanIndexForward: false, ConsistentRead: true, Limit: 50, ...T,
    },
  });
});

test('query: a filter may use the table keys when an index is queried', () => {
  const got = buildReadInput(movies, query({ index: MOVIES_GSI, partitionValue: 'Drama', filter: 'year < 1950 AND info.rating > 5' }));
  assert.ok(got.ok);
  assert.equal(got.input.FilterExpression, '#year < :v2 AND info.rating > :v3');
});

test('query: S keys are taken exactly as typed, B keys from base64', () => {
  const s = buildReadInput(hashOnly, query({ partitionValue: ' Zoë \'x\' ' }));
  assert.ok(s.ok);
  assert.deepEqual(s.input.ExpressionAttributeValues, { ':v1': S(' Zoë \'x\' ') });
  assert.equal((s.input as { KeyConditionExpression?: string }).KeyConditionExpression, '#name = :v1');
  const b = buildReadInput(blobs, query({ partitionValue: 'AQL/', sortOp: 'begins_with', sortValue: ' AA== ' }));
  assert.deepEqual(b, {
    ok: true, operation: 'Query',
    input: {
      TableName: 'Blobs', KeyConditionExpression: 'id = :v1 AND begins_with(part, :v2)',
      ExpressionAttributeValues: { ':v1': { B: new Uint8Array([1, 2, 255]) }, ':v2': { B: new Uint8Array([0]) } }, ...T,
    },
  });
});

// Each bad form: [table, form, field -> words its message contains]
const bad: [string, TableInfo, ReadForm, Record<string, string>][] = [
  ['N partition not a number', movies, query({ partitionValue: '19x9' }), { partitionValue: 'year is a number (N): "19x9" is not a number' }],
  ['N partition out of range', movies, query({ partitionValue: '1e200' }), { partitionValue: 'out of range' }],
  ['N partition of 39 digits', movies, query({ partitionValue: '1'.repeat(39) }), { partitionValue: '39 significant digits' }],
  ['empty partition', movies, query({ partitionValue: '  ' }), { partitionValue: 'a key cannot be empty' }],
  ['empty S partition', movies, query({ index: MOVIES_GSI, partitionValue: '' }), { partitionValue: 'genre is a string (S): enter a value' }],
  ['empty S sort value', movies, query({ partitionValue: '1999', sortOp: '>=', sortValue: '' }), { sortValue: 'title is a string (S)' }],
  ['B not base64', blobs, query({ partitionValue: 'AQI', sortOp: '=', sortValue: 'ab!c' }),
    { partitionValue: 'id is binary (B, base64): not base64: length 3', sortValue: 'character "!" at 3' }],
  ['empty B', blobs, query({ partitionValue: 'AQI=', sortOp: '<', sortValue: '' }), { sortValue: 'a key cannot be empty' }],
  ['between needs both values', movies, query({ index: MOVIES_LSI, partitionValue: '2000', sortOp: 'between', sortValue: '5', sortValue2: '' }),
    { sortValue2: 'rating is a number (N): enter a value' }],
  ['between with the bounds reversed (N)', movies, query({ index: MOVIES_LSI, partitionValue: '2000', sortOp: 'between', sortValue: '10', sortValue2: '9.5' }),
    { sortValue2: 'upper bound at or above the lower bound' }],
  ['between with the bounds reversed (S, by UTF-8 bytes)', movies, query({ partitionValue: '2000', sortOp: 'between', sortValue: 'é', sortValue2: 'z' }),
    { sortValue2: 'upper bound' }],
  ['begins_with on N', movies, query({ index: MOVIES_GSI, partitionValue: 'Drama', sortOp: 'begins_with', sortValue: '7' }),
    { sortOp: 'begins_with works on a string (S) or binary (B) sort key; rating is N' }],
  ['a sort condition without a sort key', hashOnly, query({ partitionValue: 'a', sortOp: '=', sortValue: 'b' }), { sortOp: 'has no sort key' }],
  ['consistent read on a GSI (query)', movies, query({ index: MOVIES_GSI, partitionValue: 'Drama', consistent: true }), { consistent: 'global secondary index' }],
  ['consistent read on a GSI (scan)', movies, scan({ index: MOVIES_GSI, consistent: true }), { consistent: 'global secondary index' }],
  ['a query filter on the sort key', movies, query({ partitionValue: '1999', filter: 'info.rating > 5 OR title = "x"' }),
    { filter: 'title is the sort key of Movies: a query filters it in the key condition, not the filter, at 19' }],
  ['a query filter on the GSI partition key, by #name', movies,
    query({ index: MOVIES_GSI, partitionValue: 'Drama', filter: 'NOT (#g = :x)', names: '{"#g": "genre"}', values: '{":x": "y"}' }),
    { filter: 'genre is the partition key of GenreRatingIndex' }],
  ['unknown index', movies, scan({ index: 'Nope' }), { index: 'Movies has no index named "Nope"' }],
  ...['0', '1001', '1.5', 'ten', '-3', '1e2'].map((p): [string, TableInfo, ReadForm, Record<string, string>] =>
    [`page size ${p}`, movies, scan({ pageSize: p }), { pageSize: 'a whole number from 1 to 1000' }]),
  ['filter syntax error, with its position', movies, scan({ filter: 'year = = 1' }), { filter: 'at 7' }],
  ['projection syntax error', movies, scan({ projection: 'title,' }), { projection: 'at 6' }],
  ['a :value the values field lacks', movies, scan({ filter: 'a = :x' }), { filter: ':x has no value in the values field at 4' }],
  ['a #name the names field lacks', movies, scan({ projection: '#y' }), { projection: '#y is not defined' }],
  ['an unused :value', movies, scan({ filter: 'a = 1', values: '{":nope": 2}' }), { values: '":nope" is not used' }],
  ['an unused #name', movies, scan({ filter: 'a = 1', names: '{"#n": "x"}' }), { names: '"#n" is not used' }],
  ['values field not JSON', movies, scan({ filter: 'a = :r', values: '{":r": 1,}' }), { values: 'invalid JSON', filter: ':r has no value' }],
  ['names field not a map of names', movies, scan({ names: '{"#n": 1}' }), { names: '#n: the attribute name is a non-empty string' }],
  ['names field bad key', movies, scan({ names: '{"n": "x"}' }), { names: 'a name placeholder is "#"' }],
];
for (const [name, table, form, want] of bad) {
  test(`refused: ${name}`, () => {
    const got = buildReadInput(table, form);
    assert.equal(got.ok, false);
    if (got.ok) return;
    assert.deepEqual(Object.keys(got.errors).sort(), Object.keys(want).sort(), JSON.stringify(got.errors));
    for (const [field, words] of Object.entries(want)) {
      assert.ok(got.errors[field as keyof ReadForm]?.includes(words), `${field}: ${got.errors[field as keyof ReadForm]}`);
    }
  });
}

test('syntax errors carry their position for a caret', () => {
  const got = buildReadInput(movies, scan({ filter: 'year = = 1', values: '{":r" 1}' }));
  assert.equal(got.ok, false);
  if (!got.ok) assert.deepEqual(got.positions, { filter: 7, values: 6 });
});
