import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyReadForm, type ReadForm } from '../../src/dynamo/read/form.js';
import { queryApplies, readSavedQueries, saveQuery } from '../../src/memory/savedQueries.js';
import { recallItems } from '../../src/state/recall.js';

const form = (patch: Partial<ReadForm> = {}): ReadForm => ({ ...emptyReadForm('scan'), ...patch });
const tmp = () => mkdtemp(join(tmpdir(), 'dyno-saved-'));

test('saving writes pretty JSON keyed by name; the same name replaces in place and hand-written entries stay', async () => {
  const path = join(await tmp(), 'sub', 'queries.json');
  assert.deepEqual(await saveQuery(path, { name: 'a', table: 'Movies', savedAt: '2026-01-01T00:00:00.000Z', form: form({ filter: 'year = 1999' }) }), { replaced: false });
  const hand = JSON.parse(await readFile(path, 'utf8'));
  hand.mine = { table: 'Movies', mode: 'scan', pageSize: 10, note: 'written by hand' };
  await writeFile(path, JSON.stringify(hand, null, 2));
  assert.deepEqual(await saveQuery(path, { name: 'a', table: 'Movies', form: form({ filter: 'year = 2000' }) }), { replaced: true });
  const text = await readFile(path, 'utf8');
  assert.equal(text, `{
  "a": {
    "table": "Movies",
    "mode": "scan",
    "filter": "year = 2000",
    "pageSize": "100"
  },
  "mine": {
    "table": "Movies",
    "mode": "scan",
    "pageSize": 10,
    "note": "written by hand"
  }
}
`);
  const read = await readSavedQueries(path);
  assert.deepEqual(read.queries.map((q) => [q.name, q.form.filter, q.form.pageSize]), [['a', 'year = 2000', '100'], ['mine', '', '10']]);
  assert.equal((await stat(path)).mode & 0o777, 0o600);
});

test('a queries.json that is not JSON is reported and never overwritten by a save', async () => {
  const path = join(await tmp(), 'queries.json');
  await writeFile(path, '{ "a": { "table": "Movies", ');
  const read = await readSavedQueries(path);
  assert.match(read.problem ?? '', /is not valid JSON/);
  assert.deepEqual(read.queries, []);
  await assert.rejects(saveQuery(path, { name: 'b', table: 'T', form: form() }), /not valid JSON.*nothing was saved/);
  assert.equal(await readFile(path, 'utf8'), '{ "a": { "table": "Movies", ', 'the person\'s file is as it was');
  await writeFile(path, '[1, 2]');
  assert.match((await readSavedQueries(path)).problem ?? '', /one JSON object keyed by query name/);
});

test('bad entries are skipped with why; the rest are used', async () => {
  const path = join(await tmp(), 'queries.json');
  await writeFile(path, JSON.stringify({ ok: { table: 'T', mode: 'query', partitionValue: 'x' }, noTable: { mode: 'scan' }, badMode: { table: 'T', mode: 'get' }, notObject: 3 }));
  const read = await readSavedQueries(path);
  assert.deepEqual(read.queries.map((q) => q.name), ['ok']);
  assert.deepEqual(read.skipped, ['"noTable": no "table"', '"badMode": mode is neither "scan" nor "query"', '"notObject": not an object']);
  assert.deepEqual(await readSavedQueries(join(await tmp(), 'missing.json')), { queries: [], skipped: [] });
});

test('a saved query applies to its table on any connection, or only on its endpoint when it names one', () => {
  const q = { name: 'q', table: 'T', form: form() };
  assert.ok(queryApplies(q, 'T', undefined));
  assert.ok(queryApplies(q, 'T', 'http://localhost:8000'));
  assert.ok(!queryApplies(q, 'U', undefined));
  const local = { ...q, endpoint: 'http://localhost:8000' };
  assert.ok(queryApplies(local, 'T', 'http://localhost:8000'));
  assert.ok(!queryApplies(local, 'T', undefined));
});

test('ctrl+r list: this table and connection only, newest first, one line per distinct form, saved ones marked', () => {
  const here = { profile: 'dev', region: 'eu-west-1' };
  const run = (at: string, table: string, f: ReadForm, scope: object = here) => ({ at, table, scope, form: f });
  const a = form({ filter: 'a = 1' });
  const b = form({ filter: 'b = 1' });
  const items = recallItems([
    run('2026-01-01T00:00:01Z', 'T', a),
    run('2026-01-01T00:00:02Z', 'T', b),
    run('2026-01-01T00:00:03Z', 'T', a),
    run('2026-01-01T00:00:04Z', 'Other', b),
    run('2026-01-01T00:00:05Z', 'T', b, { profile: 'prod', region: 'eu-west-1' }),
  ], [
    { name: 'saved-b', table: 'T', form: b },
    { name: 'fresh', table: 'T', savedAt: '2026-01-01T00:00:09Z', form: form({ filter: 'c = 1' }) },
    { name: 'by-hand', table: 'T', form: form({ filter: 'd = 1' }) },
    { name: 'elsewhere', table: 'T', endpoint: 'http://localhost:8000', form: form({ filter: 'e = 1' }) },
  ], 'T', here);
  assert.deepEqual(items.map((i) => [i.form.filter, i.saved, i.at]), [
    ['c = 1', ['fresh'], '2026-01-01T00:00:09Z'],
    ['a = 1', [], '2026-01-01T00:00:03Z'],
    ['b = 1', ['saved-b'], '2026-01-01T00:00:02Z'],
    ['d = 1', ['by-hand'], undefined],
  ]);
});
