// addNumbers: exact decimal sums of DynamoDB numbers over the whole range (38 digits,
// 1E-130 to 1E+126), never through a double; a sum DynamoDB could not store is undefined.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addNumbers, checkDynamoNumber, numberKey } from '../../src/dynamo/codec/index.js';
import { dynamoNumberText } from '../helpers/arbitraries.js';

const key = (text: string) => {
  const check = checkDynamoNumber(text);
  assert.ok(check.ok, text);
  return numberKey(check.parts);
};

const sums: [string, string, '+' | '-', string | undefined][] = [
  ['5', '1', '+', '6'],
  ['0.1', '0.2', '+', '0.3'],
  ['12345678901234567890123456789012345678', '1', '+', '12345678901234567890123456789012345679'],
  ['99999999999999999999999999999999999999', '1', '+', '1E+38'],
  ['1.5', '2.25', '-', '-0.75'],
  ['1E+125', '-1E+125', '+', '0'],
  ['1.5E+100', '2.5E+100', '+', '4E+100'],
  ['-1E-130', '-1E-130', '+', '-2E-130'],
  ['123E-5', '1', '+', '1.00123'],
  ['1E-130', '1', '+', undefined], // 131 significant digits
  ['9.9999999999999999999999999999999999999E+125', '1E+88', '+', undefined], // out of range
  ['5E-131', '5E-131', '+', undefined], // not a DynamoDB number
];

for (const [a, b, op, want] of sums) {
  test(`addNumbers: ${a} ${op} ${b}`, () => {
    const got = addNumbers(a, b, op);
    if (want === undefined) assert.equal(got, undefined);
    else assert.equal(key(got!), key(want));
  });
}

test('addNumbers: commutative, 0 is neutral, (a + b) - b = a exactly, and every result is a valid DynamoDB number', () => {
  fc.assert(fc.property(dynamoNumberText, dynamoNumberText, (a, b) => {
    assert.equal(key(addNumbers(a, '0')!), key(a));
    assert.equal(addNumbers(a, a, '-'), '0');
    const sum = addNumbers(a, b);
    assert.equal(sum === undefined ? undefined : key(sum), (() => { const s = addNumbers(b, a); return s === undefined ? undefined : key(s); })());
    if (sum === undefined) return;
    assert.ok(checkDynamoNumber(sum).ok, sum);
    assert.equal(key(addNumbers(sum, b, '-')!), key(a));
  }), { numRuns: 3000 });
});

test('addNumbers: integers agree with BigInt', () => {
  fc.assert(fc.property(fc.bigInt({ min: -(10n ** 37n), max: 10n ** 37n }), fc.bigInt({ min: -(10n ** 37n), max: 10n ** 37n }), (a, b) => {
    assert.equal(key(addNumbers(String(a), String(b))!), key(String(a + b)));
    assert.equal(key(addNumbers(String(a), String(b), '-')!), key(String(a - b)));
  }), { numRuns: 2000 });
});
