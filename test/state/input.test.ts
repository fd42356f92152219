// KeyInput (src/app/input.ts) with a real store and the real key layers, and a gateway that
// refuses to be used: these tests send nothing. DESIGN.md 5b: a key acts on the state the
// keys before it left, however fast they arrive; keys typed ahead of an answer that decides
// what they mean wait for it, in order. ctrl+c never waits, and esc does not wait once a
// wait has lasted STALL_MS (the clock is a fake here). The keys behind an answer run once
// the controller that dispatched it is done (a microtask later): `settle()` lets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Key } from 'ink';
import { KeyInput, STALL_MS, awaitingAnswer } from '../../src/app/input.js';
import type { DynamoGateway } from '../../src/dynamo/client.js';
import { emptyReadForm } from '../../src/dynamo/read/form.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { charKeyPress, type KeyPress } from '../../src/keys/keyName.js';
import { appReducer, initialState, top, type AppAction, type AppState } from '../../src/state/app.js';
import { browseReducer, initialBrowse, selectedRow, type BrowseAction, type BrowseState, type Item, type LoadedPage } from '../../src/state/browse.js';
import { initialImportJob, type ExportJob } from '../../src/state/bulkJobs.js';
import type { Ctx } from '../../src/state/controllers/context.js';
import { Jobs } from '../../src/state/controllers/jobs.js';
import { draftFromItem } from '../../src/state/editDraft.js';
import { firstField } from '../../src/state/form.js';
import { afterPage, firstPage, nextPage } from '../../src/state/paging.js';
import type { Entry, EntryOf, Screen, WriteScreen } from '../../src/state/screens.js';
import { createStore, type Store } from '../../src/state/store.js';
import { emptyTableDraft } from '../../src/state/tableDraft.js';
import { formStep, reviewStep, type PendingWrite, type WriteFlow } from '../../src/state/writeFlow.js';

const info: TableInfo = {
  name: 'Movies', status: 'ACTIVE', billing: 'PAY_PER_REQUEST', partitionKey: { name: 'year', type: 'N' }, sortKey: { name: 'title', type: 'S' },
  gsis: [], lsis: [], stream: { enabled: false }, deletionProtection: false, tableClass: 'STANDARD',
};

const movie = (year: number, title: string): Item => ({ year: { N: String(year) }, title: { S: title } });
const rowsA = Array.from({ length: 6 }, (_, i) => movie(1970 + i, `A${i}`));
const rowsB = Array.from({ length: 4 }, (_, i) => movie(2000 + i, `B${i}`));

const loaded = (rows: Item[], paging = afterPage(firstPage(), movie(1975, 'A5'))): LoadedPage =>
  ({ rows, meta: { count: rows.length, scanned: rows.length, capacity: 0.5 }, paging, columns: ['year', 'title'] });

/** A table screen showing the first page of a scan of Movies. */
function movies(patch: Partial<BrowseState> = {}): Screen {
  const browse = browseReducer(initialBrowse(), {
    type: 'browse/request', request: { operation: 'Scan', input: { TableName: 'Movies', Limit: 100 }, label: 'scan' }, page: loaded(rowsA),
  });
  return { kind: 'table', name: 'Movies', described: { info, loading: false }, browse: { ...browse, ...patch } };
}

const pending: PendingWrite = { summary: 'DeleteItem', requests: [], plan: { kind: 'batchDelete', table: 'Movies', keys: [] } };
const sendingFlow: WriteFlow = { ...reviewStep(pending), step: 'sending', status: 'sending…' };

const deleteScreen = (flow: WriteFlow): WriteScreen =>
  ({ kind: 'delete', table: 'Movies', item: rowsA[0]!, draft: { onlyIfUnchanged: true, condition: '', values: '' }, flow });

/** A store, a context whose gateway throws on any use, a fake clock, and a KeyInput logging
 * what took each key. */
