// The generated boto3 and JavaScript SDK v3 code, executed by python3 and node against the
// embedded engine, does what the app's own request does: the same items and Count for scans
// and queries (one page, and every page), the same item after a put, an update with a
// condition, a delete and a counter.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { DEMO_REGION } from '../../src/demo/engine.js';
import { demoItems, seedDemo } from '../../src/demo/seed.js';
import { toBase64 } from '../../src/dynamo/codec/index.js';
import { buildReadInput, emptyReadForm, type ReadForm } from '../../src/dynamo/read/form.js';
import { toTableInfo, type TableInfo } from '../../src/dynamo/tableInfo.js';
import { buildCounterInput, buildDeleteInput, buildPutInput, buildUpdateExpressionInput, type Item } from '../../src/dynamo/write/index.js';
import type { Built, Failed } from '../../src/dynamo/write/types.js';
import { codeText, type Call, type CodeContext } from '../../src/format/code/index.js';
import { asPrinted, boto3Missing, runNode, runPython } from '../helpers/codeRun.js';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';

const missing = boto3Missing();
// Loud, not a silent skip: the test cannot prove what it is for without boto3.
if (missing) console.error(`\n!!! ${missing} !!!\n`);

let engine: TestEngine;
let things: TableInfo;
before(async () => {
  const made = await pkTableEngine('Things');
  engine = made.engine;
  things = made.info;
  await seedDemo(engine.gateway);
});
after(() => engine?.close());

const ctx = (profile?: string): CodeContext => ({ region: DEMO_REGION, endpoint: engine.endpoint, profile });
const info = async (table: string) => toTableInfo((await engine.gateway.call('DescribeTable', { TableName: table })).Table as TableDescription);

const busiestYear = '2024';
const aTitle = demoItems('Movies').find((m) => m.year!.N === busiestYear)!.title!.S!;
const avatar = toBase64(demoItems('AppData').find((i) => i.avatar?.B)!.avatar!.B!);
const q = (sortOp: ReadForm['sortOp'], sortValue: string, sortValue2 = ''): Partial<ReadForm> & Pick<ReadForm, 'mode'> =>
  ({ mode: 'query', partitionValue: busiestYear, sortOp, sortValue, sortValue2, pageSize: '7' });

const reads: [string, string, Partial<ReadForm> & Pick<ReadForm, 'mode'>][] = [
  ['scan, reserved words (year, name, status) in filter and projection, binary in the answer', 'AppData',
    { mode: 'scan', filter: 'attribute_exists(avatar) OR status IN ("shipped", "SHIPPED") OR name = "x"', projection: 'pk, sk, name, status, avatar, tags', pageSize: '50' }],
  ['scan with binary in the request', 'AppData', { mode: 'scan', filter: 'avatar = :b', values: `{":b": {"B": "${avatar}"}}`, pageSize: '' }],
  ['scan of Movies, year and a nested path', 'Movies', { mode: 'scan', filter: 'year > 2000 AND info.rating >= 7', projection: 'year, title, info.rating', pageSize: '300' }],
  ['query =', 'Movies', q('=', aTitle)],
  ['query <', 'Movies', q('<', 'M')],
  ['query <=', 'Movies', q('<=', 'M')],
  ['query >', 'Movies', q('>', 'M')],
  ['query >=', 'Movies', q('>=', 'M')],
  ['query between', 'Movies', q('between', 'C', 'T')],
  ['query begins_with', 'Movies', q('begins_with', 'The')],
  ['query on the GSI, descending, with a filter on a reserved word', 'Movies',
    { mode: 'query', index: 'GenreRatingIndex', partitionValue: 'Horror', sortOp: '>=', sortValue: '5', filter: 'year >= 1990', descending: true, pageSize: '25' }],
];

