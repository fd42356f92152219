// Deleting marked rows in batches of 25, against the engine over HTTP. dynalite never
// leaves items unprocessed, so a wrapper around the real gateway withholds some, as a
// throttled DynamoDB would (the only thing mocked here); the withheld deletes are not sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BatchWriteItemCommandInput, WriteRequest } from '@aws-sdk/client-dynamodb';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { demoConnection } from '../../src/demo/engine.js';
import { DynamoGateway, type InputOf, type Operation, type OutputOf } from '../../src/dynamo/client.js';
import { buildBatchDeleteInputs, deleteMany, type DeleteManyProgress, type Item } from '../../src/dynamo/write/index.js';
import { awsCliCommand } from '../../src/dynamo/read/awsCli.js';
import { requestJson } from '../../src/dynamo/requestJson.js';
import { startFaultProxy } from '../bulk/faultProxy.js';

const TABLE = 'WriteBatch';
let engine: TestEngine;

before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'n', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'n', KeyType: 'RANGE' }],
  });
});
after(() => engine.close());

async function seed(prefix: string, count: number): Promise<Item[]> {
  const keys = Array.from({ length: count }, (_, i): Item => ({ pk: { S: prefix }, n: { N: String(i) } }));
  for (const key of keys) await engine.gateway.call('PutItem', { TableName: TABLE, Item: { ...key, data: { S: 'x' } } });
  return keys;
}

async function remaining(prefix: string): Promise<number> {
  const out = await engine.gateway.call('Query', {
    TableName: TABLE, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: prefix } }, Select: 'COUNT',
  });
  return out.Count ?? 0;
}

/** Counts BatchWriteItem calls and keeps back the last `withhold(call, size)` requests of each. */
function throttling(withhold: (call: number, size: number) => number) {
  const stats = { calls: 0, sizes: [] as number[] };
  const gateway = {
    async call<K extends Operation>(op: K, input: InputOf<K>): Promise<OutputOf<K>> {
      if (op !== 'BatchWriteItem') return engine.gateway.call(op, input);
      const requests = (input as BatchWriteItemCommandInput).RequestItems![TABLE]!;
      stats.sizes.push(requests.length);
      const cut = requests.length - withhold(stats.calls++, requests.length);
      const [send, kept]: WriteRequest[][] = [requests.slice(0, cut), requests.slice(cut)];
      const out = send.length ? await engine.gateway.call('BatchWriteItem', { RequestItems: { [TABLE]: send } }) : {};
      return { ...out, UnprocessedItems: kept.length ? { [TABLE]: kept } : {} } as OutputOf<K>;
    },
  };
  return { gateway, stats };
}

test('60 marked rows: three batches (25, 25, 10), all deleted, progress to the end', async () => {
  const keys = await seed('sixty', 60);
  const progress: DeleteManyProgress[] = [];
  const { gateway, stats } = throttling(() => 0);
  const report = await deleteMany(gateway, TABLE, [...keys, keys[0]!], { onProgress: (p) => progress.push(p) });
  assert.deepEqual(report, { deleted: 60, failed: [] });
  assert.deepEqual(stats.sizes, [25, 25, 10], 'a key marked twice is sent once');
  assert.deepEqual(progress.map((p) => p.deleted), [25, 50, 60]);
  assert.ok(progress.every((p) => p.total === 60 && p.failed === 0));
  assert.equal(await remaining('sixty'), 0);
});

test('unprocessed items are sent again until done', async () => {
  const keys = await seed('throttled', 30);
  const { gateway, stats } = throttling((call, size) => (call < 3 ? Math.floor(size / 2) : 0));
  const report = await deleteMany(gateway, TABLE, keys, { retry: { baseMs: 1 } });
  assert.deepEqual(report, { deleted: 30, failed: [] });
  // 25 -> 13 sent, 12 kept -> 6 sent, 6 kept -> 3 sent, 3 kept -> 3; then the last 5.
  assert.deepEqual(stats.sizes, [25, 12, 6, 3, 5]);
  assert.equal(await remaining('throttled'), 0);
});

test('still unprocessed after every attempt: reported per key, the rest deleted', async () => {
  const keys = await seed('stuck', 4);
  const { gateway } = throttling((call, size) => (call === 0 ? 1 : size));
  const report = await deleteMany(gateway, TABLE, keys, { retry: { baseMs: 1, attempts: 3 } });
  assert.equal(report.deleted, 3);
  assert.deepEqual(report.failed, [{ key: keys[3], reason: 'still unprocessed after 3 attempts (throttled)' }]);
  assert.equal(await remaining('stuck'), 1);
});

