// The screen stack (stackReducer) and the app state around it (appReducer), action by
// action: ids that let a late answer reach only the entry that asked, overlays that belong
// to the screen they were opened over, flash and busy bookkeeping, and the breadcrumbs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { emptyReadForm } from '../../src/dynamo/read/form.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { appReducer, busyLabel, initialState, top, type AppAction, type AppState } from '../../src/state/app.js';
import { initialBrowse, keyId } from '../../src/state/browse.js';
import { initialImportJob } from '../../src/state/bulkJobs.js';
import { draftFromItem } from '../../src/state/editDraft.js';
import { firstField } from '../../src/state/form.js';
import {
  crumbs, entryById, stackOf, stackReducer, topEntry, type Entry, type Screen, type Stack, type StackAction, type WriteScreen,
} from '../../src/state/screens.js';
import { emptyTableDraft } from '../../src/state/tableDraft.js';
import { initialTables } from '../../src/state/tables.js';
import { formStep, reviewStep, type PendingWrite, type WriteFlow } from '../../src/state/writeFlow.js';

type Item = Record<string, AttributeValue>;

const info: TableInfo = {
  name: 'Movies', status: 'ACTIVE', billing: 'PAY_PER_REQUEST', partitionKey: { name: 'year', type: 'N' }, sortKey: { name: 'title', type: 'S' },
  gsis: [], lsis: [], stream: { enabled: false }, deletionProtection: false, tableClass: 'STANDARD',
};

const key = (year: number, title: string): Item => ({ year: { N: String(year) }, title: { S: title } });
const movie = (year: number, title: string, extra: Item = {}): Item => ({ ...key(year, title), ...extra });

const tablesScreen: Screen = { kind: 'tables' };
const tableScreen = (name: string): Screen => ({ kind: 'table', name, described: { info: { ...info, name }, loading: false }, browse: initialBrowse() });
const itemScreen = (table: string, item: Item): Screen => ({ kind: 'item', table, item, ddb: false, top: 0 });

const pending: PendingWrite = { summary: 'delete 3 marked items', requests: [], plan: { kind: 'batchDelete', table: 'Movies', keys: [] } };
const inReview: WriteFlow = reviewStep(pending);

/** Every write screen, with the flow given. */
function writeScreens(flow: WriteFlow): Record<WriteScreen['kind'] | 'new', WriteScreen> {
  const item = movie(1979, 'Alien', { views: { N: '3' } });
  return {
    edit: { kind: 'edit', table: 'Movies', mode: 'edit', item, draft: draftFromItem(item, [{ name: 'year', type: 'N' }, { name: 'title', type: 'S' }]), deleteOld: false, overwrite: false, flow },
    new: { kind: 'edit', table: 'Movies', mode: 'new', draft: draftFromItem(undefined, [{ name: 'year', type: 'N' }, { name: 'title', type: 'S' }]), deleteOld: false, overwrite: false, flow },
    delete: { kind: 'delete', table: 'Movies', item, draft: { onlyIfUnchanged: true, condition: '', values: '' }, flow },
    update: { kind: 'update', table: 'Movies', item, draft: { update: '', condition: '', values: '', onlyIfUnchanged: true }, flow },
    counter: { kind: 'counter', table: 'Movies', item, attribute: 'views', delta: '1', flow },
    undo: { kind: 'undo', table: 'Movies', choice: { time: '2026-01-01T00:00:00.000Z', operation: 'edit', request: 'UpdateItem', key: key(1979, 'Alien'), before: item, after: item }, flow },
    deleteMany: { kind: 'deleteMany', table: 'Movies', keys: [key(1, 'a'), key(2, 'b'), key(3, 'c')], confirm: '', flow },
    createTable: { kind: 'createTable', draft: emptyTableDraft(), flow },
    deleteTable: { kind: 'deleteTable', table: 'Movies', described: { info, loading: false }, confirm: '', flow },
  };
}

const ids = (s: Stack) => s.entries.map((e) => e.id);
const kinds = (s: Stack) => s.entries.map((e) => e.kind);

