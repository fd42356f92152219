// The undo journal in the app: d deletes a row (reviewed), U lists the table's last writes,
// enter on the delete opens the undo on its review, enter puts the item back exactly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { pkTableEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, renderApp } from '../helpers/ink.js';
import { tempDir } from '../helpers/journalCtx.js';
import { demoConnection } from '../../src/demo/engine.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';
import { Journal } from '../../src/memory/journal.js';

const TABLE = 'UndoUi';
let engine: TestEngine;
before(async () => {
  ({ engine } = await pkTableEngine(TABLE));
  await engine.gateway.call('PutItem', { TableName: TABLE, Item: {
    pk: { S: 'only' }, n: { N: '12345678901234567890123456789012345678' }, b: { B: new Uint8Array([0, 255]) }, ss: { SS: ['x', 'y'] },
  } });
});
after(() => engine.close());

const get = async () => (await engine.gateway.call('GetItem', { TableName: TABLE, Key: { pk: { S: 'only' } }, ConsistentRead: true })).Item;

test('U -> enter on the delete -> review -> enter restores the item exactly', async () => {
  const stored = await get();
  const journal = new Journal(tempDir());
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: TABLE, journal });
  try {
    await app.waitFor(/page 1 · Count 1/);
    await app.press('d');
    await app.waitFor('Delete {');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb delete-item');
    await app.press(KEY.enter);
    await app.waitFor('deleted {"pk":"only"}');
    assert.equal(await get(), undefined);
    const writes: string[] = [];
    app.gateways[0]!.onRequest((r) => { if (WRITE_OPERATIONS.has(r.operation)) writes.push(r.operation); });
    await app.press('U');
    const list = await app.waitFor(/delete\s+pk=only\s+deleted \(4 attributes\)/);
    assert.match(list, /Undo: the last writes to UndoUi/);
    await app.press(KEY.enter);
    const review = await app.waitFor('aws dynamodb put-item');
    assert.match(review, /undo the delete of pk=only: put the item back as it was before/);
    assert.match(review, /--condition-expression 'attribute_not\s*_exists\(pk\)'/, 'only if there is still no item');
    assert.deepEqual(writes, [], 'nothing is sent before the review is confirmed');
    await app.press(KEY.enter);
    await app.waitFor('undone: delete of pk=only');
    assert.deepEqual(writes, ['PutItem']);
    assert.deepEqual(await get(), stored, 'the item is back, byte for byte');
    // The undo is journaled and listed first.
    await app.waitFor(/undo\s+pk=only\s+new item \(4 attributes\)/);
  } finally { app.unmount(); }
});

test('--read-only hides U, and :undo with the journal off says so', async () => {
  const app = renderApp({ connection: { ...demoConnection(engine.endpoint), readOnly: true }, table: TABLE, journal: false });
  try {
    await app.waitFor(/page 1 · Count/);
    await app.press('U');
    await app.press(':', ...'undo', KEY.enter);
    await app.waitFor('the undo journal is off (--no-journal)');
    await app.press('?');
    const help = await app.waitFor('help');
    assert.doesNotMatch(help, /undo: the last writes/);
  } finally { app.unmount(); }
});
