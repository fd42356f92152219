// Paging and load-all against the embedded engine over real HTTP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue, DescribeTableCommandOutput } from '@aws-sdk/client-dynamodb';
import { MOVIES_GSI } from '../../src/demo/movies.js';
import { buildReadInput, emptyReadForm, type ReadForm } from '../../src/dynamo/read/form.js';
import { loadAll, readPage, type Item, type Page } from '../../src/dynamo/read/pages.js';
import { toTableInfo, type TableInfo } from '../../src/dynamo/tableInfo.js';
import { afterPage, firstPage, nextPage, previousPage, startKeyOf, type Paging } from '../../src/state/paging.js';
import { seededEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
let movies: TableInfo;
let everything: Item[];

before(async () => {
  engine = await seededEngine();
  const d: DescribeTableCommandOutput = await engine.gateway.call('DescribeTable', { TableName: 'Movies' });
  movies = toTableInfo(d.Table!);
  everything = await fullScan({});
});
after(() => engine.close());

/** The reference: a plain Scan loop written out here, not through the code under test. */
async function fullScan(extra: { FilterExpression?: string; ExpressionAttributeValues?: Record<string, AttributeValue> }): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const out = await engine.gateway.call('Scan', { TableName: 'Movies', ...extra, ExclusiveStartKey: start });
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

const id = (i: Item) => `${i.year.N}|${i.title.S}`;

function build(form: Partial<ReadForm> & Pick<ReadForm, 'mode'>) {
  const built = buildReadInput(movies, { ...emptyReadForm(form.mode), ...form });
  assert.ok(built.ok, JSON.stringify(!built.ok && built.errors));
  return built;
}

/** `]` until the last page, then `[` back to the first; every page as read both ways. */
async function pageBothWays(form: Partial<ReadForm> & Pick<ReadForm, 'mode'>) {
  const { operation, input } = build(form);
  const forward: Page[] = [];
  let p: Paging | undefined = firstPage();
  for (;;) {
    const page: Page = await readPage(engine.gateway, operation, input, startKeyOf(p));
    forward.push(page);
    p = afterPage(p, page.lastKey);
    const next: Paging | undefined = nextPage(p);
    if (!next) break;
    p = next;
  }
  assert.equal(p.page, forward.length - 1);
  assert.equal(p.done, true);
  const backward: Page[] = [];
  for (let prev = previousPage(p); prev; prev = previousPage(p)) {
    p = prev;
    const page = await readPage(engine.gateway, operation, input, startKeyOf(p));
    p = afterPage(p, page.lastKey);
    backward[p.page] = page;
  }
  assert.equal(p.page, 0);
  return { forward, backward };
}

function assertSameWayBack(forward: Page[], backward: Page[]) {
  assert.equal(backward.length, forward.length - 1);
  for (let i = 0; i < backward.length; i++) {
    assert.deepEqual(backward[i].items, forward[i].items, `page ${i} read again`);
    assert.deepEqual(backward[i].lastKey, forward[i].lastKey);
  }
}

test('scan: ] through all of Movies by 97 and [ back: every row once, as a full scan, pages equal both ways', async () => {
  const { forward, backward } = await pageBothWays({ mode: 'scan', pageSize: '97' });
  const rows = forward.flatMap((p) => p.items);
  assert.equal(rows.length, 3476);
  assert.equal(new Set(rows.map(id)).size, rows.length, 'no row repeated');
  assert.deepEqual(rows.map(id), everything.map(id), 'no row skipped, same order as a full scan');
  assert.deepEqual(rows, everything);
  assert.equal(forward.length, Math.ceil(3476 / 97));
  assert.ok(forward.every((p) => p.capacity > 0 && p.count === p.items.length));
  assertSameWayBack(forward, backward);
});

test('scan with a filter: empty pages still page on, and the matches are those of a full scan', async () => {
  const { forward, backward } = await pageBothWays({ mode: 'scan', pageSize: '97', filter: 'info.rating >= 9' });
  const empty = forward.filter((p) => p.count === 0 && p.scannedCount > 0);
  assert.ok(empty.length > 5, `${empty.length} empty pages`);
  assert.ok(forward.slice(forward.indexOf(empty[0]!) + 1).some((p) => p.count > 0), 'rows after an empty page');
  assert.equal(forward.reduce((n, p) => n + p.scannedCount, 0), 3476);
  const rows = forward.flatMap((p) => p.items);
  assert.deepEqual(rows, await fullScan({ FilterExpression: 'info.rating >= :r', ExpressionAttributeValues: { ':r': { N: '9' } } }));
  assertSameWayBack(forward, backward);
});

test('query on the GSI with a filter: leading empty pages, then the matches in index order', async () => {
  const { forward, backward } = await pageBothWays({
    mode: 'query', index: MOVIES_GSI, partitionValue: 'Horror', filter: 'info.rating >= 7', pageSize: '37',
  });
  assert.ok(forward[0].count === 0 && forward[0].scannedCount === 37, 'the lowest ratings come first and match nothing');
  assert.equal(forward.reduce((n, p) => n + p.scannedCount, 0), everything.filter((i) => i.genre.S === 'Horror').length);
  const rows = forward.flatMap((p) => p.items);
  const want = everything.filter((i) => i.genre.S === 'Horror' && Number(i.rating.N) >= 7);
  assert.deepEqual(rows.map(id).sort(), want.map(id).sort());
  assert.equal(new Set(rows.map(id)).size, rows.length);
  const ratings = rows.map((i) => Number(i.rating.N));
  assert.deepEqual(ratings, [...ratings].sort((a, b) => a - b));
  assertSameWayBack(forward, backward);
});

test('loadAll: everything when under the cap, with progress per page', async () => {
  const { operation, input } = build({ mode: 'scan', pageSize: '500' });
  const seen: number[] = [];
  const r = await loadAll(engine.gateway, operation, input, { onProgress: (p) => seen.push(p.rows) });
  assert.deepEqual(r.items, everything);
  assert.equal(r.truncated, false);
  assert.equal(r.cancelled, false);
  assert.equal(r.lastKey, undefined);
  assert.equal(r.pages, 7);
  assert.equal(r.scanned, 3476);
  assert.ok(r.capacity > 0);
  assert.deepEqual(seen, [500, 1000, 1500, 2000, 2500, 3000, 3476]);
});

test('loadAll stops exactly at the cap, says so, and continues from its key without a gap', async () => {
  const { operation, input } = build({ mode: 'scan', pageSize: '97' });
  const limits: unknown[] = [];
  const off = engine.gateway.onRequest((r) => limits.push((r.input as { Limit?: number }).Limit));
  const r = await loadAll(engine.gateway, operation, input, { maxRows: 500 });
  off();
  assert.equal(r.rows, 500);
  assert.equal(r.truncated, true);
  assert.deepEqual(limits, [97, 97, 97, 97, 97, 15], 'the last page asks only for what is left');
  assert.deepEqual(r.items, everything.slice(0, 500));
  assert.ok(r.lastKey);
  const rest = await loadAll(engine.gateway, operation, input, { maxRows: 10_000, startKey: r.lastKey });
  assert.deepEqual(rest.items, everything.slice(500));
  assert.equal(rest.truncated, false);

  // Without a page size the cap is the Limit: one request.
  const whole = build({ mode: 'scan', pageSize: '' });
  const capped = await loadAll(engine.gateway, whole.operation, whole.input, { maxRows: 1000 });
  assert.deepEqual([capped.rows, capped.pages, capped.truncated], [1000, 1, true]);
});

test('loadAll with a filter counts rows, not scanned items, against the cap', async () => {
  const { operation, input } = build({ mode: 'scan', pageSize: '200', filter: 'info.rating >= 8' });
  const r = await loadAll(engine.gateway, operation, input, { maxRows: 50 });
  const want = everything.filter((i) => Number(i.info.M!.rating.N) >= 8);
  assert.deepEqual(r.items, want.slice(0, 50));
  assert.equal(r.truncated, true);
  assert.ok(r.scanned > 50);
});

test('cancelling loadAll keeps the rows read so far and the key to go on from', async () => {
  const { operation, input } = build({ mode: 'scan', pageSize: '97' });
  // Abort as the third request is sent: it must not be counted, the first two must.
  const controller = new AbortController();
  let sent = 0;
  const off = engine.gateway.onRequest(() => { if (++sent === 3) controller.abort(); });
  const r = await loadAll(engine.gateway, operation, input, { signal: controller.signal });
  off();
  assert.equal(r.cancelled, true);
  assert.equal(r.truncated, false);
  assert.equal(r.pages, 2);
  assert.deepEqual(r.items, everything.slice(0, 194));
  const rest = await loadAll(engine.gateway, operation, input, { startKey: r.lastKey });
  assert.deepEqual(rest.items, everything.slice(194));

  const early = new AbortController();
  early.abort();
  const none = await loadAll(engine.gateway, operation, input, { signal: early.signal, onProgress: () => assert.fail('no page') });
  assert.deepEqual([none.cancelled, none.pages, none.rows], [true, 0, 0]);
});

test('loadAll refuses a cap that is not a positive integer', async () => {
  const { operation, input } = build({ mode: 'scan' });
  await assert.rejects(loadAll(engine.gateway, operation, input, { maxRows: 0 }), RangeError);
});
