import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyReadForm, type ReadForm } from '../../src/dynamo/read/form.js';
import { appendHistory, cleanScope, HISTORY_LIMIT, readHistory, type HistoryEntry } from '../../src/memory/history.js';
import { formFromJson, formToJson } from '../../src/memory/queryForm.js';
import { jsonLinesText } from '../../src/memory/jsonLines.js';

const form = (patch: Partial<ReadForm> = {}): ReadForm => ({ ...emptyReadForm('query'), partitionValue: '2013', ...patch });
const tmp = () => mkdtemp(join(tmpdir(), 'dyno-hist-'));

test('the history keeps the newest 500 runs', async () => {
  const path = join(await tmp(), 'history.jsonl');
  const old: HistoryEntry[] = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), table: 'T', scope: { region: 'r' }, form: formToJson(form({ filter: `n = ${i}` })),
  }));
  await writeFile(path, jsonLinesText(old));
  for (const i of [500, 501, 502]) await appendHistory(path, { at: new Date().toISOString(), table: 'T', scope: { region: 'r' }, form: form({ filter: `n = ${i}` }) });
  const read = await readHistory(path);
  assert.equal(HISTORY_LIMIT, 500);
  assert.equal(read.runs.length, 500);
  assert.equal(read.runs[0]!.form.filter, 'n = 3', 'the three oldest went');
  assert.equal(read.runs.at(-1)!.form.filter, 'n = 502');
});

test('a corrupt history is read around (damaged lines counted) and the next append drops them', async () => {
  const path = join(await tmp(), 'history.jsonl');
  const good = { at: '2026-01-01T00:00:00.000Z', table: 'T', scope: {}, form: formToJson(form()) };
  await writeFile(path, `${JSON.stringify(good)}\n{"torn": \n{"at":"x","table":"T","scope":{},"form":{"mode":"sideways"}}\n\u0000\u0001garbage\n`);
  const read = await readHistory(path);
  assert.equal(read.runs.length, 1);
  assert.equal(read.damaged, 3);
  assert.equal(read.problem, undefined);
  assert.equal(await appendHistory(path, { at: '2026-01-02T00:00:00.000Z', table: 'T', scope: {}, form: form() }), 3);
  const after = await readHistory(path);
  assert.equal(after.damaged, 0);
  assert.equal(after.runs.length, 2);
});

test('an unreadable history is a problem to report, not a crash, and an append to it fails cleanly', async () => {
  const dir = await tmp();
  const read = await readHistory(dir); // a directory: EISDIR
  assert.match(read.problem ?? '', /could not be read/);
  await assert.rejects(appendHistory(dir, { at: 'x', table: 'T', scope: {}, form: form() }));
});

test('no credential ever reaches the file: only profile, region and an endpoint without user:password', async () => {
  const path = join(await tmp(), 'history.jsonl');
  const connection = {
    profile: 'dev', region: 'eu-west-1', endpoint: 'http://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI%2FK7MDENG@localhost:8000/',
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN' },
  };
  // The whole connection object passed as the scope: only the three names are kept.
  await appendHistory(path, { at: '2026-01-01T00:00:00.000Z', table: 'T', scope: connection, form: form() });
  const text = await readFile(path, 'utf8');
  for (const secret of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', 'FwoGZXIvYXdz', 'credentials']) assert.ok(!text.includes(secret), `${secret} in ${text}`);
  assert.deepEqual(JSON.parse(text).scope, { profile: 'dev', region: 'eu-west-1', endpoint: 'http://localhost:8000' });
  assert.deepEqual(cleanScope({ endpoint: 'not a url://u:p@h' }), { endpoint: 'not a url://h' });
});

test('stored forms: empty fields left out, read back exactly; numbers and missing fields tolerated', () => {
  const f = form({ index: 'ByGenre', sortOp: 'between', sortValue: '1', sortValue2: '9', filter: 'a = 1', descending: true, consistent: true, pageSize: '' });
  const json = formToJson(f);
  assert.deepEqual(json, { mode: 'query', index: 'ByGenre', sortOp: 'between', partitionValue: '2013', sortValue: '1', sortValue2: '9', filter: 'a = 1', pageSize: '', descending: true, consistent: true });
  assert.deepEqual(formFromJson(json), { ok: true, form: f });
  const hand = formFromJson({ mode: 'scan', pageSize: 25, filter: 'x = 1', comment: 'ignored' });
  assert.ok(hand.ok);
  assert.equal(hand.form.pageSize, '25');
  assert.equal(hand.form.projection, '');
  assert.equal(formFromJson({ mode: 'scan' }).ok && (formFromJson({ mode: 'scan' }) as { form: ReadForm }).form.pageSize, '100');
  assert.deepEqual(formFromJson({ mode: 'query', sortOp: 'like' }), { ok: false, error: 'sortOp "like" is not one of = < <= > >= between begins_with' });
  assert.equal(formFromJson([]).ok, false);
});
