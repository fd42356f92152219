// Helpers to compare AttributeValues exactly: binary as hex (the SDK may hand back a
// Buffer where the generator made a Uint8Array) and sets in sorted order (DynamoDB
// does not promise set order).
import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

export function canonical(av: AttributeValue): unknown {
  if (av.B !== undefined) return { B: hex(av.B) };
  if (av.BS !== undefined) return { BS: av.BS.map(hex).sort() };
  if (av.SS !== undefined) return { SS: [...av.SS].sort() };
  if (av.NS !== undefined) return { NS: [...av.NS].sort() };
  if (av.L !== undefined) return { L: av.L.map(canonical) };
  if (av.M !== undefined) return { M: canonicalItem(av.M) };
  return av;
}

export function canonicalItem(item: Record<string, AttributeValue>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(item).sort().map((k) => [k, canonical(item[k])]));
}

/** sha256 of the items in canonical form: equal digests mean identical data. */
export function digest(items: Record<string, AttributeValue>[]): string {
  return createHash('sha256').update(JSON.stringify(items.map(canonicalItem))).digest('hex');
}

/** Adds the type tag of `av` and of everything nested in it to `into`. */
export function typesIn(av: AttributeValue, into: Set<string>): void {
  const tag = Object.keys(av).find((k) => (av as unknown as Record<string, unknown>)[k] !== undefined)!;
  into.add(tag);
  for (const child of av.L ?? []) typesIn(child, into);
  for (const child of Object.values(av.M ?? {})) typesIn(child, into);
}
