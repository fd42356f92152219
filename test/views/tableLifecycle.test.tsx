import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DescribeTableCommandOutput } from '@aws-sdk/client-dynamodb';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, renderApp, typeText, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { DynamoGateway, type ConnectionOptions } from '../../src/dynamo/client.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';

const CTRL_N = '\x0e';
const CTRL_X = '\x18';

let engine: TestEngine;
before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: 'Existing', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  });
});
after(() => engine.close());

async function open(connection: ConnectionOptions = demoConnection(engine.endpoint), makeGateway?: (c: ConnectionOptions) => DynamoGateway) {
  const app = renderApp({ connection, makeGateway });
  await app.waitFor(/\d+\/\d+ tables/);
  const writes: string[] = [];
  const watch = (g: DynamoGateway) => g.onRequest((r) => { if (WRITE_OPERATIONS.has(r.operation)) writes.push(`${r.operation} ${(r.input as { TableName?: string }).TableName}`); });
  if (app.gateways[0]) watch(app.gateways[0]);
  return { app, writes, watch };
}

/** Types into the field whose label starts with `label` (after clearing it). */
async function fill(app: Rendered, label: string, text: string) {
  await focusField(app, label);
  await app.press(KEY.end, '\x15');
  if (text) await typeText(app, text);
}

/** Steps the choice after the field `label` (its "type" row) `times` times: S -> N -> B. */
async function chooseNext(app: Rendered, label: string, times = 1) {
  await focusField(app, label);
  for (let i = 0; i < times; i++) await app.press(' ');
}

const describe = async (name: string) => (await engine.gateway.call('DescribeTable', { TableName: name })).Table!;

test('C: a provisioned table with odd key names, a GSI with INCLUDE and an LSI; review shows the aws command; waits for ACTIVE and opens it', async () => {
  const { app, writes } = await open();
  try {
    await app.press('C');
    await app.waitFor('Create table');
    await fill(app, 'table name', 'Orders.2026');
    await fill(app, 'partition key', 'customer id');
    await app.press(KEY.tab, ' '); // its type: S -> N
    await fill(app, 'sort key', 'order#');
    await focusField(app, 'billing');
    await app.press(' ');
    await app.waitFor('read capacity');
    await fill(app, 'read capacity', '3');
    await fill(app, 'write capacity', '2');
    await app.press(CTRL_N);
    await app.waitFor('› index 1');
    await fill(app, 'GSI 1 name', 'ByStatus');
    await fill(app, 'GSI 1 partition key', 'status');
    await fill(app, 'GSI 1 sort key', 'created');
    await app.press(KEY.tab, ' '); // N
    await focusField(app, 'GSI 1 projection');
    await app.press(' ', ' '); // ALL -> KEYS_ONLY -> INCLUDE
    await fill(app, 'GSI 1 attributes', 'total, note');
    await fill(app, 'GSI 1 read capacity', '4');
    await fill(app, 'GSI 1 write capacity', '1');
    await app.press(CTRL_N);
    await app.waitFor('› index 2');
    await app.press(' '); // GSI -> LSI
    await fill(app, 'LSI 2 name', 'ByTotal');
    await focusField(app, 'LSI 2 partition key');
    await app.waitFor(/LSI 2 partition key\s+customer id\s+\(read-only\)/);
    await fill(app, 'LSI 2 sort key', 'total');
    await app.press(KEY.tab, ' ');
    await focusField(app, 'LSI 2 projection');
    await app.press(' ');
    assert.deepEqual(writes, [], 'nothing is sent while filling the form');
    await app.press(KEY.enter);
    const review = await app.waitFor('aws dynamodb create-table');
    assert.match(review, /Review: CreateTable Orders\.2026/);
    assert.match(review, /--table-name Orders\.2026/);
    assert.deepEqual(writes, [], 'the review sends nothing');
    await app.press(KEY.enter);
    await app.waitFor(/created table Orders\.2026: ACTIVE/);
    await app.waitFor(/tables › Orders\.2026/);
    assert.deepEqual(writes, ['CreateTable Orders.2026']);

    const t = await describe('Orders.2026');
    assert.equal(t.TableStatus, 'ACTIVE');
    assert.deepEqual(t.KeySchema, [{ AttributeName: 'customer id', KeyType: 'HASH' }, { AttributeName: 'order#', KeyType: 'RANGE' }]);
    const defs = Object.fromEntries((t.AttributeDefinitions ?? []).map((d) => [d.AttributeName, d.AttributeType]));
    assert.deepEqual(defs, { 'customer id': 'N', 'order#': 'S', status: 'S', created: 'N', total: 'N' });
    assert.equal(t.ProvisionedThroughput?.ReadCapacityUnits, 3);
    assert.equal(t.ProvisionedThroughput?.WriteCapacityUnits, 2);
    const gsi = t.GlobalSecondaryIndexes?.[0];
    assert.equal(gsi?.IndexName, 'ByStatus');
    assert.deepEqual(gsi?.KeySchema, [{ AttributeName: 'status', KeyType: 'HASH' }, { AttributeName: 'created', KeyType: 'RANGE' }]);
    assert.deepEqual(gsi?.Projection, { ProjectionType: 'INCLUDE', NonKeyAttributes: ['total', 'note'] });
    assert.equal(gsi?.ProvisionedThroughput?.ReadCapacityUnits, 4);
    const lsi = t.LocalSecondaryIndexes?.[0];
    assert.equal(lsi?.IndexName, 'ByTotal');
    assert.deepEqual(lsi?.KeySchema, [{ AttributeName: 'customer id', KeyType: 'HASH' }, { AttributeName: 'total', KeyType: 'RANGE' }]);
    assert.deepEqual(lsi?.Projection, { ProjectionType: 'KEYS_ONLY' });
  } finally { app.unmount(); }
});

