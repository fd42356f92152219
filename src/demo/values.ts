// Builders for AttributeValues in the exact wire form. Numbers are made as text from
// integers so no generated value ever passes through a double.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Rng } from './prng.js';

export const s = (value: string): AttributeValue => ({ S: value });
export const n = (text: string | number): AttributeValue => ({ N: String(text) });
export const bool = (value: boolean): AttributeValue => ({ BOOL: value });
export const nul: AttributeValue = { NULL: true };
export const list = (...values: AttributeValue[]): AttributeValue => ({ L: values });
export const map = (entries: Record<string, AttributeValue>): AttributeValue => ({ M: entries });

/**
 * An integer count of hundredths (or `scale` decimals) as DynamoDB prints it back:
 * trailing zeros dropped, so the generated text equals what a read returns.
 */
export function decimal(units: number, scale = 2): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

export function bytes(rng: Rng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.int(0, 255);
  return out;
}

/** Non-ASCII and RTL names become `user07`; the rest a lower-case ASCII handle. */
export function emailHandle(name: string, index: number): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const handle = ascii.replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');
  return handle.length >= 3 ? handle : `user${String(index).padStart(2, '0')}`;
}

/** ISO timestamp at a whole minute after the start of 2023, in UTC so it never varies. */
export function isoMinute(minutes: number): string {
  return new Date(Date.UTC(2023, 0, 1) + minutes * 60_000).toISOString();
}
