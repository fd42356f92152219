// The seeded demo tables read back exactly as generated, and their indexes answer.
import '../helpers/env.js';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { seedDemo, demoItems, type SeedProgress } from '../../src/demo/seed.js';
import { DIGITS_38, LARGEST, SMALLEST, UNSAFE_INT } from '../../src/demo/edgeCases.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { canonicalItem, typesIn } from './compare.js';
import { countItems } from './scan.js';

let engine: TestEngine;
const progress: SeedProgress[] = [];

before(async () => {
  engine = await startTestEngine();
  await seedDemo(engine.gateway, { onProgress: (p) => progress.push(p) });
});
after(() => engine.close());

const get = async (table: string, key: Record<string, AttributeValue>) =>
  (await engine.gateway.call('GetItem', { TableName: table, Key: key, ConsistentRead: true })).Item!;
const sample = (sk: string) => get('AppData', { pk: { S: 'SAMPLE' }, sk: { S: sk } });

test('Scan COUNT matches the generators, for each table and its indexes', async () => {
  const movies = demoItems('Movies').length, app = demoItems('AppData');
  assert.equal(await countItems(engine.gateway, 'Movies'), movies);
  assert.equal(await countItems(engine.gateway, 'Movies', 'GenreRatingIndex'), movies);
  assert.equal(await countItems(engine.gateway, 'AppData'), app.length);
  assert.equal(await countItems(engine.gateway, 'AppData', 'GSI1'), app.filter((i) => i.GSI1PK).length);
});

test('progress reports reach the total for each table, in order', () => {
  for (const table of ['Movies', 'AppData']) {
    const mine = progress.filter((p) => p.table === table);
    assert.deepEqual(mine[0], { table, written: 0, total: demoItems(table).length });
    assert.equal(mine.at(-1)!.written, mine.at(-1)!.total);
    assert.ok(mine.every((p, i) => i === 0 || p.written > mine[i - 1].written));
  }
});

test('38-digit, extreme and unsafe-integer numbers read back digit for digit', async () => {
  const item = await sample('numbers');
  assert.equal(item.digits38.N, DIGITS_38);
  assert.equal(item.negative38.N, `-${DIGITS_38}`);
  assert.equal(item.tinyNegative.N, '-0.00000000000000000000000000000000000001');
  assert.equal(item.largest.N, LARGEST);
  assert.equal(item.smallest.N, SMALLEST);
  assert.equal(item.unsafeInteger.N, UNSAFE_INT);
  assert.equal(item.inMap.M!.exact.N, DIGITS_38);
});

test('binary reads back byte for byte', async () => {
  const item = await sample('binary');
  assert.deepEqual([...item.allBytes.B!], Array.from({ length: 256 }, (_, i) => i));
  assert.equal(item.empty.B!.length, 0);
  assert.deepEqual([...item.invalidUtf8.B!], [0xc3, 0x28, 0xa0, 0xa1, 0xff]);
});

test('every AppData item reads back exactly as generated, all ten types included', async () => {
  const stored = new Map<string, Record<string, AttributeValue>>();
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await engine.gateway.call('Scan', { TableName: 'AppData', ExclusiveStartKey: start });
    for (const item of page.Items ?? []) stored.set(`${item.pk.S}|${item.sk.S}`, item);
    start = page.LastEvaluatedKey;
  } while (start);
  const types = new Set<string>();
  for (const expected of demoItems('AppData')) {
    const key = `${expected.pk.S}|${expected.sk.S}`;
    assert.deepEqual(canonicalItem(stored.get(key)!), canonicalItem(expected), key);
    typesIn({ M: stored.get(key)! }, types);
  }
  assert.equal(types.size, 10);
});

test('the Movies GSI answers a query, sorted by rating', async () => {
  const out = await engine.gateway.call('Query', {
    TableName: 'Movies', IndexName: 'GenreRatingIndex',
    KeyConditionExpression: 'genre = :g AND rating >= :r',
    ExpressionAttributeValues: { ':g': { S: 'Drama' }, ':r': { N: '8' } },
    ScanIndexForward: false,
  });
  const expected = demoItems('Movies').filter((m) => m.genre.S === 'Drama' && Number(m.rating.N) >= 8);
  assert.ok(expected.length > 0);
  assert.equal(out.Count, expected.length);
  const ratings = out.Items!.map((i) => Number(i.rating.N));
  assert.deepEqual(ratings, [...ratings].sort((a, b) => b - a));
  assert.ok(out.Items!.every((i) => i.info?.M), 'projection ALL carries info');
});

test('the Movies LSI answers a query and projects only its included attributes', async () => {
  const out = await engine.gateway.call('Query', {
    TableName: 'Movies', IndexName: 'YearRatingIndex',
    KeyConditionExpression: '#y = :y', ExpressionAttributeNames: { '#y': 'year' },
    ExpressionAttributeValues: { ':y': { N: '1994' } }, Select: 'ALL_PROJECTED_ATTRIBUTES',
  });
  assert.equal(out.Count, demoItems('Movies').filter((m) => m.year.N === '1994').length);
  for (const item of out.Items!) assert.deepEqual(Object.keys(item).sort(), ['genre', 'rating', 'title', 'year']);
});

test('AppData GSI1 lists orders by status', async () => {
  const out = await engine.gateway.call('Query', {
    TableName: 'AppData', IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :p', ExpressionAttributeValues: { ':p': { S: 'STATUS#shipped' } },
  });
  const expected = demoItems('AppData').filter((i) => i.GSI1PK?.S === 'STATUS#shipped');
  assert.ok(expected.length > 0);
  assert.equal(out.Count, expected.length);
});

test('seeding stops when its signal is aborted', async () => {
  const fresh = await startTestEngine();
  try {
    const controller = new AbortController();
    const seeding = seedDemo(fresh.gateway, {
      signal: controller.signal,
      onProgress: (p) => { if (p.written > 0) controller.abort(); },
    });
    await assert.rejects(seeding, (err: Error) => err.name === 'AbortError');
    assert.ok(await countItems(fresh.gateway, 'AppData') < demoItems('AppData').length);
    assert.deepEqual((await fresh.gateway.call('ListTables', {})).TableNames, ['AppData'], 'Movies never started');
  } finally {
    await fresh.close();
  }
});
