import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, plain, renderApp, typeText, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { WRITE_OPERATIONS } from '../../src/dynamo/readOnly.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

const get = async (year: string, title: string) =>
  (await engine.gateway.call('GetItem', { TableName: 'Movies', Key: { year: { N: year }, title: { S: title } }, ConsistentRead: true })).Item;

async function openMovies(): Promise<{ app: Rendered; writes: string[] }> {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Movies' });
  await app.waitFor(/page 1 · Count/);
  const writes: string[] = [];
  app.gateways[0].onRequest((r) => { if (WRITE_OPERATIONS.has(r.operation)) writes.push(r.operation); });
  return { app, writes };
}

/** The key of the row under the cursor, read off the grid. */
function cursorKey(frame: string): { year: string; title: string } {
  const row = frame.split('\n').find((l) => /^\d{4} /.test(l))!;
  const m = /^(\d{4}) (.+?)\s{2,}/.exec(row)!;
  return { year: m[1], title: m[2].trim() };
}

async function clearField(app: Rendered, length: number) {
  await app.press(...Array(length).fill(KEY.backspace));
}

/** In the new-item form: the Movies key of the item to create. */
async function typeNewKey(app: Rendered, year: string, title: string) {
  const clearLine = '\x15'; // ctrl+u: delete to the start of the field
  await focusField(app, 'year N key');
  await app.press(KEY.end, clearLine, ...year);
  await focusField(app, 'title S key');
  await app.press(KEY.end, clearLine);
  await typeText(app, title);
}

test('edit: change one attribute, review the UpdateItem, send; only that attribute changes', async () => {
  const { app, writes } = await openMovies();
  try {
    const { year, title } = cursorKey(plain(app.lastFrame()));
    const before = (await get(year, title))!;
    await app.press('e');
    await app.waitFor(`Edit Movies`);
    await focusField(app, 'genre S');
    await clearField(app, 30);
    await app.press(...'"Noir"');
    await app.waitFor('"Noir"');
    await app.press(KEY.enter);
    const review = await app.waitFor('aws dynamodb update-item');
    assert.match(review, /Review: UpdateItem of year=\d+ title=.*: set genre/);
    assert.deepEqual(writes, [], 'nothing sent before the review is confirmed');
    await app.press(KEY.enter);
    await app.waitFor(/saved year=/);
    const after = (await get(year, title))!;
    assert.deepEqual(after.genre, { S: 'Noir' });
    assert.deepEqual({ ...after, genre: before.genre }, before, 'every other attribute is as it was');
    assert.deepEqual(writes, ['UpdateItem']);
  } finally { app.unmount(); }
});

test('edit with no change sends nothing and says so; a bad number stays in the form', async () => {
  const { app, writes } = await openMovies();
  try {
    await app.press('e');
    await app.waitFor('Edit Movies');
    await app.press(KEY.enter);
    await app.waitFor('nothing changed, so nothing was sent');
    await focusField(app, 'rating N');
    await clearField(app, 10);
    await app.press(...'abc');
    await app.waitFor(/› rating N\s+abc/);
    await app.press(KEY.enter);
    await app.waitFor(/✗ not a number|✗ .*number/);
    assert.deepEqual(writes, []);
  } finally { app.unmount(); }
});

test('a change made underneath between load and save is refused and shown; nothing is overwritten', async () => {
  const { app, writes } = await openMovies();
  try {
    const { year, title } = cursorKey(plain(app.lastFrame()));
    await app.press('e');
    await app.waitFor('Edit Movies');
    // Someone else changes the same attribute after the editor loaded the item.
    await engine.gateway.call('UpdateItem', {
      TableName: 'Movies', Key: { year: { N: year }, title: { S: title } },
      UpdateExpression: 'SET genre = :g', ExpressionAttributeValues: { ':g': { S: 'Changed elsewhere' } },
    });
    await focusField(app, 'genre S');
    await clearField(app, 30);
    await app.press(...'"Mine"');
    await app.waitFor('"Mine"');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    await app.press(KEY.enter);
    const f = await app.waitFor('Someone changed the item after you loaded it');
    assert.match(f, /genre: loaded .* → now "Changed elsewhere"/);
    assert.match(f, /genre S\s+"Mine"/, 'the edit is kept');
    assert.deepEqual((await get(year, title))!.genre, { S: 'Changed elsewhere' });
    assert.deepEqual(writes, ['UpdateItem']);
  } finally { app.unmount(); }
});

