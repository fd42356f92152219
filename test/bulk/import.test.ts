// Import against the engine: bad lines (skipped or stopping the import, with their line
// numbers), key checks before sending, duplicate keys, a batch DynamoDB refuses, the
// batch-write-item request file, cancel, read-only and a missing table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { appDataTable } from '../../src/demo/singleTable.js';
import { importText, renamed, scanAll, simpleTable } from './helpers.js';

let engine: TestEngine;
let tables = 0;
before(async () => { engine = await startTestEngine(); });
after(() => engine.close());

async function freshTable(input = simpleTable('Imp')): Promise<string> {
  const name = `${input.TableName}_${++tables}`;
  await engine.createTable(renamed(input, name));
  return name;
}

/** Every BatchWriteItem sent: how many, and any that named one key twice or fell back to PutItem. */
function watchWrites() {
  const w = { batches: 0, problems: [] as string[], stop: () => {} };
  w.stop = engine.gateway.onRequest((r) => {
    if (r.operation === 'PutItem') w.problems.push('PutItem fallback');
    if (r.operation !== 'BatchWriteItem') return;
    w.batches++;
    const writes = Object.values((r.input as { RequestItems: Record<string, { PutRequest: { Item: { id: object } } }[]> }).RequestItems)[0]!;
    const keys = writes.map((x) => JSON.stringify(x.PutRequest.Item.id));
    if (new Set(keys).size !== keys.length) w.problems.push(`duplicate key in ${keys.join(' ')}`);
  });
  return w;
}

const ids = async (table: string) => (await scanAll(engine.gateway, table)).map((i) => i.id!.S!).sort();

const MIXED = [
  '{"id": "a", "n": 1}',
  '{"id": "b", "n": 123456789012345678901234567890123456789}', // 39 digits
  '',
  '{"id": "c", "n": 3',
  '{"n": 4}',
  '{"id": 5}',
  '{"id": "", "n": 6}',
  '{"id": "d", "s": {"$SS": []}}',
  '{"id": "e", "n": 7}',
].join('\n');

test('skip: every bad line is reported with its number, the good ones are written', async () => {
  const table = await freshTable();
  const seen: [number, string][] = [];
  const s = await importText(engine.gateway, table, MIXED, 'jsonl', { onError: 'skip' }, { onProblem: (p) => seen.push([p.line, p.kind]) });
  assert.deepEqual({ read: s.read, written: s.written, skipped: s.skipped, failed: s.failed, stopped: s.stopped }, { read: 8, written: 2, skipped: 6, failed: 0, stopped: undefined });
  assert.deepEqual(seen, [[2, 'skipped'], [4, 'skipped'], [5, 'skipped'], [6, 'skipped'], [7, 'skipped'], [8, 'skipped']]);
  const expected = [
    /^n: 123456789012345678901234567890123456789 has 39 significant digits/,
    /^invalid JSON at column \d+/,
    /^the key attribute "id" is missing$/,
    /^"id" must be of type S, got N$/,
    /^"id" cannot be empty$/,
    /^s: a string set cannot be empty/,
  ];
  s.problems.forEach((p, i) => assert.match(p.message, expected[i]!));
  assert.deepEqual(await ids(table), ['a', 'e']);
});

test('stop: the first bad line stops the import; the lines before it are written', async () => {
  const table = await freshTable();
  const s = await importText(engine.gateway, table, MIXED, 'jsonl', { onError: 'stop' });
  assert.equal(s.stopped?.line, 2);
  assert.deepEqual({ written: s.written, skipped: s.skipped, failed: s.failed }, { written: 1, skipped: 1, failed: 0 });
  assert.deepEqual(await ids(table), ['a']);
});

test('an index key of the wrong type is caught before sending (it would fail its whole batch)', async () => {
  const table = await freshTable(appDataTable);
  const text = ['{"pk": "p", "sk": "1", "GSI1PK": "g"}', '{"pk": "p", "sk": "2", "GSI1PK": 7}', '{"pk": "p", "sk": "3"}'].join('\n');
  const s = await importText(engine.gateway, table, text, 'jsonl', { onError: 'skip' });
  assert.deepEqual([s.written, s.skipped], [2, 1]);
  assert.equal(s.problems[0]!.message, '"GSI1PK" (an index key) must be of type S, got N');
});

test('the same key many times: never two in one batch, and the last line wins', async () => {
  const table = await freshTable();
  const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `k${i % 7}`, v: i }));
  const watch = watchWrites();
  const s = await importText(engine.gateway, table, lines.join('\n'), 'jsonl', {}, { concurrency: 8 });
  watch.stop();
  assert.deepEqual([s.written, s.failed], [300, 0]);
  assert.deepEqual(watch.problems, []);
  const items = await scanAll(engine.gateway, table);
  const last = new Map(lines.map((l) => JSON.parse(l) as { id: string; v: number }).map((o) => [o.id, String(o.v)]));
  assert.deepEqual(items.map((i) => [i.id!.S, i.v!.N]).sort(), [...last].sort());
});

