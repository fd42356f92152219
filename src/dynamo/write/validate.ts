// Everything DynamoDB would refuse in a value or an item, found before sending, each on
// the attribute that causes it: numbers (38 digits, range), empty or duplicate sets,
// malformed values, nesting deeper than 32 levels, and the item size limit.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  checkDynamoNumber, formatPath, numberKey, toBase64, type Item, type PathSegment,
} from '../codec/index.js';
import type { FieldError } from './types.js';
import { attributeSize, itemSize, MAX_ITEM_BYTES } from './size.js';

const TYPES = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'] as const;
/** DynamoDB allows maps and lists nested up to 32 levels. */
export const MAX_DEPTH = 32;

export interface ValueProblem { path: PathSegment[]; message: string }

/**
 * The AWS SDK for JavaScript reads an attribute or map key named `__proto__` back as
 * undefined, and dynalite drops it on PutItem: written, it could never be seen or edited
 * again. Refused, rather than lost silently.
 */
export const UNSAFE_NAME = '__proto__';
const UNSAFE_MESSAGE = `the name ${UNSAFE_NAME} is lost when the item is read back (the AWS SDK for JavaScript drops it), so it cannot be written`;

/** The first thing DynamoDB would refuse in `v`, with where it is. */
export function valueProblem(v: unknown, path: PathSegment[] = [], depth = 0): ValueProblem | undefined {
  const fail = (message: string): ValueProblem => ({ path, message });
  if (typeof v !== 'object' || v === null) return fail('not a DynamoDB value');
  const set = TYPES.filter((t) => (v as Record<string, unknown>)[t] !== undefined);
  if (set.length !== 1) return fail(set.length ? `a value has one type, not ${set.join(' and ')}` : 'not a DynamoDB value');
  const av = v as AttributeValue;
  switch (set[0]) {
    case 'S': return typeof av.S === 'string' ? undefined : fail('S is a string');
    case 'N': return numberProblem(av.N, path);
    case 'B': return av.B instanceof Uint8Array ? undefined : fail('B is bytes');
    case 'NULL': return av.NULL === true ? undefined : fail('NULL is always true');
    case 'BOOL': return typeof av.BOOL === 'boolean' ? undefined : fail('BOOL is true or false');
    case 'SS': return setProblem(av.SS, path, 'string set', (s) => (typeof s === 'string' ? s : undefined));
    case 'NS': return numberSetProblem(av.NS, path);
    case 'BS': return setProblem(av.BS, path, 'binary set', (b) => (b instanceof Uint8Array ? toBase64(b) : undefined));
    case 'L':
      if (!Array.isArray(av.L)) return fail('L is a list');
      return childProblem(av.L.map((x, i) => [i, x]), path, depth);
    case 'M':
      if (typeof av.M !== 'object' || av.M === null || Array.isArray(av.M)) return fail('M is a map');
      return childProblem(Object.entries(av.M), path, depth);
  }
}

function childProblem(entries: [PathSegment, unknown][], path: PathSegment[], depth: number): ValueProblem | undefined {
  if (depth >= MAX_DEPTH) return { path, message: `nested more than ${MAX_DEPTH} levels deep; DynamoDB allows ${MAX_DEPTH}` };
  for (const [k, x] of entries) {
    if (k === UNSAFE_NAME) return { path: [...path, k], message: UNSAFE_MESSAGE };
    const p = valueProblem(x, [...path, k], depth + 1);
    if (p) return p;
  }
  return undefined;
}

function numberProblem(n: unknown, path: PathSegment[]): ValueProblem | undefined {
  if (typeof n !== 'string') return { path, message: 'N is a number written as text' };
  const check = checkDynamoNumber(n);
  return check.ok ? undefined : { path, message: check.reason };
}

function setProblem<T>(values: unknown, path: PathSegment[], kind: string, key: (v: T) => string | undefined): ValueProblem | undefined {
  if (!Array.isArray(values)) return { path, message: `a ${kind} is a list of values` };
  if (values.length === 0) return { path, message: `a ${kind} cannot be empty (DynamoDB has no empty sets; remove the attribute or use a list)` };
  const seen = new Map<string, number>();
  for (const [i, v] of (values as T[]).entries()) {
    const k = key(v);
    if (k === undefined) return { path: [...path, i], message: `not a valid element of a ${kind}` };
    const first = seen.get(k);
    if (first !== undefined) return { path, message: `duplicate value in ${kind} (at [${first}] and [${i}]); set values must be unique` };
    seen.set(k, i);
  }
  return undefined;
}

function numberSetProblem(values: unknown, path: PathSegment[]): ValueProblem | undefined {
  if (Array.isArray(values)) {
    for (const [i, n] of values.entries()) {
      const p = numberProblem(n, [...path, i]);
      if (p) return p;
    }
  }
  return setProblem<string>(values, path, 'number set', (n) => {
    const check = checkDynamoNumber(n);
    return check.ok ? numberKey(check.parts) : undefined;
  });
}

/** The item without attributes whose value is undefined (what the SDK yields for `__proto__`). */
export function definedAttributes(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}

/** Value problems of the named top-level attributes, one error per attribute. */
export function attributeErrors(item: Item, names: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const name of names) {
    if (name === '') {
      errors.push({ field: name, attribute: name, message: 'an attribute name cannot be empty' });
      continue;
    }
    if (name === UNSAFE_NAME) {
      errors.push({ field: name, attribute: name, message: UNSAFE_MESSAGE });
      continue;
    }
    const p = valueProblem(item[name], [name]);
    if (p) errors.push({ field: name, attribute: name, message: `${formatPath(p.path)}: ${p.message}` });
  }
  return errors;
}

/** The 400 KB limit, with the largest attributes named so the user knows what to trim. */
export function sizeError(item: Item): FieldError | undefined {
  const size = itemSize(item);
  if (size <= MAX_ITEM_BYTES) return undefined;
  const largest = Object.entries(item)
    .map(([name, v]) => ({ name, bytes: attributeSize(name, v) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((a) => `${a.name} ${a.bytes.toLocaleString('en-US')}`);
  return {
    field: 'item',
    message: `the item is ${size.toLocaleString('en-US')} bytes; DynamoDB's limit is 400 KB ` +
      `(${MAX_ITEM_BYTES.toLocaleString('en-US')} bytes, names and values counted). Largest: ${largest.join(', ')}`,
  };
}
