import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isPlainName, PLACEHOLDER_BODY } from './names.js';

export interface ExpressionAttributes {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

/**
 * Hands out placeholders for one request. A Scan or Query sends its key condition, filter
 * and projection with one pair of maps, so every expression of a request must be compiled
 * with the same allocator, and a fresh allocator is needed for every request built.
 */
export interface Allocator {
  /** The text for an attribute name: itself if DynamoDB takes it bare, else a #placeholder. */
  name(attribute: string): string;
  /** A :placeholder for an inline value; equal values share one. */
  value(value: AttributeValue): string;
  /** The caller's attribute name for an explicit #placeholder, if it was supplied. */
  userName(ref: string): string | undefined;
  userValue(ref: string): AttributeValue | undefined;
  /** Records that an expression sent an explicit placeholder, for the unused check. */
  markUsed(ref: string): void;
  /** The maps to send; an empty map is left out because DynamoDB rejects it. */
  result(): ExpressionAttributes;
  /** Like result(), but fails if a supplied #name or :value was never used, as DynamoDB would. */
  finish(): { ok: true; attributes: ExpressionAttributes } | { ok: false; error: { message: string } };
}

export function createAllocator(
  userNames: Record<string, string> = {},
  userValues: Record<string, AttributeValue> = {},
): Allocator {
  const names = new Map<string, string>(); // placeholder -> attribute
  const byAttribute = new Map<string, string>(); // attribute -> placeholder
  const values = new Map<string, AttributeValue>();
  const byValue = new Map<string, string>();
  const used = new Set<string>();
  const taken = (p: string) => Object.hasOwn(userNames, p) || Object.hasOwn(userValues, p) || names.has(p) || values.has(p);
  let counter = 0;

  return {
    name(attribute) {
      if (isPlainName(attribute)) return attribute;
      let p = byAttribute.get(attribute);
      if (!p) {
        const base = '#' + placeholderBase(attribute);
        p = base;
        for (let i = 1; taken(p); i++) p = `${base}_${i}`;
        names.set(p, attribute);
        byAttribute.set(attribute, p);
      }
      return p;
    },
    value(value) {
      const key = valueKey(value);
      let p = byValue.get(key);
      if (!p) {
        do p = `:v${++counter}`; while (taken(p));
        values.set(p, value);
        byValue.set(key, p);
      }
      return p;
    },
    userName: (ref) => (Object.hasOwn(userNames, ref) ? userNames[ref] : undefined),
    userValue: (ref) => (Object.hasOwn(userValues, ref) ? userValues[ref] : undefined),
    markUsed: (ref) => void used.add(ref),
    result() {
      const n = { ...pick(userNames, used), ...Object.fromEntries(names) };
      const v = { ...pick(userValues, used), ...Object.fromEntries(values) };
      return {
        ...(Object.keys(n).length ? { ExpressionAttributeNames: n } : {}),
        ...(Object.keys(v).length ? { ExpressionAttributeValues: v } : {}),
      };
    },
    finish() {
      const problems = [...checkSupplied(userNames, '#', used), ...checkSupplied(userValues, ':', used)];
      if (problems.length) return { ok: false, error: { message: problems.join('; ') } };
      return { ok: true, attributes: this.result() };
    },
  };
}

function pick<T>(map: Record<string, T>, keys: Set<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).filter(([k]) => keys.has(k)));
}

function checkSupplied(map: Record<string, unknown>, sigil: string, used: Set<string>): string[] {
  const keys = Object.keys(map);
  const bad = keys.filter((k) => !k.startsWith(sigil) || !PLACEHOLDER_BODY.test(k.slice(1)));
  const unused = keys.filter((k) => !bad.includes(k) && !used.has(k));
  const kind = sigil === '#' ? 'name' : 'value';
  const list = (ks: string[]) => ks.map((k) => JSON.stringify(k)).join(', ');
  return [
    ...(bad.length ? [`${list(bad)}: a ${kind} placeholder is "${sigil}" then letters, digits or _`] : []),
    // DynamoDB answers a ValidationException for these; saying so first keeps the form open.
    ...(unused.length ? [`${list(unused)} ${unused.length > 1 ? 'are' : 'is'} not used in any expression (DynamoDB refuses unused ${kind}s)`] : []),
  ];
}

// Readable placeholders (#year, #my_attr) make the shown request easy to check by eye.
function placeholderBase(attribute: string): string {
  const ascii = attribute.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 24);
  return /[A-Za-z0-9]/.test(ascii) ? ascii : 'n';
}

function valueKey(value: AttributeValue): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? { bytes: Buffer.from(v).toString('base64') } : v,
  );
}
