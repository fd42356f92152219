import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { KEY, renderApp } from '../helpers/ink.js';
import { startTestEngine } from '../helpers/engine.js';
import { demoConnection } from '../../src/demo/engine.js';

/** A loopback port with nothing listening on it. */
async function deadPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

/** Runs with an environment that has no AWS settings at all. */
function withoutAws(env: Record<string, string | undefined>) {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
  Object.assign(process.env, {
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    AWS_EC2_METADATA_DISABLED: 'true', ...env,
  });
  return () => { for (const k of Object.keys(process.env)) delete process.env[k]; Object.assign(process.env, saved); };
}

test('an unreachable endpoint says so and the app keeps running', async () => {
  const endpoint = `http://127.0.0.1:${await deadPort()}`;
  const app = renderApp({ connection: { ...demoConnection(endpoint), maxAttempts: 1 } });
  try {
    const frame = await app.waitFor('Cannot reach DynamoDB');
    assert.match(frame, new RegExp(`No answer from ${endpoint.replace(/[.:/]/g, '.')}`));
    assert.match(frame, /--endpoint-url/);
    await app.press('?');
    await app.waitFor('Keys');
  } finally { app.unmount(); }
});

test('no region: a clear message naming the fixes', async () => {
  const restore = withoutAws({ AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' });
  try {
    const app = renderApp({ connection: {} });
    try {
      const frame = await app.waitFor('No AWS region');
      assert.match(frame, /--region/);
      assert.match(frame, /--demo/);
    } finally { app.unmount(); }
  } finally { restore(); }
});

test('no credentials: a clear message naming the fixes', async () => {
  const restore = withoutAws({ AWS_REGION: 'eu-west-1' });
  try {
    const app = renderApp({ connection: { maxAttempts: 1 } });
    try {
      const frame = await app.waitFor('No AWS credentials', 30000);
      assert.match(frame, /aws sso login/);
      assert.match(frame, /region eu-west-1/);
    } finally { app.unmount(); }
  } finally { restore(); }
});

test('an unknown table opened by name says it is not there; esc goes to the list', async () => {
  const engine = await startTestEngine();
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'NoSuchTable' });
  try {
    const frame = await app.waitFor('Table NoSuchTable not found');
    assert.match(frame, /There is no table named "NoSuchTable"/);
    await app.press(KEY.esc);
    await app.waitFor(/0 tables|No tables here/);
  } finally { app.unmount(); await engine.close(); }
});
