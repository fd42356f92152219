// History and saved queries in the app (issue 11): a run is recorded without credentials,
// ctrl+r lists this table's runs and saved queries (enter fills the form, a second enter
// runs it, / filters, esc keeps the form as it was), ctrl+s saves the form by name and
// `:query NAME` runs it; the write forms never see ctrl+r / ctrl+s.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '../helpers/engine.js';
import { focusField, KEY, plain, renderApp, typeText, type Rendered } from '../helpers/ink.js';
import type { ConnectionOptions, SentRequest } from '../../src/dynamo/client.js';
import type { AppState } from '../../src/state/app.js';

const TABLE = 'Notes';
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
let engine: TestEngine;
let connection: ConnectionOptions;
let dir: string;

before(async () => {
  engine = await startTestEngine();
  await engine.createTable({
    TableName: TABLE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'n', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'n', KeyType: 'RANGE' }],
  });
  for (let i = 0; i < 10; i++) {
    await engine.gateway.call('PutItem', { TableName: TABLE, Item: { pk: { S: i % 2 ? 'odd' : 'even' }, n: { N: String(i) }, v: { N: String(i) }, note: { S: `note ${i}` } } });
  }
  // Not the demo: a connection with real-looking keys, which must never reach the files.
  connection = { endpoint: engine.endpoint, region: 'us-east-1', credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET } };
});
after(() => engine.close());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyno-history-'));
  process.env.XDG_STATE_HOME = join(dir, 'state');
  process.env.XDG_CONFIG_HOME = join(dir, 'config');
});

const historyFile = () => join(dir, 'state', 'dynoscope', 'history.jsonl');
const queriesFile = () => join(dir, 'config', 'dynoscope', 'queries.json');
const readText = (p: string) => readFile(p, 'utf8').catch(() => '');

