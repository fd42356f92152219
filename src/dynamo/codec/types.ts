import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

export type AttrType = 'S' | 'N' | 'B' | 'SS' | 'NS' | 'BS' | 'M' | 'L' | 'NULL' | 'BOOL';

export const ATTR_TYPES: readonly AttrType[] = ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'];

export function isAttrType(name: string): name is AttrType {
  return (ATTR_TYPES as readonly string[]).includes(name);
}

/**
 * `item[name]` without the prototype: a row lacking `constructor` or `__proto__`
 * would otherwise yield Object's own members, not undefined.
 */
export function attributeOf(item: Item, name: string): AttributeValue | undefined {
  return Object.hasOwn(item, name) ? item[name] : undefined;
}

/**
 * The type of a value. The SDK's union tags the member with `$unknown` for types it
 * does not know; such a value (or a malformed one) is reported, not guessed.
 */
export function typeOf(av: AttributeValue): AttrType {
  const v = av as unknown as Record<string, unknown>;
  if (v.S !== undefined) return 'S';
  if (v.N !== undefined) return 'N';
  if (v.B !== undefined) return 'B';
  if (v.SS !== undefined) return 'SS';
  if (v.NS !== undefined) return 'NS';
  if (v.BS !== undefined) return 'BS';
  if (v.M !== undefined) return 'M';
  if (v.L !== undefined) return 'L';
  if (v.NULL !== undefined) return 'NULL';
  if (v.BOOL !== undefined) return 'BOOL';
  throw new TypeError(`not a DynamoDB attribute value: keys ${JSON.stringify(Object.keys(v))}`);
}

/** A short type label for forms and the item view: `S`, `N`, `SS(3)`, `M(5)`, `B(16 bytes)`. */
export function typeSummary(av: AttributeValue): string {
  const t = typeOf(av);
  switch (t) {
    case 'SS': return `SS(${av.SS!.length})`;
    case 'NS': return `NS(${av.NS!.length})`;
    case 'BS': return `BS(${av.BS!.length})`;
    case 'M': return `M(${Object.keys(av.M!).length})`;
    case 'L': return `L(${av.L!.length})`;
    case 'B': return `B(${av.B!.length} byte${av.B!.length === 1 ? '' : 's'})`;
    default: return t;
  }
}
