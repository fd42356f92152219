import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { CodecError } from '../../src/dynamo/codec/errors.js';
import { itemToPlainJson, plainJsonToItem, plainJsonToValue, valueToPlainJson } from '../../src/dynamo/codec/plainJson.js';

const bytes = (...b: number[]) => new Uint8Array(b);
type Item = Record<string, AttributeValue>;

const loaded: Item = {
  pk: { S: 'USER#1' },
  big: { N: '12345678901234567890123456789012345678' },
  tiny: { N: '-1E-130' },
  tags: { SS: ['a', 'b'] },
  scores: { NS: ['1', '2.50'] },
  blobs: { BS: [bytes(1), bytes(2)] },
  avatar: { B: bytes(0, 1, 2) },
  empty: { S: '' },
  gone: { NULL: true },
  ok: { BOOL: true },
  nested: { M: { list: { L: [{ B: bytes(9) }, { S: 'x' }] } } },
};

test('prints sets as arrays, binary as base64, NULL as null, numbers exactly', () => {
  assert.equal(
    itemToPlainJson(loaded),
    [
      '{',
      '  "pk": "USER#1",',
      '  "big": 12345678901234567890123456789012345678,',
      '  "tiny": -1E-130,',
      '  "tags": ["a", "b"],',
      '  "scores": [1, 2.50],',
      '  "blobs": ["AQ==", "Ag=="],',
      '  "avatar": "AAEC",',
      '  "empty": "",',
      '  "gone": null,',
      '  "ok": true,',
      '  "nested": { "list": ["CQ==", "x"] }',
      '}',
    ].join('\n'),
  );
});

test('the loaded item types arrays and base64 strings; edits keep every digit', () => {
  const text = '{"pk": "USER#1", "big": 99999999999999999999999999999999999999, "tags": ["c"], "scores": [3, 1E-130],' +
    ' "blobs": ["/w=="], "avatar": "", "nested": {"list": ["AAA=", "y", "z"]}}';
  assert.deepStrictEqual(plainJsonToItem(text, loaded), {
    pk: { S: 'USER#1' },
    big: { N: '99999999999999999999999999999999999999' },
    tags: { SS: ['c'] },
    scores: { NS: ['3', '1E-130'] },
    blobs: { BS: [bytes(255)] },
    avatar: { B: bytes() },
    nested: { M: { list: { L: [{ B: bytes(0, 0) }, { S: 'y' }, { S: 'z' }] } } },
  });
});

test('without a template JSON kinds decide', () => {
  assert.deepStrictEqual(plainJsonToItem('{"n": 1.50, "s": "AAEC", "b": false, "z": null, "l": ["a"], "m": {"k": []}}'), {
    n: { N: '1.50' },
    s: { S: 'AAEC' },
    b: { BOOL: false },
    z: { NULL: true },
    l: { L: [{ S: 'a' }] },
    m: { M: { k: { L: [] } } },
  });
});

test('JSON the user typed wins over the template where JSON is explicit', () => {
  assert.deepStrictEqual(plainJsonToItem('{"big": "12", "pk": 7, "tags": "a"}', loaded), {
    big: { S: '12' },
    pk: { N: '7' },
    tags: { S: 'a' },
  });
});

test('wrappers choose a type on purpose, over the template', () => {
  const text = '{"a": {"$SS": ["x"]}, "b": {"$NS": [1, "2"]}, "c": {"$BS": ["AQ=="]}, "d": {"$B": "AQ=="},' +
    ' "tags": {"$L": ["a", "a"]}, "avatar": {"$S": "AAEC"}, "e": {"$N": "5"}, "f": {"$M": {"$SS": 1}},' +
    ' "g": {"$NULL": true}, "h": {"$BOOL": false}}';
  assert.deepStrictEqual(plainJsonToItem(text, loaded), {
    a: { SS: ['x'] },
    b: { NS: ['1', '2'] },
    c: { BS: [bytes(1)] },
    d: { B: bytes(1) },
    tags: { L: [{ S: 'a' }, { S: 'a' }] },
    avatar: { S: 'AAEC' },
    e: { N: '5' },
    f: { M: { $SS: { N: '1' } } },
    g: { NULL: true },
    h: { BOOL: false },
  });
});

