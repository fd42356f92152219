// browseReducer: what the grid of a table screen shows, action by action. Pure: no Ink, no
// React, no network. DESIGN.md 5b: a read changes the grid only when it lands, and a read
// that fails leaves everything on screen (rows, paging, counts, the window) as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyReadForm } from '../../src/dynamo/read/form.js';
import type { Problem } from '../../src/dynamo/errors.js';
import {
  browseReducer, initialBrowse, keyId, selectedRow, shownRows,
  type BrowseAction, type BrowseState, type Item, type LoadAllProgress, type LoadedPage, type ReadRequest,
} from '../../src/state/browse.js';
import { afterPage, firstPage, nextPage, pagingStatus, type Paging } from '../../src/state/paging.js';

const run = (s: BrowseState, ...actions: BrowseAction[]): BrowseState => actions.reduce(browseReducer, s);

const movie = (year: number, title: string, extra: Item = {}): Item => ({ year: { N: String(year) }, title: { S: title }, ...extra });
const keyOf = (year: number, title: string): Item => ({ year: { N: String(year) }, title: { S: title } });

const scanRequest: ReadRequest = { operation: 'Scan', input: { TableName: 'Movies', Limit: 100 }, label: 'scan' };
const queryRequest: ReadRequest = {
  operation: 'Query',
  input: { TableName: 'Movies', KeyConditionExpression: '#k0 = :v0', ExpressionAttributeNames: { '#k0': 'year' }, ExpressionAttributeValues: { ':v0': { N: '1979' } } },
  label: 'query year = 1979',
};

const problem: Problem = { title: 'Throttled', detail: 'the table is over its read capacity' };

/** A page as the controller makes it: its rows, counts, the paging after it, columns. */
function page(rows: Item[], paging: Paging, columns = ['year', 'title']): LoadedPage {
  return { rows, meta: { count: rows.length, scanned: rows.length + 3, capacity: 1.5 }, paging, columns };
}

const rowsA = Array.from({ length: 12 }, (_, i) => movie(1970 + i, `A${i}`));
const rowsB = [movie(2001, 'B0'), movie(2002, 'B1'), movie(2003, 'B2')];

/** A grid showing the first page of a scan (12 rows, more to come), its cursor moved to row 7. */
function onFirstPage(): BrowseState {
  const first = page(rowsA, afterPage(firstPage(), keyOf(1981, 'A11')));
  return run(initialBrowse(),
    { type: 'browse/request', request: scanRequest, page: first },
    { type: 'browse/window', action: { type: 'move', delta: 7 }, height: 5 });
}

test('the initial grid is empty, on the first page, with nothing read or marked', () => {
  const s = initialBrowse();
  assert.deepEqual(s, {
    forms: { scan: emptyReadForm('scan'), query: emptyReadForm('query') },
    paging: { startKeys: [undefined], page: 0, done: false },
    rows: [], columns: [], keys: [], choice: { order: [], hidden: [] }, window: { cursor: 0, offset: 0, height: 10, count: 0 }, colOffset: 0, quickFilter: '', marks: {},
  });
  assert.notEqual(initialBrowse().forms, initialBrowse().forms, 'each table screen gets its own forms');
});

test('a new request with its first page: rows, counts, paging and columns replaced, cursor to the top', () => {
  const before = onFirstPage();
  assert.deepEqual([before.window.cursor, before.window.offset], [7, 3]);
  const form = { ...emptyReadForm('query'), partitionValue: '1979' };
  const second = page(rowsB, afterPage(firstPage(), undefined), ['year', 'title', 'rating']);
  const s = browseReducer({ ...before, quickFilter: 'a', problem: { problem, page: 2 }, reading: { page: 2 } },
    { type: 'browse/request', request: queryRequest, form, page: second });
  assert.equal(s.request, queryRequest);
  assert.equal(s.rows, rowsB);
  assert.equal(s.meta, second.meta);
  assert.equal(s.paging, second.paging);
  assert.deepEqual(s.columns, ['year', 'title', 'rating']);
  assert.deepEqual(s.window, { cursor: 0, offset: 0, height: 5, count: 3 });
  assert.equal(s.reading, undefined);
  assert.equal(s.problem, undefined);
  assert.equal(s.all, undefined);
  assert.equal(s.quickFilter, '', 'the quick filter of the old rows goes');
  assert.equal(s.forms.query, form, 'the form the request came from is kept under its mode');
  assert.equal(s.forms.scan, before.forms.scan, 'the other form is untouched');
});

