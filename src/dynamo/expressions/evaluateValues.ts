// The value side of evaluate.ts: paths resolved through #names, SET operands computed
// from the item as it was before the update, ADD and DELETE on numbers and sets. Anything
// DynamoDB would refuse (a missing operand, a type mismatch, a number it cannot store)
// throws CANNOT, which evaluateUpdate turns into "unknown".
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { addNumbers, attributeOf, checkDynamoNumber, numberKey, toBase64, type PathSegment } from '../codec/index.js';
import type { Literal, Path, SetValue, ValueRef } from './ast.js';

export const CANNOT = Symbol('cannot evaluate');
export const cannot = (): never => {
  throw CANNOT;
};

export interface Refs { names: Record<string, string>; values: Record<string, AttributeValue> }

export function resolvePath(path: Path, refs: Refs): PathSegment[] {
  return path.elements.map((e) => {
    if (e.type === 'index') return e.index;
    if (e.type === 'name') return e.name;
    return Object.hasOwn(refs.names, e.ref) ? refs.names[e.ref]! : cannot();
  });
}

/** The value at `path` inside `root` (a map holding the item), or undefined. */
export function valueIn(root: AttributeValue, path: readonly PathSegment[]): AttributeValue | undefined {
  let v: AttributeValue | undefined = root;
  for (const seg of path) {
    if (typeof seg === 'number') v = v?.L?.[seg];
    else v = v?.M ? attributeOf(v.M, seg) : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

export function operandValue(v: Literal | ValueRef, refs: Refs): AttributeValue {
  if (v.type === 'literal') return v.value;
  return Object.hasOwn(refs.values, v.ref) ? refs.values[v.ref]! : cannot();
}

/** A SET value, from the item as it was (every SET operand reads the old item). */
export function setValue(v: SetValue, before: AttributeValue, refs: Refs): AttributeValue {
  switch (v.type) {
    case 'literal':
    case 'valueRef': return operandValue(v, refs);
    // DynamoDB refuses a path operand that is not in the item.
    case 'path': return valueIn(before, resolvePath(v, refs)) ?? cannot();
    case 'if_not_exists': return valueIn(before, resolvePath(v.path, refs)) ?? setValue(v.fallback, before, refs);
    case 'list_append': {
      const a = setValue(v.first, before, refs);
      const b = setValue(v.second, before, refs);
      return a.L && b.L ? { L: [...a.L, ...b.L] } : cannot();
    }
    case 'arith': {
      const a = setValue(v.left, before, refs);
      const b = setValue(v.right, before, refs);
      return { N: (a.N !== undefined && b.N !== undefined && addNumbers(a.N, b.N, v.op)) || cannot() };
    }
  }
}

const SETS = ['SS', 'NS', 'BS'] as const;
type SetType = (typeof SETS)[number];

function setType(v: AttributeValue): SetType | undefined {
  return SETS.find((t) => v[t] !== undefined);
}

// Set elements are equal by value, as DynamoDB compares them: 1 = 1.0, bytes by content.
function elementKey(type: SetType, e: string | Uint8Array): string {
  if (type === 'BS') return toBase64(e as Uint8Array);
  if (type === 'SS') return e as string;
  const check = checkDynamoNumber(e as string);
  return check.ok ? numberKey(check.parts) : cannot();
}

/** ADD: a number added, or a set's elements joined; `existing` undefined starts from nothing. */
export function addValue(existing: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if (value.N !== undefined) {
    if (!existing) return { N: value.N };
    return { N: (existing.N !== undefined && addNumbers(existing.N, value.N)) || cannot() };
  }
  const type = setType(value) ?? cannot();
  if (!existing) return value;
  if (setType(existing) !== type) cannot();
  const seen = new Set((existing[type] as (string | Uint8Array)[]).map((e) => elementKey(type, e)));
  const added = (value[type] as (string | Uint8Array)[]).filter((e) => !seen.has(elementKey(type, e)));
  return { [type]: [...(existing[type] as unknown[]), ...added] } as unknown as AttributeValue;
}

/** DELETE: the set without the value's elements; undefined when nothing is left. */
export function deleteValue(existing: AttributeValue | undefined, value: AttributeValue): AttributeValue | undefined {
  const type = setType(value) ?? cannot();
  if (!existing) return undefined;
  if (setType(existing) !== type) cannot();
  const gone = new Set((value[type] as (string | Uint8Array)[]).map((e) => elementKey(type, e)));
  const left = (existing[type] as (string | Uint8Array)[]).filter((e) => !gone.has(elementKey(type, e)));
  return left.length ? ({ [type]: left } as unknown as AttributeValue) : undefined;
}
