/**
 * `+` / `-` on a number: the service adds `delta` (exact decimal text) in one request. A
 * top-level attribute uses ADD. DynamoDB documents ADD for top-level attributes only
 * (dynalite accepts more), so a nested path uses `SET p = p + :d`, just as atomic.
 *
 * The condition is attribute_type(p, N) AND p = :loaded. The type check keeps a missing
 * number from being started at 0 (ADD would) and a deleted item from being recreated with
 * only its key and the counter. The loaded value makes it safe to apply twice: the SDK
 * resends a request whose answer was lost, and an unguarded ADD would then add twice; with
 * the guard the resend fails its condition, and sendWrite, re-reading loaded + delta,
 * reports it saved. It also means a counter changed by someone else since loading is
 * refused (loaded 5 → now 7) rather than counted from a value the user has not seen.
 */
import type { UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import { addNumbers, checkDynamoNumber, formatPath, type Item, type PathSegment } from '../codec/index.js';
import type { Update } from '../expressions/index.js';
import { itemKey } from '../itemKey.js';
import type { TableInfo } from '../tableInfo.js';
import { compose } from './compose.js';
import { valueAt } from './expect.js';
import { attributeType, literal, pathOf, sameAsParts } from './guard.js';
import { isTableKey } from './keys.js';
import type { Built, Failed, FieldError } from './types.js';
import { keyProblems } from './update.js';

export function buildCounterInput(
  info: TableInfo, table: string, loadedItem: Item, attribute: string | readonly PathSegment[], delta: string,
): Built<'UpdateItem'> | Failed {
  const early = keyProblems(info, loadedItem);
  if (early) return early;
  const segments = typeof attribute === 'string' ? [attribute] : [...attribute];
  const text = formatPath(segments);
  const errors: FieldError[] = [];
  const first = segments[0];
  const loaded = valueAt(loadedItem, segments);
  if (typeof first !== 'string' || first === '') errors.push({ field: 'attribute', message: 'a counter is an attribute name, or a path starting with one' });
  else if (isTableKey(info, first)) errors.push({ field: 'attribute', message: `${first} is part of the key, which cannot be changed in place` });
  else if (loaded?.N === undefined) {
    errors.push({ field: 'attribute', message: `${text} ${loaded ? 'is not a number' : 'is not in the item'} as loaded; a counter adds to a number that is there` });
  }
  const check = checkDynamoNumber(delta);
  if (!check.ok) errors.push({ field: 'delta', message: check.reason });
  else if (check.parts.digits === '') errors.push({ field: 'delta', message: 'adding 0 changes nothing' });
  if (errors.length || loaded?.N === undefined) return { ok: false, errors };

  const path = pathOf(segments);
  const d = literal({ N: delta });
  const update: Update = {
    type: 'update',
    clauses: [segments.length === 1
      ? { type: 'ADD', pos: 0, actions: [{ path, value: d }] }
      : { type: 'SET', pos: 0, actions: [{ path, value: { type: 'arith', op: '+', left: path, right: d, pos: 0 } }] }],
  };
  const composed = compose({ pre: [attributeType(segments, 'N'), ...sameAsParts(segments, loaded, false)], unchanged: [], update, limitField: 'attribute' });
  if (!composed.ok) return composed;
  const key = itemKey(info, loadedItem);
  const input: UpdateItemCommandInput = { TableName: table, Key: key, ...composed.parts, ReturnValues: 'ALL_NEW' };
  // A sum DynamoDB cannot store (over 38 digits, out of range) is not predicted.
  const sum = addNumbers(loaded.N, delta);
  return {
    ok: true, operation: 'UpdateItem', input,
    guard: { key, item: 'exists', unchanged: [], number: { path: segments, text, loaded: loaded.N }, userCondition: false },
    expect: sum === undefined ? { kind: 'unknown' } : { kind: 'attributes', values: [{ path: segments, value: { N: sum } }] },
  };
}
