// The first ctrl+c (SIGINT) of `dynoscope import|export|count` while requests stall:
// nothing more is sent, what is in flight is aborted after a bounded wait, the summary
// has exact counts, exit 130. An export to a file that fails or is cancelled leaves no
// file (or the old one as it was) and says so. --segments is bounded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { CANCEL_GRACE_MS } from '../../src/bulk/batchWriter.js';
import { CONFIRM_MS } from '../../src/bulk/confirm.js';
import { startFaultProxy, type Fault } from './faultProxy.js';
import { runCli, skipBin, startCli } from './cliRun.js';
import { importText, renamed, scanAll, simpleTable } from './helpers.js';

const LINES = 3000;
const text = Array.from({ length: LINES }, (_, i) => `{"id":"k${String(i).padStart(5, '0')}","v":${i}}`).join('\n');
// Start-up, the re-reads and exit, on a slow machine: far less than this.
const SLACK_MS = 3000;

let engine: TestEngine;
let dir: string;
before(async () => {
  engine = await startTestEngine();
  dir = mkdtempSync(join(tmpdir(), 'dynoscope-clicancel-'));
  writeFileSync(join(dir, 'items.jsonl'), `${text}\n`);
  await engine.createTable(simpleTable('Source'));
  assert.equal((await importText(engine.gateway, 'Source', text, 'jsonl')).written, LINES);
});
after(async () => { rmSync(dir, { recursive: true, force: true }); await engine.close(); });

/**
 * Runs the subcommand through a proxy that stalls `operation` from its request `from` on,
 * and sends SIGINT once the first stalled request has arrived.
 */
async function interrupted(operation: string, from: number, args: string[]) {
  let seen = 0;
  let started: ReturnType<typeof startCli> | undefined;
  let sentAt = 0;
  const proxy = await startFaultProxy(engine.endpoint, (_n, op) => (op === operation && seen++ >= from ? 'stall' : 'pass'), {
    beforeEach: (_n, op) => {
      if (op === operation && seen === from && !sentAt) {
        sentAt = Date.now();
        started!.child.kill('SIGINT');
      }
    },
  });
  try {
    started = startCli(proxy.endpoint, args);
    const r = await started.done;
    return { ...r, afterSignalMs: Date.now() - sentAt, counts: proxy.counts };
  } finally { await proxy.close(); }
}

const count = (line: string, label: string) => Number(new RegExp(`([\\d,]+) ${label}`).exec(line)?.[1]?.replace(/,/g, '') ?? NaN);

test('import: the first ctrl+c during stalled batches ends within the grace time and re-reads, exact counts, exit 130', { skip: skipBin }, async () => {
  await engine.createTable(renamed(simpleTable('CliCancel'), 'CliCancel'));
  const r = await interrupted('BatchWriteItem', 2, ['import', 'CliCancel', join(dir, 'items.jsonl')]);
  assert.equal(r.code, 130, r.stderr);
  assert.ok(r.afterSignalMs < CANCEL_GRACE_MS + CONFIRM_MS + SLACK_MS, `exited ${r.afterSignalMs} ms after SIGINT`);
  assert.match(r.stdout, /^50 written, 0 skipped, 0 failed, [\d,]+ not sent \([\d,]+ items read in [\d.]+ s\)\n$/);
  assert.equal(count(r.stdout, 'written') + count(r.stdout, 'not sent'), count(r.stdout, 'items read'));
  assert.equal(r.stderr, 'dynoscope import: cancelled; the counts above are exact\n');
  assert.ok((r.counts.get('GetItem:pass') ?? 0) >= 25, 'the stalled batches were re-read');
  const stored = (await scanAll(engine.gateway, 'CliCancel')).map((i) => `{"id":"${i.id!.S}","v":${i.v!.N}}`);
  assert.equal(stored.length, 50);
  const lines = new Set(text.split('\n'));
  assert.ok(stored.every((l) => lines.has(l)), 'each stored item is its line');
});

