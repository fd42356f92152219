// The query form's key inputs -> the KeyConditionExpression, through the expression
// library's buildKeyCondition (so it is printed like every other expression). Values are
// typed by the key schema of the table or index queried.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { attributeOf, buildKeyCondition, type Allocator, type Condition, type Path, type SortKeyOp } from '../expressions/index.js';
import type { KeyAttr } from '../tableInfo.js';
import type { FieldErrors, ReadForm, Target } from './form.js';
import { compareKeyValues, keyValue } from './keyValue.js';

export type SortOp = SortKeyOp;
export const SORT_OPS: readonly SortOp[] = ['=', '<', '<=', '>', '>=', 'between', 'begins_with'];

/** The expression, or undefined with the problems written into `errors` by field. */
export function keyConditionOf(target: Target, form: ReadForm, alloc: Allocator, errors: FieldErrors): string | undefined {
  const pk = target.partitionKey;
  if (!pk) return void (errors.index = `the key schema of ${target.name} is not known`);
  const partition = keyValue(pk, form.partitionValue);
  if (!partition.ok) errors.partitionValue = partition.message;
  let sortValues: AttributeValue[] | undefined;
  const sk = target.sortKey;
  if (form.sortOp !== undefined) sortValues = sortCondition(sk, form.sortOp, form, errors);
  if (!partition.ok || (form.sortOp !== undefined && !sortValues)) return undefined;
  const built = buildKeyCondition({
    partitionKey: { name: pk.name, value: partition.value },
    ...(sk && sortValues ? { sortKey: { name: sk.name, op: form.sortOp!, values: sortValues } } : {}),
  }, alloc);
  if (built.ok) return built.expression;
  errors.partitionValue = built.error.message;
  return undefined;
}

function sortCondition(sk: KeyAttr | undefined, op: SortOp, form: ReadForm, errors: FieldErrors): AttributeValue[] | undefined {
  if (!sk) return void (errors.sortOp = 'this table or index has no sort key');
  if (!SORT_OPS.includes(op)) return void (errors.sortOp = `unknown sort key operator ${JSON.stringify(op)}`);
  if (op === 'begins_with' && sk.type !== 'S' && sk.type !== 'B') {
    return void (errors.sortOp = `begins_with works on a string (S) or binary (B) sort key; ${sk.name} is ${sk.type}`);
  }
  const low = keyValue(sk, form.sortValue);
  if (!low.ok) errors.sortValue = low.message;
  if (op !== 'between') return low.ok ? [low.value] : undefined;
  const high = keyValue(sk, form.sortValue2);
  if (!high.ok) errors.sortValue2 = high.message;
  if (!low.ok || !high.ok) return undefined;
  if (compareKeyValues(low.value, high.value) > 0) {
    return void (errors.sortValue2 = 'between needs the upper bound at or above the lower bound');
  }
  return [low.value, high.value];
}

/**
 * A query's filter may not name the key attributes of the table or index queried (the
 * service answers "Filter Expression can only contain non-primary key attributes"); they
 * belong in the key condition. Returns where the first one is used.
 */
export function keyInFilter(ast: Condition, target: Target, alloc: Allocator): { message: string; position: number } | undefined {
  const keys = [target.partitionKey, target.sortKey].filter((k): k is KeyAttr => !!k);
  let found: { message: string; position: number } | undefined;
  const visit = (node: unknown): void => {
    if (found || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string };
    if (n.type === 'literal') return;
    if (n.type === 'path') {
      const path = node as Path;
      const name = attributeOf(path, alloc);
      const key = keys.find((k) => k.name === name);
      if (key) {
        const role = key === target.partitionKey ? 'partition' : 'sort';
        found = {
          message: `${key.name} is the ${role} key of ${target.name}: a query filters it in the key condition, not the filter, at ${path.pos}`,
          position: path.pos,
        };
      }
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(ast);
  return found;
}
