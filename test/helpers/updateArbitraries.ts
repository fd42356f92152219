// Random update expressions over a given item's paths, for the evaluator's property test:
// SET (values, path copies, if_not_exists, list_append, + and -), REMOVE (attributes, map
// keys, list elements), ADD and DELETE (numbers and sets, top level). Built as an AST, so
// the printer writes the request (names and values as placeholders). The dynalite
// deviations named in expressions.evaluate.property.test.ts are kept out.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import type { Path, SetAction, SetOperand, SetValue, Update, UpdateClause, ValueAction } from '../../src/dynamo/expressions/index.js';
import { checkDynamoNumber, numberKey, type Item, type PathSegment } from '../../src/dynamo/codec/index.js';
import { attributeName, attributeValue, scalarValue } from './arbitraries.js';

const KINDS = ['SET', 'SET', 'SET', 'REMOVE', 'ADD', 'DELETE'] as const;
const OPERANDS = ['value', 'path', 'ifNotExists', 'append', 'plus', 'minus'] as const;

const choice = fc.record({
  kind: fc.constantFrom(...KINDS),
  operand: fc.constantFrom(...OPERANDS),
  target: fc.nat(), source: fc.nat(), fresh: fc.nat({ max: 3 }),
  name: attributeName,
  value: fc.oneof(attributeValue, scalarValue),
  delta: fc.constantFrom('1', '-1', '0.5', '-2.25', '1E-5', '12345678901234567890123456789012345678', '1E+100'),
  keep: fc.nat(),
});
export const choicesArb = fc.array(choice, { minLength: 1, maxLength: 4 });
type Choice = (typeof choice) extends fc.Arbitrary<infer T> ? T : never;

interface Entry { path: PathSegment[]; value: AttributeValue }

/** Every path in the item to depth 3 (map keys and list indices), with its value; pk left out. */
function entries(item: Item): Entry[] {
  const out: Entry[] = [];
  const walk = (path: PathSegment[], v: AttributeValue) => {
    out.push({ path, value: v });
    if (path.length >= 3) return;
    if (v.M) for (const [k, x] of Object.entries(v.M)) walk([...path, k], x);
    if (v.L) v.L.forEach((x, i) => walk([...path, i], x));
  };
  for (const [k, v] of Object.entries(item)) if (k !== 'pk') walk([k], v);
  return out;
}

const pathOf = (segments: readonly PathSegment[]): Path => ({
  type: 'path', pos: 0,
  elements: segments.map((s) => (typeof s === 'number' ? { type: 'index', index: s, pos: 0 } : { type: 'name', name: s, pos: 0 })),
});
const lit = (value: AttributeValue) => ({ type: 'literal' as const, value, pos: 0 });
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** A target: mostly a path of the item, sometimes a new attribute, map key or list element. */
function target(all: Entry[], c: Choice, topOnly: boolean): PathSegment[] {
  // ADD and DELETE mostly on numbers and sets, where they apply.
  const fits = (v: AttributeValue) => v.N !== undefined || v.SS !== undefined || v.NS !== undefined || v.BS !== undefined;
  const tops = all.filter((e) => e.path.length === 1 && (c.keep % 5 === 0 || fits(e.value)));
  const pool = topOnly ? tops : all;
  const e = pick(pool, c.target);
  if (!e || c.fresh === 0) return [c.name];
  if (c.fresh === 1 && !topOnly && e.value.M) return [...e.path, c.name];
  if (c.fresh === 1 && !topOnly && e.value.L) return [...e.path, e.value.L.length + (c.keep % 3)];
  return e.path;
}

function operand(all: Entry[], c: Choice, want?: 'N' | 'L'): SetOperand {
  const typed = want ? all.filter((e) => e.value[want] !== undefined) : all;
  const e = pick(c.source % 8 === 0 || !typed.length ? all : typed, c.source);
  return e && c.source % 10 !== 0 ? pathOf(e.path) : pathOf([c.name]); // sometimes missing
}

function setValue(all: Entry[], c: Choice): SetValue {
  switch (c.operand) {
    case 'value': return lit(c.value);
    case 'path': return operand(all, c);
    case 'ifNotExists': return { type: 'if_not_exists', path: operand(all, c) as Path, fallback: lit(c.value), pos: 0 };
    case 'append': {
      const list = operand(all, c, 'L');
      const extra = lit({ L: [c.value] });
      return { type: 'list_append', first: c.keep % 2 ? list : extra, second: c.keep % 2 ? extra : list, pos: 0 };
    }
    default: return { type: 'arith', op: c.operand === 'plus' ? '+' : '-', left: operand(all, c, 'N'), right: lit({ N: c.delta }), pos: 0 };
  }
}

