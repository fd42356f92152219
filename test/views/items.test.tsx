import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, renderApp, typeText } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import { demoItems } from '../../src/demo/seed.js';

let engine: TestEngine;
before(async () => { engine = await seededEngine(); });
after(() => engine.close());

const open = async (table = 'Movies') => {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table });
  await app.waitFor(/page 1 · Count/);
  return app;
};

test('the grid shows keys first, a page with Count / ScannedCount, and pages both ways', async () => {
  const app = await open();
  try {
    const f1 = await app.waitFor(/more pages: \]/);
    assert.match(f1.split('\n').find((l) => /^year\s+title/.test(l)) ?? '', /^year\s+title\s/);
    const firstRow = (f: string) => f.split('\n')[f.split('\n').findIndex((l) => /^year\s+title/.test(l)) + 1];
    const row1 = firstRow(f1);
    await app.press(']');
    const f2 = await app.waitFor(/page 2 · Count/);
    assert.notEqual(firstRow(f2), row1);
    await app.press('[');
    const back = await app.waitFor(/page 1 · Count/);
    assert.equal(firstRow(back), row1);
  } finally { app.unmount(); }
});

test('scan form: a filter with an inline literal and a reserved word runs and shows Count vs ScannedCount', async () => {
  const app = await open();
  try {
    await app.press('s');
    await app.waitFor('Scan Movies');
    await focusField(app, 'filter');
    await typeText(app, 'year = 1999');
    await app.press(KEY.enter);
    const f = await app.waitFor(/scan \+ filter · page 1 · Count \d+ \/ ScannedCount \d+/);
    const years = f.split('\n').filter((l) => /^\d{4}\s/.test(l)).map((l) => l.slice(0, 4));
    assert.ok(years.every((y) => y === '1999'), `only 1999: ${years.join(',')}`);
  } finally { app.unmount(); }
});

