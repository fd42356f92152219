// History across app runs, through the built binary in a real pseudo-terminal: a query run
// in one run of the app (which quits at once after it) is recalled with ctrl+r in the next
// run, fills the form, and enter returns the same rows. XDG folders point at a temp folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from './app.js';
import type { Term } from './terminal.js';
import { focusField, typeText } from './form.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: 'Notes', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'n', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'n', KeyType: 'RANGE' }],
  });
  for (let i = 0; i < 10; i++) {
    await engine.gateway.call('PutItem', { TableName: 'Notes', Item: { pk: { S: i % 2 ? 'odd' : 'even' }, n: { N: String(i) }, v: { N: String(i * 10) } } });
  }
});
after(() => engine.close());

const T = { timeout: 30_000 };
const rowsOf = (screen: string) => screen.split('\n').filter((l) => /^odd\s/.test(l));

async function quit(t: Term) {
  await t.press('q');
  assert.equal((await t.exited).exitCode, 0);
}

test('a query run in one app run is recalled with ctrl+r in the next and returns the same rows', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dyno-e2e-history-'));
  const env = { XDG_STATE_HOME: join(dir, 'state'), XDG_CONFIG_HOME: join(dir, 'config') };
  const args = ['--endpoint-url', engine.endpoint, 'Notes'];

  const first = await launchApp(args, { env });
  let rows: string[];
  try {
    await first.waitFor(/page 1 · Count 10/, T);
    await first.press('Q');
    await first.waitFor('Query Notes', T);
    await focusField(first, 'pk (S) =');
    await typeText(first, 'odd');
    await focusField(first, 'filter');
    await typeText(first, 'v >= 50');
    await first.press('enter');
    rows = rowsOf(await first.waitFor(/page 1 · Count 3 \/ ScannedCount 5/, T));
    assert.equal(rows.length, 3);
  } finally {
    // Quit at once: the run is in the history all the same.
    await quit(first);
  }
  const lines = (await readFile(join(dir, 'state', 'dynoscope', 'history.jsonl'), 'utf8')).trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal(JSON.parse(lines[0]!).form.filter, 'v >= 50');

  const second = await launchApp(args, { env });
  try {
    await second.waitFor(/page 1 · Count 10/, T);
    await second.press('Q');
    await second.waitFor('Query Notes', T);
    await second.press('ctrl+r');
    await second.waitFor(/› .*query · pk = odd · filter v >= 50/, T);
    await second.press('enter');
    await second.waitFor(/^\s+pk \(S\) =\s+odd$/m, T);
    assert.match(second.text(), /^› index/m, 'the form is filled, not run');
    await second.press('enter');
    const again = await second.waitFor(/page 1 · Count 3 \/ ScannedCount 5/, T);
    assert.deepEqual(rowsOf(again), rows);
  } finally {
    await quit(second);
  }
});