async function until<T>(what: string, get: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function open(): Promise<{ app: Rendered; sent: SentRequest[] }> {
  const app = renderApp({ connection, table: TABLE });
  await app.waitFor(/page 1 · Count 10/);
  const sent: SentRequest[] = [];
  app.gateways[0]!.onRequest((r) => sent.push(r));
  return { app, sent };
}

const state = (app: Rendered): AppState => app.app().store.getState();
const formOnTop = (app: Rendered) => {
  const e = state(app).stack.entries.at(-1)!;
  assert.equal(e.kind, 'readForm');
  return e as Extract<typeof e, { kind: 'readForm' }>;
};
const reads = (sent: SentRequest[]) => sent.filter((r) => r.operation === 'Scan' || r.operation === 'Query');

/** From the grid: the query form for partition `pk`, with a filter, run. */
async function runQuery(app: Rendered, pk: string, filter: string, rows: number) {
  await app.press('Q');
  await app.waitFor(`Query ${TABLE}`);
  // The form opens with the values it last ran with: each field is cleared first (ctrl+u).
  await focusField(app, 'pk (S) =');
  await app.press(KEY.end, '\x15');
  await typeText(app, pk);
  await focusField(app, 'filter');
  await app.press(KEY.end, '\x15');
  await typeText(app, filter);
  await app.press(KEY.enter);
  await app.waitFor(new RegExp(`page 1 · Count ${rows} / ScannedCount 5`));
}

test('runs are recorded without credentials; ctrl+r lists them newest first, / filters, enter fills, enter runs', async () => {
  const { app, sent } = await open();
  try {
    await runQuery(app, 'odd', 'v > 4', 3);
    await runQuery(app, 'even', 'v < 5', 3);
    const text = await until('two runs in history.jsonl', async () => { const t = await readText(historyFile()); return t.trim().split('\n').length === 2 ? t : undefined; });
    assert.ok(!text.includes(KEY_ID) && !text.includes(SECRET), 'no credential in the history');
    const first = JSON.parse(text.split('\n')[0]!);
    assert.deepEqual(first.scope, { profile: process.env.AWS_PROFILE ?? 'default', region: 'us-east-1', endpoint: engine.endpoint });
    assert.equal(first.table, TABLE);
    assert.deepEqual(first.form, { mode: 'query', partitionValue: 'odd', filter: 'v > 4', pageSize: '100' });

    // A new form, changed, then ctrl+r: the list is over it, the form is kept below.
    await app.press('Q');
    await app.waitFor(`Query ${TABLE}`);
    const formId = formOnTop(app).id;
    await focusField(app, 'filter');
    await app.press(KEY.end, '\x15');
    await typeText(app, 'v = 1');
    const typed = formOnTop(app).form;
    await app.press('\x12');
    let f = await app.waitFor(/Recent and saved queries of Notes  2,/);
    assert.match(f, /pk = even · filter v < 5[\s\S]*pk = odd · filter v > 4/, 'newest first');
    // esc: the list goes, the form is the same entry with what was typed.
    await app.press(KEY.esc);
    await app.waitFor(`Query ${TABLE}`);
    assert.equal(formOnTop(app).id, formId);
    assert.deepEqual(formOnTop(app).form, typed);

    // / filters; enter fills the form with the one chosen, and sends nothing.
    await app.press('\x12');
    await app.waitFor('Recent and saved queries of Notes');
    await app.press('/', ...'odd');
    f = await app.waitFor(/1 of 2/);
    assert.doesNotMatch(f, /pk = even/);
    await app.press(KEY.enter);
    const before = reads(sent).length;
    await app.press(KEY.enter);
    await app.waitFor(`Query ${TABLE}`);
    assert.equal(formOnTop(app).id, formId, 'the same form, filled');
    assert.equal(formOnTop(app).form.partitionValue, 'odd');
    assert.equal(formOnTop(app).form.filter, 'v > 4');
    assert.equal(reads(sent).length, before, 'filling runs nothing');
    // The second enter runs it as usual.
    await app.press(KEY.enter);
    await app.waitFor(/page 1 · Count 3 \/ ScannedCount 5/);
    const last = reads(sent).at(-1)!;
    assert.equal(last.operation, 'Query');
    assert.match(String((last.input as { FilterExpression?: string }).FilterExpression), /^v > :\w+$/);
    assert.equal(plain(app.lastFrame()).includes('Recent and saved'), false);
  } finally { app.unmount(); }
});

test('ctrl+s saves the form by name (a second save replaces it, and says so); :query NAME runs it from anywhere', async () => {
  const { app } = await open();
  try {
    await app.press('Q');
    await app.waitFor(`Query ${TABLE}`);
    await focusField(app, 'pk (S) =');
    await typeText(app, 'odd');
    await app.press('\x13');
    await app.waitFor('save query as:');
    await app.press(...'odd-notes', KEY.enter);
    await app.waitFor(/saved the query as "odd-notes"/);
    let saved = JSON.parse(await readText(queriesFile()));
    assert.deepEqual(saved['odd-notes'].table, TABLE);
    assert.equal(saved['odd-notes'].partitionValue, 'odd');
    assert.ok(!(await readText(queriesFile())).includes(KEY_ID), 'no credential in queries.json');
    assert.match(await readText(queriesFile()), /^\{\n  "odd-notes": \{\n    "table": "Notes",/, 'pretty-printed');

    // The same name again: replaced, and the prompt said so before enter.
    await focusField(app, 'filter');
    await typeText(app, 'v >= 5');
    await app.press('\x13');
    await app.press(...'odd-notes');
    await app.waitFor('replaces the saved query "odd-notes"');
    await app.press(KEY.enter);
    await app.waitFor(/replaced the saved query "odd-notes"/);
    saved = JSON.parse(await readText(queriesFile()));
    assert.deepEqual(Object.keys(saved), ['odd-notes']);
    assert.equal(saved['odd-notes'].filter, 'v >= 5');

    // :query NAME from the table list: the form opens filled, runs, and the grid shows it.
    await app.press(KEY.esc, KEY.esc);
    await app.waitFor(/tables › Notes|1 tables?/);
    await app.press(':', ...'query odd', KEY.tab);
    await app.waitFor(':query odd-notes');
    await app.press(KEY.enter);
    await app.waitFor(/query \+ filter · page 1 · Count 3 \/ ScannedCount 5/);
    const grid = state(app).stack.entries.at(-1)!;
    assert.ok(grid.kind === 'table' && grid.name === TABLE);
    assert.deepEqual(grid.browse.rows.map((r) => r.n!.N), ['5', '7', '9']);

    await app.press(':', ...'query nope', KEY.enter);
    await app.waitFor(/no saved query named "nope"; saved: odd-notes/);
  } finally { app.unmount(); }
});

test(':query NAME for a table that does not exist here says so; an unknown field type is skipped and reported', async () => {
  await mkdir(join(dir, 'config', 'dynoscope'), { recursive: true });
  await writeFile(queriesFile(), JSON.stringify({
    gone: { table: 'Gone', mode: 'scan', pageSize: '10' },
    broken: { table: TABLE, mode: 'scan', descending: 'yes' },
  }, null, 2));
  const { app } = await open();
  try {
    await app.press(':', ...'query gone', KEY.enter);
    await app.waitFor(/the saved query "gone" reads table Gone: There is no table named "Gone"/);
    await app.press(':', ...'query broken', KEY.enter);
    await app.waitFor(/the saved query "broken": descending is not true or false/);
  } finally { app.unmount(); }
});

test('a corrupt history is reported once and never stops the app; the next run drops the damaged lines', async () => {
  await mkdir(join(dir, 'state', 'dynoscope'), { recursive: true });
  await writeFile(historyFile(), '{"torn": \nnot json\n');
  const { app } = await open();
  const flashes: string[] = [];
  app.app().store.subscribe(() => {
    const fl = state(app).flash;
    if (fl && flashes.at(-1) !== fl.text) flashes.push(fl.text);
  });
  try {
    for (let i = 0; i < 2; i++) {
      await app.press('s');
      await app.waitFor(`Scan ${TABLE}`);
      await app.press('\x12');
      await app.waitFor(/nothing run or saved on Notes here yet/);
      await app.press(KEY.esc, KEY.esc);
      await app.waitFor(/page 1 · Count 10/);
    }
    assert.equal(flashes.filter((t) => /2 damaged lines skipped/.test(t)).length, 1, flashes.join(' | '));
    await app.press('s', KEY.enter);
    await app.waitFor(/page 1 · Count 10/);
    const text = await until('the run recorded', async () => { const t = await readText(historyFile()); return t.includes('"mode":"scan"') ? t : undefined; });
    assert.equal(text.trim().split('\n').length, 1, 'the damaged lines are gone');
  } finally { app.unmount(); }
});

test('ctrl+r and ctrl+s do nothing in the write forms', async () => {
  const { app } = await open();
  try {
    await app.press('n');
    await app.waitFor(/New item/i);
    const before = state(app);
    await app.press('\x12', '\x13');
    const after = state(app);
    assert.equal(after.modal, null);
    assert.deepEqual(after.stack, before.stack, 'the form is unchanged: nothing typed, nothing opened');
  } finally { app.unmount(); }
});
