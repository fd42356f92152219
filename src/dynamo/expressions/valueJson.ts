import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isLosslessNumber } from 'lossless-json';

/** A JSON value that parsed but is not a DynamoDB value; the message names where. */
export class ValueProblem extends Error {}

const TYPES = new Set(['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL']);
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isLosslessNumber(v);
}

export function isDynamoJsonValue(v: unknown): boolean {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && TYPES.has(keys[0]!);
}

export function fromDynamoJson(v: unknown, where: string): AttributeValue {
  if (!isDynamoJsonValue(v)) throw new ValueProblem(`${where}: expected a typed value such as {"S": "text"}`);
  const [type, x] = Object.entries(v as Record<string, unknown>)[0]!;
  const at = `${where}.${type}`;
  switch (type) {
    case 'S': return { S: str(x, at) };
    case 'N': return { N: num(x, at) };
    case 'B': return { B: bin(x, at) };
    case 'SS': return { SS: set(x, at, str) };
    case 'NS': return { NS: set(x, at, num) };
    case 'BS': return { BS: set(x, at, bin) };
    case 'BOOL':
      if (typeof x !== 'boolean') throw new ValueProblem(`${at}: expected true or false`);
      return { BOOL: x };
    case 'NULL':
      if (x !== true) throw new ValueProblem(`${at}: NULL is always true`);
      return { NULL: true };
    case 'L':
      if (!Array.isArray(x)) throw new ValueProblem(`${at}: expected an array`);
      return { L: x.map((e, i) => fromDynamoJson(e, `${at}[${i}]`)) };
    default:
      if (!isObject(x)) throw new ValueProblem(`${at}: expected an object`);
      return { M: Object.fromEntries(Object.entries(x).map(([k, e]) => [k, fromDynamoJson(e, `${at}.${k}`)])) };
  }
}

function str(x: unknown, at: string): string {
  if (typeof x !== 'string') throw new ValueProblem(`${at}: expected a string`);
  return x;
}

// A bare JSON number is accepted for N too: its text is kept, so nothing is lost.
function num(x: unknown, at: string): string {
  const text = isLosslessNumber(x) ? x.value : str(x, at);
  if (!NUMBER.test(text)) throw new ValueProblem(`${at}: ${JSON.stringify(text)} is not a number`);
  return text;
}

function bin(x: unknown, at: string): Uint8Array {
  const text = str(x, at);
  if (!BASE64.test(text)) throw new ValueProblem(`${at}: expected base64`);
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function set<T>(x: unknown, at: string, item: (x: unknown, at: string) => T): T[] {
  if (!Array.isArray(x) || x.length === 0) throw new ValueProblem(`${at}: expected a non-empty array (DynamoDB has no empty sets)`);
  return x.map((e, i) => item(e, `${at}[${i}]`));
}
