// A 200,000-character value edited in the form: the focused field shows a window of rows
// around the cursor; moving (home, end, ←, →, PgDn, PgUp) and typing at the end, the start
// and the middle change exactly the characters they should. The item view wraps the value.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, plain, renderApp, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import type { EntryOf } from '../../src/state/screens.js';

let engine: TestEngine;
// 200,000 UTF-16 code units of ASCII, accents, CJK and an emoji (a surrogate pair).
const UNIT = 'the quick brown fox, café 東京 🦖 jumps!; '; // 40 code units
const VALUE = UNIT.repeat(5000);
const JSON_TEXT = JSON.stringify(VALUE);

before(async () => {
  assert.equal(VALUE.length, 200_000);
  engine = await startTestEngine();
  await engine.createTable({
    TableName: 'Long', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  });
  await engine.gateway.call('PutItem', { TableName: 'Long', Item: { pk: { S: 'long' }, body: { S: VALUE }, n: { N: '7' } } });
});
after(() => engine.close());

function edit(app: Rendered): EntryOf<'edit'> {
  const top = app.app().store.getState().stack.entries.at(-1)!;
  assert.equal(top.kind, 'edit');
  return top as EntryOf<'edit'>;
}
const body = (app: Rendered) => edit(app).draft.rows.find((r) => r.name === 'body')!.text;
const cursor = (app: Rendered) => {
  const c = edit(app).flow.ui.cursor;
  return c < 0 ? body(app).length : c;
};

async function openForm(): Promise<Rendered> {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Long' });
  await app.waitFor(/page 1 · Count 1/);
  await app.press('e');
  await app.waitFor('Edit Long');
  await focusField(app, 'body S');
  return app;
}

test('a 200,000-char value: typing at the end, the start and the middle is exact', async () => {
  const app = await openForm();
  try {
    let expected = JSON_TEXT;
    assert.equal(body(app), expected);
    // The cursor starts at the end: the window shows the end and says where it is.
    let frame = await app.waitFor(/characters [\d,]+-200,002 of 200,002/);
    assert.match(frame, /🦖 jumps!; "/);

    // At the end, before the closing quote.
    await app.press(KEY.left, ...'END');
    expected = `${JSON_TEXT.slice(0, -1)}END"`;
    assert.equal(body(app), expected);
    frame = await app.waitFor('jumps!; END"');

    // At the start, after `"the`.
    await app.press(KEY.home, KEY.right, KEY.right, KEY.right, KEY.right, ...'<S>');
    expected = `"the<S>${expected.slice(4)}`;
    assert.equal(body(app), expected);
    frame = await app.waitFor(/characters 1-[\d,]+ of 200,008/);
    assert.match(frame, /"the<S> quick brown fox/);

    // In the middle: PgDn moves the cursor a window on each time (a burst, as typing ahead).
    await app.press(KEY.home, KEY.pgdn);
    const page = cursor(app);
    assert.ok(page > 100, `PgDn moves the cursor about a window (${page})`);
    const more = Math.floor(100_000 / page) - 1;
    await app.burst(KEY.pgdn.repeat(more));
    const target = (more + 1) * page;
    // Each page that ends inside the emoji's surrogate pair stops one code unit short.
    assert.ok(cursor(app) <= target && cursor(app) >= target - (more + 1), `${cursor(app)} is ${more + 1} windows on`);
    await app.press(KEY.pgdn, KEY.pgup);
    let c = cursor(app);
    assert.ok(c > 90_000 && c < 110_000, `the cursor is in the middle (${c})`);
    // Never between the two halves of the emoji's surrogate pair.
    const code = expected.charCodeAt(c);
    assert.ok(!(code >= 0xdc00 && code <= 0xdfff), 'the cursor is on a code point');
    await app.press(...'<MID>');
    expected = `${expected.slice(0, c)}<MID>${expected.slice(c)}`;
    assert.equal(body(app), expected);
    assert.equal(cursor(app), c + 5);
    frame = await app.waitFor('<MID>');
    assert.match(frame, new RegExp(`cursor at ${(c + 6).toLocaleString('en-US')}`));

    // ← and → step over the emoji as one character; backspace deletes it whole.
    const emoji = expected.indexOf('🦖', c);
    await app.burst(KEY.right.repeat(emoji - (c + 5)));
    assert.equal(cursor(app), emoji);
    await app.press(KEY.right);
    assert.equal(cursor(app), emoji + 2);
    await app.press(KEY.backspace);
    expected = expected.slice(0, emoji) + expected.slice(emoji + 2);
    assert.equal(body(app), expected);
    c = cursor(app);
    assert.equal(c, emoji);

    // The whole change reaches the review and the store exactly.
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    await app.press(KEY.enter);
    await app.waitFor(/saved pk=/);
    const stored = (await engine.gateway.call('GetItem', { TableName: 'Long', Key: { pk: { S: 'long' } }, ConsistentRead: true })).Item;
    assert.deepEqual(stored, { pk: { S: 'long' }, body: { S: JSON.parse(expected) }, n: { N: '7' } });
  } finally { app.unmount(); }
});

test('the item view wraps a long value onto lines of its own, so all of it can be read', async () => {
  await engine.gateway.call('PutItem', { TableName: 'Long', Item: { pk: { S: 'long' }, body: { S: VALUE }, n: { N: '7' } } });
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: 'Long' });
  try {
    await app.waitFor(/page 1 · Count 1/);
    await app.press(KEY.enter);
    const frame = await app.waitFor('plain JSON');
    const total = Number(/lines 1-\d+ of (\d+)/.exec(frame)?.[1]);
    assert.ok(total > VALUE.length / 100, `the value is wrapped (${total} lines)`);
    const lines = plain(app.lastFrame()).split('\n');
    assert.ok(lines.every((l) => l.length <= 100), 'no line is wider than the terminal');
    assert.match(frame, /"body": "the quick brown fox, café 東京 🦖 jumps!; the quick/);
    await app.press(KEY.pgdn);
    await app.waitFor(/lines \d{2,}-/);
  } finally { app.unmount(); }
});
