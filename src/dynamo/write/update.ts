// The update form (a free UpdateExpression with optional condition) and the atomic counter.
// Both act on the item that is open: they never create one, so both require it to exist
// (UpdateItem would otherwise "upsert" a new item holding only the key and the update).
import type { UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import { checkDynamoNumber, formatPath, type Item, type PathSegment } from '../codec/index.js';
import { attributeOf, type Path, type Update } from '../expressions/index.js';
import { itemKey } from '../itemKey.js';
import type { TableInfo } from '../tableInfo.js';
import { compose } from './compose.js';
import { attributeExists, attributeType, literal, pathOf } from './guard.js';
import { isTableKey, keyErrors, schemaError } from './keys.js';
import { remember } from './registry.js';
import type { Built, Failed, FieldError } from './types.js';

export function buildUpdateExpressionInput(
  info: TableInfo, table: string, key: Item, updateText: string,
  conditionText?: string, valuesText?: string, namesText?: string,
): Built<'UpdateItem'> | Failed {
  const early = keyProblems(info, key);
  if (early) return early;
  if (updateText.trim() === '') {
    return { ok: false, errors: [{ field: 'update', message: 'enter an update expression, such as SET info.rating = 7.5', position: 0 }] };
  }
  const composed = compose({
    pre: [attributeExists([info.partitionKey!.name])],
    unchanged: [],
    user: { text: conditionText ?? '', values: valuesText, names: namesText },
    updateText,
    checkUpdate: (ast, alloc) => {
      for (const path of updatedPaths(ast)) {
        const name = attributeOf(path, alloc);
        if (name !== undefined && isTableKey(info, name)) {
          return { field: 'update', position: path.pos, message: `${name} is part of the key, which an update cannot change: save as a new item instead, at ${path.pos}` };
        }
      }
      return undefined;
    },
    limitField: 'update',
  });
  if (!composed.ok) return composed;
  const k = itemKey(info, key);
  const input: UpdateItemCommandInput = { TableName: table, Key: k, ...composed.parts, ReturnValues: 'ALL_NEW' };
  return remember({
    ok: true, operation: 'UpdateItem', input,
    guard: { key: k, item: 'exists', unchanged: [], userCondition: !!conditionText?.trim() },
  });
}

function updatedPaths(u: Update): Path[] {
  return u.clauses.flatMap((c) => (c.type === 'REMOVE' ? c.paths : c.actions.map((a) => a.path)));
}

/**
 * `+` / `-` on a number: the service adds `delta` (exact decimal text) in one request, with
 * no read-modify-write, so concurrent counters all land. A top-level attribute uses ADD.
 * DynamoDB documents ADD for top-level attributes only (dynalite accepts more), so a nested
 * path uses `SET p = p + :d`, which is just as atomic. The condition attribute_type(p, N)
 * makes sure the number is still there (and so the item): ADD would otherwise start a
 * missing attribute from 0, or recreate a deleted item holding only its key and the counter.
 */
export function buildCounterInput(
  info: TableInfo, table: string, key: Item, attribute: string | readonly PathSegment[], delta: string,
): Built<'UpdateItem'> | Failed {
  const early = keyProblems(info, key);
  if (early) return early;
  const segments = typeof attribute === 'string' ? [attribute] : [...attribute];
  const errors: FieldError[] = [];
  const first = segments[0];
  if (typeof first !== 'string' || first === '') errors.push({ field: 'attribute', message: 'a counter is an attribute name, or a path starting with one' });
  else if (isTableKey(info, first)) errors.push({ field: 'attribute', message: `${first} is part of the key, which cannot be changed in place` });
  const check = checkDynamoNumber(delta);
  if (!check.ok) errors.push({ field: 'delta', message: check.reason });
  else if (check.parts.digits === '') errors.push({ field: 'delta', message: 'adding 0 changes nothing' });
  if (errors.length) return { ok: false, errors };

  const path = pathOf(segments);
  const d = literal({ N: delta });
  const update: Update = {
    type: 'update',
    clauses: [segments.length === 1
      ? { type: 'ADD', pos: 0, actions: [{ path, value: d }] }
      : { type: 'SET', pos: 0, actions: [{ path, value: { type: 'arith', op: '+', left: path, right: d, pos: 0 } }] }],
  };
  const composed = compose({ pre: [attributeType(segments, 'N')], unchanged: [], update, limitField: 'attribute' });
  if (!composed.ok) return composed;
  const k = itemKey(info, key);
  const input: UpdateItemCommandInput = { TableName: table, Key: k, ...composed.parts, ReturnValues: 'ALL_NEW' };
  return remember({
    ok: true, operation: 'UpdateItem', input,
    guard: { key: k, item: 'exists', unchanged: [], number: { path: segments, text: formatPath(segments) }, userCondition: false },
  });
}

function keyProblems(info: TableInfo, key: Item): Failed | undefined {
  const noSchema = schemaError(info);
  if (noSchema) return { ok: false, errors: [noSchema] };
  const bad = keyErrors(info, key);
  return bad.length ? { ok: false, errors: bad } : undefined;
}