// --- stackReducer ---------------------------------------------------------------------------

test('stackOf numbers the entries from 1; push gives each new entry the next id', () => {
  let s = stackOf([tablesScreen, tableScreen('Movies')]);
  assert.deepEqual(ids(s), [1, 2]);
  assert.equal(s.nextId, 3);
  s = stackReducer(s, { type: 'push', screen: itemScreen('Movies', movie(1979, 'Alien')) });
  s = stackReducer(s, { type: 'push', screen: { kind: 'request', table: 'Movies', title: 'scan', operation: 'Scan', input: {}, top: 0 } });
  assert.deepEqual(ids(s), [1, 2, 3, 4]);
  assert.deepEqual(kinds(s), ['tables', 'table', 'item', 'request']);
  assert.equal(s.nextId, 5);
  // An id is never given twice, even after its entry is gone.
  s = stackReducer(stackReducer(s, { type: 'pop' }), { type: 'push', screen: itemScreen('Movies', movie(1986, 'Aliens')) });
  assert.deepEqual(ids(s), [1, 2, 3, 5]);
  assert.equal(topEntry(s).id, 5);
  assert.equal(entryById(s, 4), undefined);
  assert.equal(entryById(s, 3)?.kind, 'item');
});

test('pop: the top goes, or with an id only when that entry is on top; the last entry never goes', () => {
  const three = stackOf([tablesScreen, tableScreen('Movies'), itemScreen('Movies', movie(1979, 'Alien'))]);
  const one = stackOf([tablesScreen]);
  const cases: { name: string; s: Stack; id?: number; want: number[] | 'same' }[] = [
    { name: 'no id: the top', s: three, want: [1, 2] },
    { name: 'the id on top', s: three, id: 3, want: [1, 2] },
    { name: 'an id below the top (a late answer)', s: three, id: 2, want: 'same' },
    { name: 'an id that is gone', s: three, id: 9, want: 'same' },
    { name: 'the last entry', s: one, want: 'same' },
    { name: 'the last entry by its id', s: one, id: 1, want: 'same' },
  ];
  for (const c of cases) {
    const next = stackReducer(c.s, { type: 'pop', id: c.id });
    if (c.want === 'same') assert.equal(next, c.s, c.name);
    else assert.deepEqual(ids(next), c.want, c.name);
    assert.equal(next.nextId, c.s.nextId, c.name);
  }
  // Popping down to one entry, then no further.
  let s = three;
  for (let i = 0; i < 5; i++) s = stackReducer(s, { type: 'pop' });
  assert.deepEqual(kinds(s), ['tables']);
});

test('reset replaces the stack with new ids; an empty reset leaves the table list', () => {
  const s = stackReducer(stackOf([tablesScreen, tableScreen('Movies')]), { type: 'push', screen: itemScreen('Movies', movie(1979, 'Alien')) });
  const r = stackReducer(s, { type: 'reset', screens: [tablesScreen, tableScreen('Books')] });
  assert.deepEqual(ids(r), [4, 5]);
  assert.deepEqual(kinds(r), ['tables', 'table']);
  assert.equal(r.nextId, 6);
  const empty = stackReducer(r, { type: 'reset', screens: [] });
  assert.deepEqual(empty.entries, [{ kind: 'tables', id: 6 }]);
  assert.equal(empty.nextId, 7);
});

test("'entry' changes only the entry with that id; a gone id or an unchanged entry is a no-op", () => {
  const s = stackOf([tablesScreen, tableScreen('Movies'), itemScreen('Movies', movie(1979, 'Alien'))]);
  const next = stackReducer(s, { type: 'entry', id: 3, update: (e) => (e.kind === 'item' ? { ...e, ddb: true } : e) });
  assert.equal(next.entries[0], s.entries[0]);
  assert.equal(next.entries[1], s.entries[1]);
  assert.deepEqual(next.entries[2], { ...s.entries[2], ddb: true });
  assert.equal(next.nextId, s.nextId);

  let called = 0;
  const gone = stackReducer(s, { type: 'entry', id: 42, update: (e) => { called++; return { ...e }; } });
  assert.equal(gone, s, 'same stack object');
  assert.equal(called, 0, 'the update is not even called');
  assert.equal(stackReducer(s, { type: 'entry', id: 2, update: (e) => e }), s, 'an update that changes nothing: same stack object');
});

