// Through a proxy that throttles, fails with 500s (some after the write was applied)
// and processes only half of some batches: no item lost, none duplicated or
// overtaken by an older version, and the summary counts each line once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { exportItems } from '../../src/bulk/index.js';
import { startFaultProxy, type Fault, type FaultProxy } from './faultProxy.js';
import { importText, memoryOutput, QUICK_RETRY, renamed, scanAll, simpleTable, sortedRecords } from './helpers.js';

// Per request number: 4 of 10 requests misbehave, in every way at once.
const PATTERN: Fault[] = ['throttle', 'pass', 'error500', 'partial', 'pass', 'error500After', 'pass', 'partial', 'pass', 'pass'];
const flaky = (n: number): Fault => PATTERN[n % PATTERN.length]!;

let engine: TestEngine;
let proxy: FaultProxy;
let gateway: DynamoGateway;
before(async () => {
  engine = await startTestEngine();
  proxy = await startFaultProxy(engine.endpoint, flaky);
  // As the CLI does: one attempt per SDK call, the bulk library retries.
  gateway = new DynamoGateway({ ...engine.gateway.options, endpoint: proxy.endpoint, maxAttempts: 1 });
});
after(async () => { gateway.destroy(); await proxy.close(); await engine.close(); });

const ITEMS = 3000;
const line = (i: number, version: number) => JSON.stringify({ id: `item${String(i).padStart(5, '0')}`, n: `${version}.${i}`, pad: 'x'.repeat(i % 200) });

test('import through a faulty engine: every item once, exact summary', async () => {
  await engine.createTable(simpleTable('Faulty'));
  const text = Array.from({ length: ITEMS }, (_, i) => line(i, 1)).join('\n');
  const s = await importText(gateway, 'Faulty', text, 'jsonl', {}, { retry: QUICK_RETRY });
  assert.deepEqual({ written: s.written, skipped: s.skipped, failed: s.failed, unsent: s.unsent }, { written: ITEMS, skipped: 0, failed: 0, unsent: 0 });
  for (const fault of ['throttle', 'error500', 'error500After', 'partial']) {
    assert.ok((proxy.counts.get(`BatchWriteItem:${fault}`) ?? 0) > 10, `the proxy applied ${fault}`);
  }
  const items = await scanAll(engine.gateway, 'Faulty');
  assert.equal(items.length, ITEMS);
  assert.deepEqual(items.map((i) => JSON.stringify({ id: i.id!.S, n: i.n!.S, pad: i.pad!.S })).sort(), text.split('\n').sort());
});

test('rewriting keys through a faulty engine: the last line of each key wins', async () => {
  await engine.createTable(renamed(simpleTable('Faulty'), 'Rewrites'));
  // Each key three times, far apart and close together, so versions race in flight.
  const lines = [...Array.from({ length: 500 }, (_, i) => line(i, 1)), ...Array.from({ length: 500 }, (_, i) => [line(i, 2), line(i, 3)]).flat()];
  const s = await importText(gateway, 'Rewrites', lines.join('\n'), 'jsonl', {}, { retry: QUICK_RETRY, concurrency: 16 });
  assert.deepEqual([s.written, s.failed], [1500, 0]);
  const items = await scanAll(engine.gateway, 'Rewrites');
  assert.equal(items.length, 500);
  assert.ok(items.every((i) => i.n!.S!.startsWith('3.')), 'every key holds its last version');
});

test('export through a faulty engine: every item exactly once', async () => {
  const direct = memoryOutput();
  await exportItems(engine.gateway, { source: { operation: 'Scan', input: { TableName: 'Faulty', Limit: 100 }, segments: 4 }, format: 'ddb-json', output: direct.stream });
  const flakyOut = memoryOutput();
  const r = await exportItems(gateway, { source: { operation: 'Scan', input: { TableName: 'Faulty', Limit: 100 }, segments: 4 }, format: 'ddb-json', output: flakyOut.stream }, { retry: QUICK_RETRY });
  assert.equal(r.items, ITEMS);
  assert.ok((proxy.counts.get('Scan:throttle') ?? 0) > 3 && (proxy.counts.get('Scan:error500After') ?? 0) > 3);
  assert.deepEqual(sortedRecords(flakyOut.text(), 'ddb-json'), sortedRecords(direct.text(), 'ddb-json'));
});

test('still throttled after every retry: those items are counted failed, with their lines', async () => {
  const stuck = await startFaultProxy(engine.endpoint, (_n, op) => (op === 'BatchWriteItem' ? 'throttle' : 'pass'));
  const g = new DynamoGateway({ ...engine.gateway.options, endpoint: stuck.endpoint, maxAttempts: 1 });
  try {
    const s = await importText(g, 'Faulty', '{"id": "t1"}\n{"id": "t2"}\n', 'jsonl', { onError: 'skip' }, { retry: { attempts: 3, baseMs: 1, capMs: 2 } });
    assert.deepEqual([s.written, s.failed, s.problems.map((p) => p.line)], [0, 2, [1, 2]]);
    assert.match(s.problems[0]!.message, /ProvisionedThroughputExceededException/);
  } finally { g.destroy(); await stuck.close(); }
});