test('a new request without its page: the old rows go at once, the first page is being read', () => {
  const before = onFirstPage();
  const s = browseReducer({ ...before, problem: { problem, page: 0 } }, { type: 'browse/request', request: queryRequest });
  assert.equal(s.request, queryRequest);
  assert.deepEqual(s.rows, [], 'rows of another request are never shown under this one');
  assert.equal(s.meta, undefined);
  assert.deepEqual(s.paging, firstPage());
  assert.deepEqual(s.reading, { page: 0 });
  assert.equal(s.problem, undefined);
  assert.deepEqual(s.window, { cursor: 0, offset: 0, height: 5, count: 0 });
  assert.equal(s.forms, before.forms, 'no form given: the forms are as they were');
  assert.equal(selectedRow(s), undefined);
});

test('browse/saveForm keeps a form under its mode and changes nothing else', () => {
  const before = onFirstPage();
  const form = { ...emptyReadForm('scan'), filter: 'rating > 5' };
  const s = browseReducer(before, { type: 'browse/saveForm', form });
  assert.deepEqual(s, { ...before, forms: { scan: form, query: before.forms.query } });
});

test('browse/reading keeps the page on screen; browse/page then shows the page read, with the paging given', () => {
  const before = onFirstPage();
  const reading = browseReducer(before, { type: 'browse/reading', page: 1 });
  assert.deepEqual(reading.reading, { page: 1 });
  assert.equal(reading.rows, before.rows, 'the rows stay until the page lands');
  assert.equal(reading.paging, before.paging);
  assert.equal(reading.meta, before.meta);
  assert.equal(reading.window, before.window);

  const advanced = afterPage(nextPage(before.paging)!, keyOf(2003, 'B2'));
  const second = page(rowsB, advanced);
  const s = browseReducer(reading, { type: 'browse/page', page: second });
  assert.equal(s.reading, undefined);
  assert.equal(s.rows, rowsB);
  assert.equal(s.paging, advanced);
  assert.deepEqual(s.paging, { startKeys: [undefined, keyOf(1981, 'A11')], page: 1, nextKey: keyOf(2003, 'B2'), done: false });
  assert.equal(s.meta, second.meta);
  assert.deepEqual(s.window, { cursor: 0, offset: 0, height: 5, count: 3 });
  assert.equal(s.request, before.request, 'the request stays');
});

test('browse/page clears the problem of an earlier failed read and any load-all status', () => {
  const before = run(onFirstPage(),
    { type: 'browse/reading', page: 1 },
    { type: 'browse/failed', problem, page: 1 },
    { type: 'browse/reading', page: 1 });
  const s = browseReducer({ ...before, all: { running: false, pages: 1, scanned: 4, capacity: 1, truncated: false, cancelled: true } },
    { type: 'browse/page', page: page(rowsB, afterPage(nextPage(before.paging)!, undefined)) });
  assert.equal(s.problem, undefined);
  assert.equal(s.all, undefined);
  assert.equal(pagingStatus(s.paging), 'last');
});

test('browse/failed leaves rows, paging, counts and window exactly as they were, with the problem and its page', () => {
  const before = browseReducer(onFirstPage(), { type: 'browse/reading', page: 1 });
  const s = browseReducer(before, { type: 'browse/failed', problem, page: 1 });
  assert.equal(s.rows, before.rows);
  assert.equal(s.paging, before.paging);
  assert.equal(s.meta, before.meta);
  assert.equal(s.window, before.window);
  assert.equal(s.columns, before.columns);
  assert.equal(s.request, before.request);
  assert.deepEqual(s.problem, { problem, page: 1 });
  assert.equal(s.reading, undefined, 'no endless spinner');
  // The footer must never say "last page" because a read failed.
  assert.deepEqual(s.paging.nextKey, keyOf(1981, 'A11'));
  assert.equal(s.paging.done, false);
  assert.equal(pagingStatus(s.paging), 'more');
  const { reading: _r, problem: _p, ...rest } = s;
  const { reading: _r2, problem: _p2, ...was } = before;
  assert.deepEqual(rest, was, 'nothing else moved');
});