test('C: problems show under their fields before anything is sent; esc from the review keeps the inputs; ctrl+x removes an index', async () => {
  const { app, writes } = await open();
  try {
    await app.press('C');
    await app.waitFor('Create table');
    await app.press(KEY.enter);
    await app.waitFor(/✗ .*(3|name)/);
    await fill(app, 'table name', 'ab');
    await fill(app, 'partition key', 'pk');
    await app.press(CTRL_N);
    await app.waitFor('› index 1');
    await app.press(' '); // an LSI on a table without a sort key
    await fill(app, 'LSI 1 name', 'Local');
    await fill(app, 'LSI 1 sort key', 'pk2');
    await app.press(KEY.enter);
    const frame = await app.waitFor(/sort key/i);
    assert.match(frame, /✗/);
    assert.deepEqual(writes, []);
    // Remove the index, fix the name: now it goes to review.
    await focusField(app, 'LSI 1 name');
    await app.press(CTRL_X);
    await app.waitFor((f) => !f.includes('index 1'));
    await fill(app, 'table name', 'Scratch_1');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb create-table');
    await app.press(KEY.esc);
    await app.waitFor(/table name\s+Scratch_1/);
    assert.deepEqual(writes, []);
  } finally { app.unmount(); }
});

test('C: a name that exists is refused by DynamoDB; the message is under the name and the form is kept', async () => {
  const { app, writes } = await open();
  try {
    await app.press('C');
    await app.waitFor('Create table');
    await fill(app, 'table name', 'Existing');
    await fill(app, 'partition key', 'id');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb create-table');
    await app.press(KEY.enter);
    await app.waitFor(/already exists/);
    await app.waitFor(/partition key\s+id/);
    assert.deepEqual(writes, ['CreateTable Existing']);
    assert.equal((await describe('Existing')).KeySchema?.[0].AttributeName, 'id');
  } finally { app.unmount(); }
});

async function filterTo(app: Rendered, name: string) {
  await app.press('/');
  await app.waitFor('filter loaded rows by name');
  await app.press(...name, KEY.enter);
  await app.waitFor(new RegExp(`1/1 tables`));
}

test('d: shows the live count, refuses a wrong name, deletes on the typed name and waits until it is gone', async () => {
  await engine.createTable({
    TableName: 'Doomed', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'N' }], KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
  });
  for (let i = 0; i < 37; i++) await engine.gateway.call('PutItem', { TableName: 'Doomed', Item: { k: { N: String(i) } } });
  const { app, writes } = await open();
  try {
    await filterTo(app, 'Doomed');
    await app.press('d');
    await app.waitFor('Delete table Doomed');
    await app.waitFor(/live\s+37 items/);
    await app.waitFor('aws dynamodb delete-table --table-name Doomed');
    await app.press(...'doomed', KEY.enter);
    await app.waitFor(/type the table name exactly/);
    assert.deepEqual(writes, []);
    await app.press(...Array(6).fill(KEY.backspace), ...'Doomed', KEY.enter);
    await app.waitFor('deleted table Doomed');
    await app.waitFor((f) => /tables/.test(f) && !/Doomed\s+ACTIVE/.test(f));
    assert.deepEqual(writes, ['DeleteTable Doomed']);
    await assert.rejects(describe('Doomed'), /ResourceNotFound|not found/i);
  } finally { app.unmount(); }
});

