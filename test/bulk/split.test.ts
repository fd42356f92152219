// The streaming JSON splitter and the retry policy, without an engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonSplitter, FileSyntaxError, type Element } from '../../src/bulk/jsonSplit.js';
import { backoffMs, isRetryable, DEFAULT_RETRY } from '../../src/bulk/retry.js';

function splitAll(mode: 'array' | 'wrapper', text: string, size: number): Element[] {
  const s = new JsonSplitter(mode);
  const out: Element[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  s.end();
  return out;
}

const ARRAY = '\uFEFF [\n {"a": "x,]}\\"[{", "b": [1, {"c": 2}]},\n\n  {"d": "\\\\"}  ,"scalar"\n,\n7 ]\n';

test('elements with their starting lines, whatever the chunk size', () => {
  const expected = [
    { text: '{"a": "x,]}\\"[{", "b": [1, {"c": 2}]}', line: 2 },
    { text: '{"d": "\\\\"}', line: 4 },
    { text: '"scalar"', line: 4 },
    { text: '7', line: 6 },
  ];
  for (const size of [1, 2, 3, 7, 1000]) assert.deepEqual(splitAll('array', ARRAY, size), expected, `chunks of ${size}`);
});

test('the batch-write-item file: requests of every table, in order', () => {
  const text = '{\n "A": [ {"PutRequest": {"Item": {}}} ],\n "B": [\n {"x": 1}, {"y": [2]} ]\n}';
  assert.deepEqual(splitAll('wrapper', text, 5).map((e) => [e.line, e.text]), [
    [2, '{"PutRequest": {"Item": {}}}'], [4, '{"x": 1}'], [4, '{"y": [2]}'],
  ]);
});

test('broken structure: the line where it breaks', () => {
  const fails = (mode: 'array' | 'wrapper', text: string, re: RegExp) =>
    assert.throws(() => splitAll(mode, text, 4), (e: unknown) => e instanceof FileSyntaxError && re.test(e.message));
  fails('array', '{"a": 1}', /^line 1: expected a JSON array/);
  fails('array', '[\n{"a": 1]\n]', /^line 2: unexpected "]"/);
  fails('array', '[\n{"a": 1}\n', /^line 3: the file ends inside the JSON/);
  fails('array', '[1]\n[2]', /^line 2: unexpected text after the end/);
  fails('wrapper', '{"A": {"PutRequest": 1}}', /each table needs a list of requests/);
});

test('retry: throttling, 5xx and dropped connections retry; client errors do not', () => {
  const err = (name: string, status = 400, extra = {}) => Object.assign(new Error('x'), { name, $metadata: { httpStatusCode: status }, ...extra });
  assert.ok(isRetryable(err('ProvisionedThroughputExceededException')));
  assert.ok(isRetryable(err('ThrottlingException')));
  assert.ok(isRetryable(err('InternalServerError', 500)));
  assert.ok(isRetryable(err('Whatever', 503)));
  assert.ok(isRetryable(err('Error', 0, { code: 'ECONNRESET' })));
  assert.ok(!isRetryable(err('ValidationException')));
  assert.ok(!isRetryable(err('ResourceNotFoundException')));
  assert.ok(!isRetryable(err('Error', 0, { code: 'ECONNREFUSED' })));
  assert.ok(!isRetryable(err('AbortError')));
});

test('retry: full jitter under a doubling ceiling, capped', () => {
  const policy = { ...DEFAULT_RETRY, random: () => 0.999 };
  assert.deepEqual([0, 1, 2, 3, 10, 20].map((n) => backoffMs(n, policy)), [49, 99, 199, 399, 4995, 4995]);
  assert.equal(backoffMs(5, { ...policy, random: () => 0 }), 0);
});
