// Bad input is refused before sending, on the field or attribute that causes it: requests
// are counted at the gateway, and the engine confirms where it would refuse too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { moviesTable } from '../../src/demo/movies.js';
import { demoConnection } from '../../src/demo/engine.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { toTableInfo } from '../../src/dynamo/tableInfo.js';
import {
  buildCounterInput, buildEditInput, buildPutInput, buildUpdateExpressionInput, itemSize, MAX_ITEM_BYTES,
  sendWrite, valueSize, type Built, type Failed, type Item,
} from '../../src/dynamo/write/index.js';

const movies = toTableInfo(moviesTable as TableDescription);
const DIGITS39 = '1'.repeat(39);
const key: Item = { year: { N: '2001' }, title: { S: 'Validation' } };
let engine: TestEngine;
let sent = 0;

before(async () => {
  engine = await startTestEngine();
  await engine.createTable(moviesTable);
  engine.gateway.onRequest(() => sent++);
  await engine.gateway.call('PutItem', { TableName: 'Movies', Item: { ...key, n: { N: '1' } } });
});
after(() => engine.close());

/** The form's flow: build, and send only what built. */
async function save(built: Built<'PutItem' | 'UpdateItem'> | Failed): Promise<Failed> {
  const before = sent;
  if (built.ok) await sendWrite(engine.gateway, built);
  assert.equal(sent, before, 'nothing was sent');
  assert.ok(!built.ok);
  return built;
}