test('query form on the table with begins_with, then the item view in both JSON forms', async () => {
  const movie = demoItems('Movies').find((m) => m.year.N === '2001')!;
  const prefix = movie.title.S!.slice(0, 3);
  const app = await open();
  try {
    await app.press('Q');
    await app.waitFor('Query Movies');
    await focusField(app, 'year (N) =');
    await typeText(app, '2001');
    await focusField(app, 'title (S)');
    while (!/‹ begins_with ›/.test(app.lastFrame() ?? '')) await app.press(' ');
    await focusField(app, 'title value');
    await typeText(app, prefix);
    await app.press(KEY.enter);
    const f = await app.waitFor(/query · page 1 · Count/);
    const rows = f.split('\n').filter((l) => /^2001\s/.test(l));
    const expected = demoItems('Movies').filter((m) => m.year.N === '2001' && m.title.S!.startsWith(prefix));
    assert.equal(rows.length, Math.min(expected.length, rows.length));
    assert.match(f, new RegExp(`Count ${expected.length} /`));
    await app.press(KEY.enter);
    const plainView = await app.waitFor('plain JSON');
    assert.match(plainView, /"year": 2001/);
    await app.press('t');
    const ddbView = await app.waitFor('DynamoDB JSON');
    assert.match(ddbView, /"year": \{ "N": "2001" \}/);
    await app.press('x');
    const get = await app.waitFor('aws dynamodb get-item');
    assert.match(get, /GetItem \{/);
    await app.press(KEY.esc);
    await app.waitFor('DynamoDB JSON');
    await app.press(KEY.esc);
    await app.waitFor(/query · page 1/);
  } finally { app.unmount(); }
});

test('x shows the exact Scan input and the aws command', async () => {
  const app = await open();
  try {
    await app.press('x');
    const f = await app.waitFor('aws dynamodb scan');
    assert.match(f, /Scan \{/);
    assert.match(f, /"TableName": "Movies"/);
    assert.match(f, /--table-name Movies/);
  } finally { app.unmount(); }
});

test('a broken filter is shown next to its field, nothing is sent, the grid stays', async () => {
  const app = await open();
  const sent: string[] = [];
  app.gateways[0].onRequest((r) => sent.push(r.operation));
  try {
    await app.press('s');
    await app.waitFor('Scan Movies');
    await focusField(app, 'filter');
    await typeText(app, 'year = AND');
    await app.press(KEY.enter);
    const f = await app.waitFor(/✗ expected a value or attribute name after "="/);
    assert.match(f, / at 7/);
    assert.match(f, /Scan Movies/);
    assert.deepEqual(sent.filter((o) => o === 'Scan'), []);
    await app.press(KEY.esc);
    await app.waitFor(/page 1 · Count/);
  } finally { app.unmount(); }
});

test('/ filters loaded rows on the client and says so; h/l scroll columns', async () => {
  const app = await open('AppData');
  try {
    const first = (await app.waitFor(/page 1 · Count 100/)).split('\n').find((l) => /^\S+#\S+/.test(l)) ?? '';
    const word = first.split(/\s+/)[0];
    await app.press('/');
    await app.waitFor('filter loaded rows by name');
    await typeText(app, word);
    await app.press(KEY.enter);
    const f = await app.waitFor(new RegExp(`quick filter "${word}" on loaded rows: \\d+ of 100`));
    const rows = f.split('\n').filter((l) => /^\S+#\S+/.test(l));
    assert.ok(rows.length > 0 && rows.every((l) => l.startsWith(word)), rows.join('\n'));
    const header = (s: string) => s.split('\n').find((l) => /^pk\s+sk\s+│/.test(l)) ?? '';
    await app.press('l');
    // The keys stay at the left; the column before the scrolled ones is counted.
    await app.waitFor((s) => /◀ 1 more/.test(header(s)));
    await app.press('h');
    await app.press(KEY.esc);
    await app.waitFor((s) => !s.includes('quick filter'));
  } finally { app.unmount(); }
});

test('a ValidationException from the service shows next to its field; inputs and the grid stay', async () => {
  const app = await open();
  try {
    const before = await app.waitFor(/page 1 · Count 100/);
    await app.press('s');
    await app.waitFor('Scan Movies');
    await focusField(app, 'filter');
    await typeText(app, 'begins_with(rating, 7)');
    await app.press(KEY.enter);
    const f = await app.waitFor(/✗ Invalid FilterExpression: Incorrect operand type/);
    assert.match(f, /› filter\s+begins_with\(rating, 7\)/);
    await app.press(KEY.esc);
    const back = await app.waitFor(/page 1 · Count 100/);
    const rowsOf = (x: string) => x.split('\n').filter((l) => /^\d{4}\s/.test(l)).join('\n');
    assert.equal(rowsOf(back), rowsOf(before));
  } finally { app.unmount(); }
});

test('A loads every page with progress; the grid then holds all rows', async () => {
  const total = demoItems('AppData').length;
  const app = await open('AppData');
  try {
    await app.press('A');
    const f = await app.waitFor(new RegExp(`all \\d+ pages · ${total} items \\(scanned ${total}\\)`));
    assert.match(f, /RCU/);
    await app.press('G');
    await app.waitFor((x) => /^\S/.test(x) && x.includes(`${total} items`));
    // Leaving the screen and coming back keeps every loaded row: nothing is read again.
    const reads: string[] = [];
    app.gateways[0].onRequest((r) => reads.push(r.operation));
    await app.press('?');
    await app.waitFor('Keys');
    await app.press(KEY.esc);
    await app.waitFor(new RegExp(`all \\d+ pages · ${total} items`));
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press(KEY.esc);
    await app.waitFor(new RegExp(`all \\d+ pages · ${total} items`));
    assert.deepEqual(reads.filter((o) => o === 'Scan' || o === 'Query'), []);
  } finally { app.unmount(); }
});

test('an empty page of a filtered scan says so and paging goes on', async () => {
  const app = await open();
  try {
    await app.press('s');
    await app.waitFor('Scan Movies');
    await focusField(app, 'filter');
    await typeText(app, 'year = 2025');
    await focusField(app, 'page size');
    await app.press(KEY.backspace, KEY.backspace, KEY.backspace);
    await typeText(app, '10');
    await app.press(KEY.enter);
    await app.waitFor(/scan \+ filter · page 1 · Count \d+ \/ ScannedCount 10/);
    for (let page = 1; page < 60; page++) {
      const f = app.lastFrame() ?? '';
      if (/Count 0 \/ ScannedCount 10 \(nothing matched on this page\) · more pages: \]/.test(f.replace(/\x1b\[[0-9;]*m/g, ''))) {
        await app.press(']');
        await app.waitFor(new RegExp(`page ${page + 1} · Count`));
        return;
      }
      await app.press(']');
      await app.waitFor(new RegExp(`page ${page + 1} · Count`));
    }
    assert.fail('no empty page found');
  } finally { app.unmount(); }
});

test('y in the item view sends the item through OSC 52 when no clipboard program takes it, and says "sent"', async () => {
  const app = await open();
  try {
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press('y');
    await app.waitFor(/sent the item as plain JSON \(\d+ characters\) (through tmux )?to the terminal \(OSC 52\)/);
    const osc = app.frames.find((f) => f.startsWith('\x1b]52;c;'));
    assert.ok(osc, 'an OSC 52 sequence was written');
    const text = Buffer.from(osc.slice(7, osc.indexOf('\x07')), 'base64').toString('utf8');
    assert.match(text, /^\{\n  "year": \d{4},/);
  } finally { app.unmount(); }
});
