// Creating, waiting for and deleting tables against dynalite over real HTTP: a built request
// creates the table the spec describes, the aws command for the same request creates an
// identical one, waits see the statuses go by and stop on cancel or timeout, and
// planDeleteTable refuses what DynamoDB would refuse.
import '../helpers/env.js';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { DynamoGateway } from '../../src/dynamo/client.js';
import { demoConnection } from '../../src/demo/engine.js';
import { awsCliCommand } from '../../src/dynamo/read/awsCli.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import {
  buildCreateTableInput, planDeleteTable, typedNameMatches, waitForActive, waitForGone, WaitTimeoutError, type CreateTableSpec,
} from '../../src/dynamo/tables/index.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';

// Fast engine: tables are ACTIVE (and gone) as soon as dynalite's timer of 0 ms runs.
let engine: TestEngine;
// Slow engine: CREATING for 2.5 s and DELETING for 1 s, to see the statuses and cancel in them.
let slow: { gateway: DynamoGateway; close(): Promise<void> };
before(async () => {
  engine = await startTestEngine();
  slow = await slowEngine();
});
after(async () => {
  await engine?.close();
  await slow?.close();
});

async function slowEngine() {
  const { default: dynalite } = await import('dynalite');
  const server: Server = dynalite({ createTableMs: 2500, deleteTableMs: 1000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gateway = new DynamoGateway(demoConnection(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  return {
    gateway,
    close: async () => {
      gateway.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const quick = { intervalMs: 10, maxIntervalMs: 50 };

const build = (spec: CreateTableSpec): CreateTableCommandInput => {
  const r = buildCreateTableInput(spec);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
  return r.input;
};

const rich = (name: string): CreateTableSpec => ({
  name, partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'N' },
  billing: 'PROVISIONED', read: '5', write: '4',
  indexes: [
    { kind: 'GSI', name: 'ByData', partitionKey: { name: 'data', type: 'B' }, sortKey: { name: 'sk', type: 'N' }, projection: 'INCLUDE', include: 'a, b', read: '2', write: '3' },
    { kind: 'GSI', name: 'ByOwner', partitionKey: { name: 'owner', type: 'S' }, projection: 'KEYS_ONLY', read: '1', write: '1' },
    { kind: 'LSI', name: 'ByCreated', partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'created', type: 'S' }, projection: 'ALL' },
  ],
});

test('a built request creates the table the spec describes; waitForActive returns it', async () => {
  await engine.gateway.call('CreateTable', build(rich('Orders')));
  const info = await waitForActive(engine.gateway, 'Orders', quick);
  assert.equal(info.status, 'ACTIVE');
  assert.deepEqual([info.partitionKey, info.sortKey], [{ name: 'pk', type: 'S' }, { name: 'sk', type: 'N' }]);
  assert.deepEqual([info.billing, info.read, info.write], ['PROVISIONED', 5, 4]);
  const strip = ({ itemCount: _c, sizeBytes: _s, ...ix }: TableInfo['gsis'][number]) => ix;
  assert.deepEqual(info.gsis.map(strip), [
    { kind: 'GSI', name: 'ByData', partitionKey: { name: 'data', type: 'B' }, sortKey: { name: 'sk', type: 'N' }, projection: 'INCLUDE(a, b)', status: 'ACTIVE', read: 2, write: 3 },
    { kind: 'GSI', name: 'ByOwner', partitionKey: { name: 'owner', type: 'S' }, sortKey: undefined, projection: 'KEYS_ONLY', status: 'ACTIVE', read: 1, write: 1 },
  ]);
  assert.deepEqual(info.lsis.map(strip), [
    { kind: 'LSI', name: 'ByCreated', partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'created', type: 'S' }, projection: 'ALL' },
  ]);
});

test('on demand: billing and a GSI without throughput', async () => {
  await engine.gateway.call('CreateTable', build({
    name: 'Events', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST', read: '9', write: '9',
    indexes: [{ kind: 'GSI', name: 'ByDay', partitionKey: { name: 'day', type: 'N' }, projection: 'ALL', read: '9', write: '9' }],
  }));
  const info = await waitForActive(engine.gateway, 'Events', quick);
  assert.deepEqual([info.billing, info.read, info.write, info.sortKey], ['PAY_PER_REQUEST', undefined, undefined, undefined]);
  assert.deepEqual(info.gsis.map((g) => [g.name, g.partitionKey, g.status, g.read, g.write]), [['ByDay', { name: 'day', type: 'N' }, 'ACTIVE', undefined, undefined]]);
});

const AWS = '/usr/bin/aws';
function cliSkip(): string | false {
  if (!existsSync(AWS)) return `${AWS} is not installed (apt-get install awscli gives v2 on Debian 12)`;
  const version = execFileSync(AWS, ['--version'], { encoding: 'utf8' });
  return version.startsWith('aws-cli/2.') ? false : `${AWS} is not AWS CLI v2: ${version.trim()}`;
}

test('the aws command for the request creates an identical table', { skip: cliSkip() }, async () => {
  const viaSdk = build(rich('TwinSdk'));
  const viaCli = build(rich('TwinCli'));
  await engine.gateway.call('CreateTable', viaSdk);
  const command = awsCliCommand('CreateTable', viaCli, { endpoint: engine.endpoint });
  // `aws` means /usr/bin/aws even if bash's rc files put another first on PATH; no user
  // config may leak in (the engine takes any credentials).
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_EC2_METADATA_DISABLED: 'true',
  };
  // Asynchronously: the engine answers from this very process.
  const { stdout } = await promisify(execFile)('bash', ['-c', `aws() { ${AWS} "$@"; }\n${command} --output json`], { encoding: 'utf8', env });
  assert.equal(JSON.parse(stdout).TableDescription.TableName, 'TwinCli');
  const [sdk, cli] = await Promise.all(['TwinSdk', 'TwinCli'].map((t) => waitForActive(engine.gateway, t, quick)));
  const same = ({ name: _n, arn: _a, created: _c, ...rest }: TableInfo) => rest;
  assert.deepEqual(same(cli), same(sdk));
  // The raw descriptions too, names, ARNs, ids and times aside.
  const raw = async (t: string) => JSON.parse(JSON.stringify((await engine.gateway.call('DescribeTable', { TableName: t })).Table, (k, v) => (
    ['TableName', 'TableArn', 'TableId', 'IndexArn', 'CreationDateTime'].includes(k) ? undefined : v as unknown)));
  assert.deepEqual(await raw('TwinCli'), await raw('TwinSdk'));
});

test('DeleteTable from the plan, then waitForGone', async () => {
  await engine.gateway.call('CreateTable', build({ name: 'Doomed', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST', indexes: [] }));
  const plan = planDeleteTable(await waitForActive(engine.gateway, 'Doomed', quick));
  assert.deepEqual(plan, { ok: true, input: { TableName: 'Doomed' } });
  await engine.gateway.call('DeleteTable', plan.input);
  await waitForGone(engine.gateway, 'Doomed', quick);
  const listed = await engine.gateway.call('ListTables', {});
  assert.ok(!listed.TableNames?.includes('Doomed'));
  await assert.rejects(engine.gateway.call('DescribeTable', { TableName: 'Doomed' }), { name: 'ResourceNotFoundException' });
});

test('statuses go by: CREATING (DeleteTable refused then, as planned), ACTIVE, DELETING, gone', async () => {
  const g = slow.gateway;
  await g.call('CreateTable', build({ name: 'Slow', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST',
    indexes: [{ kind: 'GSI', name: 'ByX', partitionKey: { name: 'x', type: 'S' }, projection: 'ALL' }] }));
  const seen: string[] = [];
  let creating: TableInfo | undefined;
  const info = await waitForActive(g, 'Slow', { ...quick, onStatus: (s, i) => { seen.push(s); creating ??= i; } });
  assert.equal(seen[0], 'CREATING');
  assert.ok(seen.every((s) => s === 'CREATING'), seen.join());
  assert.deepEqual([info.status, info.gsis[0]!.status], ['ACTIVE', 'ACTIVE']);

  const busy = planDeleteTable(creating!);
  assert.ok(!busy.ok && busy.reason === 'busy');
  assert.match(busy.message, /^Slow is still being created \(CREATING\); DynamoDB refuses DeleteTable until it is ACTIVE/);

  await g.call('DeleteTable', { TableName: 'Slow' });
  const deleting = await waitForActive(g, 'Slow', quick).then(() => undefined, (err: Error) => err);
  assert.match(String(deleting?.message), /Table Slow is DELETING: it will not become ACTIVE/);
  const gone: string[] = [];
  let described: TableInfo | undefined;
  await waitForGone(g, 'Slow', { ...quick, onStatus: (s, i) => { gone.push(s); described = i; } });
  assert.ok(gone.length > 0 && gone.every((s) => s === 'DELETING'), gone.join());
  const again = planDeleteTable(described!);
  assert.ok(!again.ok && again.reason === 'busy' && /already being deleted/.test(again.message));
});

test('dynalite refuses DeleteTable while CREATING, as the busy plan says', async () => {
  await slow.gateway.call('CreateTable', build({ name: 'StillCreating', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST', indexes: [] }));
  await assert.rejects(slow.gateway.call('DeleteTable', { TableName: 'StillCreating' }), { name: 'ResourceInUseException' });
});

test('waitForActive cancels: while pausing, with a request in flight, and when already aborted', async () => {
  const g = slow.gateway;
  await g.call('CreateTable', build({ name: 'Cancelled', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST', indexes: [] }));
  // Aborted after the first poll reports CREATING: the pause is cut short with the reason.
  const pausing = new AbortController();
  await assert.rejects(waitForActive(g, 'Cancelled', { signal: pausing.signal, onStatus: () => pausing.abort() }), { name: 'AbortError' });
  // Aborted while DescribeTable is on the wire: the caller gets its own reason, not the SDK's error.
  const inFlight = new AbortController();
  const reason = new Error('esc pressed');
  const stopOnSend = g.onRequest((r) => { if (r.operation === 'DescribeTable') inFlight.abort(reason); });
  try {
    await assert.rejects(waitForActive(g, 'Cancelled', { ...quick, signal: inFlight.signal }), (err) => err === reason);
  } finally {
    stopOnSend();
  }
  // Already aborted: nothing is sent.
  let sent = 0;
  const count = g.onRequest(() => sent++);
  try {
    await assert.rejects(waitForActive(g, 'Cancelled', { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(sent, 0);
  } finally {
    count();
  }
});

test('waitForGone cancels on a table nobody deletes', async () => {
  await engine.gateway.call('CreateTable', build({ name: 'Staying', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST', indexes: [] }));
  await waitForActive(engine.gateway, 'Staying', quick);
  const stop = new AbortController();
  const statuses: string[] = [];
  await assert.rejects(
    waitForGone(engine.gateway, 'Staying', { ...quick, signal: stop.signal, onStatus: (s) => { statuses.push(s); if (statuses.length === 3) stop.abort(); } }),
    { name: 'AbortError' },
  );
  assert.deepEqual(statuses, ['ACTIVE', 'ACTIVE', 'ACTIVE']);
});

test('a timeout says which status the table was stuck in', async () => {
  await slow.gateway.call('CreateTable', build({ name: 'Stuck', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST', indexes: [] }));
  // 2.5 s of CREATING against a timeout of 0.8 s.
  const err = await waitForActive(slow.gateway, 'Stuck', { ...quick, timeoutMs: 800 }).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof WaitTimeoutError, String(err));
  assert.equal(err.status, 'CREATING');
  assert.equal(err.message, 'Table Stuck did not become ACTIVE within 800 ms: it is still CREATING.');
  await engine.gateway.call('CreateTable', build({ name: 'Lingering', partitionKey: { name: 'id', type: 'S' }, billing: 'PAY_PER_REQUEST', indexes: [] }));
  const gone = await waitForGone(engine.gateway, 'Lingering', { ...quick, timeoutMs: 1000 }).then(() => undefined, (e: unknown) => e);
  assert.ok(gone instanceof WaitTimeoutError);
  assert.equal(gone.message, 'Table Lingering did not disappear within 1 s: it is still ACTIVE.');
});

// dynalite has no deletion protection (it drops DeletionProtectionEnabled), so the protected
// and updating cases are TableInfo values built here, as DescribeTable would give them.
const described = (over: Partial<TableInfo>): TableInfo => ({
  name: 'Ledger', status: 'ACTIVE', billing: 'PAY_PER_REQUEST', partitionKey: { name: 'id', type: 'S' },
  gsis: [], lsis: [], stream: { enabled: false }, deletionProtection: false, tableClass: 'STANDARD', ...over,
});

test('planDeleteTable: protected (never tried, with the command to lift it), busy, ok', () => {
  const ctx = { region: 'eu-west-1', endpoint: 'http://localhost:8000', profile: 'dev' };
  const protectedPlan = planDeleteTable(described({ deletionProtection: true }), ctx);
  assert.ok(!protectedPlan.ok && protectedPlan.reason === 'protected');
  assert.match(protectedPlan.message, /^Ledger has deletion protection on, so DynamoDB refuses to delete it/);
  assert.equal(protectedPlan.hint,
    'aws dynamodb update-table --table-name Ledger --no-deletion-protection-enabled --region eu-west-1 --endpoint-url http://localhost:8000 --profile dev');
  const bare = planDeleteTable(described({ deletionProtection: true }));
  assert.ok(!bare.ok);
  assert.equal(bare.hint, 'aws dynamodb update-table --table-name Ledger --no-deletion-protection-enabled');
  // Protected wins over busy: it would still be refused once ACTIVE.
  const both = planDeleteTable(described({ deletionProtection: true, status: 'CREATING' }));
  assert.ok(!both.ok && both.reason === 'protected');
  const updating = planDeleteTable(described({ status: 'UPDATING' }));
  assert.ok(!updating.ok && updating.reason === 'busy');
  assert.match(updating.message, /^Ledger is being updated \(UPDATING\); DynamoDB refuses DeleteTable until it is ACTIVE\. Wait/);
  assert.deepEqual(planDeleteTable(described({}), ctx), { ok: true, input: { TableName: 'Ledger' } });
});

test('typedNameMatches: exact and case-sensitive, nothing trimmed', () => {
  assert.equal(typedNameMatches('Ledger', 'Ledger'), true);
  for (const typed of ['ledger', 'Ledger ', ' Ledger', 'Ledge', 'Ledgerr', '']) assert.equal(typedNameMatches(typed, 'Ledger'), false, typed);
  assert.equal(typedNameMatches('', ''), false);
});
