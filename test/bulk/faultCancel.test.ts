// Cancels through the fault proxy end in bounded time with exact counts: an import whose
// batches stall (aborted after the grace time, re-read, counted not sent), whose answer was
// lost after the write (re-read, counted written) or whose re-read fails too (counted
// unknown, and said so); an export and a count cancelled mid-stall; an export to a file
// that fails or is cancelled leaves no file, or the old one as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { DynamoGateway, type InputOf, type Operation, type OutputOf, type CallOptions } from '../../src/dynamo/client.js';
import { exportItems } from '../../src/bulk/index.js';
import { runExport } from '../../src/bulk/exportToFile.js';
import { tempPathFor } from '../../src/bulk/files.js';
import { liveCount } from '../../src/dynamo/liveCount.js';
import { CONFIRM_MS } from '../../src/bulk/confirm.js';
import { SEGMENTS_IN_FLIGHT } from '../../src/bulk/pool.js';
import { startFaultProxy, type Fault } from './faultProxy.js';
import { importText, memoryOutput, QUICK_RETRY, renamed, scanAll, simpleTable } from './helpers.js';

const LINES = 2000;
// Long enough for the answers of requests that are not stalled, whatever the machine's load:
// the tests stay exact, and only the stall test waits for it.
const GRACE_MS = 1000;
const text = Array.from({ length: LINES }, (_, i) => `{"id":"k${String(i).padStart(5, '0')}","v":${i}}`).join('\n');

let engine: TestEngine;
let dir: string;
before(async () => {
  engine = await startTestEngine();
  dir = mkdtempSync(join(tmpdir(), 'dynoscope-cancel-'));
  await engine.createTable(simpleTable('Source'));
  assert.equal((await importText(engine.gateway, 'Source', text, 'jsonl')).written, LINES);
});
after(async () => { rmSync(dir, { recursive: true, force: true }); await engine.close(); });

let tables = 0;
async function freshTable(): Promise<string> {
  const name = `Cancel_${++tables}`;
  await engine.createTable(renamed(simpleTable(name), name));
  return name;
}

/**
 * A proxy that numbers the requests of each operation and asks `fault` what to do with
 * request n of `op`; `cancel` aborts once a request matches `cancelAt` (before it is handled).
 */
async function setup(fault: (op: string, n: number) => Fault, cancelAt: (op: string, n: number) => boolean) {
  const seen = new Map<string, number>();
  const numbered = new Map<number, number>();
  const stop = new AbortController();
  const proxy = await startFaultProxy(engine.endpoint, (i, op) => fault(op, numbered.get(i)!), {
    beforeEach: (i, op) => {
      const n = seen.get(op) ?? 0;
      seen.set(op, n + 1);
      numbered.set(i, n);
      if (cancelAt(op, n)) stop.abort();
    },
  });
  const gateway = new DynamoGateway({ ...engine.gateway.options, endpoint: proxy.endpoint });
  return { proxy, gateway, signal: stop.signal, close: async () => { gateway.destroy(); await proxy.close(); } };
}

/** Every stored item is its line, exactly. */
async function storedLines(table: string): Promise<string[]> {
  const lines = new Set(text.split('\n'));
  const stored = (await scanAll(engine.gateway, table)).map((i) => `{"id":"${i.id!.S}","v":${i.v!.N}}`);
  for (const l of stored) assert.ok(lines.has(l), `stored ${l} is a line of the file`);
  return stored;
}

test('import cancelled while batches stall: the stalled ones are aborted after the grace time, re-read, counted not sent', async () => {
  const table = await freshTable();
  const s = await setup((op, n) => (op === 'BatchWriteItem' && n >= 2 ? 'stall' : 'pass'), (op, n) => op === 'BatchWriteItem' && n === 2);
  try {
    const started = Date.now();
    const r = await importText(s.gateway, table, text, 'jsonl', {}, { signal: s.signal, graceMs: GRACE_MS });
    assert.ok(Date.now() - started < GRACE_MS + CONFIRM_MS, `ended in ${Date.now() - started} ms`);
    assert.deepEqual([r.cancelled, r.written, r.failed, r.unknown, r.skipped], [true, 50, 0, 0, 0]);
    assert.equal(r.written + r.unsent, r.read);
    assert.ok((s.proxy.counts.get('GetItem:pass') ?? 0) >= 25, 'the stalled batches were re-read');
    assert.equal((await storedLines(table)).length, r.written);
  } finally { await s.close(); }
});

test('import cancelled after an answer was lost: the re-read finds the batch written, and counts it so', async () => {
  const table = await freshTable();
  const s = await setup((op, n) => (op === 'BatchWriteItem' && n === 2 ? 'resetAfter' : 'pass'), (op, n) => op === 'BatchWriteItem' && n === 2);
  try {
    // No stall: the default grace time only lets the other batches' answers in.
    const r = await importText(s.gateway, table, text, 'jsonl', {}, { signal: s.signal });
    assert.deepEqual([r.cancelled, r.failed, r.unknown], [true, 0, 0]);
    assert.ok(r.written >= 75, `written ${r.written}: the lost answer's batch among them`);
    assert.ok((s.proxy.counts.get('GetItem:pass') ?? 0) >= 25, 'its items were re-read');
    assert.equal(r.written + r.unsent, r.read);
    assert.equal((await storedLines(table)).length, r.written);
  } finally { await s.close(); }
});

