import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, renderApp } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';
import { bindings, type Binding } from '../../src/keys/bindings.js';
import { helpRows } from '../../src/keys/table.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

test('--read-only: every write binding is hidden and pressing it sends no write', async () => {
  const writes = (bindings as readonly Binding[]).filter((b) => b.write);
  assert.ok(writes.length >= 5, 'the write bindings exist');
  const rows = helpRows(true).map((r) => r.description);
  for (const b of writes) assert.ok(!rows.includes(b.description), `${b.command} is hidden from help`);

  // Count at the engine side of the client: any write that left the app would show here.
  const sent: string[] = [];
  const app = renderApp({ connection: { ...demoConnection(engine.endpoint), readOnly: true } , table: 'Movies' });
  try {
    app.gateways[0].onRequest((r) => sent.push(r.operation));
    const frame = await app.waitFor(/page 1 · Count/);
    for (const b of writes) assert.ok(!frame.includes(b.description), `${b.command} is not in the footer`);
    const keys = [...new Set(writes.flatMap((b) => b.keys))].filter((k) => k !== 'enter' && k !== 'esc');
    for (const k of keys) await app.press(k.length === 1 ? k : '');
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    for (const k of keys) await app.press(k.length === 1 ? k : '');
    await app.press(KEY.enter);
    assert.deepEqual(sent.filter((op) => WRITE_OPERATIONS.has(op)), []);
  } finally { app.unmount(); }
});

test('--read-only: the client refuses a write even when one is reached', async () => {
  const gateway = new DynamoGateway({ ...demoConnection(engine.endpoint), readOnly: true });
  try {
    await assert.rejects(gateway.call('PutItem', { TableName: 'Movies', Item: { year: { N: '1' }, title: { S: 'x' } } }), /read-only/);
    await assert.rejects(gateway.call('DeleteTable', { TableName: 'Movies' }), /read-only/);
    const still = await engine.gateway.call('GetItem', { TableName: 'Movies', Key: { year: { N: '1' }, title: { S: 'x' } } });
    assert.equal(still.Item, undefined);
    const tables = await engine.gateway.call('ListTables', {});
    assert.ok(tables.TableNames?.includes('Movies'));
  } finally { gateway.destroy(); }
});