test('browse/failed on the first read of a request: the grid stays empty and is no longer reading', () => {
  const s = run(initialBrowse(), { type: 'browse/request', request: scanRequest }, { type: 'browse/failed', problem, page: 0 });
  assert.deepEqual(s.rows, []);
  assert.equal(s.reading, undefined);
  assert.deepEqual(s.problem, { problem, page: 0 });
  assert.deepEqual(s.paging, firstPage());
  assert.equal(s.paging.done, false, 'a read that failed does not make the page the last one');
});

test('browse/readCancelled: the read stops, what is on screen stays; with nothing reading it is a no-op', () => {
  const before = onFirstPage();
  const reading = browseReducer(before, { type: 'browse/reading', page: 1 });
  const s = browseReducer(reading, { type: 'browse/readCancelled' });
  assert.deepEqual(s, { ...before, reading: undefined });
  assert.equal(s.rows, before.rows);
  assert.equal(s.paging, before.paging);
  assert.equal(browseReducer(before, { type: 'browse/readCancelled' }), before, 'same state object when nothing was reading');
});

const progress = (p: Partial<LoadAllProgress>): LoadAllProgress => ({ running: true, pages: 0, scanned: 0, capacity: 0, truncated: false, cancelled: false, ...p });

test('load all: progress replaces the rows and keeps the cursor; completion sets columns and counts', () => {
  const before = browseReducer(onFirstPage(), { type: 'browse/reading', page: 1 });
  const start = browseReducer({ ...before, problem: { problem, page: 1 } }, { type: 'browse/all', progress: progress({}), rows: [] });
  assert.deepEqual(start.rows, []);
  assert.equal(start.reading, undefined, 'load all replaces a page read');
  assert.equal(start.problem, undefined);
  assert.deepEqual(start.all, progress({}));
  assert.equal(start.meta, before.meta, 'no meta given: kept');
  assert.deepEqual(start.window, { cursor: 0, offset: 0, height: 5, count: 0 });

  const firstRows = rowsA.slice(0, 8);
  const p1 = run(start,
    { type: 'browse/all', progress: progress({ pages: 1, scanned: 8, capacity: 0.5 }), rows: firstRows },
    { type: 'browse/window', action: { type: 'move', delta: 6 }, height: 5 });
  assert.deepEqual([p1.window.cursor, p1.window.offset, p1.window.count], [6, 2, 8]);

  const p2 = browseReducer(p1, { type: 'browse/all', progress: progress({ pages: 2, scanned: 15, capacity: 1 }), rows: [...rowsA, ...rowsB] });
  assert.deepEqual(p2.window, { cursor: 6, offset: 2, height: 5, count: 15 }, 'progress keeps the cursor where the user moved it');
  assert.equal(p2.all!.pages, 2);

  const allRows = [...rowsA, ...rowsB];
  const meta = { count: 15, scanned: 15, capacity: 1 };
  const done = browseReducer(p2, {
    type: 'browse/all', progress: progress({ running: false, pages: 2, scanned: 15, capacity: 1 }), rows: allRows, columns: ['year', 'title', 'genre'], meta,
  });
  assert.equal(done.rows, allRows);
  assert.deepEqual(done.all, { running: false, pages: 2, scanned: 15, capacity: 1, truncated: false, cancelled: false });
  assert.deepEqual(done.columns, ['year', 'title', 'genre']);
  assert.equal(done.meta, meta);
  assert.equal(done.window.cursor, 6);
  assert.equal(done.paging, before.paging, 'load all does not touch the paging');
});