test('answer lost and the re-read failing too: those items are counted unknown, with their lines', async () => {
  const table = await freshTable();
  const s = await setup(
    (op, n) => (op === 'GetItem' ? 'resetBefore' : op === 'BatchWriteItem' && n === 2 ? 'resetAfter' : 'pass'),
    (op, n) => op === 'BatchWriteItem' && n === 2,
  );
  try {
    const r = await importText(s.gateway, table, text, 'jsonl', { onError: 'skip' }, { signal: s.signal });
    assert.deepEqual([r.cancelled, r.failed, r.unknown], [true, 0, 25]);
    assert.equal(r.written + r.unsent + r.unknown, r.read);
    const unknown = r.problems.filter((p) => p.kind === 'unknown');
    assert.equal(unknown.length, 25);
    assert.match(unknown[0]!.message, /^sent, but no answer came and re-reading it failed/);
    // They were in fact written (resetAfter applies the request): the table holds them too.
    assert.equal((await storedLines(table)).length, r.written + 25);
  } finally { await s.close(); }
});

test('export and count cancelled while a page stalls: they end at once, with what they had', async () => {
  const s = await setup((op, n) => (op === 'Scan' && n >= 2 ? 'stall' : 'pass'), (op, n) => op === 'Scan' && n === 3);
  try {
    const out = memoryOutput();
    const source = { operation: 'Scan' as const, input: { TableName: 'Source', Limit: 100 }, segments: 2 };
    await assert.rejects(exportItems(s.gateway, { source, format: 'jsonl', output: out.stream }, { signal: s.signal }), { name: 'AbortError' });
    assert.equal(out.text().split('\n').filter(Boolean).length, 200, 'the two pages that came');
  } finally { await s.close(); }
  const c = await setup((op, n) => (op === 'Scan' && n >= 2 ? 'stall' : 'pass'), (op, n) => op === 'Scan' && n === 3);
  try {
    const r = await liveCount(c.gateway, { table: 'Source', segments: 2, filter: { Limit: 100 } as never }, undefined, c.signal);
    assert.deepEqual([r.cancelled, r.count, r.pages], [true, 200, 2]);
  } finally { await c.close(); }
});

async function exportTo(target: string, fault: (op: string, n: number) => Fault, cancelAt: (op: string, n: number) => boolean) {
  const s = await setup(fault, cancelAt);
  try {
    const plan = {
      target, temp: tempPathFor(target), format: 'jsonl' as const, overwrite: true, existed: existsSync(target),
      source: { operation: 'Scan' as const, input: { TableName: 'Source', Limit: 100 }, segments: 2 },
    };
    return await runExport(s.gateway, plan, s.signal, () => {}, {}, QUICK_RETRY);
  } finally { await s.close(); }
}

test('export to a file cancelled or failing mid-way: no file, no temporary file, an old file as it was', async () => {
  const fresh = join(dir, 'fresh.jsonl');
  const cancelled = await exportTo(fresh, (op, n) => (op === 'Scan' && n >= 2 ? 'stall' : 'pass'), (op, n) => op === 'Scan' && n === 3);
  assert.deepEqual(cancelled, { kind: 'cancelled', tempRemoved: true });
  const failed = await exportTo(fresh, (op, n) => (op === 'Scan' && n >= 2 ? 'error500' : 'pass'), () => false);
  assert.equal(failed.kind, 'failed');
  assert.ok(failed.kind === 'failed' && failed.tempRemoved && /Internal server error/i.test(`${failed.problem?.title} ${failed.problem?.detail}`), JSON.stringify(failed));
  const old = join(dir, 'old.jsonl');
  writeFileSync(old, 'the old export\n');
  const failedOld = await exportTo(old, (op, n) => (op === 'Scan' && n >= 3 ? 'error500' : 'pass'), () => false);
  assert.equal(failedOld.kind, 'failed');
  assert.equal(readFileSync(old, 'utf8'), 'the old export\n');
  assert.deepEqual(readdirSync(dir), ['old.jsonl']);
  const done = await exportTo(old, () => 'pass', () => false);
  assert.equal(done.kind, 'done');
  assert.equal(readFileSync(old, 'utf8').split('\n').filter(Boolean).length, LINES);
});

/** Counts the calls in flight at once. */
class Watched extends DynamoGateway {
  inFlight = 0;
  most = 0;
  override async call<K extends Operation>(operation: K, input: InputOf<K>, opts?: CallOptions): Promise<OutputOf<K>> {
    this.most = Math.max(this.most, ++this.inFlight);
    try { return await super.call(operation, input, opts); } finally { this.inFlight--; }
  }
}

test('a count of 1000 segments runs them through a bounded pool and is exact', async () => {
  const g = new Watched(engine.gateway.options);
  try {
    const r = await liveCount(g, { table: 'Source', segments: 1000 });
    assert.deepEqual([r.count, r.segmentsDone], [LINES, 1000]);
    assert.ok(g.most <= SEGMENTS_IN_FLIGHT, `at most ${g.most} requests at once`);
  } finally { g.destroy(); }
});
