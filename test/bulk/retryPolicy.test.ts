// The one retry policy's pieces: why an error is retried (as the SDK shapes its errors),
// the progress note, the signals a job listens to, the segment pool, and the head of a
// piped file that decides its reader without waiting for 64 KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { PassThrough } from 'node:stream';
import { follow, retryReason, RetryTally } from '../../src/bulk/retry.js';
import { retryText } from '../../src/cli/subcommands/progress.js';
import { runPool } from '../../src/bulk/pool.js';
import { openText } from '../../src/bulk/textChunks.js';
import { headDecides } from '../../src/bulk/readEntries.js';

const err = (name: string, extra: object = {}) => Object.assign(new Error('x'), { name, ...extra });

test('retry reasons, as the SDK names its errors', () => {
  assert.equal(retryReason(err('ThrottlingException')), 'throttled');
  assert.equal(retryReason(err('ProvisionedThroughputExceededException', { $metadata: { httpStatusCode: 400 } })), 'throttled');
  assert.equal(retryReason(err('InternalServerError', { $metadata: { httpStatusCode: 500 } })), 'server error');
  assert.equal(retryReason(err('Whatever', { $metadata: { httpStatusCode: 503 } })), 'server error');
  // The HTTP handler calls a reset connection a TimeoutError; its code says what it was.
  assert.equal(retryReason(err('TimeoutError', { code: 'ECONNRESET' })), 'connection lost');
  assert.equal(retryReason(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), 'connection lost');
  assert.equal(retryReason(err('TimeoutError', { code: 'ETIMEDOUT' })), 'timed out');
  assert.equal(retryReason(err('TimeoutError')), 'timed out');
  for (const e of [err('AbortError'), err('ValidationException', { $metadata: { httpStatusCode: 400 } }), err('Error', { code: 'ECONNREFUSED' })]) {
    assert.equal(retryReason(e), undefined);
  }
});

test('the progress note: the latest reason with its count, shown while retries are recent', () => {
  const tally = new RetryTally();
  for (let i = 0; i < 11; i++) tally.note('throttled');
  const note = tally.note('throttled');
  assert.deepEqual([note.reason, note.times, note.total], ['throttled', 12, 12]);
  assert.equal(retryText(note, note.at + 100), ' · retrying: throttled ×12');
  assert.equal(retryText(tally.note('server error'), note.at + 100), ' · retrying: server error ×1');
  assert.equal(retryText(tally.current, note.at + 60_000), '');
  assert.equal(retryText(undefined), '');
});

test('follow: aborts with the caller, or a grace time after it; one listener on the caller\'s signal each', async () => {
  const caller = new AbortController();
  const now = follow(caller.signal);
  const later = follow(caller.signal, 30);
  for (let i = 0; i < 20; i++) later.addEventListener('abort', () => {});
  assert.equal(getEventListeners(caller.signal, 'abort').length, 2);
  caller.abort(new Error('cancel'));
  assert.ok(now.aborted);
  assert.ok(!later.aborted);
  // The grace timer does not keep a process up (unref): this wait does, until it fires.
  const up = setInterval(() => {}, 1000);
  await new Promise<void>((resolve) => later.addEventListener('abort', () => resolve()));
  clearInterval(up);
  assert.equal((later.reason as Error).message, 'cancel');
  assert.ok(!follow(undefined).aborted);
});

test('runPool: at most `limit` at once, in order; the first failure stops the rest and is thrown', async () => {
  let running = 0;
  let most = 0;
  const started: number[] = [];
  await runPool(50, 4, async (n) => {
    started.push(n);
    most = Math.max(most, ++running);
    await new Promise((r) => setImmediate(r));
    running--;
  });
  assert.deepEqual([most, started], [4, Array.from({ length: 50 }, (_, i) => i)]);
  const seen: number[] = [];
  const boom = new Error('boom');
  await assert.rejects(runPool(1_000_000, 3, async (n) => {
    seen.push(n);
    if (n === 5) throw boom;
    await new Promise((r) => setImmediate(r));
  }), boom);
  assert.ok(seen.length < 10, `stopped after ${seen.length}`);
  const caller = new AbortController();
  caller.abort();
  await assert.rejects(runPool(10, 2, async () => {}, caller.signal), { name: 'AbortError' });
});

test('a piped file decides its reader from its first line, without waiting for more', async () => {
  for (const [head, decided] of [
    ['', false], ['  ', false], ['{', false], ['{\n  "Movies"', false], ['{"Movies": ', false],
    ['{"Movies": [', true], ['{"id": "a"', true], ['{"id" ,', true], ['[', true], ['id,name', true], ['\uFEFF{ }', true],
  ] as const) assert.equal(headDecides(head), decided, JSON.stringify(head));
  const pipe = new PassThrough();
  pipe.write('{"id": "a"}\n');
  const source = await openText(pipe, 64 * 1024, { decided: headDecides });
  assert.equal(source.head, '{"id": "a"}\n');
  const stop = new AbortController();
  const waiting = openText(new PassThrough(), 64 * 1024, { decided: headDecides, signal: stop.signal });
  stop.abort();
  assert.equal((await waiting).head, '');
});
