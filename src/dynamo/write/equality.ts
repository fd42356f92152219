// DynamoDB's own notion of equal values, computed locally: to find what an edit changed
// (an edit that changes nothing sends nothing) and what changed underneath after a failed
// condition. It must agree with the service, or a guard would pass or fail unexpectedly:
// numbers compare by value (1 = 1.0 = 10E-1), sets as sets (order is not kept by
// DynamoDB), binary by its bytes, maps by keys and values, lists element by element.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { attributeOf, checkDynamoNumber, numberKey, toBase64, typeOf, type Item } from '../codec/index.js';

export interface AttributeDiff { name: string; loaded?: AttributeValue; now?: AttributeValue }

export function sameValue(a: AttributeValue, b: AttributeValue): boolean {
  let type: string;
  try {
    type = typeOf(a);
    if (typeOf(b) !== type) return false;
  } catch {
    return false; // not DynamoDB values: never "equal", so nothing is skipped silently
  }
  switch (type) {
    case 'S': return a.S === b.S;
    case 'N': return numberText(a.N!) === numberText(b.N!);
    case 'B': return bytesText(a.B!) === bytesText(b.B!);
    case 'SS': return sameSet(a.SS!, b.SS!, (s) => s);
    case 'NS': return sameSet(a.NS!, b.NS!, numberText);
    case 'BS': return sameSet(a.BS!, b.BS!, bytesText);
    case 'NULL': return true;
    case 'BOOL': return a.BOOL === b.BOOL;
    case 'L': return a.L!.length === b.L!.length && a.L!.every((v, i) => sameValue(v, b.L![i]!));
    default: return sameItem(a.M!, b.M!);
  }
}

/** The same attribute names with equal values. */
export function sameItem(a: Item, b: Item): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const other = attributeOf(b, k);
    return other !== undefined && sameValue(a[k]!, other);
  });
}

/** Attributes added, removed or changed from `before` to `after`, in `before`'s order. */
export function diffItems(before: Item, after: Item): AttributeDiff[] {
  const names = [...Object.keys(before), ...Object.keys(after).filter((k) => !Object.hasOwn(before, k))];
  const diffs: AttributeDiff[] = [];
  for (const name of names) {
    const loaded = attributeOf(before, name);
    const now = attributeOf(after, name);
    if (loaded !== undefined && now !== undefined && sameValue(loaded, now)) continue;
    diffs.push({ name, ...(loaded !== undefined ? { loaded } : {}), ...(now !== undefined ? { now } : {}) });
  }
  return diffs;
}

function numberText(n: string): string {
  const check = checkDynamoNumber(n);
  return check.ok ? numberKey(check.parts) : `invalid:${n}`;
}

function bytesText(b: Uint8Array): string {
  return toBase64(b);
}

function sameSet<T>(a: readonly T[], b: readonly T[], key: (v: T) => string): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(b.map(key));
  const own = new Set(a.map(key));
  return own.size === keys.size && [...own].every((k) => keys.has(k));
}
