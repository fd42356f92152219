// The seed operations of the write path against the demo Movies table, over HTTP: nested
// SET, a conditional update passing and failing, removing a list element, a conditional
// delete passing and failing, atomic counters (guarded by the value loaded), save as new.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { demoItems } from '../../src/demo/seed.js';
import { toTableInfo, type TableInfo } from '../../src/dynamo/tableInfo.js';
import {
  buildCounterInput, buildDeleteInput, buildSaveAsNewInputs, buildUpdateExpressionInput, sendSaveAsNew, sendWrite, type Item,
} from '../../src/dynamo/write/index.js';

let engine: TestEngine;
let movies: TableInfo;
// Movies with at least three actors, each test using its own.
const picks = demoItems('Movies').filter((m) => (m.info?.M?.actors?.L?.length ?? 0) >= 3);
const keyOf = (m: Item): Item => ({ year: m.year!, title: m.title! });

before(async () => {
  engine = await seededEngine();
  movies = toTableInfo((await engine.gateway.call('DescribeTable', { TableName: 'Movies' })).Table!);
});
after(() => engine.close());

const get = async (key: Item) => (await engine.gateway.call('GetItem', { TableName: 'Movies', Key: key, ConsistentRead: true })).Item;
const info = (item: Item | undefined) => item!.info!.M!;

test('update: set info.rating = :r, info.plot = :p changes only those two nested attributes', async () => {
  const movie = picks[0]!;
  const before = (await get(keyOf(movie)))!;
  const built = buildUpdateExpressionInput(movies, 'Movies', before, 'set info.rating = :r, info.plot = :p', '', '{":r": 9.25, ":p": "A new plot."}');
  assert.ok(built.ok);
  const r = await sendWrite(engine.gateway, built);
  assert.ok(r.ok);
  const after = (await get(keyOf(movie)))!;
  assert.deepEqual(r.attributes, after);
  assert.deepEqual(info(after).rating, { N: '9.25' });
  assert.deepEqual(info(after).plot, { S: 'A new plot.' });
  const { rating: _r, plot: _p, ...restAfter } = info(after);
  const { rating: _r0, plot: _p0, ...restBefore } = info(before);
  assert.deepEqual(restAfter, restBefore);
  assert.deepEqual({ ...after, info: undefined }, { ...before, info: undefined });
});

test('conditional update: size(info.actors) > :num passes, and fails as the user condition', async () => {
  const movie = picks[1]!;
  const actors = movie.info!.M!.actors!.L!.length;
  const update = async (num: number) => buildUpdateExpressionInput(movies, 'Movies', (await get(keyOf(movie)))!, 'SET info.checked = true', 'size(info.actors) > :num', `{":num": ${num}}`);
  const fails = await update(actors);
  assert.ok(fails.ok);
  const refused = await sendWrite(engine.gateway, fails);
  assert.ok(!refused.ok && refused.kind === 'condition' && refused.failed === 'user-condition');
  assert.equal(info(await get(keyOf(movie))).checked, undefined);
  const passes = await update(actors - 1);
  assert.ok(passes.ok);
  assert.ok((await sendWrite(engine.gateway, passes)).ok);
  assert.deepEqual(info(await get(keyOf(movie))).checked, { BOOL: true });
});

test('remove info.actors[0] shifts the list', async () => {
  const movie = picks[2]!;
  const actors = movie.info!.M!.actors!.L!;
  const built = buildUpdateExpressionInput(movies, 'Movies', (await get(keyOf(movie)))!, 'remove info.actors[0]');
  assert.ok(built.ok);
  assert.ok((await sendWrite(engine.gateway, built)).ok);
  assert.deepEqual(info(await get(keyOf(movie))).actors, { L: actors.slice(1) });
});

