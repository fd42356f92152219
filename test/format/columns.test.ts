import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { inferColumns, suggestColumnWidths } from '../../src/format/columns.js';

type Row = Record<string, AttributeValue>;
const s = (S: string): AttributeValue => ({ S });

const rows: Row[] = [
  { year: { N: '1999' }, title: s('The Matrix'), genre: s('Sci-Fi'), rating: { N: '8.7' }, plot: s('…') },
  { year: { N: '2003' }, title: s('Reloaded'), rating: { N: '7.2' }, zeta: s('z') },
  { year: { N: '2003' }, title: s('Revolutions'), rating: { N: '6.8' }, alpha: s('a'), plot: s('…') },
];

const orders: [string, (string | undefined)[], Row[], string[]][] = [
  ['table keys, then by frequency, ties by name', ['year', 'title'], rows, ['year', 'title', 'rating', 'plot', 'alpha', 'genre', 'zeta']],
  ['index keys after table keys', ['year', 'title', 'genre', 'rating'], rows, ['year', 'title', 'genre', 'rating', 'plot', 'alpha', 'zeta']],
  ['repeated keys (an LSI shares the partition key)', ['year', 'title', 'year', 'rating'], rows, ['year', 'title', 'rating', 'plot', 'alpha', 'genre', 'zeta']],
  ['no sort key', ['year', undefined], rows, ['year', 'rating', 'title', 'plot', 'alpha', 'genre', 'zeta']],
  ['keys shown with no rows', ['pk', 'sk'], [], ['pk', 'sk']],
  ['keys shown when projected away', ['pk'], [{ a: s('1') }], ['pk', 'a']],
  ['ties by code unit, not locale', [], [{ b: s(''), B: s(''), a: s(''), é: s('') }], ['B', 'a', 'b', 'é']],
  ['odd names', ['pk'], [Object.fromEntries([['__proto__', s('x')], ['a.b', s('y')], ['pk', s('k')]])], ['pk', '__proto__', 'a.b']],
];

for (const [name, keys, data, want] of orders) {
  test(`columns: ${name}`, () => assert.deepStrictEqual(inferColumns(keys, data), want));
}

test('widths: widest cell or header, capped', () => {
  const cols = ['year', 'title', 'genre', 'plot', 'x'];
  const data: Row[] = [...rows, { x: s('a'.repeat(100)), plot: s('日本語') }];
  assert.deepStrictEqual(suggestColumnWidths(cols, data, { max: 30 }), [4, 11, 6, 6, 30]);
});

test('widths: a column named like an Object member, missing from a row', () => {
  assert.deepStrictEqual(suggestColumnWidths(['constructor', '__proto__'], [{}, Object.fromEntries([['__proto__', s('x')]])]), [11, 9]);
});

test('widths: a long header is capped too, and min applies', () => {
  assert.deepStrictEqual(suggestColumnWidths(['a'.repeat(50), 'b'], [{ b: s('') }], { max: 20, min: 3 }), [20, 3]);
});
