// evaluateUpdate: what an UpdateExpression leaves in an item, table-driven, with the
// examples of the DynamoDB Developer Guide ("Using update expressions") where it has one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { evaluateUpdate, parseExpression, parseValuesField } from '../../src/dynamo/expressions/index.js';
import { sameItem, type Item } from '../../src/dynamo/write/index.js';

const S = (S: string): AttributeValue => ({ S });
const N = (N: string): AttributeValue => ({ N });
const L = (...L: AttributeValue[]): AttributeValue => ({ L });

function run(item: Item, text: string, values = '', names: Record<string, string> = {}): Item | undefined {
  const parsed = parseExpression('update', text);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  const v = parseValuesField(values);
  assert.ok(v.ok, JSON.stringify(v));
  return evaluateUpdate(item, parsed.ast, { names, values: v.values });
}

const tools = L(S('Chisel'), S('Hammer'), S('Nails'), S('Screwdriver'), S('Hacksaw'));
const product: Item = { Id: N('789'), Price: N('52'), RelatedItems: tools, ProductReviews: { M: { FiveStar: L(S('a')) } }, Color: { SS: ['Black', 'Red'] } };

const cases: [string, Item, string, string, Item][] = [
  ['SET a new and an existing attribute', product, 'SET Price = :p, Brand = :b', '{":p": 10, ":b": "Acme"}', { ...product, Price: N('10'), Brand: S('Acme') }],
  ['SET a list element in range replaces it', product, 'SET RelatedItems[1] = :ri', '{":ri": "Hammer 2"}',
    { ...product, RelatedItems: L(S('Chisel'), S('Hammer 2'), S('Nails'), S('Screwdriver'), S('Hacksaw')) }],
  ['SET past the end appends, several in index order', { l: L(S('a')) }, 'SET l[9] = :x, l[5] = :y', '{":x": "x", ":y": "y"}', { l: L(S('a'), S('y'), S('x')) }],
  ['SET into a nested map', product, 'SET ProductReviews.OneStar = :r', '{":r": ["bad"]}',
    { ...product, ProductReviews: { M: { FiveStar: L(S('a')), OneStar: L(S('bad')) } } }],
  ['Price - :p, exact', product, 'SET Price = Price - :p', '{":p": 0.05}', { ...product, Price: N('51.95') }],
  ['38 digits + 1, exact', { n: N('12345678901234567890123456789012345678') }, 'SET n = n + :one', '{":one": 1}', { n: N('12345678901234567890123456789012345679') }],
  ['list_append at either end', product, 'SET RelatedItems = list_append(:v, RelatedItems)', '{":v": ["Saw"]}',
    { ...product, RelatedItems: L(S('Saw'), ...tools.L!) }],
  ['if_not_exists keeps a present value', product, 'SET Price = if_not_exists(Price, :p)', '{":p": 100}', product],
  ['if_not_exists fills a missing one', product, 'SET Stock = if_not_exists(Stock, :p)', '{":p": 100}', { ...product, Stock: N('100') }],
  ['REMOVE attributes; a missing one is no error', product, 'REMOVE Price, Nothing', '', (({ Price: _p, ...rest }) => rest)(product)],
  // The guide's example: RelatedItems[1] and [2] are Hammer and Nails, by the original indices.
  ['REMOVE two list elements by their original indices', product, 'REMOVE RelatedItems[1], RelatedItems[2]', '',
    { ...product, RelatedItems: L(S('Chisel'), S('Screwdriver'), S('Hacksaw')) }],
  ['ADD a number to a missing attribute starts it', product, 'ADD QuantityOnHand :q', '{":q": 5}', { ...product, QuantityOnHand: N('5') }],
  ['ADD joins a set, by value', { ns: { NS: ['1', '2.5'] } }, 'ADD ns :v', '{":v": {"NS": ["1.0", "3"]}}', { ns: { NS: ['1', '2.5', '3'] } }],
  ['DELETE takes elements out of a set', product, 'DELETE Color :c', '{":c": {"SS": ["Red", "Yellow"]}}', { ...product, Color: { SS: ['Black'] } }],
  ['DELETE of every element removes the set', product, 'DELETE Color :c', '{":c": {"SS": ["Red", "Black"]}}', (({ Color: _c, ...rest }) => rest)(product)],
  ['all clauses at once, operands read before any change', { a: N('1'), b: N('2'), s: { SS: ['x'] } }, 'SET a = b, b = a REMOVE s ADD c :one', '{":one": 1}', { a: N('2'), b: N('1'), c: N('1') }],
];

for (const [what, item, text, values, expected] of cases) {
  test(`evaluate: ${what}`, () => {
    const after = run(item, text, values);
    assert.ok(after, 'evaluated');
    assert.ok(sameItem(after, expected), `${JSON.stringify(after)} vs ${JSON.stringify(expected)}`);
  });
}

test('evaluate: #names resolve, and the input item is never changed', () => {
  const item: Item = { 'a.b': N('1'), m: { M: { k: L(N('1')) } } };
  const copy = structuredClone(item);
  const after = run(item, 'SET #ab = #ab + :one REMOVE m.k[0]', '{":one": 1}', { '#ab': 'a.b' });
  assert.deepEqual(after, { 'a.b': N('2'), m: { M: { k: L() } } });
  assert.deepEqual(item, copy);
  assert.deepEqual(run({}, 'SET #p = :v', '{":v": 1}', { '#p': '__proto__' }), JSON.parse('{"__proto__": {"N": "1"}}'));
});

const unknown: [string, Item, string, string][] = [
  ['overlapping paths', { m: { M: {} } }, 'SET m = :v, m.a = :v', '{":v": 1}'],
  ['the same path twice', { a: N('1') }, 'SET a = :v REMOVE a', '{":v": 1}'],
  ['a name and an index at the same place', { m: { M: {} } }, 'SET m.a = :v, m[0] = :v', '{":v": 1}'],
  ['a missing operand', {}, 'SET a = b', ''],
  ['a missing parent', {}, 'SET m.a = :v', '{":v": 1}'],
  ['an index into a map', { m: { M: {} } }, 'SET m[0] = :v', '{":v": 1}'],
  ['a number result of 39 digits', { n: N('1E+37') }, 'SET n = n + :d', '{":d": 0.1}'],
  ['a number result out of range', { n: N('9.9E+125') }, 'ADD n :d', '{":d": 1E+125}'],
  ['+ on a string', { s: S('x') }, 'SET s = s + :one', '{":one": 1}'],
  ['list_append of a non-list', { s: S('x') }, 'SET s = list_append(s, :l)', '{":l": [1]}'],
  ['ADD to a string', { s: S('x') }, 'ADD s :one', '{":one": 1}'],
  ['ADD a string set to a number set', { ns: { NS: ['1'] } }, 'ADD ns :s', '{":s": {"SS": ["a"]}}'],
  ['ADD a list', {}, 'ADD l :l', '{":l": [1]}'],
  ['DELETE from a non-set', { s: S('x') }, 'DELETE s :s', '{":s": {"SS": ["x"]}}'],
  ['ADD below the top level (documented for top-level attributes only)', { m: { M: { n: N('1') } } }, 'ADD m.n :one', '{":one": 1}'],
  ['REMOVE of a list element next to a SET in the same list', { l: L(N('1'), N('2')) }, 'SET l[1] = :v REMOVE l[0]', '{":v": 1}'],
  ['an undefined :value or #name', {}, 'SET #a = :nope', ''],
];

for (const [what, item, text, values] of unknown) {
  test(`evaluate: unknown for ${what}`, () => {
    assert.equal(run(item, text, values), undefined);
  });
}
