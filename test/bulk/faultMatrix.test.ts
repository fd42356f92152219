// Import, export and count (the library functions) through the fault proxy, one fault at a
// time on every third request of the operation under test: throttled, a 500 before and
// after the write, a connection reset before and after it, and an answer that never comes
// (with a short request timeout, so the stall is retried). Each must end exact: the table
// holds every line once, the export and the count match the table, and the retries were
// reported with the right reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { exportItems } from '../../src/bulk/index.js';
import { liveCount } from '../../src/dynamo/liveCount.js';
import type { RetryReason } from '../../src/bulk/retry.js';
import { startFaultProxy, type Fault } from './faultProxy.js';
import { importText, memoryOutput, QUICK_RETRY, renamed, scanAll, simpleTable, sortedRecords } from './helpers.js';

const ITEMS = 300;
const FAULTS: [Fault, RetryReason][] = [
  ['throttle', 'throttled'], ['error500', 'server error'], ['error500After', 'server error'],
  ['resetBefore', 'connection lost'], ['resetAfter', 'connection lost'], ['stall', 'timed out'],
];

let engine: TestEngine;
before(async () => {
  engine = await startTestEngine();
  await engine.createTable(simpleTable('Source'));
  const text = Array.from({ length: ITEMS }, (_, i) => line(i)).join('\n');
  const s = await importText(engine.gateway, 'Source', text, 'jsonl');
  assert.equal(s.written, ITEMS);
});
after(() => engine.close());

// Numbers as text: 38 digits would not survive a JS number.
const line = (i: number) => `{"id":"k${String(i).padStart(4, '0')}","n":${i}.5,"big":12345678901234567890123456789012345678}`;

/** A gateway through a proxy that applies `fault` to every third `operation` request. */
async function faulty(fault: Fault, operation: string) {
  let seen = 0;
  const proxy = await startFaultProxy(engine.endpoint, (_n, op) => (op === operation && seen++ % 3 === 0 ? fault : 'pass'));
  // Stalls are cut by a short request timeout; one attempt per call, the bulk policy retries.
  const gateway = new DynamoGateway({ ...engine.gateway.options, endpoint: proxy.endpoint, requestTimeoutMs: fault === 'stall' ? 300 : undefined });
  const applied = () => proxy.counts.get(`${operation}:${fault}`) ?? 0;
  return { gateway, applied, close: async () => { gateway.destroy(); await proxy.close(); } };
}

let tables = 0;
for (const [fault, reason] of FAULTS) {
  test(`import with ${fault}: every line once, exact summary, retries said ${reason}`, async () => {
    const table = `Imp_${++tables}`;
    await engine.createTable(renamed(simpleTable(table), table));
    const f = await faulty(fault, 'BatchWriteItem');
    try {
      const text = Array.from({ length: ITEMS }, (_, i) => line(i)).join('\n');
      const reasons = new Set<string>();
      const s = await importText(f.gateway, table, text, 'jsonl', {}, { onProgress: (p) => { if (p.retry) reasons.add(p.retry.reason); } });
      assert.deepEqual([s.written, s.skipped, s.failed, s.unsent, s.unknown, s.cancelled], [ITEMS, 0, 0, 0, 0, false]);
      assert.ok(f.applied() >= 3, `the proxy applied ${fault} ${f.applied()} times`);
      assert.deepEqual([...reasons], [reason]);
      assert.equal(s.retry?.total, f.applied());
      const items = await scanAll(engine.gateway, table);
      assert.deepEqual(items.map((i) => `{"id":"${i.id!.S}","n":${i.n!.N},"big":${i.big!.N}}`).sort(), text.split('\n').sort());
    } finally { await f.close(); }
  });

  test(`export with ${fault}: every item exactly once, retries said ${reason}`, async () => {
    const f = await faulty(fault, 'Scan');
    try {
      const out = memoryOutput();
      const reasons = new Set<string>();
      const r = await exportItems(f.gateway, {
        source: { operation: 'Scan', input: { TableName: 'Source', Limit: 40 }, segments: 3 }, format: 'ddb-json', output: out.stream,
      }, { retry: QUICK_RETRY, onProgress: (p) => { if (p.retry) reasons.add(p.retry.reason); } });
      assert.equal(r.items, ITEMS);
      assert.ok(f.applied() >= 3);
      assert.deepEqual([...reasons], [reason]);
      const stored = (await scanAll(engine.gateway, 'Source')).map((i) => JSON.stringify(i));
      assert.deepEqual(sortedRecords(out.text(), 'ddb-json').map((l) => JSON.stringify(JSON.parse(l))), stored.map((l) => JSON.stringify(JSON.parse(l))).sort());
    } finally { await f.close(); }
  });

  test(`count with ${fault}: the exact count, retries said ${reason}`, async () => {
    const f = await faulty(fault, 'Scan');
    try {
      const reasons = new Set<string>();
      const r = await liveCount(f.gateway, { table: 'Source', segments: 5, filter: { Limit: 30 } as never }, (p) => {
        if (p.retry) reasons.add(p.retry.reason);
      }, undefined, QUICK_RETRY);
      assert.deepEqual([r.count, r.scanned, r.segmentsDone, r.cancelled], [ITEMS, ITEMS, 5, false]);
      assert.ok(f.applied() >= 3);
      assert.deepEqual([...reasons], [reason]);
      assert.equal((await scanAll(engine.gateway, 'Source')).length, ITEMS);
    } finally { await f.close(); }
  });
}