const loaded: Item = { ...key, n: { N: '1' } };
const cases: [string, () => Parameters<typeof save>[0], string, RegExp][] = [
  ['a wrong key type', () => buildPutInput(movies, 'Movies', { year: { S: '2001' }, title: { S: 't' } }), 'year', /year is the partition key: it is a number \(N\), not S/],
  ['an empty key string', () => buildPutInput(movies, 'Movies', { year: { N: '1' }, title: { S: '' } }), 'title', /cannot be empty/],
  ['a missing key', () => buildPutInput(movies, 'Movies', { year: { N: '1' } }), 'title', /title is the sort key: enter a string/],
  ['a 39-digit number in a new item', () => buildPutInput(movies, 'Movies', { ...key, n: { N: DIGITS39 } }), 'n', /39 significant digits/],
  ['a 39-digit number in an edit', () => buildEditInput(movies, 'Movies', loaded, { ...loaded, n: { N: DIGITS39 } }) as never, 'n', /39 significant digits/],
  ['a 39-digit number deep in a map', () => buildPutInput(movies, 'Movies', { ...key, info: { M: { a: { L: [{ NS: ['1', DIGITS39] }] } } } }), 'info', /info\.a\[0\]\[1\]: .*39 significant/],
  ['a number out of range', () => buildPutInput(movies, 'Movies', { ...key, n: { N: '1E126' } }), 'n', /out of range/],
  ['a 39-digit literal in an update', () => buildUpdateExpressionInput(movies, 'Movies', loaded, `SET n = ${DIGITS39}`), 'update', /39 significant digits; .* at 8$/],
  ['a 39-digit counter delta', () => buildCounterInput(movies, 'Movies', loaded, 'n', DIGITS39), 'delta', /39 significant digits/],
  ['a duplicate in a string set', () => buildPutInput(movies, 'Movies', { ...key, s: { SS: ['a', 'b', 'a'] } }), 's', /duplicate value in string set \(at \[0\] and \[2\]\)/],
  ['equal numbers in a number set', () => buildPutInput(movies, 'Movies', { ...key, s: { NS: ['1', '1.0'] } }), 's', /duplicate value in number set/],
  ['equal bytes in a binary set', () => buildPutInput(movies, 'Movies', { ...key, s: { BS: [new Uint8Array([1]), new Uint8Array([1])] } }), 's', /duplicate value in binary set/],
  ['an empty set', () => buildPutInput(movies, 'Movies', { ...key, s: { SS: [] } }), 's', /cannot be empty/],
  ['a value with two types', () => buildPutInput(movies, 'Movies', { ...key, s: { S: 'a', N: '1' } as never }), 's', /one type, not S and N/],
  ['an index key of the wrong type', () => buildPutInput(movies, 'Movies', { ...key, genre: { N: '1' } }), 'genre', /key of index GenreRatingIndex: it is a string \(S\), not N/],
  ['an empty index key', () => buildEditInput(movies, 'Movies', loaded, { ...loaded, genre: { S: '' } }) as never, 'genre', /cannot be empty/],
  ['nesting deeper than 32 levels', () => buildPutInput(movies, 'Movies', { ...key, deep: Array.from({ length: 33 }).reduce<Item[string]>((v) => ({ L: [v] }), { S: 'x' }) }), 'deep', /32 levels/],
  ['a __proto__ map key', () => buildPutInput(movies, 'Movies', { ...key, m: { M: JSON.parse('{"__proto__": {"S": "x"}}') } }), 'm', /__proto__ is lost/],
  ['an item over 400 KB', () => buildPutInput(movies, 'Movies', { ...key, plot: { S: 'x'.repeat(MAX_ITEM_BYTES) } }), 'item', /the item is 409,626 bytes; DynamoDB's limit is 400 KB .* Largest: plot 409,604, title 15, year 7/],
  ['an edit that grows the item over 400 KB', () => buildEditInput(movies, 'Movies', loaded, { ...loaded, plot: { S: 'é'.repeat(MAX_ITEM_BYTES / 2) } }) as never, 'item', /409,6\d\d bytes/],
];

for (const [what, build, field, message] of cases) {
  test(`refused before sending: ${what}`, async () => {
    const r = await save(build());
    assert.equal(r.errors[0]!.field, field, JSON.stringify(r.errors));
    assert.match(r.errors[0]!.message, message);
  });
}

test('the 400 KB limit is where DynamoDB (and the engine) put it: names and values in UTF-8 bytes', async () => {
  const item = (extra: number): Item => ({ ...key, plot: { S: 'x'.repeat(MAX_ITEM_BYTES - itemSize({ ...key, plot: { S: '' } }) + extra) } });
  assert.equal(itemSize(item(0)), MAX_ITEM_BYTES);
  const fits = buildPutInput(movies, 'Movies', item(0), { overwrite: true });
  assert.ok(fits.ok);
  assert.ok((await sendWrite(engine.gateway, fits)).ok);
  assert.equal(buildPutInput(movies, 'Movies', item(1), { overwrite: true }).ok, false);
  await assert.rejects(engine.gateway.call('PutItem', { TableName: 'Movies', Item: item(1) }), /Item size has exceeded the maximum allowed size/);
});

test('value sizes: UTF-8 strings, base-100 numbers, containers with their overhead', () => {
  const cases: [Item[string], number][] = [
    [{ S: 'héllo' }, 6], [{ S: '👩‍👩‍👧' }, 18], [{ B: new Uint8Array(5) }, 5], [{ NULL: true }, 1], [{ BOOL: false }, 1],
    [{ N: '0' }, 1], [{ N: '1' }, 2], [{ N: '10' }, 2], [{ N: '123' }, 3], [{ N: '1234' }, 3], [{ N: '-1' }, 3], [{ N: '0.001' }, 2],
    [{ N: '12345678901234567890123456789012345678' }, 20], [{ NS: ['1', '10'] }, 4], [{ SS: ['ab', 'c'] }, 3],
    [{ L: [] }, 3], [{ M: {} }, 3], [{ L: [{ S: 'ab' }, { N: '1' }] }, 3 + 1 + 2 + 1 + 2], [{ M: { ab: { S: 'c' } } }, 3 + 1 + 2 + 1],
  ];
  for (const [v, bytes] of cases) assert.equal(valueSize(v), bytes, JSON.stringify(v));
});

test('--read-only: a built write is refused by the client and reported as an error', async () => {
  const readOnly = new DynamoGateway({ ...demoConnection(engine.endpoint), readOnly: true });
  try {
    const built = buildPutInput(movies, 'Movies', { ...key, title: { S: 'read-only' } });
    assert.ok(built.ok);
    const r = await sendWrite(readOnly, built);
    assert.ok(!r.ok && r.kind === 'error');
    assert.equal(r.problem.title, 'Read-only');
    const got = await engine.gateway.call('GetItem', { TableName: 'Movies', Key: { ...key, title: { S: 'read-only' } } });
    assert.equal(got.Item, undefined);
  } finally {
    readOnly.destroy();
  }
});