test('delete with info.rating <= :val: refused while false, done when true', async () => {
  const movie = picks[3]!;
  const loaded = (await get(keyOf(movie)))!;
  const rating = info(loaded).rating!.N!;
  const del = (val: string) => buildDeleteInput(movies, 'Movies', loaded, { userCondition: { text: 'info.rating <= :val', values: `{":val": ${val}}` } });
  const low = del('-1'); // every demo rating is positive
  assert.ok(low.ok);
  const refused = await sendWrite(engine.gateway, low);
  assert.ok(!refused.ok && refused.kind === 'condition' && refused.failed === 'user-condition', JSON.stringify(refused));
  assert.ok(await get(keyOf(movie)));
  const exact = del(rating);
  assert.ok(exact.ok);
  const done = await sendWrite(engine.gateway, exact);
  assert.ok(done.ok);
  assert.deepEqual(done.old, loaded);
  assert.equal(await get(keyOf(movie)), undefined);
});

test('atomic counters: up and down exactly; presses from one load land once; a counter changed since loading is refused', async () => {
  const movie = picks[4]!;
  const start = (await get(keyOf(movie)))!;
  const step = async (attribute: string | (string | number)[], delta: string, loaded?: Item) => {
    const built = buildCounterInput(movies, 'Movies', loaded ?? (await get(keyOf(movie)))!, attribute, delta);
    assert.ok(built.ok);
    return sendWrite(engine.gateway, built);
  };
  const up = await step('rating', '0.1');
  assert.ok(up.ok);
  const down = await step('rating', '-0.1');
  assert.ok(down.ok);
  assert.deepEqual(down.attributes!.rating, start.rating, 'exact decimal arithmetic, no binary float drift');

  // Each press counts from the value it was loaded with, so presses raced from one load
  // land once: the others find the counter already at loaded + 1, and add nothing.
  const loaded = (await get(keyOf(movie)))!;
  const results = await Promise.all(Array.from({ length: 5 }, () => step(['info', 'running_time_secs'], '1', loaded)));
  assert.equal(results.filter((r) => r.ok).length, 1);
  for (const r of results) if (!r.ok) assert.ok(r.kind === 'condition' && r.failed === 'already-applied', JSON.stringify(r));
  // A press raced by a different change is refused with what changed: loaded → now.
  const stale = (await get(keyOf(movie)))!;
  assert.ok((await step(['info', 'running_time_secs'], '5')).ok);
  const refused = await step(['info', 'running_time_secs'], '1', stale);
  assert.ok(!refused.ok && refused.kind === 'condition' && refused.failed === 'unchanged-guard', JSON.stringify(refused));
  assert.match(refused.problem.detail, /^info\.running_time_secs loaded \d+ → now \d+; nothing was added\.$/);
  assert.ok((await step(['info', 'running_time_secs'], '-5')).ok);
  const after = (await get(keyOf(movie)))!;
  assert.deepEqual(info(after).running_time_secs, { N: String(Number(info(start).running_time_secs!.N) + 1) });
  // One after another, each from a fresh load, they all land.
  for (let i = 0; i < 3; i++) assert.ok((await step(['info', 'running_time_secs'], '-1')).ok);
  assert.deepEqual(info((await get(keyOf(movie)))!).running_time_secs, { N: String(Number(info(start).running_time_secs!.N) - 2) });
});

test('save as new: the new key is written, then the old item deleted; a taken key writes nothing', async () => {
  const [movie, other] = [picks[5]!, picks[6]!];
  const loaded = (await get(keyOf(movie)))!;
  const moved: Item = { ...loaded, title: { S: `${loaded.title!.S} (Director's Cut)` } };
  const built = buildSaveAsNewInputs(movies, 'Movies', loaded, moved, { deleteOld: true });
  assert.ok(built.ok);
  const r = await sendSaveAsNew(engine.gateway, built);
  assert.ok(r.put.ok && r.delete?.ok);
  assert.deepEqual(await get(keyOf(moved)), moved);
  assert.equal(await get(keyOf(loaded)), undefined);

  const clash = buildSaveAsNewInputs(movies, 'Movies', moved, { ...moved, ...keyOf(other) }, { deleteOld: true });
  assert.ok(clash.ok);
  const refused = await sendSaveAsNew(engine.gateway, clash);
  assert.ok(!refused.put.ok && refused.put.kind === 'condition' && refused.put.failed === 'item-exists');
  assert.equal(refused.delete, undefined, 'the old item is not deleted when the put failed');
  assert.deepEqual(await get(keyOf(moved)), moved);
});
