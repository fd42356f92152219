// Condition ASTs for the guards, printed by the expression printer with the request's one
// allocator, so names are escaped and values placed exactly as in user-typed expressions.
//
// "Still equals the loaded value" is `path = :loaded`, which DynamoDB evaluates for every
// type, maps and lists included. dynalite, the embedded engine, compares maps and lists by
// object identity, so that guard never holds there and no map or list could be edited in
// the demo. A map or list is therefore compared by its parts instead, which means the same
// on DynamoDB: its type, its size (so a map cannot have gained a key) and each element.
// Expanded guards cost operators; `compose` falls back to the whole-value form when the
// 300-operator or 4 KB expression limits would be exceeded.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Condition, Literal, Path, Update } from '../expressions/index.js';
import type { PathSegment } from '../codec/index.js';

export function pathOf(segments: readonly PathSegment[]): Path {
  return {
    type: 'path',
    pos: 0,
    elements: segments.map((s) => (typeof s === 'number' ? { type: 'index', index: s, pos: 0 } : { type: 'name', name: s, pos: 0 })),
  };
}

export const literal = (value: AttributeValue): Literal => ({ type: 'literal', value, pos: 0 });

export function attributeExists(segments: readonly PathSegment[]): Condition {
  return { type: 'function', name: 'attribute_exists', path: pathOf(segments), pos: 0 };
}

export function attributeNotExists(segments: readonly PathSegment[]): Condition {
  return { type: 'function', name: 'attribute_not_exists', path: pathOf(segments), pos: 0 };
}

export function attributeType(segments: readonly PathSegment[], type: string): Condition {
  return { type: 'function', name: 'attribute_type', path: pathOf(segments), arg: literal({ S: type }), pos: 0 };
}

function equals(segments: readonly PathSegment[], value: AttributeValue): Condition {
  return { type: 'compare', op: '=', left: pathOf(segments), right: literal(value), pos: 0 };
}

function sizeIs(segments: readonly PathSegment[], n: number): Condition {
  return { type: 'compare', op: '=', left: { type: 'size', path: pathOf(segments), pos: 0 }, right: literal({ N: String(n) }), pos: 0 };
}

/** Left-nested AND of the conditions given; undefined for none. */
export function allOf(conditions: readonly (Condition | undefined)[]): Condition | undefined {
  return conditions.reduce<Condition | undefined>(
    (acc, c) => (!c ? acc : acc ? { type: 'and', left: acc, right: c, pos: 0 } : c),
    undefined,
  );
}

/** `path` holds exactly `value`; maps and lists compared part by part when `expand`. */
export function sameAs(segments: readonly PathSegment[], value: AttributeValue, expand: boolean): Condition {
  return allOf(sameAsParts(segments, value, expand))!;
}

/** The checks of sameAs as a flat list, so a guard reads as one run of ANDs. */
export function sameAsParts(segments: readonly PathSegment[], value: AttributeValue, expand: boolean): Condition[] {
  if (!expand || !expandable(value)) return [equals(segments, value)];
  if (value.M !== undefined) {
    return [
      attributeType(segments, 'M'), sizeIs(segments, Object.keys(value.M).length),
      ...Object.entries(value.M).flatMap(([k, v]) => sameAsParts([...segments, k], v, true)),
    ];
  }
  return [
    attributeType(segments, 'L'), sizeIs(segments, value.L!.length),
    ...value.L!.flatMap((v, i) => sameAsParts([...segments, i], v, true)),
  ];
}

/**
 * A map or list whose elements can all be named in an expression: a map key that is the
 * empty string cannot be, so such a map is compared whole (its children decide for themselves).
 */
export function expandable(value: AttributeValue): boolean {
  if (value.M !== undefined) return Object.keys(value.M).every((k) => k !== '');
  return value.L !== undefined;
}

/** Whether sameAs(…, true) still compares some map or list inside `value` as a whole. */
export function comparesWhole(value: AttributeValue, expand: boolean): boolean {
  if (value.M === undefined && value.L === undefined) return false;
  if (!expand || !expandable(value)) return true;
  return (value.M !== undefined ? Object.values(value.M) : value.L!).some((v) => comparesWhole(v, true));
}

/** Operators and functions, as DynamoDB counts them against its limit of 300 per expression. */
export function conditionOperators(c: Condition): number {
  switch (c.type) {
    case 'and':
    case 'or': return 1 + conditionOperators(c.left) + conditionOperators(c.right);
    case 'not': return 1 + conditionOperators(c.operand);
    case 'compare': return 1 + sizeCalls(c.left) + sizeCalls(c.right);
    case 'between': return 1 + sizeCalls(c.subject) + sizeCalls(c.low) + sizeCalls(c.high);
    case 'in': return 1 + sizeCalls(c.subject) + c.list.reduce((n, o) => n + sizeCalls(o), 0);
    case 'function': return 1 + (c.arg ? sizeCalls(c.arg) : 0);
  }
}

const sizeCalls = (o: { type: string }) => (o.type === 'size' ? 1 : 0);

/** Counted generously: each action and each function or + / - in it. */
export function updateOperators(u: Update): number {
  let n = 0;
  const count = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    const t = (v as { type?: string }).type;
    if (t === 'arith' || t === 'if_not_exists' || t === 'list_append') n++;
    if (t !== 'literal') Object.values(v).forEach(count);
  };
  for (const clause of u.clauses) {
    n += clause.type === 'REMOVE' ? clause.paths.length : clause.actions.length;
    count(clause);
  }
  return n;
}