test('itemWritten: item screens of that table and key show the item as written, or go; nothing else changes', () => {
  const alien = movie(1979, 'Alien');
  const s = stackOf([
    tablesScreen,
    tableScreen('Movies'),
    itemScreen('Movies', alien), // 3: this key
    itemScreen('Movies', movie(1986, 'Aliens')), // 4: another key
    itemScreen('Remakes', alien), // 5: another table, same key
    itemScreen('Movies', { ...alien, year: { N: '1979.0' } }), // 6: the same key (numbers by value)
  ]);
  const written = movie(1979, 'Alien', { rating: { N: '8.5' } });
  const up = stackReducer(s, { type: 'itemWritten', table: 'Movies', key: key(1979, 'Alien'), item: written });
  assert.deepEqual(ids(up), [1, 2, 3, 4, 5, 6]);
  assert.equal((up.entries[2] as Extract<Entry, { kind: 'item' }>).item, written);
  assert.equal((up.entries[5] as Extract<Entry, { kind: 'item' }>).item, written);
  for (const i of [0, 1, 3, 4]) assert.equal(up.entries[i], s.entries[i], `entry ${i + 1} untouched`);

  const del = stackReducer(s, { type: 'itemWritten', table: 'Movies', key: key(1979, 'Alien') });
  assert.deepEqual(ids(del), [1, 2, 4, 5]);
  assert.equal(del.entries[2], s.entries[3]);
  assert.equal(del.entries[3], s.entries[4]);

  assert.equal(stackReducer(s, { type: 'itemWritten', table: 'Movies', key: key(2000, 'None') }), s, 'no item screen of it: same stack object');
  assert.equal(stackReducer(s, { type: 'itemWritten', table: 'Other', key: key(1979, 'Alien') }), s);
});

test('itemWritten compares binary keys by bytes', () => {
  const item = { id: { B: new Uint8Array([7, 8]) }, v: { S: 'x' } };
  const s = stackOf([tablesScreen, tableScreen('Blobs'), itemScreen('Blobs', item)]);
  const del = stackReducer(s, { type: 'itemWritten', table: 'Blobs', key: { id: { B: Uint8Array.from([7, 8]) } } });
  assert.deepEqual(kinds(del), ['tables', 'table']);
  assert.equal(stackReducer(s, { type: 'itemWritten', table: 'Blobs', key: { id: { B: new Uint8Array([7, 9]) } } }), s);
});

// --- appReducer -----------------------------------------------------------------------------

function app(screens: Screen[], patch: Partial<AppState> = {}): AppState {
  return { ...initialState({ region: 'eu-west-1' }, screens), ...patch };
}
const help = { kind: 'help', top: 2 } as const;

