// Big items and wide forms through the built binary in a real pseudo-terminal: a 390 KB
// item edited with `e` and with `E`, and a 300-attribute item whose form keeps the focused
// field on screen while tabbing to the last attribute. Each write is read back with GetItem.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { launchApp } from './app.js';
import type { Term } from './terminal.js';
import { selectRow } from './select.js';
import { focusField } from './form.js';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { bigBody, wideItem } from '../fixtures/bigItems.js';

let engine: TestEngine;
const BODY = bigBody(385_000);
const BIG: Record<string, AttributeValue> = {
  pk: { S: 'big-item' }, genre: { S: 'Drama' }, body: { S: BODY }, n: { N: '42' }, tags: { SS: ['a', 'b'] },
};

before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: 'Big', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  });
  await engine.gateway.call('PutItem', { TableName: 'Big', Item: BIG });
  await engine.gateway.call('PutItem', { TableName: 'Big', Item: wideItem('wide-item', 300) });
});
after(() => engine.close());

const T = { timeout: 30_000 };
const get = async (pk: string) =>
  (await engine.gateway.call('GetItem', { TableName: 'Big', Key: { pk: { S: pk } }, ConsistentRead: true })).Item;

async function openRow(t: Term, pk: string) {
  await t.waitFor(/page 1 · Count 2/, T);
  await selectRow(t, pk);
}

async function reviewAndSave(t: Term) {
  await t.press('enter');
  await t.waitFor('aws dynamodb update-item', T);
  await t.press('enter');
  await t.waitFor(/saved pk=/, T);
}

test('e on a 390 KB item: the form opens, a change typed at the end of the long value is saved exactly', { timeout: 120_000 }, async () => {
  const t = await launchApp(['--endpoint-url', engine.endpoint, 'Big'], { cols: 120, rows: 40 });
  try {
    await openRow(t, 'big-item');
    await t.press('e');
    await t.waitFor('Edit Big', T);
    await focusField(t, 'body S');
    // The focused long value shows a window at its end (the cursor starts there).
    const screen = await t.waitFor(/characters [\d,]+-[\d,]+ of [\d,]+/, T);
    assert.match(screen, /東京 consectetur/);
    await t.press('backspace'); // the closing quote
    await t.press([...' EDITED"']);
    await t.waitFor(' EDITED"', T);
    await reviewAndSave(t);
    const stored = await get('big-item');
    assert.equal(stored?.body?.S, `${BODY} EDITED`, 'the long value is exact, with the typed text at its end');
    assert.deepEqual({ ...stored, body: BIG.body }, BIG, 'every other attribute is as it was');
  } finally {
    t.kill();
    await t.exited;
  }
});

test('E on a 390 KB item: the editor\'s change opens in the form and is saved exactly', { timeout: 120_000 }, async () => {
  await engine.gateway.call('PutItem', { TableName: 'Big', Item: BIG });
  const editor = `${process.execPath} ${new URL('../fixtures/fake-editor.mjs', import.meta.url).pathname}`;
  const t = await launchApp(['--endpoint-url', engine.endpoint, 'Big'], { cols: 120, rows: 40, env: { VISUAL: editor, FAKE_EDITOR: 'genre' } });
  try {
    await openRow(t, 'big-item');
    await t.press('E');
    await t.waitFor('Edit Big', T);
    await t.waitFor('"Edited"', T);
    await reviewAndSave(t);
    const stored = await get('big-item');
    assert.deepEqual(stored, { ...BIG, genre: { S: 'Edited' } }, 'only genre changed; the long value is exact');
  } finally {
    t.kill();
    await t.exited;
  }
});

/** The screen lines that mark the focused field ("› "). */
const focusedLines = (screen: string) => screen.split('\n').filter((l) => l.startsWith('› '));

test('a 300-attribute form keeps the focused field on screen while tabbing to the last one, and the typed text lands there', { timeout: 180_000 }, async () => {
  const t = await launchApp(['--endpoint-url', engine.endpoint, 'Big'], { cols: 100, rows: 30 });
  try {
    await openRow(t, 'wide-item');
    await t.press('e');
    await t.waitFor('Edit Big', T);
    const seen = new Set<string>();
    let label = focusedLines(t.text())[0] ?? '';
    for (let i = 0; !/^› a299 S\s/.test(label); i++) {
      assert.ok(i < 320, `never reached a299; screen:\n${t.text()}`);
      const before = label;
      await t.press('tab');
      const screen = await t.waitFor((s) => focusedLines(s).length === 1 && focusedLines(s)[0] !== before, T);
      label = focusedLines(screen)[0]!;
      const name = /^› (a\d{3}) S/.exec(label)?.[1];
      if (name) seen.add(name);
    }
    assert.equal(seen.size, 300, 'every attribute had the focus, on screen, on the way down');
    await t.press('backspace'); // the closing quote
    await t.press([...' typed"']);
    const screen = await t.waitFor('value 299 typed"', T);
    assert.match(focusedLines(screen)[0] ?? '', /^› a299 S\s+"value 299 typed"/, 'the typed text shows in the focused field');
    await reviewAndSave(t);
    const stored = await get('wide-item');
    assert.deepEqual(stored, { ...wideItem('wide-item', 300), a299: { S: 'value 299 typed' } });
  } finally {
    t.kill();
    await t.exited;
  }
});