test('new item: key fields first, PutItem refuses an existing key', async () => {
  const { app } = await openMovies();
  try {
    await app.press('n');
    await app.waitFor('New item in Movies');
    await typeNewKey(app, '1901', '"A Test Reel"');
    await focusField(app, '+ name');
    await app.press(...'views');
    await focusField(app, '+ value');
    await app.press(...'12345678901234567890123456789012345678');
    await app.waitFor('12345678901234567890123456789012345678');
    await app.press('\x0e'); // ctrl+n adds the attribute
    await app.waitFor(/views S/);
    await focusField(app, 'views S');
    await app.press('\x14'); // ctrl+t: S -> N
    await app.waitFor(/views N/);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb put-item');
    await app.press(KEY.enter);
    await app.waitFor('created year=1901');
    const item = (await get('1901', 'A Test Reel'))!;
    assert.deepEqual(item.views, { N: '12345678901234567890123456789012345678' });
    await app.press('n');
    await app.waitFor('New item in Movies');
    await typeNewKey(app, '1901', '"A Test Reel"');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb put-item');
    await app.press(KEY.enter);
    await app.waitFor('An item with this key already exists');
    assert.deepEqual((await get('1901', 'A Test Reel'))!.views, { N: '12345678901234567890123456789012345678' });
  } finally { app.unmount(); }
});