test('an overlay is closed when the screen on top changes, kept when it does not', () => {
  const alien = movie(1979, 'Alien');
  const base = app([tablesScreen, tableScreen('Movies'), itemScreen('Movies', alien)], { modal: help });
  const cases: { name: string; action: StackAction; kept: boolean }[] = [
    { name: 'push', action: { type: 'push', screen: { kind: 'request', table: 'Movies', title: 't', operation: 'Scan', input: {}, top: 0 } }, kept: false },
    { name: 'pop', action: { type: 'pop' }, kept: false },
    { name: 'pop of the top by id', action: { type: 'pop', id: 3 }, kept: false },
    { name: 'reset', action: { type: 'reset', screens: [tablesScreen] }, kept: false },
    { name: 'the top item deleted', action: { type: 'itemWritten', table: 'Movies', key: key(1979, 'Alien') }, kept: false },
    { name: 'the top entry changed', action: { type: 'entry', id: 3, update: (e) => ({ ...e, top: 5 }) as Entry }, kept: true },
    { name: 'an entry below changed', action: { type: 'entry', id: 2, update: (e) => ({ ...e }) }, kept: true },
    { name: 'the top item rewritten', action: { type: 'itemWritten', table: 'Movies', key: key(1979, 'Alien'), item: { ...alien, n: { N: '1' } } }, kept: true },
  ];
  for (const c of cases) {
    const next = appReducer(base, c.action);
    assert.notEqual(next, base, c.name);
    assert.equal(next.modal, c.kept ? base.modal : null, c.name);
  }
  // An item screen below the top deleted: the top stays, so does the overlay.
  const below = app([tablesScreen, tableScreen('Movies'), itemScreen('Movies', alien), { kind: 'request', table: 'Movies', title: 't', operation: 'GetItem', input: {}, top: 0 }], { modal: help });
  const after = appReducer(below, { type: 'itemWritten', table: 'Movies', key: key(1979, 'Alien') });
  assert.deepEqual(kinds(after.stack), ['tables', 'table', 'request']);
  assert.equal(after.modal, help);
  // A stack action that changes nothing returns the same state.
  const unchanged: StackAction[] = [{ type: 'pop', id: 2 }, { type: 'entry', id: 99, update: (e) => ({ ...e }) }, { type: 'itemWritten', table: 'Movies', key: key(1, 'x') }];
  for (const a of unchanged) assert.equal(appReducer(base, a), base, a.type);
  assert.equal(appReducer(app([tablesScreen], { modal: help }), { type: 'pop' }).modal, help, 'the last screen does not go, nor its overlay');
});

test("'modal' opens and closes an overlay", () => {
  const s = app([tablesScreen]);
  const open = appReducer(s, { type: 'modal', modal: { kind: 'command', text: 'ta', cursor: 2, hint: '' } });
  assert.deepEqual(open.modal, { kind: 'command', text: 'ta', cursor: 2, hint: '' });
  assert.equal(open.stack, s.stack);
  assert.equal(appReducer(open, { type: 'modal', modal: null }).modal, null);
});

test('flash: each message gets the next id, whitespace folded; flashExpired clears only the current one', () => {
  const s0 = app([tablesScreen]);
  const s1 = appReducer(s0, { type: 'flash', level: 'info', text: 'saved\n  year=1979' });
  assert.deepEqual(s1.flash, { level: 'info', text: 'saved year=1979', id: 1 });
  const s2 = appReducer(s1, { type: 'flash', level: 'error', text: ' Throttled ' });
  assert.deepEqual(s2.flash, { level: 'error', text: 'Throttled', id: 2 });
  assert.equal(appReducer(s2, { type: 'flashExpired', id: 1 }), s2, 'an older message expiring leaves the newer one');
  assert.equal(appReducer(s2, { type: 'flashExpired', id: 3 }), s2);
  const s3 = appReducer(s2, { type: 'flashExpired', id: 2 });
  assert.equal(s3.flash, undefined);
  assert.equal(appReducer(s3, { type: 'flashExpired', id: 2 }), s3, 'nothing to clear: same state');
});

test('flash ids keep increasing after a message expired, so an older timer cannot clear a newer message',
  () => {
    let s = app([tablesScreen]);
    s = appReducer(s, { type: 'flash', level: 'error', text: 'first (10 s timer, id 1)' });
    s = appReducer(s, { type: 'flash', level: 'info', text: 'second (5 s timer, id 2)' });
    s = appReducer(s, { type: 'flashExpired', id: 2 });
    s = appReducer(s, { type: 'flash', level: 'info', text: 'third' });
    assert.equal(s.flash?.id, 3);
    s = appReducer(s, { type: 'flashExpired', id: 1 }); // the first message's timer fires late
    assert.equal(s.flash?.text, 'third');
  });

