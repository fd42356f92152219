/**
 * Plain JSON value -> attribute value, typed by the loaded value at the same path.
 * The template decides only what plain JSON cannot express: whether an array is a
 * list or a set, and whether a string is text or base64 binary. Everything else
 * follows the JSON (a string typed over a number becomes S): the user said so.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isLosslessNumber } from 'lossless-json';
import { binary, binarySet, number, numberSet, stringSet } from './checks.js';
import { CodecError, type PathSegment } from './errors.js';
import { describeJson, isJsonObject } from './jsonText.js';
import { attributeOf, typeOf, type AttrType, type Item } from './types.js';
import { asWrapper } from './wrappers.js';

type Path = readonly PathSegment[];
type Template = AttributeValue | undefined;

const SET_NAMES: Partial<Record<AttrType, string>> = { SS: 'a string set', NS: 'a number set', BS: 'a binary set' };

function strings(v: unknown[], what: string, path: Path): string[] {
  return v.map((x, i) => {
    if (typeof x === 'string') return x;
    throw new CodecError(`${what} elements are strings, got ${describeJson(x)}`, { path: [...path, i] });
  });
}

/** JSON numbers, or numeric strings inside an explicit `$N`/`$NS`. */
function numbers(v: unknown[], what: string, path: Path, allowStrings: boolean): string[] {
  return v.map((x, i) => {
    if (isLosslessNumber(x)) return x.value;
    if (allowStrings && typeof x === 'string') return x;
    throw new CodecError(`${what} elements are numbers, got ${describeJson(x)}`, { path: [...path, i] });
  });
}

function asSet(type: AttrType, v: unknown[], path: Path, explicit: boolean): AttributeValue {
  const hint = explicit ? '' : ` (it was ${SET_NAMES[type]}; to make it a list write {"$L": [...]})`;
  try {
    if (v.length === 0 && !explicit) {
      throw new CodecError(`DynamoDB has no empty sets: remove the attribute, or write {"$L": []} for an empty list`, { path });
    }
    if (type === 'SS') return { SS: stringSet(strings(v, 'string set', path), path) };
    if (type === 'NS') return { NS: numberSet(numbers(v, 'number set', path, explicit), path) };
    return { BS: binarySet(strings(v, 'binary set', path), path) };
  } catch (err) {
    if (err instanceof CodecError && hint && !err.reason.includes('$L')) throw err.withHint(hint);
    throw err;
  }
}

function asMap(v: Record<string, unknown>, template: Template, path: Path): AttributeValue {
  const inner = template?.M;
  const typed = ([k, c]: [string, unknown]) => [k, fromPlainJsonValue(c, inner && attributeOf(inner, k), [...path, k])];
  return { M: Object.fromEntries(Object.entries(v).map(typed)) };
}

/** Elements keep the types of the loaded list position by position. */
function asList(v: unknown[], template: Template, path: Path): AttributeValue {
  const inner = template?.L;
  return { L: v.map((c, i) => fromPlainJsonValue(c, inner?.[i], [...path, i])) };
}

function fromWrapper(type: AttrType, c: unknown, template: Template, path: Path): AttributeValue {
  const fail = (want: string): never => {
    throw new CodecError(`{"$${type}": ...} needs ${want}, got ${describeJson(c)}`, { path });
  };
  switch (type) {
    case 'S': return typeof c === 'string' ? { S: c } : fail('a string');
    case 'N':
      if (isLosslessNumber(c)) return { N: number(c.value, path) };
      return typeof c === 'string' ? { N: number(c, path) } : fail('a number');
    case 'B': return typeof c === 'string' ? { B: binary(c, path) } : fail('a base64 string');
    case 'SS': case 'NS': case 'BS': return Array.isArray(c) ? asSet(type, c, path, true) : fail('an array');
    case 'M': return isJsonObject(c) ? asMap(c, template?.M ? template : undefined, path) : fail('an object');
    case 'L': return Array.isArray(c) ? asList(c, template?.L ? template : undefined, path) : fail('an array');
    case 'NULL': return c === true || c === null ? { NULL: true } : fail('true');
    case 'BOOL': return typeof c === 'boolean' ? { BOOL: c } : fail('true or false');
  }
}

export function fromPlainJsonValue(v: unknown, template: Template, path: Path = []): AttributeValue {
  const wrapped = asWrapper(v);
  if (wrapped) return fromWrapper(wrapped.type, wrapped.content, template, path);
  const was = template ? typeOf(template) : undefined;
  if (typeof v === 'string') {
    if (was !== 'B') return { S: v };
    try {
      return { B: binary(v, path) };
    } catch (err) {
      throw err instanceof CodecError ? err.withHint(' (it was binary; to store text write {"$S": "..."})') : err;
    }
  }
  if (isLosslessNumber(v)) return { N: number(v.value, path) };
  if (typeof v === 'boolean') return { BOOL: v };
  if (v === null) return { NULL: true };
  if (Array.isArray(v)) {
    return was === 'SS' || was === 'NS' || was === 'BS' ? asSet(was, v, path, false) : asList(v, template, path);
  }
  if (isJsonObject(v)) return asMap(v, template, path);
  throw new CodecError(`unsupported JSON value ${describeJson(v)}`, { path });
}

/** Top-level keys are attribute names, never type wrappers. */
export function fromPlainJsonObject(obj: Record<string, unknown>, template: Item | undefined): Item {
  return Object.fromEntries(Object.entries(obj).map(([k, c]) => [k, fromPlainJsonValue(c, template && attributeOf(template, k), [k])]));
}
