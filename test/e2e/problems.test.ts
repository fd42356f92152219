// Wrong flags, a dead endpoint and missing credentials, read off a real terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { launchApp } from './app.js';

test('a wrong flag prints the problem and usage hint, exit code 1', async () => {
  const t = await launchApp(['--regoin', 'x']);
  const screen = await t.waitFor(/dynoscope --help/);
  assert.match(screen, /unknown option '--regoin'/);
  assert.match(screen, /Did you mean --region/);
  assert.equal((await t.exited).exitCode, 1);
});

test('a bad --endpoint-url value is refused before anything starts', async () => {
  const t = await launchApp(['--endpoint-url', 'localhost']);
  await t.waitFor(/dynoscope --help/);
  assert.match(t.text(), /"localhost" is not an http\(s\)/);
  assert.equal((await t.exited).exitCode, 1);
});

test('--help and --version answer and exit 0', async () => {
  const help = await launchApp(['--help']);
  const screen = await help.waitFor(/--endpoint-url/);
  assert.match(screen, /--read-only/);
  assert.match(screen, /--demo-dir/);
  assert.equal((await help.exited).exitCode, 0);
  const version = await launchApp(['--version']);
  await version.waitFor(/^\d+\.\d+\.\d+/m);
  assert.equal((await version.exited).exitCode, 0);
});

test('a dead endpoint: a clear screen, and q exits cleanly', async () => {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  const t = await launchApp(['--endpoint-url', `http://127.0.0.1:${port}`]);
  try {
    const screen = await t.waitFor('Cannot reach DynamoDB', { timeout: 30000 });
    assert.match(screen, /Check that the endpoint is running/);
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});

test('missing credentials: a clear screen naming the fixes', async () => {
  const t = await launchApp(['--region', 'eu-west-1'], {
    env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' },
  });
  try {
    const screen = await t.waitFor('No AWS credentials', { timeout: 30000 });
    assert.match(screen, /--profile/);
    assert.match(screen, /--demo/);
    assert.doesNotMatch(screen, /at .*\.js:\d+/, 'no stack trace');
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});
