import { base64Problem, fromBase64, toBase64 } from './base64.js';
import { CodecError, type PathSegment } from './errors.js';
import { checkDynamoNumber, numberKey } from './number.js';

type Path = readonly PathSegment[];

/** Validates N text, naming the attribute on failure. */
export function number(text: string, path: Path): string {
  const check = checkDynamoNumber(text);
  if (!check.ok) throw new CodecError(check.reason, { path });
  return text;
}

export function binary(text: string, path: Path): Uint8Array {
  const bytes = fromBase64(text);
  if (!bytes) throw new CodecError(`invalid base64 for binary: ${base64Problem(text)}`, { path });
  return bytes;
}

/**
 * DynamoDB rejects empty sets and sets with repeated values. A duplicate is an
 * error, never merged silently: merging would drop what the user typed.
 */
function unique<T>(values: readonly T[], keys: readonly string[], path: Path, kind: string, show: (v: T) => string): void {
  if (values.length === 0) {
    throw new CodecError(`a ${kind} cannot be empty (DynamoDB has no empty sets; remove the attribute or use a list)`, {
      path,
    });
  }
  const seen = new Map<string, number>();
  values.forEach((v, i) => {
    const k = keys[i]!;
    const first = seen.get(k);
    if (first !== undefined) {
      const same = show(values[first]!) === show(v) ? '' : `, equal to ${show(values[first]!)}`;
      throw new CodecError(`duplicate value ${show(v)} in ${kind}${same} (at [${first}] and [${i}]); set values must be unique`, {
        path,
      });
    }
    seen.set(k, i);
  });
}

export function stringSet(values: readonly string[], path: Path): string[] {
  unique(values, values, path, 'string set', (s) => JSON.stringify(s));
  return [...values];
}

export function numberSet(values: readonly string[], path: Path): string[] {
  const keys = values.map((v, i) => {
    const check = checkDynamoNumber(v);
    if (!check.ok) throw new CodecError(check.reason, { path: [...path, i] });
    return numberKey(check.parts);
  });
  unique(values, keys, path, 'number set', (v) => v);
  return [...values];
}

export function binarySet(texts: readonly string[], path: Path): Uint8Array[] {
  const bytes = texts.map((t, i) => binary(t, [...path, i]));
  unique(bytes, texts, path, 'binary set', (b) => `b64:${toBase64(b)}`);
  return bytes;
}