test('busy labels: added and removed by id, newest first; no change returns the same state', () => {
  const s0 = app([tablesScreen]);
  const s1 = appReducer(s0, { type: 'busy', id: '2/read', label: 'reading page 1 of Movies' });
  assert.deepEqual(s1.busy, { '2/read': 'reading page 1 of Movies' });
  assert.equal(appReducer(s1, { type: 'busy', id: '2/read', label: 'reading page 1 of Movies' }), s1, 'same label: same state');
  const s2 = appReducer(s1, { type: 'busy', id: 'seed', label: 'seeding' });
  assert.deepEqual(s2.busy, { '2/read': 'reading page 1 of Movies', seed: 'seeding' });
  assert.equal(busyLabel(s2), 'seeding · reading page 1 of Movies');
  const s3 = appReducer(s2, { type: 'busy', id: '2/read' });
  assert.deepEqual(s3.busy, { seed: 'seeding' });
  assert.deepEqual(s2.busy, { '2/read': 'reading page 1 of Movies', seed: 'seeding' }, 'the earlier state is not changed');
  assert.equal(appReducer(s3, { type: 'busy', id: '2/read' }), s3, 'removing what is not there: same state');
  assert.equal(busyLabel(appReducer(s3, { type: 'busy', id: 'seed' })), undefined);
});

test("'size': the same size returns the same state, another replaces it", () => {
  const s = app([tablesScreen], { size: { columns: 100, rows: 30 } });
  assert.equal(appReducer(s, { type: 'size', size: { columns: 100, rows: 30 } }), s);
  const bigger = appReducer(s, { type: 'size', size: { columns: 100, rows: 40 } });
  assert.deepEqual(bigger.size, { columns: 100, rows: 40 });
  assert.deepEqual(appReducer(s, { type: 'size', size: { columns: 90, rows: 30 } }).size, { columns: 90, rows: 30 });
});

test("'connect': a new connection starts over at the table list", () => {
  let s = app([tablesScreen, tableScreen('Movies'), itemScreen('Movies', movie(1979, 'Alien'))], { modal: help, region: 'eu-west-1' });
  s = appReducer(s, { type: 'tables/listStart' });
  s = appReducer(s, { type: 'tables/page', names: ['Movies'] });
  s = appReducer(s, { type: 'busy', id: 'x', label: 'x' });
  s = appReducer(s, { type: 'count', table: 'Movies', count: { running: true } });
  s = appReducer(s, { type: 'flash', level: 'info', text: 'hello' });
  const next = appReducer(s, { type: 'connect', connection: { profile: 'prod', region: 'us-east-1' } });
  assert.deepEqual(next.connection, { profile: 'prod', region: 'us-east-1' });
  assert.deepEqual(next.stack, { entries: [{ kind: 'tables', id: 4 }], nextId: 5 });
  assert.equal(next.modal, null);
  assert.deepEqual(next.busy, {});
  assert.deepEqual(next.counts, {});
  assert.equal(next.tables, initialTables);
  assert.equal(next.region, undefined);
  assert.equal(next.size, s.size);
});

test("'tableChanged' forgets that table's live count and description, and nothing else", () => {
  let s = app([tablesScreen]);
  s = appReducer(s, { type: 'count', table: 'Movies', count: { running: false, done: { cancelled: false, seconds: 2 } } });
  s = appReducer(s, { type: 'count', table: 'Books', count: { running: true } });
  s = appReducer(s, { type: 'tables/described', name: 'Movies', summary: { state: 'ok', info } });
  s = appReducer(s, { type: 'tables/described', name: 'Books', summary: { state: 'loading' } });
  const next = appReducer(s, { type: 'tableChanged', table: 'Movies' });
  assert.deepEqual(next.counts, { Books: { running: true } });
  assert.deepEqual(next.tables.summaries, { Books: { state: 'loading' } });
  assert.equal(next.stack, s.stack);
});