// Sets for ADD and DELETE: some of the attribute's own elements and the drawn value's
// (numbers in any spelling: 1 and 1.0 are one element).
function setFor(existing: AttributeValue | undefined, c: Choice): AttributeValue | undefined {
  const drawn = c.value;
  const type = (['SS', 'NS', 'BS'] as const).find((t) => (existing ?? drawn)[t] !== undefined);
  if (!type) return c.kind === 'ADD' ? { N: c.delta } : c.keep % 4 ? { SS: ['x'] } : drawn;
  const own = (existing?.[type] ?? []) as (string | Uint8Array)[];
  const all = [...own.filter((_x, i) => (c.keep >> i) & 1), ...((drawn[type] ?? []) as (string | Uint8Array)[])];
  // A set holds each value once (the values field refuses a duplicate, as DynamoDB does).
  const key = (x: string | Uint8Array) => {
    if (typeof x !== 'string') return Buffer.from(x).toString('hex');
    const n = type === 'NS' ? checkDynamoNumber(x) : undefined;
    return n?.ok ? numberKey(n.parts) : x;
  };
  const chosen = [...new Map(all.map((x) => [key(x), x])).values()];
  return chosen.length ? ({ [type]: chosen } as unknown as AttributeValue) : undefined;
}

/** An update over the item's paths; undefined when the choices give nothing usable. */
export function randomUpdate(item: Item, choices: Choice[]): Update | undefined {
  const all = entries(item);
  const actions: { kind: Choice['kind']; path: PathSegment[]; set?: SetValue; value?: AttributeValue }[] = [];
  const overlaps = (p: PathSegment[]) => actions.some((a) => a.path.slice(0, p.length).every((s, i) => s === p[i]) || p.slice(0, a.path.length).every((s, i) => s === a.path[i]));
  for (const c of choices) {
    const path = target(all, c, c.kind === 'ADD' || c.kind === 'DELETE');
    if (overlaps(path) && c.keep % 4 !== 0) continue; // DynamoDB refuses overlapping paths: now and then
    if (c.kind === 'SET') actions.push({ kind: 'SET', path, set: setValue(all, c) });
    else if (c.kind === 'REMOVE') actions.push({ kind: 'REMOVE', path });
    else {
      const value = setFor(item[path[0] as string], c);
      if (value) actions.push({ kind: c.kind, path, value });
    }
  }
  // REMOVE_LIST_INDICES, and what evaluate() declines (not documented): nothing else
  // inside a list that an element is removed from.
  for (const r of actions.filter((a) => a.kind === 'REMOVE' && typeof a.path.at(-1) === 'number')) {
    const list = r.path.slice(0, -1);
    if (actions.some((a) => a !== r && a.path.length > list.length && list.every((s, i) => a.path[i] === s))) return undefined;
  }
  // SET_OPERAND_ALIASED: no other action touches an attribute a SET copies from, and no
  // SET copies an attribute into itself.
  for (const a of actions) {
    for (const top of a.set ? copied(a.set) : []) {
      if (actions.some((b) => (b !== a || b.path.length > 1) && b.path[0] === top)) return undefined;
    }
  }
  const clauses: UpdateClause[] = [];
  for (const kind of ['SET', 'REMOVE', 'ADD', 'DELETE'] as const) {
    const mine = actions.filter((a) => a.kind === kind);
    if (!mine.length) continue;
    if (kind === 'SET') clauses.push({ type: kind, pos: 0, actions: mine.map((a): SetAction => ({ path: pathOf(a.path), value: a.set! })) });
    else if (kind === 'REMOVE') clauses.push({ type: kind, pos: 0, paths: mine.map((a) => pathOf(a.path)) });
    else clauses.push({ type: kind, pos: 0, actions: mine.map((a): ValueAction => ({ path: pathOf(a.path), value: lit(a.value!) })) });
  }
  return clauses.length ? { type: 'update', clauses } : undefined;
}

/** Top-level attributes whose values a SET copies (+ and - make new numbers instead). */
function copied(v: SetValue): PathSegment[] {
  const top = (p: Path) => (p.elements[0] as { name: string }).name;
  switch (v.type) {
    case 'path': return [top(v)];
    case 'if_not_exists': return [top(v.path), ...copied(v.fallback)];
    case 'list_append': return [...copied(v.first), ...copied(v.second)];
    default: return [];
  }
}