function harness(screens: Screen[]) {
  let s = initialState({ region: 'eu-west-1' }, screens, { size: { columns: 100, rows: 30 }, firstPage: { TableNames: ['Books', 'Movies'] } });
  s = appReducer(s, { type: 'tables/described', name: 'Movies', summary: { state: 'ok', info } });
  s = appReducer(s, { type: 'tables/described', name: 'Books', summary: { state: 'ok', info: { ...info, name: 'Books' } } });
  const store: Store<AppState, AppAction> = createStore(appReducer, s);
  const sent: string[] = [];
  const quits: number[] = [];
  const ctx: Ctx = {
    store,
    gateway: () => new Proxy({}, {
      get(_t, p) { sent.push(String(p)); throw new Error(`gateway.${String(p)}: these tests send nothing`); },
    }) as DynamoGateway,
    replaceGateway: () => { throw new Error('no new connection in these tests'); },
    jobs: new Jobs(),
    env: {
      editText: () => { throw new Error('no editor in these tests'); },
      copy: () => ({ copied: false, how: 'nowhere' }),
      quit: () => { quits.push(quits.length + 1); },
    },
  };
  const clock = { now: 1000 };
  const input = new KeyInput(ctx, () => clock.now);
  const handled: string[] = [];
  input.onHandled = (k, took) => handled.push(`${k.name}>${took ?? '-'}`);
  const browseOf = (id = 2) => (store.getState().stack.entries.find((e) => e.id === id) as EntryOf<'table'>).browse;
  const act = (action: BrowseAction, id = 2) => store.dispatch({ type: 'browse', id, action });
  return { store, ctx, input, handled, sent, quits, clock, browseOf, act };
}

