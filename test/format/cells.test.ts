import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { formatCell, formatRowCell, type CellKind } from '../../src/format/cells.js';
import { displayWidth } from '../../src/format/width.js';
import { attributeValue } from '../helpers/arbitraries.js';

const bytes = (...b: number[]) => new Uint8Array(b);

const cases: [string, AttributeValue | undefined, number, string, CellKind][] = [
  ['string', { S: 'The Matrix' }, 20, 'The Matrix', 'string'],
  ['string cut at exact width', { S: 'The Matrix' }, 10, 'The Matrix', 'string'],
  ['string one short', { S: 'The Matrix' }, 9, 'The Matr…', 'string'],
  ['newline and tab escaped', { S: 'a\nb\tc\r' }, 20, 'a\\nb\\tc\\r', 'string'],
  ['escape sequence defused', { S: '\u001b[31mred' }, 20, '\\x1b[31mred', 'string'],
  ['bidi override shown', { S: 'a\u202eb' }, 20, 'a\\u202eb', 'string'],
  ['quotes raw at top level', { S: 'say "hi"' }, 20, 'say "hi"', 'string'],
  ['CJK fits', { S: '日本語' }, 6, '日本語', 'string'],
  ['CJK cut', { S: '日本語' }, 5, '日本…', 'string'],
  ['emoji cut', { S: '😀😀😀' }, 4, '😀…', 'string'],
  ['empty string', { S: '' }, 10, '""', 'empty'],
  ['string "null"', { S: 'null' }, 10, 'null', 'string'],
  ['missing', undefined, 10, '', 'missing'],
  ['NULL', { NULL: true }, 10, 'NULL', 'null'],
  ['true', { BOOL: true }, 10, 'true', 'bool'],
  ['false', { BOOL: false }, 10, 'false', 'bool'],
  ['38-digit number exact', { N: '12345678901234567890123456789012345678' }, 40, '12345678901234567890123456789012345678', 'number'],
  ['tiny number as stored', { N: '-1E-130' }, 10, '-1E-130', 'number'],
  ['number cut', { N: '12345678901234567890' }, 8, '1234567…', 'number'],
  ['binary', { B: bytes(0, 1, 2) }, 20, 'b64:AAEC', 'binary'],
  ['binary cut', { B: bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9) }, 10, 'b64:AAECA…', 'binary'],
  ['empty binary', { B: bytes() }, 10, 'b64:', 'binary'],
  ['string set', { SS: ['a', 'b, c'] }, 30, '{"a", "b, c"}', 'set'],
  ['number set', { NS: ['1', '2.50'] }, 30, '{1, 2.50}', 'set'],
  ['binary set', { BS: [bytes(1), bytes(2)] }, 30, '{b64:AQ==, b64:Ag==}', 'set'],
  ['set cut', { SS: ['alpha', 'beta', 'gamma'] }, 12, '{"alpha", "…', 'set'],
  ['map', { M: { name: { S: 'x' }, 'a b': { N: '1' }, n: { NULL: true } } }, 40, '{name: "x", "a b": 1, n: NULL}', 'map'],
  ['empty map', { M: {} }, 10, '{}', 'map'],
  ['list', { L: [{ S: 'a' }, { N: '1' }, { BOOL: false }, { L: [] }] }, 40, '["a", 1, false, []]', 'list'],
  ['nested string escaped', { L: [{ S: 'say "hi"\n' }] }, 40, '["say \\"hi\\"\\n"]', 'list'],
  ['list abbreviated', { L: Array.from({ length: 50 }, (_, i) => ({ N: String(i) })) }, 12, '[0, 1, 2, 3…', 'list'],
  ['deep map abbreviated', { M: { a: { M: { b: { M: { c: { S: 'x'.repeat(50) } } } } } } }, 16, '{a: {b: {c: "xx…', 'map'],
  ['zero width', { S: 'abc' }, 0, '', 'string'],
];

for (const [name, av, width, text, kind] of cases) {
  test(`cell: ${name}`, () => {
    const cell = formatCell(av, width);
    assert.deepStrictEqual({ text: cell.text, kind: cell.kind }, { text, kind });
    assert.ok(displayWidth(cell.text) <= width);
  });
}

test('a row without the column gives a missing cell, whatever the name', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'x']) assert.equal(formatRowCell({}, name, 10).kind, 'missing');
  assert.equal(formatRowCell({ x: { S: '' } }, 'x', 10).kind, 'empty');
});

test('numbers align right, everything else left', () => {
  assert.equal(formatCell({ N: '1' }, 5).align, 'right');
  assert.equal(formatCell({ S: '1' }, 5).align, 'left');
  assert.equal(formatCell({ NS: ['1'] }, 5).align, 'left');
});

test('a huge string is cut without escaping all of it', () => {
  const started = performance.now();
  for (let i = 0; i < 200; i++) assert.equal(formatCell({ S: '\n'.repeat(400_000) }, 6).text, '\\n\\n\\…');
  assert.ok(performance.now() - started < 1000);
});

test('any value fits its width on one line with no control characters', () => {
  fc.assert(
    fc.property(attributeValue, fc.integer({ min: 0, max: 60 }), (av, width) => {
      const { text } = formatCell(av, width);
      assert.ok(displayWidth(text) <= width, `${JSON.stringify(text)} wider than ${width}`);
      assert.doesNotMatch(text, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    }),
    { numRuns: 1000 },
  );
});

test('a cell that fits is not cut, and a cut cell ends in the ellipsis', () => {
  fc.assert(
    fc.property(attributeValue, fc.integer({ min: 1, max: 60 }), (av, width) => {
      const full = formatCell(av, Infinity).text;
      const { text } = formatCell(av, width);
      if (displayWidth(full) <= width) assert.equal(text, full);
      else assert.ok(text.endsWith('…'), `${JSON.stringify(text)} from ${JSON.stringify(full)}`);
    }),
    { numRuns: 1000 },
  );
});
