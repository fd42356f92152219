// Key values typed in the query form, read by the key attribute's declared type. A key
// value of the wrong type never matches anything, so a typo would look like "no items";
// it is refused here with the reason instead.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { checkDynamoNumber, compareDecimals, fromBase64 } from '../codec/index.js';
import { base64Problem } from '../codec/base64.js';
import type { KeyAttr } from '../tableInfo.js';

export type KeyValueResult = { ok: true; value: AttributeValue } | { ok: false; message: string };

const TYPE_NAMES: Record<string, string> = { S: 'a string (S)', N: 'a number (N)', B: 'binary (B, base64)' };

/**
 * S is taken exactly as typed (spaces are part of a string key); N and B are trimmed,
 * since whitespace can never be part of a number or of base64.
 */
export function keyValue(key: KeyAttr, text: string): KeyValueResult {
  const what = `${key.name} is ${TYPE_NAMES[key.type] ?? `of type ${key.type}`}`;
  const fail = (why: string): KeyValueResult => ({ ok: false, message: `${what}: ${why}` });
  const trimmed = key.type === 'S' ? text : text.trim();
  // DynamoDB refuses empty strings and empty binary in key attributes, queries included.
  if (trimmed === '') return fail('enter a value (a key cannot be empty)');
  switch (key.type) {
    case 'S':
      return { ok: true, value: { S: text } };
    case 'N': {
      const checked = checkDynamoNumber(trimmed);
      return checked.ok ? { ok: true, value: { N: trimmed } } : fail(checked.reason);
    }
    case 'B': {
      const bytes = fromBase64(trimmed);
      return bytes ? { ok: true, value: { B: bytes } } : fail(`not base64: ${base64Problem(trimmed)}`);
    }
    default:
      return fail('a key is S, N or B');
  }
}

/**
 * How DynamoDB orders two key values of one type: numbers by value, strings by their
 * UTF-8 bytes, binary bytewise. Used to refuse `between` with the bounds reversed, which
 * the service rejects with a less helpful message.
 */
export function compareKeyValues(a: AttributeValue, b: AttributeValue): number {
  if (a.N !== undefined && b.N !== undefined) return compareNumbers(a.N, b.N);
  if (a.S !== undefined && b.S !== undefined) return Buffer.compare(Buffer.from(a.S, 'utf8'), Buffer.from(b.S, 'utf8'));
  if (a.B !== undefined && b.B !== undefined) return Buffer.compare(Buffer.from(a.B), Buffer.from(b.B));
  return 0;
}

function compareNumbers(a: string, b: string): number {
  const pa = checkDynamoNumber(a), pb = checkDynamoNumber(b);
  return pa.ok && pb.ok ? compareDecimals(pa.parts, pb.parts) : 0;
}
