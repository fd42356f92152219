/**
 * DynamoDB JSON, the AWS CLI's shape: `{"year": {"N": "1999"}, "data": {"B": "AAEC"}}`.
 * Exact by construction: numbers are strings, binary is base64 of the exact bytes.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isLosslessNumber } from 'lossless-json';
import { toBase64 } from './base64.js';
import { binary, binarySet, number, numberSet, stringSet } from './checks.js';
import { CodecError, type PathSegment } from './errors.js';
import { describeJson, isJsonObject, parseJsonText } from './jsonText.js';
import { printJson } from './prettyJson.js';
import { ATTR_TYPES, isAttrType, typeOf, type Item } from './types.js';

export interface DdbJsonPrintOptions {
  /** one line, no spaces (JSON Lines export); default is indented */
  compact?: boolean;
}

type DdbJsonValue = Record<string, unknown>;

/** The JSON object for a value, e.g. `{ B: 'AAEC' }`, for callers that write their own JSON. */
export function toDdbJsonValue(av: AttributeValue): DdbJsonValue {
  switch (typeOf(av)) {
    case 'B': return { B: toBase64(av.B!) };
    case 'BS': return { BS: av.BS!.map(toBase64) };
    case 'M': return { M: toDdbJsonObject(av.M!) };
    case 'L': return { L: av.L!.map(toDdbJsonValue) };
    case 'S': return { S: av.S };
    case 'N': return { N: av.N };
    case 'SS': return { SS: [...av.SS!] };
    case 'NS': return { NS: [...av.NS!] };
    case 'NULL': return { NULL: true };
    case 'BOOL': return { BOOL: av.BOOL };
  }
}

export function toDdbJsonObject(item: Item): Record<string, DdbJsonValue> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, toDdbJsonValue(v)]));
}

export function itemToDdbJson(item: Item, options: DdbJsonPrintOptions = {}): string {
  return printJson(toDdbJsonObject(item), options.compact ?? false);
}

export function valueToDdbJson(av: AttributeValue, options: DdbJsonPrintOptions = {}): string {
  return printJson(toDdbJsonValue(av), options.compact ?? false);
}

type Path = readonly PathSegment[];

function expectString(v: unknown, type: string, path: Path, element = false): string {
  if (typeof v === 'string') return v;
  const quoted = element ? `"${v}"` : `{"${type}": "${v}"}`;
  const hint = isLosslessNumber(v) ? ` (numbers are quoted in DynamoDB JSON: ${quoted})` : '';
  throw new CodecError(`${type}${element ? ' elements need strings' : ' needs a string'}, got ${describeJson(v)}${hint}`, { path });
}

function expectStrings(v: unknown, type: string, path: Path): string[] {
  if (!Array.isArray(v)) throw new CodecError(`${type} needs an array, got ${describeJson(v)}`, { path });
  return v.map((x, i) => expectString(x, type, [...path, i], true));
}

/** Reads one typed value: exactly one type key, and a content valid for DynamoDB. */
export function fromDdbJsonValue(v: unknown, path: Path = []): AttributeValue {
  if (!isJsonObject(v)) {
    throw new CodecError(`expected a typed value such as {"S": "text"}, got ${describeJson(v)}`, { path });
  }
  const keys = Object.keys(v);
  if (keys.length !== 1) {
    const got = keys.length === 0 ? 'none' : keys.map((k) => JSON.stringify(k)).join(', ');
    throw new CodecError(`a value needs exactly one type key (${ATTR_TYPES.join(', ')}), got ${got}`, { path });
  }
  const type = keys[0]!;
  const x = v[type];
  if (!isAttrType(type)) {
    throw new CodecError(`unknown type key ${JSON.stringify(type)}; expected one of ${ATTR_TYPES.join(', ')}`, { path });
  }
  switch (type) {
    case 'S': return { S: expectString(x, 'S', path) };
    case 'N': return { N: number(expectString(x, 'N', path), path) };
    case 'B': return { B: binary(expectString(x, 'B', path), path) };
    case 'SS': return { SS: stringSet(expectStrings(x, 'SS', path), path) };
    case 'NS': return { NS: numberSet(expectStrings(x, 'NS', path), path) };
    case 'BS': return { BS: binarySet(expectStrings(x, 'BS', path), path) };
    case 'M':
      if (!isJsonObject(x)) throw new CodecError(`M needs an object, got ${describeJson(x)}`, { path });
      return { M: fromDdbJsonObject(x, path) };
    case 'L':
      if (!Array.isArray(x)) throw new CodecError(`L needs an array, got ${describeJson(x)}`, { path });
      return { L: x.map((c, i) => fromDdbJsonValue(c, [...path, i])) };
    case 'NULL':
      if (x !== true) throw new CodecError(`NULL must be true, got ${describeJson(x)}`, { path });
      return { NULL: true };
    case 'BOOL':
      if (typeof x !== 'boolean') throw new CodecError(`BOOL needs true or false, got ${describeJson(x)}`, { path });
      return { BOOL: x };
  }
}

export function fromDdbJsonObject(obj: Record<string, unknown>, path: Path = []): Item {
  return Object.fromEntries(Object.entries(obj).map(([k, c]) => [k, fromDdbJsonValue(c, [...path, k])]));
}

export function ddbJsonToItem(text: string): Item {
  const v = parseJsonText(text);
  if (!isJsonObject(v)) {
    throw new CodecError(`an item is an object of attributes such as {"id": {"S": "a"}}, got ${describeJson(v)}`);
  }
  return fromDdbJsonObject(v);
}

export function ddbJsonToValue(text: string): AttributeValue {
  return fromDdbJsonValue(parseJsonText(text));
}