test('top-level names are attributes even when they look like wrappers', () => {
  const item: Item = { $SS: { S: 'x' } };
  assert.equal(itemToPlainJson(item, { compact: true }), '{"$SS":"x"}');
  assert.deepStrictEqual(plainJsonToItem('{"$SS":"x"}'), item);
});

test('names inherited from Object are not taken from the template', () => {
  const text = '{"constructor": 1, "__proto__": "AQ==", "m": {"toString": ["a"]}}';
  const item = plainJsonToItem(text, { m: { M: {} } });
  assert.deepStrictEqual(item, Object.fromEntries([
    ['constructor', { N: '1' }],
    ['__proto__', { S: 'AQ==' }],
    ['m', { M: { toString: { L: [{ S: 'a' }] } } }],
  ]));
  assert.equal(Object.getPrototypeOf(item), Object.prototype);
});

test('a map that looks like a wrapper is escaped with $M', () => {
  const av: AttributeValue = { M: { $B: { S: 'not binary' } } };
  assert.equal(valueToPlainJson(av, { compact: true }), '{"$M":{"$B":"not binary"}}');
  assert.deepStrictEqual(plainJsonToValue('{"$M":{"$B":"not binary"}}'), av);
});

test('explicit types print wrappers for what JSON cannot say', () => {
  const item: Item = { t: { SS: ['a'] }, n: { NS: ['1'] }, b: { B: bytes(1) }, bs: { BS: [bytes(2)] }, s: { S: 'AQ==' } };
  assert.equal(
    itemToPlainJson(item, { explicitTypes: true, compact: true }),
    '{"t":{"$SS":["a"]},"n":{"$NS":[1]},"b":{"$B":"AQ=="},"bs":{"$BS":["Ag=="]},"s":"AQ=="}',
  );
});

test('numbers DynamoDB accepts but JSON does not are printed as valid JSON', () => {
  assert.equal(valueToPlainJson({ N: '+.5' }), '0.5');
  assert.equal(valueToPlainJson({ NS: ['007', '1.'] }), '[7, 1]');
});

const rejects: [string, string, RegExp][] = [
  ['a duplicate in a set', '{"tags": ["a", "a"]}', /^tags: duplicate value "a" in string set .* to make it a list write \{"\$L": \[\.\.\.\]\}\)$/],
  ['a duplicate number by value', '{"scores": [1, 1.0]}', /^scores: duplicate value 1\.0 in number set, equal to 1/],
  ['an empty set', '{"tags": []}', /^tags: DynamoDB has no empty sets/],
  ['a number in a string set', '{"tags": ["a", 1]}', /^tags\[1\]: string set elements are strings, got a number/],
  ['a string in a number set', '{"scores": ["1"]}', /^scores\[0\]: number set elements are numbers, got a string/],
  ['invalid base64 for binary', '{"avatar": "hello"}', /^avatar: invalid base64 .*\(it was binary; to store text write \{"\$S": "\.\.\."\}\)$/],
  ['invalid base64 in a list position', '{"nested": {"list": ["%%"]}}', /^nested\.list\[0\]: invalid base64/],
  ['a 39-digit number', '{"big": 123456789012345678901234567890123456789}', /^big: .* has 39 significant digits/],
  ['an out-of-range number', '{"x": [{"y": -1e-131}]}', /^x\[0\]\.y: -1e-131 is out of range/],
  ['a bad wrapper', '{"x": {"$BOOL": 1}}', /^x: \{"\$BOOL": \.\.\.\} needs true or false, got a number$/],
  ['a duplicate in an explicit set', '{"x": {"$NS": [1, "1e0"]}}', /^x: duplicate value 1e0 in number set, equal to 1 /],
  ['an array item', '[]', /^an item is an object of attributes/],
  ['duplicate keys', '{"a": 1,\n "a": 2}', /^invalid JSON at line 2, column 3: Duplicate key 'a'/],
];

for (const [name, text, message] of rejects) {
  test(`rejects ${name}`, () => {
    assert.throws(() => plainJsonToItem(text, loaded), (err: unknown) => err instanceof CodecError && message.test(err.message));
  });
}

test('broken JSON says line and column', () => {
  assert.throws(
    () => plainJsonToItem('{\n  "a": 1,\n  "b": [1, 2,]\n}'),
    (err: unknown) => err instanceof CodecError && err.line === 3 && err.column === 14 && /line 3, column 14/.test(err.message),
  );
});
