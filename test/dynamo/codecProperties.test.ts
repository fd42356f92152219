import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ddbJsonToItem, itemToDdbJson } from '../../src/dynamo/codec/ddbJson.js';
import { CodecError } from '../../src/dynamo/codec/errors.js';
import { checkDynamoNumber, numberKey } from '../../src/dynamo/codec/number.js';
import { itemToPlainJson, plainJsonToItem } from '../../src/dynamo/codec/plainJson.js';
import { item, numberParts, spellNumber } from '../helpers/arbitraries.js';

const runs = { numRuns: 1000 };

test('item -> DynamoDB JSON (indented) -> item is exact', () => {
  fc.assert(fc.property(item, (it) => assert.deepStrictEqual(ddbJsonToItem(itemToDdbJson(it)), it)), runs);
});

test('item -> DynamoDB JSON (compact) -> item is exact', () => {
  fc.assert(
    fc.property(item, (it) => {
      const text = itemToDdbJson(it, { compact: true });
      assert.ok(!text.includes('\n'));
      assert.deepStrictEqual(ddbJsonToItem(text), it);
    }),
    runs,
  );
});

test('item -> plain JSON -> item, with the item as template, is exact', () => {
  fc.assert(fc.property(item, (it) => assert.deepStrictEqual(plainJsonToItem(itemToPlainJson(it), it), it)), runs);
});

test('item -> plain JSON (compact) -> item, with the item as template, is exact', () => {
  fc.assert(
    fc.property(item, (it) => assert.deepStrictEqual(plainJsonToItem(itemToPlainJson(it, { compact: true }), it), it)),
    runs,
  );
});

test('item -> plain JSON with explicit types -> item needs no template', () => {
  fc.assert(
    fc.property(item, (it) => assert.deepStrictEqual(plainJsonToItem(itemToPlainJson(it, { explicitTypes: true })), it)),
    runs,
  );
});

test('every spelling of a valid number is accepted and has the same key', () => {
  fc.assert(
    fc.property(numberParts, (p) => {
      const keys = (['E', 'e+', 'plain'] as const).map((s) => {
        const check = checkDynamoNumber(spellNumber(p, s));
        assert.ok(check.ok, spellNumber(p, s));
        return numberKey(check.parts);
      });
      assert.equal(new Set(keys).size, 1);
    }),
    runs,
  );
});

test('a 39th significant digit is always rejected', () => {
  fc.assert(
    fc.property(numberParts, fc.constantFrom(...'123456789'), (p, extra) => {
      const digits = p.digits.padEnd(38, '0') + extra;
      const check = checkDynamoNumber(spellNumber({ ...p, digits, exponent: Math.min(p.exponent, 100) }, 'E'));
      assert.equal(check.ok, false);
    }),
    runs,
  );
});

const onlyCodecErrors = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    if (!(err instanceof CodecError)) throw err;
  }
};

test('plain JSON read against any other item as template fails only with a CodecError', () => {
  fc.assert(
    fc.property(item, item, (edited, template) => {
      onlyCodecErrors(() => {
        const back = plainJsonToItem(itemToPlainJson(edited), template);
        assert.deepStrictEqual(Object.keys(back).sort(), Object.keys(edited).sort());
      });
    }),
    runs,
  );
});

test('arbitrary JSON text fails only with a CodecError, in either format', () => {
  fc.assert(
    fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
      onlyCodecErrors(() => ddbJsonToItem(text));
      onlyCodecErrors(() => plainJsonToItem(text));
    }),
    runs,
  );
});
