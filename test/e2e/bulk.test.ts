// Import and export through the built binary in a real pseudo-terminal: `I` loads a JSON
// lines file with a bad line into a table (exact counts, 38 digits kept), `X` writes the
// grid's scan to a file that holds exactly the table's items.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from './app.js';
import { typeText } from './form.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: 'Readings', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'sensor', AttributeType: 'S' }, { AttributeName: 'at', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'sensor', KeyType: 'HASH' }, { AttributeName: 'at', KeyType: 'RANGE' }],
  });
});
after(() => engine.close());

const T = { timeout: 30_000 };
const BIG = '12345678901234567890123456789012345678';

test('I imports a file with a bad line (exact counts), X exports the grid to a file holding exactly the items', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dynoscope-e2e-bulk-'));
  const input = join(dir, 'readings.jsonl');
  writeFileSync(input, [
    `{"sensor": "s1", "at": 1, "value": ${BIG}}`,
    '{"sensor": "s1", "at": 2, "value": 0.5, "tags": {"$SS": ["a", "b"]}}',
    '{"sensor": "s2", "at": "not a number"}',
    '{"sensor": "s2", "at": 3, "ok": true, "none": null}',
  ].join('\n') + '\n');
  const output = join(dir, 'out.jsonl');
  const t = await launchApp(['--endpoint-url', engine.endpoint, 'Readings'], { cols: 120, rows: 40 });
  try {
    await t.waitFor(/page 1 · Count 0/, T);
    await t.press('I');
    await t.waitFor('Import items into Readings', T);
    await typeText(t, input);
    await t.press('enter');
    await t.waitFor('Import into Readings: confirm', T);
    await t.press('enter');
    const summary = await t.waitFor(/Imported 3 of 4 items into Readings/, T);
    assert.match(summary, /line 3/);
    await t.press('esc');
    await t.waitFor(/page 1 · Count 3/, T);

    await t.press('X');
    await t.waitFor('To a file', T);
    await t.press(['end', 'ctrl+u']);
    await typeText(t, output);
    await t.press('enter');
    await t.waitFor(/Exported 3 items/, T);
    assert.ok(existsSync(output));
    const lines = readFileSync(output, 'utf8').trim().split('\n').sort();
    assert.equal(lines.length, 3);
    assert.ok(lines.some((l) => l.includes(`"value":${BIG}`) || l.includes(`"value": ${BIG}`)), lines.join('\n'));
    const stored = await engine.gateway.call('GetItem', { TableName: 'Readings', Key: { sensor: { S: 's1' }, at: { N: '1' } } });
    assert.deepEqual(stored.Item?.value, { N: BIG });
    await t.press('esc');
    await t.waitFor(/page 1 · Count 3/, T);
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});
