// The interaction core (issue 9): a key acts on the state the keys before it left, however
// fast they come; an overlay never resets what is under it. Keys are written in one chunk
// (a paste, typing ahead over ssh) and the requests they cause are asserted exactly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { KEY, plain, renderApp, scanWithPageSize, type Rendered } from '../helpers/ink.js';
import { demoConnection } from '../../src/demo/engine.js';
import type { SentRequest } from '../../src/dynamo/client.js';

type Item = Record<string, AttributeValue>;
const TABLE = 'Burst.Tickets-2';
let engine: TestEngine;

before(async () => {
  engine = await startTestEngine();
  // Not the demo's shape: a key with a space in its name, a number sort key, other tables.
  await engine.createTable({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'Ticket Id', AttributeType: 'S' }, { AttributeName: 'seq', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'Ticket Id', KeyType: 'HASH' }, { AttributeName: 'seq', KeyType: 'RANGE' }],
  });
  for (const name of ['Alpha_Archive', 'Beta_Backlog', 'Gamma_Ledger']) {
    await engine.createTable({
      TableName: name, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
    });
  }
  for (let i = 0; i < 12; i++) {
    await engine.gateway.call('PutItem', {
      TableName: TABLE,
      Item: { 'Ticket Id': { S: `T-${100 + i}` }, seq: { N: String(i) }, note: { S: `note ${i}` }, big: { N: `1234567890123456789012345678901234567${i % 10}` } },
    });
  }
});
after(() => engine.close());

async function openTable(): Promise<{ app: Rendered; sent: SentRequest[] }> {
  const app = renderApp({ connection: demoConnection(engine.endpoint), table: TABLE });
  await app.waitFor(/page 1 · Count 12/);
  const sent: SentRequest[] = [];
  app.gateways[0].onRequest((r) => sent.push(r));
  return { app, sent };
}

/** The grid's rows in the order shown, from the table screen's state. */
function gridRows(app: Rendered): Item[] {
  const e = app.app().store.getState().stack.entries.find((x) => x.kind === 'table');
  assert.ok(e?.kind === 'table');
  return e.browse.rows;
}

const keyOf = (item: Item) => ({ 'Ticket Id': item['Ticket Id'], seq: item.seq });
const writes = (sent: SentRequest[]) => sent.filter((r) => ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'].includes(r.operation));
const get = async (key: Item) => (await engine.gateway.call('GetItem', { TableName: TABLE, Key: key, ConsistentRead: true })).Item;

test('g j j d in one burst opens the delete form of row 3, and enter enter deletes exactly that item', async () => {
  const { app, sent } = await openTable();
  const third = gridRows(app)[2]!;
  try {
    await app.press('j', 'j', 'j', 'j');
    await app.burst('gjjd');
    await app.waitFor(`Delete {"Ticket Id":"${third['Ticket Id']!.S}","seq":${third.seq!.N}} from ${TABLE}`);
    await app.burst(`${KEY.enter}${KEY.enter}`);
    await app.waitFor(/deleted \{/);
    const deletes = writes(sent);
    assert.equal(deletes.length, 1);
    assert.equal(deletes[0]!.operation, 'DeleteItem');
    assert.deepEqual((deletes[0]!.input as { Key: Item }).Key, keyOf(third));
    assert.equal(await get(keyOf(third)), undefined, 'row 3 is gone');
    assert.equal(gridRows(app).length, 11, 'and only it');
  } finally {
    app.unmount();
    await engine.gateway.call('PutItem', { TableName: TABLE, Item: third });
  }
});

test('j j space marks row 3; g j j e edits row 3', async () => {
  const { app } = await openTable();
  try {
    const rows = gridRows(app);
    await app.burst('jj ');
    await app.waitFor('1 marked');
    const e = app.app().store.getState().stack.entries.at(-1)!;
    assert.ok(e.kind === 'table');
    assert.deepEqual(Object.values(e.browse.marks), [keyOf(rows[2]!)]);
    await app.press(KEY.esc);
    await app.burst('Ggjje');
    const form = await app.waitFor(/Edit Burst.Tickets-2/);
    assert.match(form, new RegExp(`Edit Burst\.Tickets-2 Ticket Id=${rows[2]!['Ticket Id']!.S} seq=${rows[2]!.seq!.N}`));
  } finally { app.unmount(); }
});

test('on the table list, j d in one burst offers to delete the second table', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint) });
  try {
    await app.waitFor(/1\/4 tables/);
    await app.burst('jd');
    await app.waitFor('Delete table Beta_Backlog');
  } finally { app.unmount(); }
});

test('keys typed ahead of a page read act on the page they wait for: ] j j enter opens row 3 of page 2', async () => {
  const { app } = await openTable();
  try {
    await scanWithPageSize(app, 5); // three pages
    await app.burst(`]jj${KEY.enter}`);
    const view = await app.waitFor('plain JSON');
    const e = app.app().store.getState().stack.entries;
    const table = e.find((x) => x.kind === 'table');
    assert.ok(table?.kind === 'table');
    assert.equal(table.browse.paging.page, 1, 'on page 2');
    const item = e.at(-1)!;
    assert.ok(item.kind === 'item');
    assert.deepEqual(item.item, table.browse.rows[2]);
    assert.match(view, new RegExp(`"Ticket Id": "${table.browse.rows[2]!['Ticket Id']!.S}"`));
  } finally { app.unmount(); }
});

/** Opens help over the screen and closes it again. */
async function helpAndBack(app: Rendered): Promise<void> {
  await app.press('?');
  await app.waitFor('Keys on this screen');
  await app.press(KEY.esc);
  await app.waitFor((f) => !f.includes('Keys on this screen'));
}

