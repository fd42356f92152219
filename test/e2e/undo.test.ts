// The undo journal through the built binary in a real pseudo-terminal, with XDG_STATE_HOME
// at a temp folder: a delete is journaled, U lists it, enter -> review -> enter puts the
// item back; with --no-journal the same delete leaves the state folder empty.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from './app.js';
import type { Term } from './terminal.js';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';

const TABLE = 'UndoE2E';
const T = { timeout: 30_000 };
let engine: TestEngine;
const item = { pk: { S: 'row' }, n: { N: '3.14159265358979323846264338327950288' }, b: { B: new Uint8Array([1, 2, 3]) } };
before(async () => { ({ engine } = await pkTableEngine(TABLE)); });
after(() => engine.close());

const get = async () => (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { pk: { S: 'row' } }, ConsistentRead: true })).Item;

async function deleteRow(t: Term): Promise<void> {
  await t.waitFor(/page 1 · Count 1/, T);
  await t.press('d');
  await t.waitFor('Delete {', T);
  await t.press('enter');
  await t.waitFor('aws dynamodb delete-item', T);
  await t.press('enter');
  await t.waitFor('deleted {"pk":"row"}', T);
}

test('delete, U, enter, review, enter: the item is back and both writes are in journal.jsonl', async () => {
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: item });
  const stored = await get();
  const state = mkdtempSync(join(tmpdir(), 'dynoscope-e2e-state-'));
  const t = await launchApp(['--endpoint-url', engine.endpoint, TABLE], { cols: 120, rows: 30, env: { XDG_STATE_HOME: state } });
  try {
    await deleteRow(t);
    assert.equal(await get(), undefined);
    await t.press('U');
    await t.waitFor(/delete\s+pk=row\s+deleted/, T);
    await t.press('enter');
    await t.waitFor('aws dynamodb put-item', T);
    await t.press('enter');
    await t.waitFor('undone: delete of pk=row', T);
    assert.deepEqual(await get(), stored);
    await t.press('q');
    await t.exited;
  } finally { t.kill(); }
  const lines = readFileSync(join(state, 'dynoscope', 'journal.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.operation), ['delete', 'undo']);
  assert.deepEqual(lines[0].before, { pk: { S: 'row' }, n: { N: '3.14159265358979323846264338327950288' }, b: { B: 'AQID' } });
  assert.equal(JSON.stringify(lines).includes('dummy'), false, 'no credentials in the journal');
});

test('--no-journal: the same delete leaves the state folder empty', async () => {
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: item });
  const state = mkdtempSync(join(tmpdir(), 'dynoscope-e2e-state-'));
  const t = await launchApp(['--no-journal', '--endpoint-url', engine.endpoint, TABLE], { cols: 120, rows: 30, env: { XDG_STATE_HOME: state } });
  try {
    await deleteRow(t);
    await t.press('U');
    await t.waitFor('the undo journal is off', T);
    await t.press('q');
    await t.exited;
  } finally { t.kill(); }
  assert.equal(existsSync(join(state, 'dynoscope', 'journal.jsonl')), false);
  assert.deepEqual(readdirSync(state), []);
});
