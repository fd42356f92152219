// A 100,000-line file: streamed from disk, bad lines counted exactly, and the table
// holds exactly the good lines afterwards (counted with the live count).
// Small items on a hash-key-only table keep it quick: dynalite stores about 3,500
// items a second here, so this test takes about 30 s on 2 cores.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { importItems } from '../../src/bulk/index.js';
import { liveCount } from '../../src/dynamo/liveCount.js';
import { QUICK_RETRY, simpleTable } from './helpers.js';

const LINES = 100_000;
const BAD_EVERY = 9_973; // a prime: bad lines land in every position of a batch

let engine: TestEngine;
let dir: string;
before(async () => {
  engine = await startTestEngine();
  dir = await mkdtemp(join(tmpdir(), 'dynoscope-large-'));
});
after(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

test('100,000 lines with bad ones: exact counts, and the table agrees', async () => {
  await engine.createTable(simpleTable('Large'));
  const file = join(dir, 'large.jsonl');
  const bad: number[] = [];
  const lines = Array.from({ length: LINES }, (_, i) => {
    if ((i + 1) % BAD_EVERY === 0) {
      bad.push(i + 1);
      return `{"id": "bad${i}", "n": 1e999}`;
    }
    return `{"id":"i${i}","n":${i}.5,"s":"v${i % 97}"}`;
  });
  await writeFile(file, lines.join('\n') + '\n');
  const seen: number[] = [];
  const s = await importItems(engine.gateway, {
    table: 'Large', input: createReadStream(file), format: 'jsonl', onError: 'skip', totalBytes: (await stat(file)).size,
  }, { retry: QUICK_RETRY, onProblem: (p) => seen.push(p.line) });
  assert.deepEqual(
    { read: s.read, written: s.written, skipped: s.skipped, failed: s.failed, unsent: s.unsent },
    { read: LINES, written: LINES - bad.length, skipped: bad.length, failed: 0, unsent: 0 },
  );
  assert.deepEqual(seen, bad);
  assert.equal(s.bytesRead, s.totalBytes);
  const count = await liveCount(engine.gateway, { table: 'Large', segments: 4 });
  assert.equal(count.count, LINES - bad.length);
});