test('? then esc keeps what was typed in the edit form, and keeps the review step', async () => {
  const { app, sent } = await openTable();
  try {
    await app.press('e');
    await app.waitFor(/Edit Burst.Tickets-2/);
    while (!/› note S/.test(plain(app.lastFrame()))) await app.press(KEY.tab);
    await app.press(KEY.end, KEY.backspace, ...' edited"');
    await app.waitFor(/note S\s+"note \d+ edited"/);
    // `?` typed into a text field is text: help opens from a field that takes no typing.
    await app.press(KEY.tab, KEY.tab, KEY.tab);
    await helpAndBack(app);
    const back = await app.waitFor(/note S\s+"note \d+ edited"/);
    assert.match(back, /› \+ type/);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb update-item');
    await helpAndBack(app);
    const review = await app.waitFor('aws dynamodb update-item');
    assert.match(review, /edit › review/);
    assert.match(review, /enter sends this request/);
    await app.press(KEY.esc);
    const form = await app.waitFor(/› \+ type/);
    assert.match(form, /note S\s+"note \d+ edited"/, 'esc from the review: the edits are kept');
    assert.deepEqual(writes(sent), []);
  } finally { app.unmount(); }
});

test('? then esc keeps the delete condition, the update expression and the scan form as typed', async () => {
  const { app } = await openTable();
  try {
    await app.press('d');
    await app.waitFor(/Delete \{/);
    await app.press(KEY.tab, ...'seq > 3');
    await app.press(KEY.up);
    await app.waitFor(/› only if unchanged/);
    await helpAndBack(app);
    await app.waitFor(/condition\s+seq > 3/);
    await app.press(KEY.esc);
    await app.press(KEY.enter);
    await app.waitFor('plain JSON');
    await app.press('u');
    await app.waitFor(/Update \{/);
    await app.press(...'set note = "x"');
    await app.press(KEY.up);
    await helpAndBack(app);
    await app.waitFor(/update\s+set note = "x"/);
    await app.press(KEY.esc, KEY.esc);
    await app.press('s');
    await app.waitFor(`Scan ${TABLE}`);
    while (!/› filter/.test(plain(app.lastFrame()))) await app.press(KEY.tab);
    await app.press(...'seq > 1');
    await app.press(KEY.up);
    await app.waitFor(/› index/);
    await helpAndBack(app);
    await app.waitFor(/filter\s+seq > 1/);
  } finally { app.unmount(); }
});

test('the footer shows only keys the screen takes now: the review offers enter and esc, not the form\'s keys', async () => {
  const { app } = await openTable();
  try {
    await app.press('d');
    await app.waitFor(/Delete \{/);
    const form = plain(app.lastFrame()).split('\n').at(-1)!;
    assert.match(form, /tab next field/);
    await app.press(KEY.enter);
    await app.waitFor('aws dynamodb delete-item');
    const footer = plain(app.lastFrame()).split('\n').at(-1)!;
    assert.match(footer, /enter send the request/);
    assert.doesNotMatch(footer, /tab next field|ctrl\+n/);
  } finally { app.unmount(); }
});

test('? then esc keeps the query, import and export forms as typed, and the batch-delete review', async () => {
  const { app } = await openTable();
  try {
    // Each: open the form, type into a text field, move to a field that takes no typing,
    // help and back: the text is still there.
    const cases: { open: string; field: RegExp; text: string; shown: RegExp }[] = [
      { open: 'Q', field: /› Ticket Id \(S\) =/, text: 'T-101', shown: /Ticket Id \(S\) =\s+T-101/ },
      { open: 'I', field: /› file/, text: 'items.jsonl', shown: /file\s+items\.jsonl/ },
      { open: 'X', field: /› file/, text: '-x', shown: /file\s+Burst\.Tickets-2\.jsonl-x/ },
    ];
    for (const c of cases) {
      await app.press(c.open);
      while (!c.field.test(plain(app.lastFrame()))) await app.press(KEY.tab);
      await app.press(KEY.end, ...c.text);
      await app.waitFor(c.shown);
      await app.press(KEY.down);
      await app.waitFor((f) => !c.field.test(f));
      await helpAndBack(app);
      await app.waitFor(c.shown);
      await app.press(KEY.esc);
      await app.waitFor(/page 1 · Count/);
    }
    await app.press(' ', 'd');
    await app.waitFor(/› type the table name/);
    await app.press(...TABLE, KEY.enter);
    await app.waitFor('aws dynamodb batch-write-item');
    await helpAndBack(app);
    const review = await app.waitFor('aws dynamodb batch-write-item');
    assert.match(review, /delete 1 items › review/);
    await app.press(KEY.esc);
    await app.waitFor(new RegExp(`type the table name\\s+${TABLE.replace('.', '\\.')}`));
  } finally { app.unmount(); }
});

test('? then esc keeps the create-table form and its focus', async () => {
  const app = renderApp({ connection: demoConnection(engine.endpoint) });
  try {
    await app.waitFor(/1\/4 tables/);
    await app.press('C');
    await app.waitFor(/› table name/);
    await app.press(...'Kept_Name', KEY.tab, ...'pk', KEY.tab);
    await app.waitFor(/› +type/);
    await helpAndBack(app);
    const form = await app.waitFor(/table name\s+Kept_Name/);
    assert.match(form, /partition key\s+pk/);
    assert.match(form, /› +type/, 'the focus is where it was');
  } finally { app.unmount(); }
});