test('d: deletion protection is explained and nothing is sent (dynalite has none: DescribeTable is patched to report it)', async () => {
  // The one mock here: dynalite does not know DeletionProtectionEnabled.
  class Protected extends DynamoGateway {
    override async call(...args: Parameters<DynamoGateway['call']>): Promise<never> {
      const out = await super.call(...args) as DescribeTableCommandOutput;
      if (args[0] === 'DescribeTable' && out.Table) out.Table.DeletionProtectionEnabled = true;
      return out as never;
    }
  }
  const sent: string[] = [];
  const { app } = await open(demoConnection(engine.endpoint), (c) => {
    const g = new Protected(c);
    g.onRequest((r) => { if (WRITE_OPERATIONS.has(r.operation)) sent.push(r.operation); });
    return g;
  });
  const writes = sent;
  try {
    await filterTo(app, 'Existing');
    await app.press('d');
    const frame = await app.waitFor(/deletion protection/i);
    assert.match(frame, /--no-deletion-protection-enabled/);
    await app.press(...'Existing', KEY.enter);
    await app.press(KEY.esc);
    await app.waitFor(/Existing\s+ACTIVE/);
    assert.deepEqual(writes, []);
  } finally { app.unmount(); }
});

test('--read-only: C and d do nothing and are not offered', async () => {
  const { app, writes } = await open({ ...demoConnection(engine.endpoint), readOnly: true });
  try {
    const frame = await app.waitFor(/Existing/);
    assert.doesNotMatch(frame, /create table|delete table/);
    await app.press('C', 'd');
    await app.press('j');
    assert.doesNotMatch(await app.waitFor(/tables/), /Create table|Delete table/);
    assert.deepEqual(writes, []);
  } finally { app.unmount(); }
});

test('keys typed faster than a frame (one chunk) land where they would one by one: C, fields and tab, ctrl+n', async () => {
  const { app, writes } = await open();
  try {
    app.stdin.write('CFast_1\tid\t\tat');
    await app.waitFor(/table name\s+Fast_1/);
    await app.waitFor(/partition key\s+id/);
    await app.waitFor(/sort key\s+at/);
    app.stdin.write(`\x0e\tByAt\tat${KEY.enter}`);
    await app.waitFor('aws dynamodb create-table');
    const screen = app.app().store.getState().stack.entries.at(-1)!;
    const plan = screen.kind === 'createTable' ? screen.flow.pending?.plan : undefined;
    assert.ok(plan?.kind === 'createTable');
    assert.deepEqual(plan.input.GlobalSecondaryIndexes?.map((g) => [g.IndexName, g.KeySchema]), [['ByAt', [{ AttributeName: 'at', KeyType: 'HASH' }]]]);
    assert.deepEqual(plan.input.KeySchema, [{ AttributeName: 'id', KeyType: 'HASH' }, { AttributeName: 'at', KeyType: 'RANGE' }]);
    assert.deepEqual(writes, []);
  } finally { app.unmount(); }
});

test('keys sent as separate events in one turn (tmux send-keys) wait for the screen the key before them made', async () => {
  const { app, writes } = await open();
  try {
    for (const k of ['C', ...'Slow_1', '\t', ...'pk', '\t', '\t', ...'sk', '\x0e']) app.stdin.write(k);
    await app.waitFor(/› index 1/);
    await app.waitFor(/table name\s+Slow_1/);
    for (const k of [' ', '\t', ...'ByK', '\t', '\t', 'k', '\r']) app.stdin.write(k);
    await app.waitFor('aws dynamodb create-table');
    const f = await app.waitFor(/--local-secondary-indexes/);
    assert.match(f, /"IndexName":"ByK"/);
    assert.match(f, /"AttributeName":"k","KeyType":"RANGE"/);
    assert.deepEqual(writes, []);
  } finally { app.unmount(); }
});
