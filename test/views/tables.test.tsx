import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, renderApp } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';

let engine: TestEngine;
const names = Array.from({ length: 130 }, (_, i) => `t${String(i).padStart(3, '0')}`);

before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: 'Orders', BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 },
    AttributeDefinitions: [{ AttributeName: 'customer id', AttributeType: 'S' }, { AttributeName: 'n', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'customer id', KeyType: 'HASH' }, { AttributeName: 'n', KeyType: 'RANGE' }],
  });
  // More than one ListTables page (100 names), so paging is exercised.
  for (let i = 0; i < names.length; i += 10) {
    await Promise.all(names.slice(i, i + 10).map((n) => engine.createTable({
      TableName: n, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'b', AttributeType: 'B' }], KeySchema: [{ AttributeName: 'b', KeyType: 'HASH' }],
    })));
  }
});
after(() => engine.close());

test('lists every table across ListTables pages and describes only the rows in view', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint) });
  try {
    await app.waitFor(/131 tables/);
    await app.waitFor(/Orders\s+ACTIVE\s+0\s+0 B\s+prov 7\/3\s+customer id S · n N/);
    const sent: string[] = [];
    app.gateways[0].onRequest((r) => sent.push(`${r.operation} ${(r.input as { TableName?: string }).TableName ?? ''}`));
    await app.press('G');
    await app.waitFor(/t129\s+ACTIVE\s+.*on-demand\s+b B/);
    await app.waitFor('131/131 tables');
    const described = sent.filter((s) => s.startsWith('DescribeTable'));
    assert.ok(described.length > 0 && described.length < 30, `described ${described.length} tables, only those in view`);
    assert.ok(!sent.includes('DescribeTable t050'), 'rows never shown are not described');
  } finally { app.unmount(); }
});

test('/ filters loaded names, esc clears, enter opens the table', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint) });
  try {
    await app.waitFor(/131 tables/);
    await app.press('/');
    await app.waitFor('filter loaded rows by name');
    await app.press('O', 'r', 'd');
    await app.waitFor(/1\/1 tables \(of 131 loaded\)/);
    await app.press(KEY.esc);
    await app.waitFor(/1\/131 tables/);
    await app.press('/');
    await app.waitFor('filter loaded rows by name');
    await app.press('o', 'r', 'd');
    await app.waitFor(/1\/1 tables/);
    await app.press(KEY.enter);
    await app.waitFor('filter "ord" on loaded names');
    await app.press(KEY.enter);
    const table = await app.waitFor(/keys\s+customer id S \(partition\) · n N \(sort\)/);
    assert.match(table, /tables › Orders/);
    assert.match(table, /7 RCU \/ 3 WCU/);
    await app.press(KEY.esc);
    await app.waitFor(/1\/1 tables/);
    await app.press(KEY.esc);
    await app.waitFor(/1\/131 tables/);
  } finally { app.unmount(); }
});

test('? shows the help made from the bindings; : runs commands with completion', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint) });
  try {
    await app.waitFor(/131 tables/);
    await app.press('?');
    const help = await app.waitFor('Keys on this screen');
    assert.match(help, /tables › help/);
    // The keys the list takes come first; the rest of the table after them.
    assert.match(help, /C\s+tables\s+create table/);
    assert.doesNotMatch(help, /live count/);
    await app.press(...Array(30).fill('j'));
    await app.waitFor(/c\s+table\s+live count/);
    await app.press(KEY.esc);
    await app.waitFor(/131 tables/);
    const command = async (...keys: string[]) => {
      await app.press(':');
      await app.waitFor((f) => /^:\s*$/.test(f.split('\n').at(-1) ?? ''));
      await app.press(...keys);
    };
    await command('t', 'a', 'b', 'l', 'e', ' ', 'O');
    await app.waitFor(':table O');
    await app.press(KEY.tab);
    await app.waitFor(':table Orders');
    await app.press(KEY.enter);
    await app.waitFor(/customer id S \(partition\)/);
    await command('n', 'o', 'p', 'e');
    await app.waitFor(':nope');
    await app.press(KEY.enter);
    await app.waitFor('Unknown command ":nope"');
    await command('t', 'a', 'b', 'l', 'e', 's');
    await app.waitFor(':tables');
    await app.press(KEY.enter);
    await app.waitFor(/131 tables/);
  } finally { app.unmount(); }
});

test('--read-only shows in the header', async () => {
  const app = renderApp({ connection: { ...demoConnection(engine.endpoint), readOnly: true } });
  try {
    const frame = await app.waitFor(/131 tables/);
    assert.match(frame, /READ-ONLY/);
    assert.match(frame, new RegExp(`endpoint ${engine.endpoint.replace(/[.:/]/g, '.')}`));
  } finally { app.unmount(); }
});

test(':region and :profile reconnect without restarting', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint) });
  try {
    await app.waitFor(/131 tables/);
    await app.press(':');
    await app.waitFor((f) => /^:\s*$/.test(f.split('\n').at(-1) ?? ''));
    await app.press(...'region eu-west-1');
    await app.waitFor(':region eu-west-1');
    await app.press(KEY.enter);
    await app.waitFor('switched to region eu-west-1');
    // A new client for the new region lists the tables again (dynalite answers any region).
    await app.waitFor(/131 tables/);
    assert.equal(app.gateways.length, 2);
    assert.equal(app.gateways[1].options.region, 'eu-west-1');
    assert.equal(await app.gateways[1].region(), 'eu-west-1');
  } finally { app.unmount(); }
});
