import { isJsonObject } from './jsonText.js';
import { isAttrType, type AttrType } from './types.js';

/**
 * Plain JSON cannot say "string set" or "binary". Where the loaded item does not
 * decide (a new attribute, or a deliberate type change), a one-key object names the
 * type: `{"$SS": ["a", "b"]}`, `{"$B": "AAEC"}`, `{"$L": []}`, `{"$S": "AAEC"}`.
 * Every DynamoDB type has one: $S $N $B $SS $NS $BS $M $L $NULL $BOOL.
 */
export const WRAPPER_PREFIX = '$';

export function wrapperType(key: string): AttrType | undefined {
  if (!key.startsWith(WRAPPER_PREFIX)) return undefined;
  const t = key.slice(WRAPPER_PREFIX.length);
  return isAttrType(t) ? t : undefined;
}

/** The type and content when `v` is a wrapper object, else undefined. */
export function asWrapper(v: unknown): { type: AttrType; content: unknown } | undefined {
  if (!isJsonObject(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const type = wrapperType(keys[0]!);
  return type ? { type, content: v[keys[0]!] } : undefined;
}

export function wrap(type: AttrType, content: unknown): Record<string, unknown> {
  return Object.fromEntries([[WRAPPER_PREFIX + type, content]]);
}