test('a key of the wrong type fails alone; the other keys of its batch are deleted one by one', async () => {
  const keys = await seed('mixed', 3);
  const bad: Item = { pk: { S: 'mixed' }, n: { S: 'not a number' } };
  const report = await deleteMany(engine.gateway, TABLE, [keys[0]!, bad, keys[1]!, keys[2]!]);
  assert.equal(report.deleted, 3);
  assert.equal(report.failed.length, 1);
  assert.deepEqual(report.failed[0]!.key, bad);
  assert.match(report.failed[0]!.reason, /Invalid request/);
  assert.equal(await remaining('mixed'), 0);
});

test('read-only: nothing is deleted and every key is reported', async () => {
  const keys = await seed('ro', 30);
  const readOnly = new DynamoGateway({ ...demoConnection(engine.endpoint), readOnly: true });
  try {
    const report = await deleteMany(readOnly, TABLE, keys);
    assert.equal(report.deleted, 0);
    assert.equal(report.failed.length, 30);
    assert.match(report.failed[0]!.reason, /^Read-only: /);
    assert.match(report.failed[29]!.reason, /^not sent: Read-only: /);
    assert.equal(await remaining('ro'), 30);
  } finally {
    readOnly.destroy();
  }
});

test('cancelled: stops between batches; unsent keys are reported, sent ones were deleted', async () => {
  const keys = await seed('cancel', 60);
  const stop = new AbortController();
  const report = await deleteMany(engine.gateway, TABLE, keys, { signal: stop.signal, onProgress: (p) => p.deleted >= 25 && stop.abort() });
  assert.equal(report.deleted, 25);
  assert.equal(report.failed.length, 35);
  assert.ok(report.failed.every((f) => f.reason === 'cancelled before it was sent'));
  assert.equal(await remaining('cancel'), 35);
});

test('review: buildBatchDeleteInputs gives the exact requests deleteMany sends, 25 keys each, a key marked twice once', async () => {
  const keys = await seed('review', 30);
  const unseeded: Item = { pk: { S: 'review' }, n: { N: '99' } };
  const built = buildBatchDeleteInputs(TABLE, [...keys, keys[3]!, unseeded]);
  assert.deepEqual(built.map((b) => b.keys.length), [25, 6]);
  assert.deepEqual(built[1]!.input, { RequestItems: { [TABLE]: [...keys.slice(25), unseeded].map((Key) => ({ DeleteRequest: { Key } })) } });
  const cli = awsCliCommand('BatchWriteItem', built[1]!.input);
  assert.ok(cli.startsWith(`aws dynamodb batch-write-item --request-items '{"${TABLE}":[{"DeleteRequest":{"Key":{"`), cli);
  assert.match(requestJson(built[0]!.operation, built[0]!.input as never), /^BatchWriteItem \{\n {2}"RequestItems"/);
  const sent: unknown[] = [];
  const gateway = {
    call<K extends Operation>(op: K, input: InputOf<K>): Promise<OutputOf<K>> {
      if (op === 'BatchWriteItem') sent.push(input);
      return engine.gateway.call(op, input);
    },
  };
  const report = await deleteMany(gateway, TABLE, [...keys, keys[3]!, unseeded]);
  assert.deepEqual(report, { deleted: 31, failed: [] });
  assert.deepEqual(sent, built.map((b) => b.input));
  assert.equal(await remaining('review'), 0);
});

test('a batch whose answer was lost is resent by the SDK: safe, nothing deleted twice, counted once', async () => {
  const keys = await seed('lost', 30);
  let batches = 0;
  const proxy = await startFaultProxy(engine.endpoint, (_n, op) => (op === 'BatchWriteItem' && batches++ === 0 ? 'error500After' : 'pass'));
  const gateway = new DynamoGateway({ ...demoConnection(engine.endpoint), endpoint: proxy.endpoint });
  try {
    const report = await deleteMany(gateway, TABLE, keys);
    assert.deepEqual(report, { deleted: 30, failed: [] });
    assert.equal(proxy.counts.get('BatchWriteItem:error500After'), 1);
    assert.equal(await remaining('lost'), 0);
  } finally {
    gateway.destroy();
    await proxy.close();
  }
});