/** Lets the microtask that follows a dispatch (and anything it queues) run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const kp = (name: string, input = '', key: Partial<Key> = {}): KeyPress => ({ name, input, key });
const keys = (text: string): KeyPress[] => [...text].map(charKeyPress);
const ESC = kp('esc', '', { escape: true });
const CTRL_C = kp('ctrl+c', 'c', { ctrl: true });
const TAB = charKeyPress('\t');

test('keys are handled in order, each on the state the keys before it left', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.input.push(keys('jjjk'));
  assert.equal(h.browseOf().window.cursor, 2, 'handled at once, before any render or microtask');
  h.input.push(keys('G'));
  assert.equal(h.browseOf().window.cursor, 5);
  // One burst: back to the top, down twice, open the row the cursor is on now, toggle its JSON form.
  h.input.push(keys('gjj\rt'));
  const e = top(h.store.getState()) as EntryOf<'item'>;
  assert.equal(e.kind, 'item');
  assert.deepEqual(e.item, rowsA[2]);
  assert.equal(e.ddb, true);
  assert.deepEqual(h.handled, [
    'j>cursor.down', 'j>cursor.down', 'j>cursor.down', 'k>cursor.up', 'G>cursor.bottom',
    'g>cursor.top', 'j>cursor.down', 'j>cursor.down', 'enter>open', 't>item.toggle',
  ]);
  await settle();
  assert.equal(h.input.pending, 0);
  assert.equal(h.handled.length, 10, 'nothing is handled twice');
  assert.deepEqual(h.sent, []);
});

test('a burst with an overlay: the keys after `/` go to the filter field, esc clears it', () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.input.push(keys('/A3'));
  assert.deepEqual(h.store.getState().modal, { kind: 'filter', cursor: 2 });
  assert.equal(h.browseOf().quickFilter, 'A3');
  assert.equal(selectedRow(h.browseOf()), rowsA[3]);
  h.input.push([ESC]);
  assert.equal(h.store.getState().modal, null);
  assert.equal(h.browseOf().quickFilter, '');
  assert.equal(top(h.store.getState()).kind, 'table');
  assert.deepEqual(h.handled, ['/>filter.start', 'A>text', '3>text', 'esc>filter.clear']);
});

test('a burst ending in esc: esc acts after the keys before it', () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.input.push([...keys('/a'), ESC]);
  assert.deepEqual(h.handled, ['/>filter.start', 'a>text', 'esc>filter.clear']);
  assert.equal(top(h.store.getState()).kind, 'table');
  assert.equal(h.store.getState().tables.filter, '');
  // And esc then j: back to the list, then down the list.
  h.input.push([ESC, ...keys('j')]);
  assert.deepEqual(h.store.getState().stack.entries.map((e) => e.kind), ['tables']);
  assert.equal(h.store.getState().tables.window.cursor, 1);
});

test('while a page is read, keys wait in the queue (and say so) and run in order once it lands', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.act({ type: 'browse/reading', page: 1 });
  assert.equal(awaitingAnswer(h.store.getState()), true);
  h.input.push(keys('jj'));
  h.input.push(keys('\r'));
  assert.equal(h.input.pending, 3);
  assert.deepEqual(h.handled, []);
  assert.equal(h.store.getState().busy.keys, '3 keys wait for the answer');
  assert.equal(h.browseOf().window.cursor, 0, 'nothing moved on the page being replaced');
  // Changes that do not end the wait: the keys keep waiting.
  h.store.dispatch({ type: 'flash', level: 'info', text: 'still reading' });
  h.store.dispatch({ type: 'busy', id: '2/read', label: 'reading page 2' });
  await settle();
  assert.equal(h.input.pending, 3);
  assert.deepEqual(h.handled, []);
  // The page lands: the keys run on it, in order, once the dispatch is over.
  h.act({ type: 'browse/page', page: loaded(rowsB, afterPage(nextPage(h.browseOf().paging)!, undefined)) });
  assert.equal(h.input.pending, 3, 'not inside the dispatch of the answer');
  await settle();
  assert.equal(h.input.pending, 0);
  assert.equal(h.store.getState().busy.keys, undefined, 'the waiting note goes');
  assert.deepEqual(h.handled, ['j>cursor.down', 'j>cursor.down', 'enter>open']);
  const e = top(h.store.getState()) as EntryOf<'item'>;
  assert.equal(e.kind, 'item');
  assert.deepEqual(e.item, rowsB[2], 'enter opened the row the two j moved to on the new page');
  assert.deepEqual(h.sent, []);
});

test('one waiting key is "1 key waits"', () => {
  const h = harness([{ kind: 'tables' }, movies({ reading: { page: 1 } })]);
  h.input.push(keys('j'));
  assert.equal(h.store.getState().busy.keys, '1 key waits for the answer');
});

test('a failed read also ends the wait: the keys run on the page that stayed', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  const rows = h.browseOf().rows;
  h.act({ type: 'browse/reading', page: 1 });
  h.input.push(keys('jjj'));
  assert.equal(h.input.pending, 3);
  h.act({ type: 'browse/failed', page: 1, problem: { title: 'Throttled', detail: 'x' } });
  await settle();
  assert.equal(h.input.pending, 0);
  assert.equal(h.browseOf().window.cursor, 3);
  assert.equal(h.browseOf().rows, rows);
  assert.deepEqual(h.handled, ['j>cursor.down', 'j>cursor.down', 'j>cursor.down']);
});

test('while a table is described, keys wait; they run once the description is in', async () => {
  const describing: Screen = { kind: 'table', name: 'Movies', described: { loading: true }, browse: initialBrowse() };
  const h = harness([{ kind: 'tables' }, describing]);
  h.input.push(keys('jx'));
  assert.equal(h.input.pending, 2);
  const { browse } = movies() as Extract<Screen, { kind: 'table' }>;
  h.store.dispatch({ type: 'entry', id: 2, update: (e) => (e.kind === 'table' ? { ...e, described: { info, loading: false }, browse } : e) });
  await settle();
  assert.equal(h.input.pending, 0);
  assert.deepEqual(h.handled, ['j>cursor.down', 'x>request.show']);
  const req = top(h.store.getState()) as EntryOf<'request'>;
  assert.equal(req.kind, 'request');
  assert.equal(req.title, 'scan, page 1');
  assert.deepEqual(h.sent, []);
});

test('while a write is sending, typed keys wait; if it fails they go into the form, in order', async () => {
  const h = harness([{ kind: 'tables' }, movies(), deleteScreen(sendingFlow)]);
  assert.equal(awaitingAnswer(h.store.getState()), true);
  h.input.push([TAB, ...keys('ab')]);
  assert.equal(h.input.pending, 3);
  assert.deepEqual(h.handled, []);
  // The answer: the write failed, back to the form with the draft kept.
  h.store.dispatch({
    type: 'entry', id: 3,
    update: (e) => (e.kind === 'delete' ? { ...e, flow: { ...e.flow, step: 'form', status: undefined, failure: { kind: 'error', problem: { title: 'x', detail: 'y' } } } } : e),
  });
  await settle();
  assert.equal(h.input.pending, 0);
  assert.deepEqual(h.handled, ['tab>form.next', 'a>text', 'b>text']);
  const e = top(h.store.getState()) as Extract<Entry, { kind: 'delete' }>;
  assert.equal(e.draft.condition, 'ab');
  assert.deepEqual(e.flow.ui, { focus: 1, cursor: 2 });
  assert.deepEqual(h.sent, []);
});

test('esc typed ahead of the answer (the wait is young) waits in its place among the keys', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.act({ type: 'browse/reading', page: 1 });
  await settle();
  h.clock.now += STALL_MS - 1;
  h.input.push([...keys('j'), ESC, ...keys('j')]);
  assert.equal(h.input.pending, 3);
  assert.deepEqual(h.handled, []);
  h.act({ type: 'browse/page', page: loaded(rowsB, afterPage(nextPage(h.browseOf().paging)!, undefined)) });
  await settle();
  // j on the new page, esc leaves the table (nothing to cancel or clear), j down the list.
  assert.deepEqual(h.handled, ['j>cursor.down', 'esc>back', 'j>cursor.down']);
  assert.deepEqual(h.store.getState().stack.entries.map((e) => e.kind), ['tables']);
  assert.equal(h.store.getState().tables.window.cursor, 1);
});

test('esc once the wait has lasted STALL_MS is handled at once: it stops the read, then the waiting keys run', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  const signal = h.ctx.jobs.start('2/read');
  h.act({ type: 'browse/reading', page: 1 });
  await settle();
  h.clock.now += 100;
  h.input.push(keys('jj'));
  assert.equal(h.input.pending, 2);
  h.clock.now += STALL_MS;
  h.input.push([ESC]);
  assert.equal(signal.aborted, true, 'the read was cancelled');
  assert.equal(h.browseOf().reading, undefined);
  assert.equal(h.browseOf().rows.length, 6, 'the page on screen stays');
  assert.equal(h.store.getState().flash?.text, 'stopped reading page 2; the page on screen is as it was');
  assert.deepEqual(h.handled, ['esc>back', 'j>cursor.down', 'j>cursor.down'], 'esc ran to its end before the keys it let go');
  assert.equal(h.input.pending, 0);
  assert.equal(h.browseOf().window.cursor, 2);
  assert.equal(top(h.store.getState()).kind, 'table');
  await settle();
  assert.equal(h.handled.length, 3);
  assert.deepEqual(h.sent, []);
});

test('the wait is timed from when it began, not from the last key', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.ctx.jobs.start('2/read');
  h.act({ type: 'browse/reading', page: 1 });
  await settle();
  h.clock.now += STALL_MS - 10;
  h.input.push(keys('j'));
  h.clock.now += 10;
  h.input.push([ESC]);
  assert.deepEqual(h.handled, ['esc>back', 'j>cursor.down']);
  // A new wait starts its own clock.
  h.act({ type: 'browse/reading', page: 1 });
  await settle();
  h.input.push([ESC]);
  assert.equal(h.input.pending, 1, 'esc at once after a new wait began: typed ahead, it waits');
});

test('esc after a stall while a write is sending is handled at once; the keys keep waiting', async () => {
  const h = harness([{ kind: 'tables' }, movies(), deleteScreen(sendingFlow)]);
  h.input.push(keys('jk'));
  h.clock.now += STALL_MS;
  h.input.push([ESC]);
  assert.deepEqual(h.handled, ['esc>back']);
  assert.equal(h.store.getState().flash?.text, 'still sending: a request on its way cannot be called back; its result will show here');
  assert.equal(h.store.getState().flash?.level, 'warn');
  await settle();
  assert.equal(h.input.pending, 2);
  assert.equal(top(h.store.getState()).kind, 'delete', 'the screen stays until the result');
});

test('esc after a stall on the first read of a table (nothing on screen yet) goes back; the waiting keys then run on the list', async () => {
  const h = harness([{ kind: 'tables' }, movies({ rows: [], meta: undefined, reading: { page: 0 } })]);
  h.input.push(keys('j'));
  assert.equal(h.input.pending, 1);
  h.clock.now += STALL_MS;
  h.input.push([ESC]);
  assert.deepEqual(h.store.getState().stack.entries.map((e) => e.kind), ['tables']);
  assert.equal(h.input.pending, 0);
  assert.equal(h.store.getState().tables.window.cursor, 1, 'j moved down the table list');
  assert.deepEqual(h.handled, ['esc>back', 'j>cursor.down']);
  await settle();
  assert.deepEqual(h.sent, []);
});

test('ctrl+c quits at once, whether or not keys are waiting', () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.act({ type: 'browse/reading', page: 1 });
  h.input.push([...keys('jj'), CTRL_C]);
  assert.deepEqual(h.quits, [1]);
  assert.deepEqual(h.handled, ['ctrl+c>quit']);
  assert.equal(h.input.pending, 2);
  const idle = harness([{ kind: 'tables' }, movies()]);
  idle.input.push([CTRL_C]);
  assert.deepEqual(idle.quits, [1]);
  assert.deepEqual(idle.handled, ['ctrl+c>quit']);
  // In a text field too: ctrl+c is never typed.
  const form = harness([{ kind: 'tables' }, movies(), deleteScreen(formStep())]);
  form.input.push([TAB, ...keys('a'), CTRL_C]);
  assert.deepEqual(form.quits, [1]);
  assert.equal((top(form.store.getState()) as Extract<Entry, { kind: 'delete' }>).draft.condition, 'a');
});

test('keys pushed while others wait join the end of the queue', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.act({ type: 'browse/reading', page: 1 });
  h.input.push(keys('j'));
  h.input.push(keys('G'));
  h.input.push(keys('k'));
  assert.equal(h.input.pending, 3);
  h.act({ type: 'browse/readCancelled' });
  await settle();
  assert.deepEqual(h.handled, ['j>cursor.down', 'G>cursor.bottom', 'k>cursor.up']);
  assert.equal(h.browseOf().window.cursor, 4);
});

test('a key whose handler dispatches finishes before the next queued key runs (no re-entrancy)', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  const log: string[] = [];
  h.store.subscribe(() => {
    const b = h.browseOf();
    log.push(`marks=${Object.keys(b.marks).length} cursor=${b.window.cursor}`);
  });
  h.input.onHandled = (k) => log.push(`handled ${k.name}`);
  // space marks the row, then moves down: two dispatches in one handler.
  h.input.push([charKeyPress(' '), ...keys('j')]);
  await settle();
  assert.deepEqual(log, ['marks=1 cursor=0', 'marks=1 cursor=1', 'handled space', 'marks=1 cursor=2', 'handled j']);
});

test('keys that wait run without re-entrancy when the answer lands', async () => {
  const h = harness([{ kind: 'tables' }, movies()]);
  h.act({ type: 'browse/reading', page: 1 });
  const log: string[] = [];
  h.input.push([charKeyPress(' '), charKeyPress(' ')]);
  h.store.subscribe(() => log.push(`cursor=${h.browseOf().window.cursor} marks=${Object.keys(h.browseOf().marks).length} keys=${h.store.getState().busy.keys ?? '-'}`));
  h.input.onHandled = (k) => log.push(`handled ${k.name}`);
  h.act({ type: 'browse/readCancelled' });
  await settle();
  assert.deepEqual(log, [
    'cursor=0 marks=0 keys=2 keys wait for the answer', // the answer
    'cursor=0 marks=1 keys=2 keys wait for the answer', 'cursor=1 marks=1 keys=2 keys wait for the answer', 'handled space',
    'cursor=1 marks=2 keys=2 keys wait for the answer', 'cursor=2 marks=2 keys=2 keys wait for the answer', 'handled space',
    'cursor=2 marks=2 keys=-', // the waiting note goes
  ]);
});

test('awaitingAnswer: what the screen on top waits for', () => {
  const exportJob = (step: ExportJob['step']): ExportJob => ({ values: { path: 'm.jsonl', format: 'jsonl', segments: '4', overwrite: false }, pathEdited: false, errors: {}, step });
  const item = rowsA[0]!;
  const writes = (flow: WriteFlow): WriteScreen[] => [
    { kind: 'edit', table: 'Movies', mode: 'edit', item, draft: draftFromItem(item, [{ name: 'year', type: 'N' }, { name: 'title', type: 'S' }]), deleteOld: false, overwrite: false, flow },
    deleteScreen(flow),
    { kind: 'update', table: 'Movies', item, draft: { update: '', condition: '', values: '', onlyIfUnchanged: true }, flow },
    { kind: 'counter', table: 'Movies', item, attribute: 'year', delta: '1', flow },
    { kind: 'deleteMany', table: 'Movies', keys: [item], confirm: '', flow },
    { kind: 'createTable', draft: emptyTableDraft(), flow },
    { kind: 'deleteTable', table: 'Movies', described: { info, loading: false }, confirm: '', flow },
  ];
  const cases: { name: string; screen: Screen; want: boolean }[] = [
    { name: 'tables, listed', screen: { kind: 'tables' }, want: false },
    { name: 'table, page on screen', screen: movies(), want: false },
    { name: 'table, reading a page', screen: movies({ reading: { page: 1 } }), want: true },
    { name: 'table, being described', screen: { kind: 'table', name: 'Movies', described: { loading: true }, browse: initialBrowse() }, want: true },
    { name: 'table, described with a problem', screen: { kind: 'table', name: 'Movies', described: { loading: false, problem: { title: 'x', detail: 'y' } }, browse: initialBrowse() }, want: false },
    { name: 'item', screen: { kind: 'item', table: 'Movies', item, ddb: false, top: 0 }, want: false },
    { name: 'request', screen: { kind: 'request', table: 'Movies', title: 't', operation: 'Scan', input: {}, top: 0 }, want: false },
    { name: 'readForm', screen: { kind: 'readForm', table: 'Movies', mode: 'scan', form: emptyReadForm('scan'), ui: firstField, errors: {}, running: false }, want: false },
    { name: 'readForm, running its first page', screen: { kind: 'readForm', table: 'Movies', mode: 'scan', form: emptyReadForm('scan'), ui: firstField, errors: {}, running: true }, want: true },
    { name: 'import form', screen: { kind: 'import', table: 'Movies', job: initialImportJob(), ui: firstField }, want: false },
    { name: 'import checking', screen: { kind: 'import', table: 'Movies', job: { ...initialImportJob(), step: 'checking' }, ui: firstField }, want: true },
    { name: 'import running (esc cancels it)', screen: { kind: 'import', table: 'Movies', job: { ...initialImportJob(), step: 'running' }, ui: firstField }, want: false },
    { name: 'export checking', screen: { kind: 'export', table: 'Movies', operation: 'Scan', input: {}, label: 'scan', job: exportJob('checking'), ui: firstField }, want: true },
    { name: 'export running', screen: { kind: 'export', table: 'Movies', operation: 'Scan', input: {}, label: 'scan', job: exportJob('running'), ui: firstField }, want: false },
    { name: 'deleteTable being described', screen: { kind: 'deleteTable', table: 'Movies', described: { loading: true }, confirm: '', flow: formStep() }, want: true },
  ];
  for (const w of writes(formStep())) cases.push({ name: `${w.kind} form`, screen: w, want: false });
  for (const w of writes(reviewStep(pending))) cases.push({ name: `${w.kind} review`, screen: w, want: false });
  for (const w of writes(sendingFlow)) cases.push({ name: `${w.kind} sending`, screen: w, want: true });
  for (const w of writes({ ...sendingFlow, step: 'done' })) cases.push({ name: `${w.kind} done`, screen: w, want: false });
  for (const c of cases) {
    const s = initialState({}, [{ kind: 'tables' }, c.screen]);
    assert.equal(awaitingAnswer(s), c.want, c.name);
  }
  // The table list waits for its first page only.
  const listing = appReducer(initialState({}, [{ kind: 'tables' }]), { type: 'tables/listStart' });
  assert.equal(awaitingAnswer(listing), true, 'listing, nothing yet');
  assert.equal(awaitingAnswer(appReducer(listing, { type: 'tables/page', names: ['A'] })), false, 'listing, a first page in');
  assert.equal(awaitingAnswer(appReducer(listing, { type: 'tables/listError', problem: { title: 'x', detail: 'y' } })), false, 'listing failed');
  assert.equal(awaitingAnswer(initialState({}, [{ kind: 'tables' }])), false, 'not listing yet');
  // Only the screen on top counts: a table reading below an item view does not hold keys.
  const below = initialState({}, [{ kind: 'tables' }, movies({ reading: { page: 1 } }), { kind: 'item', table: 'Movies', item, ddb: false, top: 0 }]);
  assert.equal(awaitingAnswer(below), false);
});
