// One item -> one line of text, per format. The representation is the codec's
// (toPlainJsonObject with explicitTypes, toDdbJsonObject); an export prints millions of
// values, so the lines are printed here directly from the AttributeValues, without the
// codec's intermediate objects (which made an export 2x slower and kept the GC busy).
// test/bulk/serialize.test.ts checks, on random items of every type, that these lines
// are exactly the codec's representation printed compactly.
import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { CodecError, toBase64, type Item } from '../dynamo/codec/index.js';
import { toJsonNumberText } from '../dynamo/codec/number.js';
import { wrapperType } from '../dynamo/codec/wrappers.js';

/**
 * jsonl/json: plain JSON with exact numbers; the values plain JSON cannot name (binary,
 * sets, and a map that looks like a wrapper) are wrapped, `{"$B": "AAEC"}`,
 * `{"$SS": ["a"]}`, so import reads them back as the same types.
 */
export function plainLine(item: Item): string {
  return plainObject(item);
}

/** ddb-json: the AWS CLI's item shape on one line. */
export function ddbLine(item: Item): string {
  return ddbObject(item);
}

// Most strings need no escaping; JSON.stringify is the slow part of a line otherwise.
// Surrogates go through it too: it escapes a lone one, as the codec's printer does.
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;
const str = (s: string): string => (NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);

// Attribute names repeat on every item: print each once.
const names = new Map<string, string>();
function name(k: string): string {
  let printed = names.get(k);
  if (printed === undefined) {
    printed = `${str(k)}:`;
    if (names.size < 10_000) names.set(k, printed);
  }
  return printed;
}

const base64 = (bytes: Uint8Array): string => `"${toBase64(bytes)}"`;

function jsonNumber(text: string): string {
  const json = toJsonNumberText(text);
  if (json === undefined) throw new CodecError(`${JSON.stringify(text)} is not a number`);
  return json;
}

function list<T>(values: readonly T[], each: (v: T) => string): string {
  let out = '[';
  for (let i = 0; i < values.length; i++) out += (i ? ',' : '') + each(values[i]!);
  return `${out}]`;
}

function plainObject(m: Record<string, AttributeValue>): string {
  const keys = Object.keys(m);
  let out = '{';
  for (let i = 0; i < keys.length; i++) out += (i ? ',' : '') + name(keys[i]!) + plainValue(m[keys[i]!]!);
  return `${out}}`;
}

// The same order of type checks as the codec's typeOf.
function plainValue(av: AttributeValue): string {
  if (av.S !== undefined) return str(av.S);
  if (av.N !== undefined) return jsonNumber(av.N);
  if (av.B !== undefined) return `{"$B":${base64(av.B)}}`;
  if (av.SS !== undefined) return `{"$SS":${list(av.SS, str)}}`;
  if (av.NS !== undefined) return `{"$NS":${list(av.NS, jsonNumber)}}`;
  if (av.BS !== undefined) return `{"$BS":${list(av.BS, base64)}}`;
  if (av.M !== undefined) {
    // A real map whose only key looks like a wrapper is itself wrapped, as the codec does.
    const keys = Object.keys(av.M);
    const wrapped = keys.length === 1 && wrapperType(keys[0]!) !== undefined;
    return wrapped ? `{"$M":${plainObject(av.M)}}` : plainObject(av.M);
  }
  if (av.L !== undefined) return list(av.L, plainValue);
  if (av.NULL !== undefined) return 'null';
  if (av.BOOL !== undefined) return av.BOOL ? 'true' : 'false';
  throw new TypeError(`not a DynamoDB attribute value: keys ${JSON.stringify(Object.keys(av))}`);
}

function ddbObject(m: Record<string, AttributeValue>): string {
  const keys = Object.keys(m);
  let out = '{';
  for (let i = 0; i < keys.length; i++) out += (i ? ',' : '') + name(keys[i]!) + ddbValue(m[keys[i]!]!);
  return `${out}}`;
}

function ddbValue(av: AttributeValue): string {
  if (av.S !== undefined) return `{"S":${str(av.S)}}`;
  if (av.N !== undefined) return `{"N":${str(av.N)}}`;
  if (av.B !== undefined) return `{"B":${base64(av.B)}}`;
  if (av.SS !== undefined) return `{"SS":${list(av.SS, str)}}`;
  if (av.NS !== undefined) return `{"NS":${list(av.NS, str)}}`;
  if (av.BS !== undefined) return `{"BS":${list(av.BS, base64)}}`;
  if (av.M !== undefined) return `{"M":${ddbObject(av.M)}}`;
  if (av.L !== undefined) return `{"L":${list(av.L, ddbValue)}}`;
  if (av.NULL !== undefined) return '{"NULL":true}';
  if (av.BOOL !== undefined) return av.BOOL ? '{"BOOL":true}' : '{"BOOL":false}';
  throw new TypeError(`not a DynamoDB attribute value: keys ${JSON.stringify(Object.keys(av))}`);
}

/** Compact JSON of a codec value (LosslessNumber printed as its text), for CSV cells. */
export function compactJson(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (isLosslessNumber(v)) return (v as LosslessNumber).value;
  if (Array.isArray(v)) return `[${v.map(compactJson).join(',')}]`;
  if (typeof v === 'object') {
    return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${compactJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  throw new TypeError(`cannot print ${typeof v} as JSON`);
}