test("'browse' reaches only the table entry with that id", () => {
  const s = app([tablesScreen, tableScreen('Movies'), itemScreen('Movies', movie(1979, 'Alien')), tableScreen('Movies')]);
  const mark = { type: 'browse/mark', key: key(1979, 'Alien') } as const;
  const next = appReducer(s, { type: 'browse', id: 2, action: mark });
  const t2 = next.stack.entries[1] as Extract<Entry, { kind: 'table' }>;
  assert.deepEqual(t2.browse.marks, { [keyId(key(1979, 'Alien'))]: key(1979, 'Alien') });
  assert.equal(next.stack.entries[3], s.stack.entries[3], 'the other screen of the same table is untouched');
  assert.equal(next.stack.entries[2], s.stack.entries[2]);
  assert.equal(next.modal, s.modal);
  // An id that is not a table, or is gone: the stack stays as it was.
  assert.equal(appReducer(s, { type: 'browse', id: 3, action: mark }).stack, s.stack);
  assert.equal(appReducer(s, { type: 'browse', id: 77, action: mark }).stack, s.stack);
});

test("'browse' for an entry that is gone or not a table returns the same state (no redraw)",
  () => {
    const s = app([tablesScreen, tableScreen('Movies')]);
    assert.equal(appReducer(s, { type: 'browse', id: 77, action: { type: 'browse/clearMarks' } }), s);
    assert.equal(appReducer(s, { type: 'browse', id: 1, action: { type: 'browse/columns', delta: 1 } }), s);
  });

test('table list actions reach the table list; an unknown action changes nothing', () => {
  const s = app([tablesScreen]);
  const next = appReducer(appReducer(s, { type: 'tables/listStart' }), { type: 'tables/page', names: ['A', 'B'] });
  assert.deepEqual(next.tables.names, ['A', 'B']);
  assert.equal(next.tables.listing, 'loading');
  assert.equal(next.stack, s.stack);
  assert.equal(appReducer(s, { type: 'nothing' } as unknown as AppAction), s);
  assert.equal(top(s).kind, 'tables');
  assert.deepEqual(appReducer(s, { type: 'region', region: 'ap-south-1' }).region, 'ap-south-1');
});

test('crumbs name every screen, and the review step of a write', () => {
  const read: Screen[] = [
    tablesScreen,
    tableScreen('Movies'),
    itemScreen('Movies', movie(1979, 'Alien')),
    { kind: 'readForm', table: 'Movies', mode: 'scan', form: emptyReadForm('scan'), ui: firstField, errors: {}, running: false },
    { kind: 'readForm', table: 'Movies', mode: 'query', form: emptyReadForm('query'), ui: firstField, errors: {}, running: true },
    { kind: 'request', table: 'Movies', title: 'scan, page 1', operation: 'Scan', input: {}, top: 0 },
    { kind: 'import', table: 'Movies', job: initialImportJob(), ui: firstField },
    {
      kind: 'export', table: 'Movies', operation: 'Scan', input: { TableName: 'Movies' }, label: 'scan', ui: firstField,
      job: { values: { path: 'movies.jsonl', format: 'jsonl', segments: '4', overwrite: false }, pathEdited: false, errors: {}, step: 'form' },
    },
  ];
  assert.deepEqual(crumbs(stackOf(read).entries), ['tables', 'Movies', 'item', 'scan', 'query', 'request', 'import', 'export']);

  const order = ['edit', 'new', 'delete', 'update', 'counter', 'deleteMany', 'createTable', 'deleteTable'] as const;
  const onForm = writeScreens(formStep());
  const onReview = writeScreens(inReview);
  const sending = writeScreens({ ...inReview, step: 'sending', status: 'sending…' });
  const names = (w: Record<string, WriteScreen>) => crumbs(stackOf(order.map((k) => w[k]!)).entries);
  assert.deepEqual(names(onForm), [
    'edit', 'new item', 'delete', 'update', '+ views › review', 'delete 3 items', 'create table', 'delete table Movies',
  ]);
  assert.deepEqual(names(onReview), [
    'edit › review', 'new item › review', 'delete › review', 'update › review', '+ views › review', 'delete 3 items › review', 'create table › review', 'delete table Movies',
  ]);
  assert.deepEqual(names(sending), names(onReview), 'while sending, the crumbs still say what is being sent');
  const down = { ...onReview.counter, delta: '-1' } as WriteScreen;
  assert.deepEqual(crumbs(stackOf([down]).entries), ['− views › review']);
});