test('load all failing keeps the rows read so far, stops running and says why', () => {
  const got = rowsA.slice(0, 5);
  const running = run(onFirstPage(),
    { type: 'browse/all', progress: progress({}), rows: [] },
    { type: 'browse/all', progress: progress({ pages: 1, scanned: 5, capacity: 0.5 }), rows: got });
  const failed = browseReducer(running, {
    type: 'browse/all', rows: got, columns: ['year', 'title'], meta: { count: 5, scanned: 5, capacity: 0.5 },
    progress: { running: false, pages: 1, scanned: 5, capacity: 0.5, truncated: false, cancelled: false, failed: problem },
  });
  assert.equal(failed.rows, got);
  assert.equal(failed.all!.running, false);
  assert.deepEqual(failed.all!.failed, problem);
  assert.deepEqual(failed.meta, { count: 5, scanned: 5, capacity: 0.5 });
  assert.equal(failed.window.count, 5);
  // Without rows in the action the rows on screen stay.
  const norows = browseReducer(running, { type: 'browse/all', progress: { ...progress({ pages: 1 }), running: false, failed: problem } });
  assert.equal(norows.rows, got);
  assert.equal(norows.columns, running.columns);
  assert.equal(norows.meta, running.meta);
  assert.deepEqual(norows.all!.failed, problem);
});

test('browse/window: the window takes the height given, then moves', () => {
  const base = run(initialBrowse(), { type: 'browse/request', request: scanRequest, page: page(Array.from({ length: 30 }, (_, i) => movie(1900 + i, `M${i}`)), firstPage()) });
  const cases: { name: string; actions: BrowseAction[]; want: [cursor: number, offset: number, height: number] }[] = [
    { name: 'down 7 in a window of 5', actions: [{ type: 'browse/window', action: { type: 'move', delta: 7 }, height: 5 }], want: [7, 3, 5] },
    { name: 'up past the top', actions: [{ type: 'browse/window', action: { type: 'move', delta: -3 }, height: 5 }], want: [0, 0, 5] },
    { name: 'bottom', actions: [{ type: 'browse/window', action: { type: 'bottom' }, height: 5 }], want: [29, 25, 5] },
    { name: 'bottom then top', actions: [{ type: 'browse/window', action: { type: 'bottom' }, height: 5 }, { type: 'browse/window', action: { type: 'top' }, height: 5 }], want: [0, 0, 5] },
    { name: 'page down with height 5 moves 4', actions: [{ type: 'browse/window', action: { type: 'page', direction: 1 }, height: 5 }], want: [4, 4, 5] },
    { name: 'page down twice then up', actions: [
      { type: 'browse/window', action: { type: 'page', direction: 1 }, height: 5 },
      { type: 'browse/window', action: { type: 'page', direction: 1 }, height: 5 },
      { type: 'browse/window', action: { type: 'page', direction: -1 }, height: 5 }], want: [4, 4, 5] },
    { name: 'a smaller height keeps the cursor in view', actions: [
      { type: 'browse/window', action: { type: 'move', delta: 7 }, height: 5 },
      { type: 'browse/window', action: { type: 'move', delta: 0 }, height: 3 }], want: [7, 5, 3] },
    { name: 'a height below 1 is 1', actions: [{ type: 'browse/window', action: { type: 'move', delta: 2 }, height: 0 }], want: [2, 2, 1] },
    { name: 'past the end', actions: [{ type: 'browse/window', action: { type: 'move', delta: 100 }, height: 10 }], want: [29, 20, 10] },
  ];
  for (const c of cases) {
    const w = run(base, ...c.actions).window;
    assert.deepEqual([w.cursor, w.offset, w.height], c.want, c.name);
    assert.equal(w.count, 30, c.name);
  }
});

test('browse/columns scrolls within the columns', () => {
  const base = { ...initialBrowse(), columns: ['year', 'title', 'rating'] };
  const cases: { deltas: number[]; want: number }[] = [
    { deltas: [1], want: 1 },
    { deltas: [1, 1], want: 2 },
    { deltas: [1, 1, 1, 1, 1], want: 2 },
    { deltas: [-1], want: 0 },
    { deltas: [2, -1], want: 1 },
    { deltas: [10, -10], want: 0 },
  ];
  for (const c of cases) {
    const s = run(base, ...c.deltas.map((delta) => ({ type: 'browse/columns', delta }) as const));
    assert.equal(s.colOffset, c.want, `deltas ${c.deltas.join(',')}`);
  }
  assert.equal(browseReducer(initialBrowse(), { type: 'browse/columns', delta: 1 }).colOffset, 0, 'no columns: stays at 0');
});

