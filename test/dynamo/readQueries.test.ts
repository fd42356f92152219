// Queries built from the form, run on the embedded engine, against what a client-side
// filter of the generated demo items predicts: the base table, the GSI and the LSI of
// Movies with every sort key operator, both orders; and a binary-keyed table.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { MOVIES_GSI, MOVIES_LSI } from '../../src/demo/movies.js';
import { demoItems, writeItems } from '../../src/demo/seed.js';
import { buildReadInput, emptyReadForm, type ReadForm, type SortOp } from '../../src/dynamo/read/form.js';
import { loadAll, type Item } from '../../src/dynamo/read/pages.js';
import { toTableInfo, type TableInfo } from '../../src/dynamo/tableInfo.js';
import { canonicalItem } from '../demo/compare.js';
import { seededEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
const info: Record<string, TableInfo> = {};
const movies = demoItems('Movies');

const blobItems: Item[] = [[0], [0, 1], [0, 2], [1], [1, 0], [255], [0xc3, 0xa9]].map((part, n) => ({
  id: { B: new Uint8Array([7]) }, part: { B: new Uint8Array(part) }, n: { N: String(n) },
}));

before(async () => {
  engine = await seededEngine();
  await engine.createTable({
    TableName: 'Blobs', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'B' }, { AttributeName: 'part', AttributeType: 'B' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }, { AttributeName: 'part', KeyType: 'RANGE' }],
  });
  await writeItems(engine.gateway, 'Blobs', blobItems);
  for (const name of ['Movies', 'Blobs']) {
    info[name] = toTableInfo((await engine.gateway.call('DescribeTable', { TableName: name })).Table!);
  }
});
after(() => engine.close());

async function run(table: string, form: Partial<ReadForm>): Promise<Item[]> {
  const built = buildReadInput(info[table], { ...emptyReadForm('query'), pageSize: '25', ...form });
  assert.ok(built.ok, JSON.stringify(!built.ok && built.errors));
  assert.equal(built.operation, 'Query');
  const r = await loadAll(engine.gateway, built.operation, built.input, { maxRows: 10_000 });
  assert.equal(r.truncated, false);
  return r.items;
}

// DynamoDB's orders: numbers by value, strings and binary by their bytes.
const cmpN = (a: AttributeValue, b: AttributeValue) => Number(a.N) - Number(b.N);
const bytes = (v: AttributeValue) => (v.S !== undefined ? Buffer.from(v.S, 'utf8') : Buffer.from(v.B!));
const cmpBytes = (a: AttributeValue, b: AttributeValue) => Buffer.compare(bytes(a), bytes(b));

function matches(op: SortOp, cmp: typeof cmpN, v: AttributeValue, lo: AttributeValue, hi?: AttributeValue): boolean {
  const c = cmp(v, lo);
  switch (op) {
    case '=': return c === 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    case 'between': return c >= 0 && cmp(v, hi!) <= 0;
    case 'begins_with': return bytes(v).subarray(0, bytes(lo).length).equals(bytes(lo));
  }
}

const id = (i: Item) => `${i.year.N}|${i.title.S}`;
const pick = (i: Item, names: string[]) => Object.fromEntries(names.map((n) => [n, i[n]]));
const sorted = (items: Item[]) => items.map(canonicalItem).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

interface Case { index?: string; pk: string; pv: AttributeValue; sk: string; cmp: typeof cmpN; lo: string; hi: string; projected?: string[] }
const cases: Case[] = [
  { pk: 'year', pv: { N: '2020' }, sk: 'title', cmp: cmpBytes, lo: 'M', hi: 'The' },
  { index: MOVIES_GSI, pk: 'genre', pv: { S: 'Horror' }, sk: 'rating', cmp: cmpN, lo: '5.5', hi: '7.2' },
  { index: MOVIES_LSI, pk: 'year', pv: { N: '2020' }, sk: 'rating', cmp: cmpN, lo: '5.5', hi: '7.2', projected: ['year', 'title', 'rating', 'genre'] },
];
const OPS: SortOp[] = ['=', '<', '<=', '>', '>=', 'between', 'begins_with'];

for (const c of cases) {
  for (const op of [undefined, ...OPS]) {
    const typeOfSk = c.cmp === cmpN ? 'N' : 'S';
    if (op === 'begins_with' && typeOfSk === 'N') continue;
    // '=' on a value that exists: take one from the partition.
    const inPartition = movies.filter((i) => i[c.pk].S === c.pv.S && i[c.pk].N === c.pv.N);
    const lo = op === '=' ? (typeOfSk === 'N' ? inPartition[3].rating.N! : inPartition[3].title.S!) : op === 'begins_with' ? 'The' : c.lo;
    const av = (t: string): AttributeValue => (typeOfSk === 'N' ? { N: t } : { S: t });
    test(`query ${c.index ?? 'table'}: ${c.pk} = ${c.pv.S ?? c.pv.N}${op ? ` AND ${c.sk} ${op} ${lo}${op === 'between' ? ` AND ${c.hi}` : ''}` : ''}, both orders`, async () => {
      const form = { index: c.index, partitionValue: (c.pv.S ?? c.pv.N)!, sortOp: op, sortValue: lo, sortValue2: c.hi };
      const up = await run('Movies', form);
      const down = await run('Movies', { ...form, descending: true });
      const want = inPartition.filter((i) => !op || matches(op, c.cmp, i[c.sk], av(lo), av(c.hi)));
      assert.ok(want.length > 0 && want.length < inPartition.length || !op || op === 'between' && want.length > 0, 'the case selects some items, not all');
      const shape = (items: Item[]) => sorted(c.projected ? items.map((i) => pick(i, c.projected!)) : items);
      assert.deepEqual(shape(up), shape(want));
      const order = up.map((i) => i[c.sk]);
      assert.ok(order.every((v, n) => n === 0 || c.cmp(order[n - 1], v) <= 0), 'ascending by sort key');
      assert.deepEqual(down.map((i) => i[c.sk]), [...order].reverse(), 'descending is the reverse');
      if (!c.index) assert.deepEqual(down.map(id), up.map(id).reverse());
    });
  }
}

test('binary keys: every operator, begins_with on bytes, bytewise order', async () => {
  for (const op of OPS) {
    const lo = op === 'begins_with' ? 'AA==' : 'AQ==', hi = '/w==';
    const got = await run('Blobs', { partitionValue: 'Bw==', sortOp: op, sortValue: lo, sortValue2: hi });
    const want = blobItems
      .filter((i) => matches(op, cmpBytes, i.part, { B: Buffer.from(lo, 'base64') }, { B: Buffer.from(hi, 'base64') }))
      .sort((a, b) => cmpBytes(a.part, b.part));
    assert.deepEqual(got.map((i) => i.n.N), want.map((i) => i.n.N), op);
    assert.ok(want.length > 0, op);
  }
});
