// The table lifecycle through the built binary in a real pseudo-terminal: `C` creates a
// table with a GSI (checked by DescribeTable and by the AWS CLI when it is installed),
// `d` deletes it after its name is typed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { launchApp } from './app.js';
import type { Term } from './terminal.js';
import { selectRow } from './select.js';
import { focusField } from './form.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';

let engine: TestEngine;
before(async () => { engine = await startTestEngine(); });
after(() => engine.close());

const T = { timeout: 30_000 };
const AWS = '/usr/bin/aws';


async function fill(t: Term, label: string, text: string) {
  await focusField(t, label);
  await t.press([...text]);
  await t.waitFor(text);
}

/** Presses space on the focused choice until the screen shows `shown`. */
async function choose(t: Term, shown: RegExp) {
  for (let i = 0; i < 5 && !shown.test(t.text()); i++) {
    const before = t.text();
    await t.press('space');
    await t.waitFor((s) => s !== before);
  }
  assert.match(t.text(), shown);
}

test('C creates a table with a GSI and waits for ACTIVE; d deletes it after its name is typed', async (ctx) => {
  const t = await launchApp(['--endpoint-url', engine.endpoint], { cols: 120, rows: 40 });
  try {
    await t.waitFor(/0 tables|No tables here/, T);
    await t.press('C');
    await t.waitFor('Create table', T);
    await fill(t, 'table name', 'e2e-events');
    await fill(t, 'partition key', 'device');
    await fill(t, 'sort key', 'at');
    await t.press('tab');
    await choose(t, /›\s+type\s+‹ N  number ›/);
    await t.press('ctrl+n');
    await t.waitFor('› index 1', T);
    await fill(t, 'GSI 1 name', 'by-kind');
    await fill(t, 'GSI 1 partition key', 'kind');
    await focusField(t, 'GSI 1 projection');
    await choose(t, /‹ KEYS_ONLY ›/);
    await t.press('enter');
    await t.waitFor('aws dynamodb create-table', T);
    await t.press('enter');
    await t.waitFor('created table e2e-events: ACTIVE', T);
    await t.waitFor(/tables › e2e-events/, T);

    const table = (await engine.gateway.call('DescribeTable', { TableName: 'e2e-events' })).Table!;
    assert.deepEqual(table.KeySchema, [{ AttributeName: 'device', KeyType: 'HASH' }, { AttributeName: 'at', KeyType: 'RANGE' }]);
    assert.deepEqual(table.GlobalSecondaryIndexes?.map((g) => [g.IndexName, g.KeySchema, g.Projection]),
      [['by-kind', [{ AttributeName: 'kind', KeyType: 'HASH' }], { ProjectionType: 'KEYS_ONLY' }]]);
    assert.equal(table.BillingModeSummary?.BillingMode, 'PAY_PER_REQUEST');
    if (existsSync(AWS)) {
      // Not execFileSync: the engine runs in this process and must keep answering.
      const out = JSON.parse((await promisify(execFile)(AWS, ['dynamodb', 'describe-table', '--table-name', 'e2e-events', '--endpoint-url', engine.endpoint, '--output', 'json'], {
        env: { ...process.env, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '' },
      })).stdout);
      assert.deepEqual(out.Table.AttributeDefinitions.sort((a: { AttributeName: string }, b: { AttributeName: string }) => a.AttributeName.localeCompare(b.AttributeName)),
        [{ AttributeName: 'at', AttributeType: 'N' }, { AttributeName: 'device', AttributeType: 'S' }, { AttributeName: 'kind', AttributeType: 'S' }]);
    } else {
      ctx.diagnostic('skipped the AWS CLI read-back: /usr/bin/aws is not installed');
    }

    await engine.gateway.call('PutItem', { TableName: 'e2e-events', Item: { device: { S: 'a' }, at: { N: '1' } } });
    await t.press('esc');
    await t.waitFor(/\d+\/1 tables/, T);
    await selectRow(t, 'e2e-events');
    await t.press('d');
    await t.waitFor('Delete table e2e-events', T);
    await t.waitFor(/live\s+1 items/, T);
    await t.press([...'e2e-event']);
    await t.press('enter');
    await t.waitFor('type the table name exactly', T);
    await t.press(['s', 'enter']);
    await t.waitFor('deleted table e2e-events', T);
    await assert.rejects(engine.gateway.call('DescribeTable', { TableName: 'e2e-events' }), /not found|ResourceNotFound/i);
    await t.waitFor(/No tables here|0 tables/, T);
    await t.press('q');
    assert.equal((await t.exited).exitCode, 0);
  } finally { t.kill(); }
});
