// The column picker and the sort chooser through the grid's reducer: a draft until enter,
// dropped by esc; the choice outlives pages and new requests; the scroll skips pinned keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arranged, browseReducer, initialBrowse, selectedRow, shownRows, type BrowseAction, type BrowseState, type Item, type LoadedPage, type ReadRequest } from '../../src/state/browse.js';
import { pickerMatches, pickerSelected } from '../../src/state/picker.js';
import { afterPage, firstPage } from '../../src/state/paging.js';

const run = (s: BrowseState, ...actions: BrowseAction[]): BrowseState => actions.reduce(browseReducer, s);
const scan: ReadRequest = { operation: 'Scan', input: { TableName: 'T' }, label: 'scan' };
const columns = ['id', 'n', 'alpha', 'beta', 'gamma', 'score'];
const item = (i: number, score?: string): Item => ({
  id: { S: `r${i}` }, n: { N: String(i) }, alpha: { S: `a${i}` }, beta: { S: `b${i}` }, gamma: { S: `g${i}` }, ...(score ? { score: { N: score } } : {}),
});
const rows = [item(0, '-1'), item(1), item(2, '99999999999999999999999999999999999999'), item(3, '0.5')];
const loaded = (r: Item[] = rows, more = false): LoadedPage => ({
  rows: r, meta: { count: r.length, scanned: r.length, capacity: 1 }, paging: afterPage(firstPage(), more ? { id: { S: 'x' }, n: { N: '1' } } : undefined), columns, keys: ['id', 'n'],
});
const grid = () => run(initialBrowse(), { type: 'browse/request', request: scan, page: loaded() });
const picker = (action: import('../../src/state/picker.js').PickerAction): BrowseAction => ({ type: 'browse/picker', action });
const filter = (text: string): BrowseAction => picker({ type: 'filter', text, cursor: text.length });

test('h/l scroll the non-key columns only: the keys are not part of the scroll', () => {
  const s = grid();
  assert.deepEqual(arranged(s).pinned, ['id', 'n']);
  assert.deepEqual(arranged(s).scroll, ['alpha', 'beta', 'gamma', 'score']);
  assert.equal(run(s, ...Array(10).fill({ type: 'browse/columns', delta: 1 })).colOffset, 3, 'up to the last non-key column');
  assert.equal(run(s, { type: 'browse/columns', delta: 2 }, { type: 'browse/columns', delta: -5 }).colOffset, 0);
});

test('picker: space hides, shift+arrows reorder, enter applies and scrolls to the column under the cursor', () => {
  const s = run(grid(), { type: 'browse/pickerOpen', mode: 'columns' });
  assert.deepEqual(pickerMatches(s.picker!).map((e) => e.name), columns);
  // The cursor on a key: space and moves do nothing to it.
  const onKey = run(s, picker({ type: 'toggle' }), picker({ type: 'move', delta: 1 }));
  assert.deepEqual([onKey.picker!.hidden, onKey.picker!.names], [[], ['alpha', 'beta', 'gamma', 'score']]);
  const edited = run(s,
    picker({ type: 'cursor', delta: 3 }), picker({ type: 'toggle' }), // beta hidden
    picker({ type: 'cursor', delta: 2 }), picker({ type: 'move', delta: -1 }), picker({ type: 'move', delta: -1 }), picker({ type: 'move', delta: -1 }), // score first
    picker({ type: 'move', delta: -1 })); // already first: stays
  assert.deepEqual(edited.picker!.names, ['score', 'alpha', 'beta', 'gamma']);
  assert.equal(pickerSelected(edited.picker!)?.name, 'score', 'the cursor follows the moved column');
  assert.deepEqual(edited.choice, { order: [], hidden: [] }, 'a draft until enter');
  const applied = run(edited, { type: 'browse/pickerApply' });
  assert.equal(applied.picker, undefined);
  assert.deepEqual(applied.choice, { order: ['score', 'alpha', 'beta', 'gamma'], hidden: ['beta'] });
  assert.deepEqual(arranged(applied).scroll, ['score', 'alpha', 'gamma']);
  assert.equal(applied.colOffset, 0, 'score, under the cursor, is the first scrolled column');
  const cancelled = run(edited, { type: 'browse/pickerCancel' });
  assert.deepEqual([cancelled.picker, cancelled.choice], [undefined, { order: [], hidden: [] }], 'esc drops the draft');
});

test('picker: typing filters by name (case-insensitive) and enter goes to that column', () => {
  const s = run(grid(), { type: 'browse/pickerOpen', mode: 'columns' }, filter('GAM'));
  assert.deepEqual(pickerMatches(s.picker!).map((e) => e.name), ['gamma']);
  assert.equal(run(s, filter('zzz')).picker && pickerMatches(run(s, filter('zzz')).picker!).length, 0);
  const applied = run(s, { type: 'browse/pickerApply' });
  assert.equal(arranged(applied).scroll[applied.colOffset], 'gamma');
  // A match on nothing applies nothing new and keeps the scroll.
  const none = run(grid(), { type: 'browse/columns', delta: 1 }, { type: 'browse/pickerOpen', mode: 'columns' }, filter('zzz'), { type: 'browse/pickerApply' });
  assert.equal(none.colOffset, 1);
});

