// The embedded engine over real HTTP, and persistence with a folder (--demo-dir).
import '../helpers/env.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEngine, demoConnection, DemoDirInUseError } from '../../src/demo/engine.js';
import { seedDemo, demoItems, DEMO_TABLES } from '../../src/demo/seed.js';
import { startTestEngine } from '../helpers/engine.js';
import { countItems } from './scan.js';

test('the engine answers DynamoDB requests over HTTP on a loopback port', async () => {
  const engine = await startTestEngine();
  try {
    assert.match(engine.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual((await engine.gateway.call('ListTables', {})).TableNames, []);
    // A plain HTTP request without the SDK is answered too: it is a real server.
    const res = await fetch(engine.endpoint, {
      method: 'POST', body: '{}',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
    });
    const body = await res.json() as { __type?: string };
    assert.match(String(body.__type), /MissingAuthenticationToken/);
    await engine.createTable({
      TableName: 'Scratch', BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    });
    const { Table } = await engine.gateway.call('DescribeTable', { TableName: 'Scratch' });
    assert.equal(Table?.TableStatus, 'ACTIVE');
  } finally {
    await engine.close();
  }
  await engine.close();
  await assert.rejects(fetch(engine.endpoint, { method: 'POST', body: '{}' }));
});

test('demoConnection points a gateway at the endpoint with fixed demo credentials', () => {
  assert.deepEqual(demoConnection('http://127.0.0.1:9'), {
    endpoint: 'http://127.0.0.1:9', region: 'us-east-1',
    credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' }, demo: true,
  });
});

test('two engines run side by side on different ports', async () => {
  const [a, b] = await Promise.all([startEngine(), startEngine()]);
  try {
    assert.notEqual(a.endpoint, b.endpoint);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test('a folder persists the tables; seeding again leaves them as they are', async () => {
  const root = await mkdtemp(join(tmpdir(), 'dynoscope-demo-'));
  const path = join(root, 'not', 'yet', 'there');
  try {
    const first = await startTestEngine({ path });
    await assert.rejects(startEngine({ path }), DemoDirInUseError, 'one engine per folder');
    await seedDemo(first.gateway);
    // A user edit must survive a restart and must not be overwritten by seeding.
    await first.gateway.call('PutItem', {
      TableName: 'Movies', Item: { year: { N: '1999' }, title: { S: 'Edited by hand' } },
    });
    await first.close();

    const second = await startTestEngine({ path });
    try {
      const writes: string[] = [];
      second.gateway.onRequest((r) => { if (r.operation !== 'ListTables') writes.push(r.operation); });
      await seedDemo(second.gateway);
      assert.deepEqual(writes, [], 'seedDemo on existing tables sends nothing but ListTables');
      const names = (await second.gateway.call('ListTables', {})).TableNames;
      assert.deepEqual(names, DEMO_TABLES.map((t) => t.TableName).sort());
      assert.equal(await countItems(second.gateway, 'Movies'), demoItems('Movies').length + 1);
      assert.equal(await countItems(second.gateway, 'AppData'), demoItems('AppData').length);
    } finally {
      await second.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a pid file left by a process that has exited does not block the folder', async () => {
  const path = await mkdtemp(join(tmpdir(), 'dynoscope-demo-'));
  try {
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await writeFile(join(path, 'dynoscope.pid'), exited);
    const engine = await startEngine({ path });
    await engine.close();
  } finally {
    await rm(path, { recursive: true, force: true });
  }
});
