import type { Condition, Literal, Operand, Path, ValueRef } from './ast.js';
import type { ExprError } from './errors.js';

export type SortKeyOp = '=' | '<' | '<=' | '>' | '>=' | 'between' | 'begins_with';

/** Which attribute a key condition uses as partition key and how it limits the sort key. */
export interface KeyConditionParts {
  partitionKey: { path: Path; value: Literal | ValueRef };
  sortKey?: { path: Path; op: SortKeyOp; values: (Literal | ValueRef)[] };
}

type Part = { path: Path; op: SortKeyOp; values: (Literal | ValueRef)[]; pos: number };
type Check<T> = { ok: true; value: T } | { ok: false; error: ExprError };

const bad = (message: string, position: number): { ok: false; error: ExprError } => ({
  ok: false,
  error: { message: `${message} at ${position}`, position },
});

/**
 * A Query's key condition is "pk = v", optionally AND one sort key condition. Anything else
 * parses as a condition but DynamoDB refuses it, so say why before sending.
 * `sameAttribute` tells whether two key paths name one attribute (placeholders resolved).
 */
export function checkKeyCondition(
  ast: Condition,
  sameAttribute: (a: Path, b: Path) => boolean,
): Check<KeyConditionParts> {
  if (ast.type === 'and' && ast.left.type === 'and') {
    return bad('a key condition has at most two parts (partition key AND sort key)', ast.pos);
  }
  const parts: Part[] = [];
  const sides = ast.type === 'and' ? [ast.left, ast.right] : [ast];
  for (const side of sides) {
    const part = keyPart(side);
    if (!part.ok) return part;
    parts.push(part.value);
  }
  const [a, b] = parts as [Part, Part | undefined];
  const partition = a.op === '=' ? a : b?.op === '=' ? b : undefined;
  if (!partition) return bad('a key condition needs "partitionKey = value"', a.pos);
  const sort = partition === a ? b : a;
  if (sort && sameAttribute(partition.path, sort.path)) {
    return bad('the partition key and the sort key condition name the same attribute', sort.pos);
  }
  return {
    ok: true,
    value: {
      partitionKey: { path: partition.path, value: partition.values[0]! },
      ...(sort ? { sortKey: { path: sort.path, op: sort.op, values: sort.values } } : {}),
    },
  };
}

function keyPart(c: Condition): Check<Part> {
  switch (c.type) {
    case 'and':
      return bad('a key condition has at most two parts (partition key AND sort key)', c.pos);
    case 'or':
    case 'not':
      return bad(`${c.type.toUpperCase()} is not allowed in a key condition`, c.pos);
    case 'in':
      return bad('IN is not allowed in a key condition (use the filter)', c.pos);
    case 'function':
      if (c.name !== 'begins_with') return bad(`${c.name}() is not allowed in a key condition (use the filter)`, c.pos);
      return part(c.path, 'begins_with', [c.arg!], c.pos);
    case 'between':
      return part(c.subject, 'between', [c.low, c.high], c.pos);
    case 'compare':
      if (c.op === '<>') return bad('<> is not allowed in a key condition (use the filter)', c.pos);
      return part(c.left, c.op, [c.right], c.pos);
  }
}

function part(subject: Operand, op: SortKeyOp, operands: Operand[], pos: number): Check<Part> {
  if (subject.type !== 'path') return bad('a key condition must start with a key attribute name', subject.pos);
  if (subject.elements.length !== 1) return bad('key attributes are top-level: no nested path here', subject.pos);
  const values: (Literal | ValueRef)[] = [];
  for (const o of operands) {
    if (o.type !== 'literal' && o.type !== 'valueRef') {
      return bad('a key attribute is compared with a value, not another attribute', o.pos);
    }
    values.push(o);
  }
  return { ok: true, value: { path: subject, op, values, pos } };
}