test('numbers that are one key to DynamoDB (1 and 1.0) are treated as one key', async () => {
  const table = await freshTable({ ...simpleTable('Num'), AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'N' }] });
  const watch = watchWrites();
  const s = await importText(engine.gateway, table, '{"id": 1, "v": "first"}\n{"id": 1.0, "v": "second"}\n', 'jsonl');
  watch.stop();
  assert.deepEqual([s.written, s.failed], [2, 0]);
  assert.deepEqual([watch.batches, watch.problems], [2, []]);
  const items = await scanAll(engine.gateway, table);
  assert.deepEqual(items.map((i) => i.v!.S), ['second']);
});

test('a batch DynamoDB refuses is put item by item: only the bad item fails, with its line', async () => {
  const table = await freshTable();
  const big = 'x'.repeat(410 * 1024);
  const lines = Array.from({ length: 25 }, (_, i) => JSON.stringify(i === 11 ? { id: 'big', v: big } : { id: `i${i}` }));
  const s = await importText(engine.gateway, table, lines.join('\n'), 'jsonl', { onError: 'skip' });
  assert.deepEqual([s.written, s.skipped, s.failed], [24, 0, 1]);
  assert.equal(s.problems[0]!.line, 12);
  assert.match(s.problems[0]!.message, /ValidationException/);
  assert.equal((await ids(table)).length, 24);
});

test('ddb-json: one item per line, or the AWS CLI batch-write-item request file', async () => {
  const table = await freshTable();
  const lines = '{"id": {"S": "a"}, "n": {"N": "1.50"}}\n{"id": {"S": "b"}, "n": {"N": 2}}\n';
  const s1 = await importText(engine.gateway, table, lines, 'ddb-json', { onError: 'skip' });
  assert.deepEqual([s1.written, s1.skipped], [1, 1]);
  assert.match(s1.problems[0]!.message, /numbers are quoted in DynamoDB JSON/);
  const requestFile = JSON.stringify({
    Whatever: [
      { PutRequest: { Item: { id: { S: 'r1' }, b: { B: 'AAEC' } } } },
      { DeleteRequest: { Key: { id: { S: 'a' } } } },
      { PutRequest: { Item: { id: { S: 'r2' }, s: { SS: ['x'] } } } },
    ],
  }, null, 2);
  const s2 = await importText(engine.gateway, table, requestFile, 'ddb-json', { onError: 'skip' });
  assert.deepEqual([s2.written, s2.skipped], [2, 1]);
  assert.equal(s2.problems[0]!.line, 15, 'the line where the DeleteRequest entry starts');
  assert.deepEqual(await ids(table), ['a', 'r1', 'r2']);
});

test('a JSON array with a broken structure stops with the line; what came before is written', async () => {
  const table = await freshTable();
  const s = await importText(engine.gateway, table, '[\n{"id": "a"},\n{"id": "b"}\n]\n]', 'json', { onError: 'skip' });
  assert.deepEqual([s.written, s.stopped?.line], [2, 5]);
  assert.match(s.stopped!.message, /unexpected text after the end/);
});

test('cancel: nothing more is sent, and the counts still add up', async () => {
  const table = await freshTable();
  const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `c${i}` }));
  const ac = new AbortController();
  const s = await importText(engine.gateway, table, lines.join('\n'), 'jsonl', {}, {
    signal: ac.signal, onProgress: (p) => { if (p.written >= 100) ac.abort(); },
  });
  assert.equal(s.cancelled, true);
  assert.ok(s.written >= 100 && s.written < 2000, `written ${s.written}`);
  assert.equal(s.read, s.written + s.skipped + s.failed + s.unsent);
  assert.equal((await ids(table)).length, s.written, 'the table holds exactly what the summary says');
});

test('read-only: refused before anything is sent, and said so', async () => {
  const table = await freshTable();
  const gateway = new DynamoGateway({ ...engine.gateway.options, readOnly: true });
  try {
    const s = await importText(gateway, table, '{"id": "a"}\n{"id": "b"}\n', 'jsonl');
    assert.deepEqual([s.written, s.failed], [0, 2]);
    assert.equal((s.stopped?.error as Error).name, 'ReadOnlyError');
  } finally { gateway.destroy(); }
});

test('a missing table is an error before the file is read', async () => {
  await assert.rejects(importText(engine.gateway, 'NoSuchTable', '{"id": "a"}', 'jsonl'), { name: 'ResourceNotFoundException' });
});
