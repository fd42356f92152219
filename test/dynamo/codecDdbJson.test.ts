import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ddbJsonToItem, ddbJsonToValue, itemToDdbJson, valueToDdbJson } from '../../src/dynamo/codec/ddbJson.js';
import { CodecError } from '../../src/dynamo/codec/errors.js';

const movie = {
  year: { N: '1999' },
  title: { S: 'The Matrix' },
  poster: { B: new Uint8Array([0, 1, 2]) },
  info: { M: { genres: { SS: ['Action', 'Sci-Fi'] }, actors: { L: [{ S: 'Keanu' }, { NULL: true as const }] } } },
};

test('prints the AWS CLI shape, small values on one line', () => {
  assert.equal(
    itemToDdbJson(movie),
    [
      '{',
      '  "year": { "N": "1999" },',
      '  "title": { "S": "The Matrix" },',
      '  "poster": { "B": "AAEC" },',
      '  "info": {',
      '    "M": {',
      '      "genres": { "SS": ["Action", "Sci-Fi"] },',
      '      "actors": {',
      '        "L": [',
      '          { "S": "Keanu" },',
      '          { "NULL": true }',
      '        ]',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  );
});

test('compact output is one line and parses back', () => {
  const text = itemToDdbJson(movie, { compact: true });
  assert.equal(text.slice(0, 40), '{"year":{"N":"1999"},"title":{"S":"The M');
  assert.deepStrictEqual(ddbJsonToItem(text), movie);
});

test('single values', () => {
  assert.equal(valueToDdbJson({ NS: ['1', '2'] }), '{ "NS": ["1", "2"] }');
  assert.deepStrictEqual(ddbJsonToValue('{"BOOL": false}'), { BOOL: false });
  assert.deepStrictEqual(ddbJsonToValue('{"BS": ["", "AQ=="]}'), { BS: [new Uint8Array([]), new Uint8Array([1])] });
});

test('binary decodes to a plain Uint8Array, byte for byte', () => {
  const item = ddbJsonToItem('{"b": {"B": "/wA="}}');
  assert.equal(Object.getPrototypeOf(item.b!.B), Uint8Array.prototype);
  assert.deepStrictEqual([...item.b!.B!], [255, 0]);
});

test('an attribute named __proto__ stays data', () => {
  const item = ddbJsonToItem('{"__proto__": {"S": "x"}}');
  assert.deepStrictEqual(Object.keys(item), ['__proto__']);
  assert.equal(Object.getPrototypeOf(item), Object.prototype);
});

const rejects: [string, string, RegExp][] = [
  ['two type keys', '{"a": {"S": "x", "N": "1"}}', /^a: a value needs exactly one type key .* got "S", "N"$/],
  ['no type key', '{"a": {}}', /^a: a value needs exactly one type key .* got none$/],
  ['unknown type key', '{"a": {"s": "x"}}', /^a: unknown type key "s"/],
  ['untyped value', '{"a": "x"}', /^a: expected a typed value such as \{"S": "text"\}, got a string$/],
  ['unquoted number', '{"a": {"N": 5}}', /^a: N needs a string, got a number \(numbers are quoted in DynamoDB JSON: \{"N": "5"\}\)$/],
  ['unquoted number in a set', '{"a": {"NS": ["1", 2]}}', /^a\[1\]: NS elements need strings, got a number \(numbers are quoted in DynamoDB JSON: "2"\)$/],
  ['39 digits', '{"n": {"N": "123456789012345678901234567890123456789"}}', /^n: 123456789012345678901234567890123456789 has 39 significant digits/],
  ['too large', '{"n": {"N": "1E126"}}', /^n: 1E126 is out of range/],
  ['too small', '{"n": {"M": {"x": {"N": "-9E-131"}}}}', /^n\.x: -9E-131 is out of range/],
  ['not a number', '{"n": {"N": "12abc"}}', /^n: "12abc" is not a number$/],
  ['invalid base64', '{"b": {"B": "AA*="}}', /^b: invalid base64 for binary: character "\*" at 3/],
  ['unpadded base64', '{"b": {"B": "AAE"}}', /^b: invalid base64 .*not a multiple of 4/],
  ['bad base64 in a set', '{"b": {"BS": ["AA==", "x"]}}', /^b\[1\]: invalid base64/],
  ['duplicate string', '{"tags": {"SS": ["a", "b", "a"]}}', /^tags: duplicate value "a" in string set \(at \[0\] and \[2\]\)/],
  ['duplicate number by value', '{"ns": {"NS": ["1", "1.0"]}}', /^ns: duplicate value 1\.0 in number set, equal to 1 /],
  ['duplicate number by exponent', '{"ns": {"NS": ["100", "1E2"]}}', /duplicate value 1E2 in number set, equal to 100/],
  ['duplicate binary', '{"bs": {"BS": ["AQ==", "AQ=="]}}', /^bs: duplicate value b64:AQ== in binary set/],
  ['empty set', '{"s": {"SS": []}}', /^s: a string set cannot be empty/],
  ['NULL false', '{"n": {"NULL": false}}', /^n: NULL must be true/],
  ['BOOL as string', '{"b": {"BOOL": "true"}}', /^b: BOOL needs true or false, got a string/],
  ['list element', '{"l": {"L": [{"S": "a"}, {"X": 1}]}}', /^l\[1\]: unknown type key "X"/],
  ['odd names in the path', '{"a.b": {"M": {"c d": {"N": "x"}}}}', /^\["a\.b"\]\["c d"\]: "x" is not a number/],
  ['not an object', '[1]', /^an item is an object of attributes/],
];

for (const [name, text, message] of rejects) {
  test(`rejects ${name}`, () => {
    assert.throws(() => ddbJsonToItem(text), (err: unknown) => err instanceof CodecError && message.test(err.message));
  });
}

test('broken JSON says line and column', () => {
  const text = '{\n  "a": {"S": "x"},\n  "b": {"S" "y"}\n}';
  assert.throws(
    () => ddbJsonToItem(text),
    (err: unknown) =>
      err instanceof CodecError && err.line === 3 && err.column === 13 && /^invalid JSON at line 3, column 13: Colon ':' expected/.test(err.message),
  );
});
