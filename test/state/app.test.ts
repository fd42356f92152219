import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialState } from '../../src/state/app.js';
import { filteredNames } from '../../src/state/tables.js';

test('a first ListTables page answered before the first frame is in the first state', () => {
  const done = initialState({}, [{ kind: 'tables' }], { firstPage: { TableNames: ['A', 'B'] } });
  assert.deepEqual(filteredNames(done.tables), ['A', 'B']);
  assert.equal(done.tables.listing, 'done');
  assert.equal(done.tables.window.count, 2);
  const more = initialState({}, [{ kind: 'tables' }], { firstPage: { TableNames: ['A'], LastEvaluatedTableName: 'A' } });
  assert.equal(more.tables.listing, 'loading');
  assert.equal(initialState({}, [{ kind: 'tables' }]).tables.listing, 'idle');
});