test('a new request (or a page) with fewer columns leaves no column scroll past the last column',
  () => {
    const wide = run(initialBrowse(),
      { type: 'browse/request', request: scanRequest, page: page(rowsA, firstPage(), ['year', 'title', 'a', 'b', 'c', 'd']) },
      { type: 'browse/columns', delta: 5 });
    assert.equal(wide.colOffset, 5);
    const narrow = browseReducer(wide, { type: 'browse/request', request: queryRequest, page: page(rowsB, firstPage(), ['year', 'title']) });
    assert.ok(narrow.colOffset <= narrow.columns.length - 1, `colOffset ${narrow.colOffset} with ${narrow.columns.length} columns`);
    const paged = browseReducer(wide, { type: 'browse/page', page: page(rowsB, firstPage(), ['year', 'title']) });
    assert.ok(paged.colOffset <= paged.columns.length - 1, `colOffset ${paged.colOffset} with ${paged.columns.length} columns`);
  });

test('quick filter: case-insensitive over the row as JSON text, cursor back to the top, count of matches', () => {
  const rows = [
    movie(1979, 'Alien', { rating: { N: '8.5' } }),
    movie(1986, 'Aliens'),
    movie(1995, 'Heat', { genres: { SS: ['Crime', 'Drama'] } }),
    movie(2009, 'Moon', { note: { S: 'ALIEN-free' } }),
  ];
  const base = run(initialBrowse(),
    { type: 'browse/request', request: scanRequest, page: page(rows, firstPage()) },
    { type: 'browse/window', action: { type: 'bottom' }, height: 10 });
  assert.equal(base.window.cursor, 3);
  const cases: { filter: string; titles: string[] }[] = [
    { filter: 'alien', titles: ['Alien', 'Aliens', 'Moon'] },
    { filter: 'ALIEN', titles: ['Alien', 'Aliens', 'Moon'] },
    { filter: 'aLiEnS', titles: ['Aliens'] },
    { filter: 'rating', titles: ['Alien'] },
    { filter: '"year":1995', titles: ['Heat'] },
    { filter: 'crime', titles: ['Heat'] },
    { filter: '8.5', titles: ['Alien'] },
    { filter: 'nothing like it', titles: [] },
    { filter: '', titles: ['Alien', 'Aliens', 'Heat', 'Moon'] },
  ];
  for (const c of cases) {
    const s = browseReducer(base, { type: 'browse/quickFilter', filter: c.filter });
    assert.equal(s.quickFilter, c.filter);
    assert.deepEqual(shownRows(s).map((r) => r.title!.S), c.titles, c.filter);
    assert.deepEqual(s.window, { cursor: 0, offset: 0, height: 10, count: c.titles.length }, c.filter);
    assert.equal(selectedRow(s)?.title?.S, c.titles[0], c.filter);
    assert.equal(s.rows, base.rows, 'the rows themselves stay');
  }
  // Moving within the filtered rows stops at the last match.
  const moved = run(base, { type: 'browse/quickFilter', filter: 'alien' }, { type: 'browse/window', action: { type: 'move', delta: 5 }, height: 10 });
  assert.equal(moved.window.cursor, 2);
  assert.equal(selectedRow(moved)?.title?.S, 'Moon');
});

test('browse/written with an item: the row with that key shows it, in place; cursor and marks stay', () => {
  const before = run(onFirstPage(), { type: 'browse/mark', key: keyOf(1972, 'A2') });
  const edited = movie(1973, 'A3', { rating: { N: '9' } });
  const s = browseReducer(before, { type: 'browse/written', key: keyOf(1973, 'A3'), item: edited });
  assert.equal(s.rows.length, 12);
  assert.equal(s.rows[3], edited);
  s.rows.forEach((r, i) => { if (i !== 3) assert.equal(r, before.rows[i]); });
  assert.equal(s.window.cursor, 7);
  assert.deepEqual(s.marks, before.marks);
});

