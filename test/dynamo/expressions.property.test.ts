import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  compileExpression, createAllocator, parseExpression, parseValuesField, printSource,
  type AstByKind, type Condition, type ExpressionKind, type Literal, type Operand, type Path, type PathElement,
  type Projection, type SetOperand, type SetValue, type Update, type UpdateClause, type ValueRef,
} from '../../src/dynamo/expressions/index.js';

const KINDS: ExpressionKind[] = ['filter', 'condition', 'keyCondition', 'projection', 'update'];
const USER_NAMES = { '#a': 'alpha', '#b1': 'year', '#_x': 'x-y' };
const USER_VALUES: Record<string, AttributeValue> = { ':a': { N: '1' }, ':b': { S: 'b' }, ':set': { SS: ['s'] } };

// ---------- 1. Nothing typed makes the library throw or report a position outside the text.

const TOKENS = [
  'a', 'b.c', 'x[0]', 'info.actors[2].name', '`my-attr`', '`a.b`', '``', '`', '#a', '#b1', '#zz', ':a', ':b', ':nope', '#', ':',
  'year', 'size', 'name', 'AND', 'and', 'OR', 'NOT', 'BETWEEN', 'IN', 'SET', 'REMOVE', 'ADD', 'DELETE', 'true', 'false', 'null',
  'attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains', 'size', 'if_not_exists',
  'list_append', 'foo', '(', ')', '[', ']', ',', '.', '=', '<>', '<', '<=', '>', '>=', '+', '-', '!=', '==',
  '1', '-7.5', '1e10', '12345678901234567890123456789012345678', '1.', '1x', '"str"', '"a \\"q\\""', '"\\x"', '"open',
  "'it''s'", "'open", '\\', ' ', '\t', '\n', 'é', '日本', '\u{1F600}', '\uD800',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).chain((tokens) =>
  fc.array(fc.constantFrom(' ', '', '  '), { minLength: tokens.length, maxLength: tokens.length })
    .map((gaps) => tokens.map((t, i) => t + gaps[i]).join('')));

function assertWellBehaved(text: string): void {
  for (const kind of KINDS) {
    const alloc = createAllocator(USER_NAMES, USER_VALUES);
    const r = compileExpression(kind, text, alloc);
    if (r.ok) {
      assert.equal(typeof r.expression, 'string');
      continue;
    }
    assert.ok(Number.isInteger(r.error.position), `${kind}: ${r.error.message}`);
    assert.ok(r.error.position >= 0 && r.error.position <= text.length, `${kind} ${JSON.stringify(text)}: ${r.error.message}`);
    assert.ok(!r.error.message.startsWith('internal error'), r.error.message);
    assert.deepEqual(alloc.result(), {}, 'a failed compile must leave the allocator untouched');
  }
  const v = parseValuesField(text);
  if (!v.ok) assert.ok(v.error.position >= 0 && v.error.position <= text.length, v.error.message);
}

test('arbitrary unicode never throws and errors are positioned in the text', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), assertWellBehaved), { numRuns: 5000 });
});

test('strings built from grammar tokens never throw and errors are positioned in the text', () => {
  fc.assert(fc.property(tokenSoup, assertWellBehaved), { numRuns: 5000 });
});

// ---------- 2. A valid AST printed in source form parses back to the same AST.

const plainName = fc.constantFrom('a', 'title', 'info', 'rating', 'year', 'name', 'status', 'size', 'data', 'and', 'SET', 'true', 'null', 'café');
const anyName = fc.oneof(plainName, fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }));
const nameEl: fc.Arbitrary<PathElement> = anyName.map((name) => ({ type: 'name', name, pos: 0 }));
const nameRefEl: fc.Arbitrary<PathElement> = fc.constantFrom(...Object.keys(USER_NAMES)).map((ref) => ({ type: 'nameRef', ref, pos: 0 }));
const indexEl: fc.Arbitrary<PathElement> = fc.nat(10_000).map((index) => ({ type: 'index', index, pos: 0 }));
const path: fc.Arbitrary<Path> = fc
  .tuple(fc.oneof({ weight: 4, arbitrary: nameEl }, nameRefEl), fc.array(fc.oneof(nameEl, nameRefEl, indexEl), { maxLength: 3 }))
  .map(([first, rest]) => ({ type: 'path', elements: [first, ...rest], pos: 0 }));