test('export -o: ctrl+c during a stalled page removes the temporary file, says the file was not written, exit 130', { skip: skipBin }, async () => {
  const file = join(dir, 'cancelled.jsonl');
  const r = await interrupted('Scan', 2, ['export', 'Source', '--segments', '4', '-o', file]);
  assert.equal(r.code, 130, r.stderr);
  assert.ok(r.afterSignalMs < SLACK_MS, `exited ${r.afterSignalMs} ms after SIGINT`);
  assert.match(r.stderr, new RegExp(`^dynoscope export: cancelled after [\\d,]+ items read; ${file} was not written\\n$`));
  assert.ok(!existsSync(file));
  assert.ok(readdirSync(dir).every((f) => !f.includes('cancelled')), `no temporary file: ${readdirSync(dir)}`);
});

test('export -o over an existing file: ctrl+c leaves it as it was, and says so', { skip: skipBin }, async () => {
  const file = join(dir, 'kept.jsonl');
  writeFileSync(file, 'the previous export\n');
  const r = await interrupted('Scan', 2, ['export', 'Source', '--segments', '4', '-o', file]);
  assert.equal(r.code, 130, r.stderr);
  assert.match(r.stderr, /; .*kept\.jsonl was left as it was\n$/);
  assert.equal(readFileSync(file, 'utf8'), 'the previous export\n');
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('kept')), ['kept.jsonl']);
});

test('count: ctrl+c during stalled pages prints what was counted, exit 130', { skip: skipBin }, async () => {
  const r = await interrupted('Scan', 2, ['count', 'Source', '--segments', '4']);
  assert.equal(r.code, 130, r.stderr);
  assert.ok(r.afterSignalMs < SLACK_MS, `exited ${r.afterSignalMs} ms after SIGINT`);
  assert.equal(r.stdout, '');
  // Answers on their way when the signal came are dropped with the rest: the count is of the pages it took in.
  const m = /^dynoscope count: cancelled after ([\d,]+) scanned \(([\d,]+) counted so far; ([012]) of 4 segments done\)\n$/.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.equal(m[1], m[2]);
});

async function through(fault: (op: string, n: number) => Fault, args: string[]) {
  const seen = new Map<string, number>();
  const proxy = await startFaultProxy(engine.endpoint, (_i, op) => {
    const n = seen.get(op) ?? 0;
    seen.set(op, n + 1);
    return fault(op, n);
  });
  try { return await runCli(proxy.endpoint, args); } finally { await proxy.close(); }
}

test('export -o failing mid-way: no partial file, one line that says what happened to the file, exit 1', { skip: skipBin }, async () => {
  const file = join(dir, 'failed.csv');
  const r = await through((op, n) => (op === 'Scan' && n >= 3 ? 'denied' : 'pass'), ['export', 'Source', '--format', 'csv', '--segments', '6', '-o', file]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`^dynoscope export: .*Not authorized to perform this action.*; ${file} was not written\\n$`));
  assert.ok(!existsSync(file));
  assert.ok(readdirSync(dir).every((f) => !f.includes('failed')), `no temporary file: ${readdirSync(dir)}`);
});

test('--segments: more than 1000 is refused at once with the reason', { skip: skipBin }, async () => {
  const r = await runCli(engine.endpoint, ['count', 'Source', '--segments', '1000000']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--segments 1000000 is more than 1000: a segment per 2 GB of table is plenty/);
  const most = await runCli(engine.endpoint, ['count', 'Source', '--segments', '1000']);
  assert.deepEqual([most.code, most.stdout], [0, `${LINES}\n`]);
});

test('import from a stdin that stays open: ctrl+c stops the wait for input, the batches sent are answered and counted', { skip: skipBin }, async () => {
  await engine.createTable(renamed(simpleTable('CliStdin'), 'CliStdin'));
  let batches = 0;
  let started: ReturnType<typeof startCli> | undefined;
  const proxy = await startFaultProxy(engine.endpoint, () => 'pass', {
    // The fourth batch holds the last of the 100 lines: once it is in, only input is awaited.
    beforeEach: (_n, op) => { if (op === 'BatchWriteItem' && ++batches === 4) started!.child.kill('SIGINT'); },
  });
  try {
    started = startCli(proxy.endpoint, ['import', 'CliStdin', '-', '--format', 'jsonl']);
    started.child.stdin!.write(`${text.split('\n').slice(0, 100).join('\n')}\n`);
    const r = await started.done;
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stdout, /^100 written, 0 skipped, 0 failed \(100 items read in [\d.]+ s\)\n$/);
    assert.equal((await scanAll(engine.gateway, 'CliStdin')).length, 100);
  } finally { await proxy.close(); }
});
