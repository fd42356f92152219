// On a terminal, the subcommands' progress line says when they are retrying and why
// ("retrying: throttled ×3"), then gives way to the result. In a real pseudo-terminal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { launch } from '../e2e/terminal.js';
import { startFaultProxy } from './faultProxy.js';
import { BIN, skipBin } from './cliRun.js';
import { importText, simpleTable } from './helpers.js';

let engine: TestEngine;
before(async () => {
  engine = await startTestEngine();
  await engine.createTable(simpleTable('Source'));
  await importText(engine.gateway, 'Source', Array.from({ length: 40 }, (_, i) => `{"id":"k${i}"}`).join('\n'), 'jsonl');
});
after(() => engine.close());

test('count on a terminal: the progress line says it is retrying, throttled, and how often', { skip: skipBin }, async () => {
  // Every Scan is throttled until the line has been seen, then answered.
  let seen = false;
  const proxy = await startFaultProxy(engine.endpoint, (_n, op) => (op === 'Scan' && !seen ? 'throttle' : 'pass'));
  const term = await launch(process.execPath, [BIN, 'count', 'Source', '--segments', '1', '--endpoint-url', proxy.endpoint, '--region', 'us-east-1'], {
    env: { AWS_ACCESS_KEY_ID: 'demo', AWS_SECRET_ACCESS_KEY: 'demo', AWS_EC2_METADATA_DISABLED: 'true' },
  });
  try {
    const screen = await term.waitFor(/counting Source: 0 items · scanned 0 · 0\/1 segments · retrying: throttled ×\d+/);
    seen = true;
    assert.doesNotMatch(screen, /\n\s*at /);
    assert.equal((await term.exited).exitCode, 0);
    assert.match(term.text(), /^40$/m);
    assert.doesNotMatch(term.text(), /retrying/, 'the progress line is erased before the result');
  } finally { term.kill(); await proxy.close(); }
});
