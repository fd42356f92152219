// An item's size as DynamoDB counts it against the 400 KB limit, computed before sending so
// an oversized item is refused on the form rather than by a ValidationException. The rules
// (Developer Guide, "Item sizes and formats"): every attribute name counts its UTF-8 bytes;
// a string its UTF-8 bytes; binary its bytes; a number about one byte per two significant
// digits plus one; NULL and BOOL one byte; a set the sum of its elements; a list or map
// 3 bytes plus, per element, one byte and the element (and a map its keys' bytes).
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { checkDynamoNumber, type Item } from '../codec/index.js';

/** 400 KB, with DynamoDB's binary kilobytes. */
export const MAX_ITEM_BYTES = 400 * 1024;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function itemSize(item: Item): number {
  let total = 0;
  for (const [name, value] of Object.entries(item)) total += utf8Bytes(name) + valueSize(value);
  return total;
}

/** One attribute's share of the item size: its name and its value. */
export function attributeSize(name: string, value: AttributeValue): number {
  return utf8Bytes(name) + valueSize(value);
}

export function valueSize(v: AttributeValue): number {
  if (v.S !== undefined) return utf8Bytes(v.S);
  if (v.N !== undefined) return numberSize(v.N);
  if (v.B !== undefined) return v.B.length;
  if (v.SS !== undefined) return v.SS.reduce((sum, s) => sum + utf8Bytes(s), 0);
  if (v.NS !== undefined) return v.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (v.BS !== undefined) return v.BS.reduce((sum, b) => sum + b.length, 0);
  if (v.M !== undefined) {
    return Object.entries(v.M).reduce((sum, [k, x]) => sum + 1 + utf8Bytes(k) + valueSize(x), 3);
  }
  if (v.L !== undefined) return v.L.reduce((sum, x) => sum + 1 + valueSize(x), 3);
  return 1; // NULL, BOOL
}

/**
 * DynamoDB stores a number as an exponent byte and base-100 digit pairs (plus a terminator
 * byte when negative); the pairs line up with the decimal point, so whether the first
 * digit shares a byte depends on the exponent's parity. The guide's "one byte per two
 * digits plus one" is this, rounded; the exact form keeps items near the limit right.
 */
export function numberSize(text: string): number {
  const check = checkDynamoNumber(text);
  if (!check.ok) return utf8Bytes(text);
  const { digits, exponent, negative } = check.parts;
  if (digits === '') return 1;
  const n = digits.length;
  const pairs = exponent % 2 !== 0 ? Math.ceil(n / 2) : Math.floor(n / 2) + 1;
  return 1 + pairs + (negative ? 1 : 0);
}
