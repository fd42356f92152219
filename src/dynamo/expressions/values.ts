import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isLosslessNumber, parse } from 'lossless-json';
import type { ExprError } from './errors.js';
import { PLACEHOLDER_BODY } from './names.js';
import { CodecError, fromPlainJsonValue } from '../codec/index.js';
import { fromDynamoJson, isDynamoJsonValue, ValueProblem } from './valueJson.js';

export type ValuesFieldResult =
  | { ok: true; values: Record<string, AttributeValue>; format: 'json' | 'dynamodb' | 'empty' }
  | { ok: false; error: ExprError };

/**
 * Reads the form's values field: `{":r": 7.5}` (plain JSON) or `{":r": {"N": "7.5"}}`
 * (DynamoDB JSON). The format is chosen for the whole field: DynamoDB JSON if every value
 * is a single-type-key object, so a plain map that looks like `{"S": "x"}` needs the
 * DynamoDB form (`{"M": {"S": {"S": "x"}}}`). Numbers keep their text exactly.
 */
export function parseValuesField(text: string): ValuesFieldResult {
  if (text.trim() === '') return { ok: true, values: {}, format: 'empty' };
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    return { ok: false, error: jsonError(err, text) };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || isLosslessNumber(doc)) {
    return fail('the values field is a JSON object such as {":r": 7.5}', text.search(/\S/));
  }
  const entries = Object.entries(doc);
  for (const [key] of entries) {
    if (!key.startsWith(':') || !PLACEHOLDER_BODY.test(key.slice(1))) {
      return fail(`${JSON.stringify(key)}: a value name is ":" then letters, digits or _`, keyPosition(text, key));
    }
  }
  const dynamo = entries.length > 0 && entries.every(([, v]) => isDynamoJsonValue(v));
  const values: Record<string, AttributeValue> = {};
  for (const [key, v] of entries) {
    try {
      values[key] = dynamo ? fromDynamoJson(v, key) : fromPlainJsonValue(v, undefined);
    } catch (err) {
      if (err instanceof CodecError) return fail(`${key}${inside(err.path)}: ${err.reason}`, keyPosition(text, key));
      if (!(err instanceof ValueProblem)) throw err;
      return fail(err.message, keyPosition(text, key));
    }
  }
  return { ok: true, values, format: dynamo ? 'dynamodb' : 'json' };
}

/** Where inside a value the codec found a problem: `[0]`, `.a.b`, or nothing at the top. */
const inside = (path: string | undefined) => (!path || path === '(item)' ? '' : path.startsWith('[') ? path : `.${path}`);

function fail(message: string, position: number): { ok: false; error: ExprError } {
  return { ok: false, error: { message: `${message} at ${position}`, position } };
}

// lossless-json ends its messages with "at position N"; keep its wording, our offset style.
function jsonError(err: unknown, text: string): ExprError {
  const message = err instanceof Error ? err.message : String(err);
  const m = /\s*(?:at|encountered at) position (\d+)\s*$/.exec(message);
  const position = m ? Math.min(Number(m[1]), text.length) : 0;
  const what = m ? message.slice(0, m.index) : message;
  return { message: `invalid JSON: ${what} at ${position}`, position };
}

// Best effort: where a top-level key is written, for pointing at a bad value.
function keyPosition(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at === -1 ? 0 : at;
}