const numberText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{1,38}$/), fc.option(fc.stringMatching(/^\d{1,10}$/)), fc.option(fc.stringMatching(/^[eE][+-]?\d{1,3}$/)))
  .map(([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac === null ? '' : '.' + frac}${exp ?? ''}`);
const literalValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  numberText.map((N) => ({ N })),
  fc.string({ unit: 'binary', maxLength: 10 }).map((S) => ({ S })),
  fc.boolean().map((BOOL) => ({ BOOL })),
  fc.constant({ NULL: true as const }),
);
const literal: fc.Arbitrary<Literal> = literalValue.map((value) => ({ type: 'literal', value, pos: 0 }));
const valueRef: fc.Arbitrary<ValueRef> = fc.constantFrom(':a', ':b').map((ref) => ({ type: 'valueRef', ref, pos: 0 }));
const value = fc.oneof(literal, valueRef);
const operand: fc.Arbitrary<Operand> = fc.oneof(
  path, literal, valueRef, path.map((p): Operand => ({ type: 'size', path: p, pos: 0 })),
);

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 5, depthSize: 'small' },
    fc.record({ type: fc.constant('compare' as const), op: fc.constantFrom('=', '<>', '<', '<=', '>', '>=' as const), left: operand, right: operand, pos: fc.constant(0) }),
    fc.record({ type: fc.constant('between' as const), subject: operand, low: operand, high: operand, pos: fc.constant(0) }),
    fc.record({ type: fc.constant('in' as const), subject: operand, list: fc.array(operand, { minLength: 1, maxLength: 4 }), pos: fc.constant(0) }),
    fc.record({ type: fc.constant('function' as const), name: fc.constantFrom('attribute_exists', 'attribute_not_exists' as const), path, pos: fc.constant(0) }),
    fc.record({ type: fc.constant('function' as const), name: fc.constantFrom('attribute_type', 'begins_with', 'contains' as const), path, arg: fc.oneof(path, literal, valueRef), pos: fc.constant(0) }),
    fc.record({ type: fc.constant('not' as const), operand: tie('condition'), pos: fc.constant(0) }),
    fc.record({ type: fc.constantFrom('and', 'or' as const), left: tie('condition'), right: tie('condition'), pos: fc.constant(0) }),
  ),
}));

const { setOperand } = fc.letrec<{ setOperand: SetOperand }>((tie) => ({
  setOperand: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    path, literal, valueRef,
    fc.record({ type: fc.constant('if_not_exists' as const), path, fallback: tie('setOperand'), pos: fc.constant(0) }),
    fc.record({ type: fc.constant('list_append' as const), first: tie('setOperand'), second: tie('setOperand'), pos: fc.constant(0) }),
  ),
}));
const setValue: fc.Arbitrary<SetValue> = fc.oneof(
  setOperand,
  fc.record({ type: fc.constant('arith' as const), op: fc.constantFrom('+', '-' as const), left: setOperand, right: setOperand, pos: fc.constant(0) }),
);
const clause = (type: UpdateClause['type']): fc.Arbitrary<UpdateClause> => {
  const some = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 1, maxLength: 3 });
  switch (type) {
    case 'SET': return some(fc.record({ path, value: setValue })).map((actions) => ({ type, actions, pos: 0 }));
    case 'REMOVE': return some(path).map((paths) => ({ type, paths, pos: 0 }));
    case 'ADD': return some(fc.record({ path, value: fc.oneof(valueRef, numberText.map((N): Literal => ({ type: 'literal', value: { N }, pos: 0 }))) })).map((actions) => ({ type, actions, pos: 0 }));
    case 'DELETE': return some(fc.record({ path, value: valueRef })).map((actions) => ({ type, actions, pos: 0 }));
  }
};
const update: fc.Arbitrary<Update> = fc
  .shuffledSubarray(['SET', 'REMOVE', 'ADD', 'DELETE'] as const, { minLength: 1 })
  .chain((types) => fc.tuple(...types.map(clause)))
  .map((clauses) => ({ type: 'update', clauses }));
const projection: fc.Arbitrary<Projection> = fc.array(path, { minLength: 1, maxLength: 4 }).map((paths) => ({ type: 'projection', paths }));

const keyPath = (name: string): Path => ({ type: 'path', elements: [{ type: 'name', name, pos: 0 }], pos: 0 });
const keyCondition: fc.Arbitrary<Condition> = fc
  .tuple(value, fc.option(fc.tuple(fc.constantFrom('=', '<', '<=', '>', '>=', 'between', 'begins_with' as const), value, value)))
  .map(([pkValue, sort]) => {
    const pk: Condition = { type: 'compare', op: '=', left: keyPath('year'), right: pkValue, pos: 0 };
    if (!sort) return pk;
    const [op, v1, v2] = sort;
    const right: Condition =
      op === 'between' ? { type: 'between', subject: keyPath('title'), low: v1, high: v2, pos: 0 }
      : op === 'begins_with' ? { type: 'function', name: 'begins_with', path: keyPath('title'), arg: v1, pos: 0 }
      : { type: 'compare', op, left: keyPath('title'), right: v1, pos: 0 };
    return { type: 'and', left: pk, right, pos: 0 };
  });

const withoutPos = (x: unknown): unknown =>
  Array.isArray(x) ? x.map(withoutPos)
  : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'pos').map(([k, v]) => [k, withoutPos(v)]))
  : x;

function roundTrip<K extends ExpressionKind>(kind: K, arb: fc.Arbitrary<AstByKind[K]>): void {
  fc.assert(
    fc.property(arb, (ast) => {
      const text = printSource(kind, ast);
      const back = parseExpression(kind, text);
      if (!back.ok) assert.fail(`${text}\n${back.error.message}`);
      assert.deepEqual(withoutPos(back.ast), withoutPos(ast), text);
    }),
    { numRuns: 1500 },
  );
}

test('condition ASTs survive print and parse', () => roundTrip('condition', condition));
test('update ASTs survive print and parse', () => roundTrip('update', update));
test('projection ASTs survive print and parse', () => roundTrip('projection', projection));
test('key condition ASTs survive print and parse', () => roundTrip('keyCondition', keyCondition));

// ---------- 3. The request says exactly what the AST says.

// Replaces every placeholder by what it stands for, so trees from different naming compare.
function resolve(x: unknown, names: Record<string, string>, values: Record<string, AttributeValue>): unknown {
  if (Array.isArray(x)) return x.map((e) => resolve(e, names, values));
  if (!x || typeof x !== 'object') return x;
  const node = x as { type?: string; ref?: string };
  if (node.type === 'nameRef') return { type: 'name', name: names[node.ref!] };
  if (node.type === 'valueRef') return { type: 'literal', value: values[node.ref!] };
  if (node.type === 'literal') return { type: 'literal', value: (x as Literal).value };
  return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'pos').map(([k, v]) => [k, resolve(v, names, values)]));
}

function requestMatches<K extends ExpressionKind>(kind: K, arb: fc.Arbitrary<AstByKind[K]>): void {
  fc.assert(
    fc.property(arb, (ast) => {
      const alloc = createAllocator(USER_NAMES, USER_VALUES);
      const r = compileExpression(kind, printSource(kind, ast), alloc);
      if (!r.ok) assert.fail(r.error.message);
      const sent = alloc.result();
      const names = sent.ExpressionAttributeNames ?? {};
      const values = sent.ExpressionAttributeValues ?? {};
      // The request text is valid input on its own, needs no new placeholders, and uses them all.
      const again = createAllocator(names, values);
      const reparsed = compileExpression(kind, r.expression, again);
      if (!reparsed.ok) assert.fail(`${r.expression}\n${reparsed.error.message}`);
      assert.equal(reparsed.expression, r.expression);
      assert.deepEqual(again.finish(), { ok: true, attributes: sent });
      assert.deepEqual(resolve(reparsed.ast, names, values), resolve(ast, USER_NAMES, USER_VALUES));
    }),
    { numRuns: 1000 },
  );
}

test('a compiled condition means the same as its AST', () => requestMatches('condition', condition));
test('a compiled update means the same as its AST', () => requestMatches('update', update));
test('a compiled projection means the same as its AST', () => requestMatches('projection', projection));
test('a compiled key condition means the same as its AST', () => requestMatches('keyCondition', keyCondition));