test('the choice outlives a next page and a new request; the scroll stays within the shown columns', () => {
  const chosen = run(grid(), { type: 'browse/pickerOpen', mode: 'columns' }, filter('score'), { type: 'browse/pickerApply' },
    { type: 'browse/pickerOpen', mode: 'columns' }, filter('alpha'), picker({ type: 'toggle' }), { type: 'browse/pickerApply' });
  assert.deepEqual(chosen.choice.hidden, ['alpha']);
  const paged = run(chosen, { type: 'browse/page', page: loaded([item(7)]) });
  assert.deepEqual(arranged(paged).scroll, ['beta', 'gamma', 'score']);
  const requested = run(chosen, { type: 'browse/request', request: { ...scan, label: 'scan + filter' }, page: loaded([item(8)]) });
  assert.deepEqual(requested.choice, chosen.choice);
  assert.equal(requested.colOffset, 0);
  const fewer = run(chosen, { type: 'browse/columns', delta: 5 }, { type: 'browse/page', page: { ...loaded([item(1)]), columns: ['id', 'n', 'beta'] } });
  assert.equal(fewer.colOffset, 0, 'one shown column left: the scroll is on it');
});

test('sort chooser: enter sorts the loaded rows (cursor to the first row), space turns the direction, "as read" clears it', () => {
  const s = run(grid(), { type: 'browse/window', action: { type: 'move', delta: 2 }, height: 10 }, { type: 'browse/pickerOpen', mode: 'sort' });
  assert.equal(pickerMatches(s.picker!)[0]!.name, '', 'the order as read comes first');
  const byScore = run(s, filter('sco'), { type: 'browse/pickerApply' });
  assert.deepEqual(byScore.sort, { column: 'score', descending: false });
  assert.deepEqual(shownRows(byScore).map((r) => r.id!.S), ['r0', 'r3', 'r2', 'r1'], 'numbers by value, missing last');
  assert.equal(byScore.window.cursor, 0);
  assert.equal(arranged(byScore).scroll[byScore.colOffset], 'score', 'the grid scrolls to the sorted column');
  assert.deepEqual(byScore.rows, rows, 'the loaded rows themselves are not reordered');
  const reopened = run(byScore, { type: 'browse/pickerOpen', mode: 'sort' });
  assert.equal(pickerSelected(reopened.picker!)?.name, 'score', 'reopened on the column sorted by');
  const desc = run(reopened, picker({ type: 'toggle' }), { type: 'browse/pickerApply' });
  assert.deepEqual(shownRows(desc).map((r) => r.id!.S), ['r2', 'r3', 'r0', 'r1'], 'descending, missing still last');
  const cleared = run(desc, { type: 'browse/pickerOpen', mode: 'sort' }, picker({ type: 'cursor', delta: -99 }), { type: 'browse/pickerApply' });
  assert.equal(cleared.sort, undefined);
  assert.equal(shownRows(cleared), cleared.rows);
  // A next page is sorted on its own; a new request starts unsorted.
  const next = run(desc, { type: 'browse/page', page: loaded([item(5, '3'), item(6, '4')]) });
  assert.deepEqual(shownRows(next).map((r) => r.id!.S), ['r6', 'r5']);
  assert.equal(run(desc, { type: 'browse/request', request: scan, page: loaded() }).sort, undefined);
});

test('sort and quick filter together; the selected row is the one on screen', () => {
  const s = run(grid(), { type: 'browse/pickerOpen', mode: 'sort' }, filter('score'), picker({ type: 'toggle' }), { type: 'browse/pickerApply' },
    { type: 'browse/quickFilter', filter: 'SCORE' }, { type: 'browse/window', action: { type: 'move', delta: 1 }, height: 10 });
  assert.deepEqual(shownRows(s).map((r) => r.id!.S), ['r2', 'r3', 'r0'], 'rows with a score, highest first');
  assert.equal(selectedRow(s)?.id!.S, 'r3');
  assert.equal(shownRows(s), shownRows(s), 'sorted once, not on every call');
  const after = run(s, { type: 'browse/written', key: { id: { S: 'r3' }, n: { N: '3' } }, item: item(3, '-9') });
  assert.deepEqual(shownRows(after).map((r) => r.id!.S), ['r2', 'r0', 'r3'], 'a written row takes its sorted place');
});

test('while A loads page after page the rows stay in read order; sorted once the last page is in', () => {
  const sorted = run(grid(), { type: 'browse/pickerOpen', mode: 'sort' }, filter('score'), { type: 'browse/pickerApply' });
  const progress = { running: true, pages: 1, scanned: 4, capacity: 1, truncated: false, cancelled: false };
  const loading = run(sorted, { type: 'browse/all', progress, rows: [...rows] });
  assert.deepEqual(shownRows(loading).map((r) => r.id!.S), ['r0', 'r1', 'r2', 'r3']);
  const done = run(loading, { type: 'browse/all', progress: { ...progress, running: false }, rows: [...rows] });
  assert.deepEqual(shownRows(done).map((r) => r.id!.S), ['r0', 'r3', 'r2', 'r1']);
});
