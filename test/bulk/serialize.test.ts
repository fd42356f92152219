// Export prints lines straight from AttributeValues for speed; they must be exactly the
// codec's representation (plain JSON with $-wrappers, DynamoDB JSON), and read back as
// the same item: checked on random items of every type and on the demo's edge cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ddbJsonToItem, plainJsonToItem, toDdbJsonObject, toPlainJsonObject } from '../../src/dynamo/codec/index.js';
import { compactJson, ddbLine, plainLine } from '../../src/bulk/serialize.js';
import { edgeCaseItems } from '../../src/demo/edgeCases.js';
import { item as arbitraryItem } from '../helpers/arbitraries.js';
import { canonicalItem } from '../demo/compare.js';

const plain = plainLine;
const ddb = ddbLine;

test('plain JSON lines equal the codec with explicit types, and read back exactly', () => {
  fc.assert(fc.property(arbitraryItem, (item) => {
    const line = plain(item);
    assert.equal(line, compactJson(toPlainJsonObject(item, { explicitTypes: true })));
    assert.deepEqual(canonicalItem(plainJsonToItem(line)), canonicalItem(item));
  }), { numRuns: 500 });
});

test('DynamoDB JSON lines equal the codec, and read back exactly', () => {
  fc.assert(fc.property(arbitraryItem, (item) => {
    const line = ddb(item);
    assert.equal(line, JSON.stringify(toDdbJsonObject(item)));
    assert.deepEqual(canonicalItem(ddbJsonToItem(line)), canonicalItem(item));
  }), { numRuns: 500 });
});

test('the demo edge cases: same text both ways', () => {
  for (const item of edgeCaseItems()) {
    assert.equal(plain(item), compactJson(toPlainJsonObject(item, { explicitTypes: true })));
    assert.equal(ddb(item), JSON.stringify(toDdbJsonObject(item)));
  }
});
