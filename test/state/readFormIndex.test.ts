// Switching the query form's index: values typed for the old index's keys go unless the
// new index has the same attribute in the same role; ← steps the choice back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyReadForm, type ReadForm } from '../../src/dynamo/read/form.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import { readFormFields, withIndex } from '../../src/state/readFormFields.js';
import { chosenValue } from '../../src/state/form.js';
import { setReadFormValue } from '../../src/views/readForm/values.js';

const N = (name: string) => ({ name, type: 'N' });
const S = (name: string) => ({ name, type: 'S' });
const idx = (kind: 'GSI' | 'LSI', name: string, pk: { name: string; type: string }, sk?: { name: string; type: string }) =>
  ({ kind, name, partitionKey: pk, sortKey: sk, projection: 'ALL' });
const movies: TableInfo = {
  name: 'Movies', status: 'ACTIVE', billing: 'PAY_PER_REQUEST', partitionKey: N('year'), sortKey: S('title'),
  gsis: [idx('GSI', 'GenreRating', S('genre'), N('rating')), idx('GSI', 'ByTitle', S('title'))],
  lsis: [idx('LSI', 'YearRating', N('year'), N('rating'))],
  stream: { enabled: false }, deletionProtection: false, tableClass: 'STANDARD',
};
const typed: ReadForm = { ...emptyReadForm('query'), partitionValue: '1999', sortOp: 'begins_with', sortValue: 'The', filter: 'rating > 5' };

test('table -> LSI: the shared partition key keeps its value, the other sort key starts empty', () => {
  const f = withIndex(movies, typed, 'YearRating');
  assert.equal(f.index, 'YearRating');
  assert.equal(f.partitionValue, '1999');
  assert.equal(f.sortOp, undefined);
  assert.equal(f.sortValue, '');
  assert.equal(f.filter, 'rating > 5', 'fields that are not keys are kept');
});

test('table -> GSI on other attributes: both key values are cleared', () => {
  const f = withIndex(movies, typed, 'GenreRating');
  assert.deepEqual([f.partitionValue, f.sortOp, f.sortValue, f.sortValue2], ['', undefined, '', '']);
});

test('an index keyed on the same attribute in another role does not inherit it', () => {
  // title is the table's sort key but ByTitle's partition key: "The" is not a title to query.
  const f = withIndex(movies, typed, 'ByTitle');
  assert.equal(f.partitionValue, '');
});

test('back to the table from the LSI keeps year; the same index keeps everything', () => {
  const onLsi: ReadForm = { ...typed, index: 'YearRating', sortOp: '>=', sortValue: '7' };
  const back = withIndex(movies, onLsi, undefined);
  assert.equal(back.partitionValue, '1999');
  assert.equal(back.sortOp, undefined);
  assert.deepEqual(withIndex(movies, onLsi, 'YearRating'), onLsi);
});

test('the form sets the index through withIndex, and ← on the index steps back', () => {
  const f = setReadFormValue(typed, 'index', 'GenreRating', movies);
  assert.equal(f.partitionValue, '');
  const field = readFormFields(movies, emptyReadForm('query'))[0]!;
  assert.equal(chosenValue(field, '', false), 'GenreRating');
  assert.equal(chosenValue(field, 'GenreRating', true), '');
  assert.equal(chosenValue(field, '', true), 'YearRating', '← from the first wraps to the last');
});
