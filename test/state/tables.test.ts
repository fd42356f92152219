import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filteredNames, initialTables, namesToDescribe, selectedName, tablesReducer, type TablesAction, type TablesState } from '../../src/state/tables.js';

const run = (...actions: TablesAction[]) => actions.reduce(tablesReducer, initialTables);
const names = Array.from({ length: 250 }, (_, i) => `table-${String(i).padStart(3, '0')}`);

test('pages of names accumulate and the window counts them', () => {
  const s = run({ type: 'tables/listStart' }, { type: 'tables/page', names: names.slice(0, 100) }, { type: 'tables/page', names: names.slice(100) }, { type: 'tables/listDone' });
  assert.equal(s.names.length, 250);
  assert.equal(s.window.count, 250);
  assert.equal(s.listing, 'done');
});

test('only rows in view are asked for DescribeTable, once', () => {
  let s: TablesState = run({ type: 'tables/window', action: { type: 'resize', height: 10 }, height: 10 }, { type: 'tables/page', names });
  assert.deepEqual(namesToDescribe(s), names.slice(0, 10));
  s = tablesReducer(s, { type: 'tables/describing', names: names.slice(0, 10) });
  assert.deepEqual(namesToDescribe(s), []);
  s = tablesReducer(s, { type: 'tables/window', action: { type: 'move', delta: 12 }, height: 10 });
  assert.deepEqual(namesToDescribe(s), names.slice(10, 13));
});

test('the filter narrows loaded names case-insensitively and resets the cursor', () => {
  let s = run({ type: 'tables/page', names: ['Movies', 'AppData', 'movie-archive'] }, { type: 'tables/window', action: { type: 'move', delta: 2 }, height: 10 });
  s = tablesReducer(s, { type: 'tables/filter', filter: 'MOVIE' });
  assert.deepEqual(filteredNames(s), ['Movies', 'movie-archive']);
  assert.equal(selectedName(s), 'Movies');
  assert.equal(s.window.count, 2);
});

test('a new listing keeps the old names until its first page replaces them; a failure keeps them', () => {
  let s = run({ type: 'tables/listStart' }, { type: 'tables/page', names: ['a', 'b'] }, { type: 'tables/listDone' });
  s = tablesReducer(s, { type: 'tables/describing', names: ['a'] });
  s = tablesReducer(s, { type: 'tables/listStart' });
  assert.deepEqual(s.names, ['a', 'b'], 'still shown while the new listing is read');
  assert.equal(s.replacing, true);
  const failed = tablesReducer(s, { type: 'tables/listError', problem: { title: 'Expired', detail: 'token expired' } });
  assert.deepEqual(failed.names, ['a', 'b']);
  assert.equal(failed.replacing, false);
  s = tablesReducer(s, { type: 'tables/page', names: ['c'] });
  assert.deepEqual(s.names, ['c']);
  assert.deepEqual(s.summaries, {}, 'descriptions of the old listing go with it');
  assert.equal(s.window.count, 1);
  s = tablesReducer(tablesReducer(s, { type: 'tables/listStart' }), { type: 'tables/listDone' });
  assert.deepEqual(s.names, [], 'a listing of no tables replaces the last one too');
});

test('tables/select puts the cursor on a name now, or once a page lists it', () => {
  let s = tablesReducer(initialTables, { type: 'tables/listStart' });
  s = tablesReducer(s, { type: 'tables/window', action: { type: 'resize', height: 5 }, height: 5 });
  s = tablesReducer(s, { type: 'tables/page', names: ['a', 'b', 'c'] });
  s = tablesReducer(s, { type: 'tables/select', name: 'n' });
  assert.equal(selectedName(s), 'a', 'not listed yet: the cursor stays');
  s = tablesReducer(s, { type: 'tables/page', names: ['m', 'n', 'o'] });
  assert.equal(selectedName(s), 'n');
  assert.equal(s.select, undefined);
  s = tablesReducer(s, { type: 'tables/select', name: 'b' });
  assert.equal(selectedName(s), 'b');
});