test('update expression with a nested set, then delete with a condition that fails and one that passes', async () => {
  const { app } = await openMovies();
  try {
    const { year, title } = cursorKey(plain(app.lastFrame()));
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press('u');
    await app.waitFor('Update {');
    await app.press(...'set info.rating = 9.5, info.plot = "Rewritten"');
    await app.waitFor('info.plot = "Rewritten"');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    await app.press(KEY.enter);
    await app.waitFor(/updated \{/);
    const item = (await get(year, title))!;
    assert.deepEqual(item.info.M!.rating, { N: '9.5' });
    assert.deepEqual(item.info.M!.plot, { S: 'Rewritten' });
    await app.waitFor('"rating": 9.5');
    await app.press('d');
    await app.waitFor('Delete {');
    await focusField(app, 'condition');
    await app.press(...'info.rating <= 5');
    await app.waitFor('info.rating <= 5');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb delete-item');
    await app.press(KEY.enter);
    await app.waitFor('Your condition expression was false');
    assert.ok(await get(year, title), 'still there');
    await focusField(app, 'condition');
    await clearField(app, 20);
    await app.press(...'info.rating >= 9');
    await app.waitFor('info.rating >= 9');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb delete-item');
    await app.press(KEY.enter);
    await app.waitFor(/deleted \{/);
    assert.equal(await get(year, title), undefined);
  } finally { app.unmount(); }
});

test('+ and - on a selected number: an atomic ADD, reviewed, guarded by the value it was loaded with', async () => {
  const { app, writes } = await openMovies();
  try {
    const { year, title } = cursorKey(plain(app.lastFrame()));
    const start = Number((await get(year, title))!.rating.N);
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press('+');
    await app.waitFor('select a number attribute with tab first');
    while (!/selected rating /.test(plain(app.lastFrame()))) await app.press(KEY.tab);
    await app.press('+');
    const review = await app.waitFor('aws dynamodb update-item');
    assert.match(review, /atomic counter: rating \+ 1/);
    assert.match(review, /ADD rating :v1|ADD #rating :v1|ADD .*rating/);
    await app.press(KEY.enter);
    await app.waitFor('rating incremented');
    assert.equal(Number((await get(year, title))!.rating.N), start + 1);
    // The view shows the counter as stored, and the next `-` counts from there.
    await app.waitFor(`"rating": ${Math.round((start + 1) * 10) / 10}`);
    await app.press('-');
    await app.waitFor('aws dynamodb update-item');
    // Another writer bumps the same counter before this one is sent: the counter is guarded
    // by the value it was loaded with (so a resent ADD can never count twice), and says so.
    await engine.gateway.call('UpdateItem', {
      TableName: 'Movies', Key: { year: { N: year }, title: { S: title } },
      UpdateExpression: 'ADD rating :d', ExpressionAttributeValues: { ':d': { N: '10' } },
    });
    await app.press(KEY.enter);
    await app.waitFor(/rating: loaded [\d.]+ → now [\d.]+/);
    assert.equal(Number((await get(year, title))!.rating.N), start + 11, 'the refused counter added nothing');
    assert.deepEqual(writes, ['UpdateItem', 'UpdateItem']);
  } finally { app.unmount(); }
});

test('space marks rows; d deletes the marked rows in a batch after the table name is typed', async () => {
  const { app, writes } = await openMovies();
  try {
    const keys: { year: string; title: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const rows = plain(app.lastFrame()).split('\n').filter((l) => /^\d{4} /.test(l));
      const m = /^(\d{4}) (.+?)\s{2,}/.exec(rows[i])!;
      keys.push({ year: m[1], title: m[2].trim() });
      await app.press(' ');
      await app.waitFor(`${i + 1} marked`);
    }
    await app.press('d');
    await app.waitFor('Delete 3 marked items from Movies');
    await app.press(...'Movie', KEY.enter);
    await app.waitFor('✗ type the table name, Movies, to confirm');
    assert.deepEqual(writes, []);
    await app.press('s');
    await app.waitFor(/type the table name\s+Movies/);
    await app.press(KEY.enter);
    // Reviewed like every write: the BatchWriteItem request and its aws command.
    const review = await app.waitFor('aws dynamodb batch-write-item');
    assert.match(review, /Review: delete 3 marked items from Movies \(BatchWriteItem, 1 request\)/);
    assert.deepEqual(writes, [], 'nothing is sent before the review is confirmed');
    await app.press(KEY.enter);
    await app.waitFor('Deleted 3 of 3 items from Movies.');
    assert.deepEqual(writes, ['BatchWriteItem']);
    for (const k of keys) assert.equal(await get(k.year, k.title), undefined, `${k.title} deleted`);
    await app.press(KEY.esc);
    const grid = await app.waitFor(/page 1 · Count/);
    assert.doesNotMatch(grid, /marked/);
  } finally { app.unmount(); }
});

test('E edits the item as JSON in $EDITOR; broken text reopens it with the message; the result is reviewed', async () => {
  const log = join(mkdtempSync(join(tmpdir(), 'dynoscope-editor-')), 'log.txt');
  const saved = { VISUAL: process.env.VISUAL, FAKE_EDITOR: process.env.FAKE_EDITOR, FAKE_EDITOR_LOG: process.env.FAKE_EDITOR_LOG };
  Object.assign(process.env, {
    VISUAL: `${process.execPath} ${new URL('../fixtures/fake-editor.mjs', import.meta.url).pathname}`,
    FAKE_EDITOR: 'broken-first', FAKE_EDITOR_LOG: log,
  });
  const { app, writes } = await openMovies();
  try {
    const { year, title } = cursorKey(plain(app.lastFrame()));
    await app.press('E');
    await app.waitFor(/Edit Movies/);
    await app.waitFor(/genre S\s+"Edited"/);
    const sessions = readFileSync(log, 'utf8').split('=====\n').filter(Boolean);
    assert.equal(sessions.length, 2, 'the editor was reopened once');
    assert.match(sessions[1], /^\/\/ .*(JSON|expected|line)/i, 'with the error on top');
    assert.deepEqual(writes, []);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    await app.press(KEY.enter);
    await app.waitFor(/saved year=/);
    assert.deepEqual((await get(year, title))!.genre, { S: 'Edited' });
  } finally {
    app.unmount();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
});

test('a key changed in $EDITOR saves as a new item and, if asked, deletes the old one', async () => {
  const saved = { VISUAL: process.env.VISUAL, FAKE_EDITOR: process.env.FAKE_EDITOR };
  Object.assign(process.env, { VISUAL: `${process.execPath} ${new URL('../fixtures/fake-editor.mjs', import.meta.url).pathname}`, FAKE_EDITOR: 'year' });
  const { app, writes } = await openMovies();
  try {
    const { year, title } = cursorKey(plain(app.lastFrame()));
    const before = (await get(year, title))!;
    await app.press('E');
    await app.waitFor(/year N key\s+1777/);
    await focusField(app, 'key changed: delete the old item');
    await app.press(' ');
    await app.waitFor(/delete the old item after saving the new one\s+\[x\]/);
    await app.press(KEY.enter);
    const review = await app.waitFor('aws dynamodb put-item');
    assert.match(review, /save as a new item year=1777 .*, then delete year=\d+/);
    await app.press(KEY.enter);
    await app.waitFor('saved as a new item and deleted the old one');
    assert.deepEqual(await get('1777', title), { ...before, year: { N: '1777' } });
    assert.equal(await get(year, title), undefined);
    assert.deepEqual(writes, ['PutItem', 'DeleteItem']);
  } finally {
    app.unmount();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
});

test('n in the item view starts a new item from a copy; the copy needs its own key', async () => {
  const { app, writes } = await openMovies();
  try {
    const { year, title } = cursorKey(plain(app.lastFrame()));
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press('n');
    await app.waitFor('New item in Movies');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb put-item');
    await app.press(KEY.enter);
    // The copy is the item itself: its key is taken, by an item already holding exactly it.
    await app.waitFor('Nothing written: an item with this key already holds exactly these values');
    await typeNewKey(app, year, '"A Copy"');
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb put-item');
    await app.press(KEY.enter);
    await app.waitFor(/created year=/);
    const original = (await get(year, title))!;
    assert.deepEqual(await get(year, 'A Copy'), { ...original, title: { S: 'A Copy' } });
    assert.deepEqual(writes, ['PutItem', 'PutItem']);
  } finally { app.unmount(); }
});