async function readAll(call: Call): Promise<unknown[]> {
  const items: unknown[] = [];
  let start: unknown;
  do {
    const out = await engine.gateway.call(call.operation as 'Scan', { ...call.input, ...(start ? { ExclusiveStartKey: start } : {}) } as never);
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

for (const [name, table, form] of reads) {
  test(`code runs: ${name}`, async (t: TestContext) => {
    const built = buildReadInput(await info(table), { ...emptyReadForm(form.mode), ...form });
    assert.ok(built.ok, JSON.stringify(!built.ok && built.errors));
    const call: Call = { operation: built.operation, input: built.input };
    const want = await engine.gateway.call(built.operation, built.input as never) as { Items?: unknown[]; Count?: number; LastEvaluatedKey?: unknown };
    assert.ok((want.Items ?? []).length > 0, 'the case returns items');
    const wantPage = asPrinted({ Items: want.Items, Count: want.Count, LastEvaluatedKey: want.LastEvaluatedKey ?? null });
    const all = asPrinted(await readAll(call));
    // One case with a named profile (from the credentials file), the rest with the default chain.
    const c = ctx(name.startsWith('query =') ? 'codegen' : undefined);

    const js = await runNode(codeText('js', [call], c), '{ Items: response.Items, Count: response.Count, LastEvaluatedKey: response.LastEvaluatedKey ?? null }');
    assert.deepEqual(js, wantPage);
    assert.deepEqual(await runNode(codeText('jsPages', [call], c), 'items'), all);

    if (missing) return t.diagnostic(missing);
    const py = await runPython(codeText('boto3', [call], c), '{"Items": response["Items"], "Count": response["Count"], "LastEvaluatedKey": response.get("LastEvaluatedKey")}');
    assert.deepEqual(py, wantPage);
    assert.deepEqual(await runPython(codeText('boto3Pages', [call], c), 'items'), all);
  });
}

// Writes: each is sent three times from the same starting item (by the app, by the boto3
// code, by the JavaScript code); the item afterwards must be the same every time.
const S = (S: string) => ({ S });
const N = (N: string) => ({ N });
const loaded: Item = {
  pk: S('thing-1'), name: S('lamp'), status: S('open'), year: N('2001'), views: N('12345678901234567890.5'),
  tags: { SS: ['a', 'b'] }, blob: { B: new Uint8Array([0, 1, 254, 255]) },
};

const writes: [string, (info: TableInfo) => Built<'PutItem' | 'UpdateItem' | 'DeleteItem'> | Failed, Item | undefined][] = [
  ['put (guarded by attribute_not_exists)', (i) => buildPutInput(i, 'Things', { ...loaded, pk: S('thing-2'), extra: { NS: ['1', '2.5'] } }), undefined],
  ['update with a condition, #names and typed :values', (i) => buildUpdateExpressionInput(
    i, 'Things', loaded, 'set #s = :s, year = year + :one, more = :set', 'status = "open" AND #n = :n',
    '{":s": "closed", ":one": 1, ":n": "lamp", ":set": {"$SS": ["x", "y"]}}', '{"#s": "status", "#n": "name"}'), loaded],
  ['delete with a condition on a reserved word', (i) => buildDeleteInput(i, 'Things', loaded, { userCondition: { text: 'status = "open"' } }), loaded],
  ['counter (ADD) on a 20-digit number', (i) => buildCounterInput(i, 'Things', loaded, 'views', '-0.5'), loaded],
];

async function itemAfter(before: Item | undefined, send: () => Promise<unknown>, key: Item): Promise<unknown> {
  await engine.gateway.call('DeleteItem', { TableName: 'Things', Key: { pk: key.pk! } });
  await engine.gateway.call('DeleteItem', { TableName: 'Things', Key: { pk: S('thing-2') } });
  if (before) await engine.gateway.call('PutItem', { TableName: 'Things', Item: before });
  await send();
  const got = await engine.gateway.call('GetItem', { TableName: 'Things', Key: { pk: key.pk! }, ConsistentRead: true });
  return asPrinted(got.Item);
}

for (const [name, build, before] of writes) {
  test(`code runs: ${name}`, async (t: TestContext) => {
    const built = build(things);
    assert.ok(built.ok, JSON.stringify(!built.ok && built.errors));
    const call: Call = { operation: built.operation, input: built.input };
    const key = (built.input as { Key?: Item; Item?: Item }).Key ?? (built.input as { Item: Item }).Item;
    const want = await itemAfter(before, () => engine.gateway.call(built.operation as 'PutItem', built.input as never), key);
    assert.notDeepEqual(want, asPrinted(before), 'the write changed the item');
    assert.deepEqual(await itemAfter(before, () => runNode(codeText('js', [call], ctx()), 'response'), key), want);
    if (missing) return t.diagnostic(missing);
    assert.deepEqual(await itemAfter(before, () => runPython(codeText('boto3', [call], ctx()), 'response'), key), want);
  });
}
