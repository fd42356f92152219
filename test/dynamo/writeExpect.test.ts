// The pure parts of telling a write's outcome from the item as re-read: whether it holds
// what the write leaves, whether it still is as the guard required, whether the two can
// be told apart at all, and which failures may hide an applied write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  guardExcludesExpectation, guardHolds, holdsExpectation, mayHaveBeenApplied, type Expectation, type Item, type WriteGuard,
} from '../../src/dynamo/write/index.js';

const S = (S: string): AttributeValue => ({ S });
const N = (N: string): AttributeValue => ({ N });
const key = { pk: S('a') };
const g = (over: Partial<WriteGuard>): WriteGuard => ({ key, item: 'exists', unchanged: [], userCondition: false, ...over });
const edit: [WriteGuard, Expectation] = [g({ unchanged: [{ name: 'x', loaded: S('a') }, { name: 'y' }] }), { kind: 'attributes', values: [{ path: ['x'], value: S('b') }, { path: ['y'], value: N('1') }] }];
const counter: [WriteGuard, Expectation] = [g({ number: { path: ['m', 'n'], text: 'm.n', loaded: '5' } }), { kind: 'attributes', values: [{ path: ['m', 'n'], value: N('6') }] }];
const put: [WriteGuard, Expectation] = [g({ item: 'absent' }), { kind: 'item', item: { ...key, x: S('new') } }];
const overwrite: [WriteGuard, Expectation] = [g({ item: 'any' }), { kind: 'item', item: { ...key, x: S('new') } }];
const del: [WriteGuard, Expectation] = [g({ unchanged: [{ name: 'x', loaded: S('a') }] }), { kind: 'absent' }];
const unguarded: [WriteGuard, Expectation] = [g({}), { kind: 'attributes', values: [{ path: ['x'], value: S('b') }] }];

// [what, write, the item now, holds the expectation, guard holds, they exclude each other]
const cases: [string, [WriteGuard, Expectation], Item | undefined, boolean, boolean, boolean][] = [
  ['edit applied (1 = 1.0)', edit, { ...key, x: S('b'), y: N('1.0'), z: S('other') }, true, false, true],
  ['edit not applied', edit, { ...key, x: S('a') }, false, true, true],
  ['edit: changed by someone', edit, { ...key, x: S('c') }, false, false, true],
  ['edit: item gone', edit, undefined, false, false, true],
  ['counter applied', counter, { ...key, m: { M: { n: N('6') } } }, true, false, true],
  ['counter not applied', counter, { ...key, m: { M: { n: N('5.0') } } }, false, true, true],
  ['counter not a number', counter, { ...key, m: { M: { n: S('5') } } }, false, false, true],
  ['put applied', put, { ...key, x: S('new') }, true, false, true],
  ['put not applied', put, undefined, false, true, true],
  ['put: another item there', put, { ...key, x: S('theirs') }, false, false, true],
  ['overwrite: cannot tell', overwrite, { ...key, x: S('old') }, false, true, false],
  ['delete applied', del, undefined, true, false, true],
  ['delete not applied', del, { ...key, x: S('a') }, false, true, true],
  ['unguarded update: cannot tell', unguarded, { ...key, x: S('a') }, false, true, false],
];

for (const [what, [guard, expect], now, holds, before, excludes] of cases) {
  test(`outcome: ${what}`, () => {
    assert.equal(holdsExpectation(expect, now), holds, 'holds the expectation');
    assert.equal(guardHolds(guard, now), before, 'as the guard required');
    assert.equal(guardExcludesExpectation(guard, expect), excludes, 'told apart');
  });
}

test('which failures may hide an applied write', () => {
  const err = (name: string, meta: { attempts?: number; httpStatusCode?: number } = {}, extra: object = {}) => Object.assign(new Error('x'), { name, $metadata: meta }, extra);
  const maybe: [string, unknown][] = [
    ['a 500', err('InternalServerError', { attempts: 1, httpStatusCode: 500 })],
    ['a 503', err('ServiceUnavailable', { httpStatusCode: 503 })],
    ['a reset', err('TimeoutError', { attempts: 1 }, { code: 'ECONNRESET' })],
    ['socket hang up', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a request timeout', err('RequestTimeout')],
    ['a cancel in flight', err('AbortError')],
    ['throttled after a resend', err('ProvisionedThroughputExceededException', { attempts: 4, httpStatusCode: 400 })],
    ['a 200 that could not be read', err('SyntaxError', { httpStatusCode: 200 })],
  ];
  const refused: [string, unknown][] = [
    ['ValidationException', err('ValidationException', { attempts: 1, httpStatusCode: 400 })],
    ['ResourceNotFoundException', err('ResourceNotFoundException', { attempts: 1, httpStatusCode: 400 })],
    ['AccessDeniedException', err('AccessDeniedException', { attempts: 1, httpStatusCode: 400 })],
    ['read-only', err('ReadOnlyError')],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', $metadata: { attempts: 1 } })],
  ];
  for (const [what, e] of maybe) assert.equal(mayHaveBeenApplied(e), true, what);
  for (const [what, e] of refused) assert.equal(mayHaveBeenApplied(e), false, what);
});
