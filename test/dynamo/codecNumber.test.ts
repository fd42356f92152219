import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDynamoNumber, numberKey, toJsonNumberText } from '../../src/dynamo/codec/number.js';

const valid: [string, string][] = [
  ['0', '0'],
  ['-0', '0'],
  ['0.000', '0'],
  ['0E999999999999', '0'],
  ['1', '1e0'],
  ['1.0', '1e0'],
  ['10E-1', '1e0'],
  ['+1', '1e0'],
  ['007', '7e0'],
  ['.5', '5e-1'],
  ['5.', '5e0'],
  ['-1E-130', '-1e-130'],
  [`0.${'0'.repeat(129)}1`, '1e-130'],
  ['9.9999999999999999999999999999999999999E+125', `${'9'.repeat(38)}e125`],
  ['12345678901234567890123456789012345678', '12345678901234567890123456789012345678e37'],
  ['1234567890123456789012345678901234567800000', '12345678901234567890123456789012345678e42'],
  ['00012345678901234567890123456789012345678.000', '12345678901234567890123456789012345678e37'],
];

for (const [text, key] of valid) {
  test(`accepts ${text}`, () => {
    const check = checkDynamoNumber(text);
    assert.ok(check.ok, text);
    assert.equal(numberKey(check.parts), key);
  });
}

const invalid: [string, RegExp][] = [
  ['', /is not a number/],
  ['.', /is not a number/],
  ['-', /is not a number/],
  ['1e', /is not a number/],
  [' 1', /is not a number/],
  ['NaN', /is not a number/],
  ['Infinity', /is not a number/],
  ['0x10', /is not a number/],
  ['1_000', /is not a number/],
  ['123456789012345678901234567890123456789', /39 significant digits/],
  ['1.23456789012345678901234567890123456789', /39 significant digits/],
  ['1E126', /out of range/],
  ['9.99999999999999999999999999999999999999E+125', /39 significant digits/],
  ['-1E-131', /out of range/],
  ['0.1E-130', /out of range/],
  [`0.${'0'.repeat(130)}1`, /out of range/],
  ['1E99999999999999999999', /out of range/],
  ['1E-99999999999999999999', /out of range/],
];

for (const [text, reason] of invalid) {
  test(`rejects ${JSON.stringify(text)}`, () => {
    const check = checkDynamoNumber(text);
    assert.ok(!check.ok);
    assert.match(check.reason, reason);
  });
}

test('JSON spelling of DynamoDB-accepted forms keeps the value', () => {
  assert.equal(toJsonNumberText('1.5E+3'), '1.5E+3');
  assert.equal(toJsonNumberText('+1'), '1');
  assert.equal(toJsonNumberText('.5'), '0.5');
  assert.equal(toJsonNumberText('-5.e3'), '-5e3');
  assert.equal(toJsonNumberText('007.10'), '7.10');
  assert.equal(toJsonNumberText('abc'), undefined);
});