test('browse/written without an item: the row goes, and its mark with it', () => {
  const before = run(onFirstPage(),
    { type: 'browse/mark', key: keyOf(1972, 'A2') },
    { type: 'browse/mark', key: keyOf(1975, 'A5') });
  const s = browseReducer(before, { type: 'browse/written', key: keyOf(1972, 'A2') });
  assert.deepEqual(s.rows.map((r) => r.title!.S), ['A0', 'A1', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'A11']);
  assert.deepEqual(Object.values(s.marks), [keyOf(1975, 'A5')]);
  assert.equal(s.window.count, 11);
  assert.equal(s.window.cursor, 7);
  // The last row under the cursor goes: the cursor moves onto the new last row.
  const atEnd = run(before, { type: 'browse/window', action: { type: 'bottom' }, height: 5 }, { type: 'browse/written', key: keyOf(1981, 'A11') });
  assert.deepEqual([atEnd.window.cursor, atEnd.window.count], [10, 11]);
  assert.equal(selectedRow(atEnd)?.title?.S, 'A10');
  // A key not on screen: the rows stay; a mark of it still goes.
  const away = run(before, { type: 'browse/mark', key: keyOf(1800, 'gone') }, { type: 'browse/written', key: keyOf(1800, 'gone') });
  assert.equal(away.rows, before.rows);
  assert.deepEqual(away.marks, before.marks);
});

test('browse/written with an item whose key is not on screen: the new item comes first', () => {
  const before = onFirstPage();
  const created = movie(2024, 'New');
  const s = browseReducer(before, { type: 'browse/written', key: keyOf(2024, 'New'), item: created });
  assert.equal(s.rows.length, 13);
  assert.equal(s.rows[0], created);
  assert.deepEqual(s.rows.slice(1), before.rows);
  assert.equal(s.window.count, 13);
});

test('browse/written finds the row by DynamoDB equality (numbers by value, binary by bytes)', () => {
  const rows = [{ id: { B: new Uint8Array([1, 2, 3]) }, n: { N: '1' } }, { id: { B: new Uint8Array([9]) }, n: { N: '2' } }];
  const s0 = run(initialBrowse(), { type: 'browse/request', request: scanRequest, page: page(rows, firstPage(), ['id']) });
  const updated = { id: { B: new Uint8Array([1, 2, 3]) }, n: { N: '5' } };
  const s1 = browseReducer(s0, { type: 'browse/written', key: { id: { B: new Uint8Array([1, 2, 3]) } }, item: updated });
  assert.equal(s1.rows.length, 2);
  assert.equal(s1.rows[0], updated);
  const s2 = browseReducer(s0, { type: 'browse/written', key: { id: { B: Uint8Array.from([9]) } } });
  assert.equal(s2.rows.length, 1);
  assert.equal(s2.rows[0], rows[0]);
  const numeric = run(initialBrowse(), { type: 'browse/request', request: scanRequest, page: page([{ k: { N: '10' } }], firstPage(), ['k']) });
  assert.equal(browseReducer(numeric, { type: 'browse/written', key: { k: { N: '1E1' } } }).rows.length, 0, '1E1 is 10');
});

test('marks toggle by key; binary keys compare by their bytes; clearMarks empties them', () => {
  const a = { id: { B: new Uint8Array([1, 2]) }, sk: { S: 'x' } };
  const sameBytes = { sk: { S: 'x' }, id: { B: Uint8Array.from([1, 2]) } };
  const other = { id: { B: new Uint8Array([1, 3]) }, sk: { S: 'x' } };
  assert.equal(keyId(a), keyId(sameBytes), 'same bytes, other array, other attribute order: one key');
  assert.notEqual(keyId(a), keyId(other));

  const s1 = browseReducer(initialBrowse(), { type: 'browse/mark', key: a });
  assert.deepEqual(s1.marks, { [keyId(a)]: a });
  const s2 = browseReducer(s1, { type: 'browse/mark', key: other });
  assert.deepEqual(Object.keys(s2.marks).sort(), [keyId(a), keyId(other)].sort());
  const s3 = browseReducer(s2, { type: 'browse/mark', key: sameBytes });
  assert.deepEqual(s3.marks, { [keyId(other)]: other }, 'marking the same key again unmarks it');
  assert.deepEqual(s1.marks, { [keyId(a)]: a }, 'the earlier state is not changed');

  const cleared = browseReducer(s2, { type: 'browse/clearMarks' });
  assert.deepEqual(cleared.marks, {});
  assert.equal(browseReducer(cleared, { type: 'browse/clearMarks' }), cleared, 'nothing marked: same state object');
});

test('keyId: a Buffer and a Uint8Array with the same bytes are the same key, as sameKey says',
  () => {
    assert.equal(keyId({ id: { B: Buffer.from([1, 2]) } }), keyId({ id: { B: new Uint8Array([1, 2]) } }));
  });
