// The grid's columns and sort as state: keys pinned, the user's order and hidden columns by
// name, and sorting the loaded rows exactly (38-digit numbers, negatives, missing last).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { arrangeColumns, compareCodePoints, noChoice, numberSortText, sortRows } from '../../src/state/columns.js';
import { checkDynamoNumber, compareDecimals } from '../../src/dynamo/codec/index.js';

type Row = Record<string, AttributeValue>;
const cols = ['pk', 'sk', 'a', 'b', 'c', 'd'];

test('arrange: keys pinned; the rest in the chosen order, new columns after it as inferred; hidden ones out of the scroll', () => {
  const cases: { name: string; choice: { order: string[]; hidden: string[] }; pinned: string[]; scroll: string[]; others: string[] }[] = [
    { name: 'no choice', choice: noChoice, pinned: ['pk', 'sk'], scroll: ['a', 'b', 'c', 'd'], others: ['a', 'b', 'c', 'd'] },
    { name: 'reordered', choice: { order: ['c', 'a', 'd', 'b'], hidden: [] }, pinned: ['pk', 'sk'], scroll: ['c', 'a', 'd', 'b'], others: ['c', 'a', 'd', 'b'] },
    { name: 'partial order: the rest follow as inferred', choice: { order: ['d'], hidden: [] }, pinned: ['pk', 'sk'], scroll: ['d', 'a', 'b', 'c'], others: ['d', 'a', 'b', 'c'] },
    { name: 'names not loaded now are skipped', choice: { order: ['gone', 'b'], hidden: ['gone'] }, pinned: ['pk', 'sk'], scroll: ['b', 'a', 'c', 'd'], others: ['b', 'a', 'c', 'd'] },
    { name: 'hidden', choice: { order: [], hidden: ['b', 'd'] }, pinned: ['pk', 'sk'], scroll: ['a', 'c'], others: ['a', 'b', 'c', 'd'] },
    { name: 'a key can be neither hidden nor moved', choice: { order: ['sk', 'a'], hidden: ['pk'] }, pinned: ['pk', 'sk'], scroll: ['a', 'b', 'c', 'd'], others: ['a', 'b', 'c', 'd'] },
  ];
  for (const c of cases) {
    const got = arrangeColumns(cols, ['pk', 'sk'], c.choice);
    assert.deepEqual(got, { pinned: c.pinned, scroll: c.scroll, others: c.others }, c.name);
  }
  assert.deepEqual(arrangeColumns(['gsk', 'pk', 'x'], ['gsk', 'pk'], noChoice).pinned, ['gsk', 'pk'], 'index keys first, as given');
});

const row = (id: string, v?: AttributeValue): Row => (v ? { id: { S: id }, v } : { id: { S: id } });
const ids = (rows: Row[]) => rows.map((r) => r.id!.S);

test('sort numbers by exact value: 38 digits, negatives, fractions, exponents; missing last both ways; ties keep read order', () => {
  const rows = [
    row('big', { N: '12345678901234567890123456789012345678' }),
    row('bigMinus1', { N: '12345678901234567890123456789012345677' }),
    row('none1'),
    row('neg', { N: '-5' }),
    row('negBig', { N: '-12345678901234567890123456789012345678' }),
    row('tiny', { N: '0.000001' }),
    row('thousand', { N: '1E+3' }),
    row('thousand2', { N: '1000.0' }),
    row('zero', { N: '0' }),
    row('negZero', { N: '-0' }),
    row('almost', { N: '999.99999999999999999999999999999999999' }),
    row('none2'),
  ];
  const asc = ids(sortRows(rows, { column: 'v', descending: false }));
  assert.deepEqual(asc, ['negBig', 'neg', 'zero', 'negZero', 'tiny', 'almost', 'thousand', 'thousand2', 'bigMinus1', 'big', 'none1', 'none2']);
  const desc = ids(sortRows(rows, { column: 'v', descending: true }));
  assert.deepEqual(desc, ['big', 'bigMinus1', 'thousand', 'thousand2', 'almost', 'tiny', 'zero', 'negZero', 'neg', 'negBig', 'none1', 'none2']);
  assert.deepEqual(ids(rows), ids([...rows]), 'the input is left as it was');
  const extremes = [row('max', { N: '9.9999999999999999999999999999999999999E+125' }), row('negMin', { N: '-1E-130' }), row('min', { N: '1E-130' }),
    row('negMax', { N: '-9.9999999999999999999999999999999999999E+125' }), row('zero', { N: '0' })];
  assert.deepEqual(ids(sortRows(extremes, { column: 'v', descending: false })), ['negMax', 'negMin', 'zero', 'min', 'max'], 'the ends of the range');
  // A double cannot tell these apart: both are 1.2345678901234568e+37.
  assert.equal(Number('12345678901234567890123456789012345678'), Number('12345678901234567890123456789012345677'));
});

test('sort strings by code point (not UTF-16 units), types kept together, bool and binary', () => {
  const rows = [
    row('emoji', { S: '😀' }), // U+1F600, a surrogate pair
    row('private', { S: '\uFFFD' }), // above the surrogates in UTF-16, below U+1F600 by code point
    row('upper', { S: 'B' }),
    row('lower', { S: 'a' }),
    row('empty', { S: '' }),
    row('num', { N: '10' }),
    row('bin', { B: new Uint8Array([1, 2]) }),
    row('true', { BOOL: true }),
    row('false', { BOOL: false }),
    row('null', { NULL: true }),
  ];
  assert.deepEqual(ids(sortRows(rows, { column: 'v', descending: false })),
    ['num', 'empty', 'upper', 'lower', 'private', 'emoji', 'bin', 'false', 'true', 'null']);
  assert.ok('😀' < '\uFFFD', 'UTF-16 order differs here');
  assert.equal(compareCodePoints('😀', '\uFFFD'), 1);
  assert.equal(compareCodePoints('ab', 'abc'), -1);
  assert.equal(compareCodePoints('é', 'é'), 0);
});

test('compareDecimals and the sort text agree with exact rational comparison (BigInt), for any two DynamoDB numbers', () => {
  // value = m x 10^e; texts written in several forms the codec accepts.
  const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 38n) + 1n, max: 10n ** 38n - 1n }), fc.integer({ min: -60, max: 60 }), fc.constantFrom('plain', 'exp'));
  const text = ([m, e, form]: [bigint, number, string]) => {
    if (form === 'exp' || e >= 0) return `${m}E${e}`;
    const neg = m < 0n;
    const digits = (neg ? -m : m).toString().padStart(-e + 1, '0');
    return `${neg ? '-' : ''}${digits.slice(0, e)}.${digits.slice(e)}`;
  };
  fc.assert(fc.property(decimal, decimal, (a, b) => {
    const pa = checkDynamoNumber(text(a)), pb = checkDynamoNumber(text(b));
    if (!pa.ok || !pb.ok) return true;
    const shift = Math.min(a[1], b[1]);
    const va = a[0] * 10n ** BigInt(a[1] - shift), vb = b[0] * 10n ** BigInt(b[1] - shift);
    const want = va < vb ? -1 : va > vb ? 1 : 0;
    const ta = numberSortText(pa.parts), tb = numberSortText(pb.parts);
    return compareDecimals(pa.parts, pb.parts) === want && (ta < tb ? -1 : ta > tb ? 1 : 0) === want;
  }), { numRuns: 2000 });
});
