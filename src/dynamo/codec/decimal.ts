/**
 * Exact decimal arithmetic on DynamoDB number text, for predicting what `ADD n :d` or
 * `SET n = n + :d` leaves in the store. A JS double keeps about 16 digits and DynamoDB 38,
 * so the sum is worked out on BigInt mantissas: every number in range is m x 10^e with
 * |m| < 10^38 and e within -167..125, so aligning two of them needs at most ~300 digits.
 */
import { checkDynamoNumber, MAX_DIGITS, MAX_EXPONENT, MIN_EXPONENT, type DecimalParts } from './number.js';

/**
 * `a + b` (or `a - b`) exactly, as number text; undefined when either is not a DynamoDB
 * number or the result is not one DynamoDB can store (over 38 significant digits, or out
 * of range). What DynamoDB does with such a result (refuse it or round it) is not
 * documented, so it is not guessed.
 */
export function addNumbers(a: string, b: string, op: '+' | '-' = '+'): string | undefined {
  const x = checkDynamoNumber(a);
  const y = checkDynamoNumber(b);
  if (!x.ok || !y.ok) return undefined;
  const [ma, ea] = scaled(x.parts);
  const [mb, eb] = scaled(y.parts);
  const e = Math.min(ea, eb);
  const sum = ma * 10n ** BigInt(ea - e) + (op === '+' ? mb : -mb) * 10n ** BigInt(eb - e);
  return formatScaled(sum, e);
}

/** The value as an integer mantissa and a power of ten: value = m x 10^e. */
function scaled(p: DecimalParts): [bigint, number] {
  if (p.digits === '') return [0n, 0];
  const m = BigInt(p.digits);
  return [p.negative ? -m : m, p.exponent - (p.digits.length - 1)];
}

function formatScaled(m: bigint, e: number): string | undefined {
  if (m === 0n) return '0';
  const negative = m < 0n;
  let digits = (negative ? -m : m).toString();
  const trimmed = digits.replace(/0+$/, '');
  e += digits.length - trimmed.length;
  digits = trimmed;
  const exponent = e + digits.length - 1;
  if (digits.length > MAX_DIGITS || exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) return undefined;
  const sign = negative ? '-' : '';
  // Plain text where it stays short (what a person would type), scientific otherwise.
  if (e >= 0 && exponent < MAX_DIGITS) return sign + digits + '0'.repeat(e);
  if (e < 0 && exponent >= 0) return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  if (e < 0 && exponent >= -6) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const rest = digits.slice(1);
  return `${sign}${digits[0]}${rest ? `.${rest}` : ''}E${exponent >= 0 ? '+' : ''}${exponent}`;
}

/**
 * Orders two checked numbers by value (-1, 0, 1), exactly: by sign, then the larger
 * exponent, then the digits. Digits carry no leading or trailing zeros, so comparing them
 * padded to one length compares the values (`1` = `1.0` = `10E-1`).
 */
export function compareDecimals(a: DecimalParts, b: DecimalParts): number {
  const sa = signOf(a), sb = signOf(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  const magnitude = a.exponent !== b.exponent ? (a.exponent < b.exponent ? -1 : 1) : compareDigits(a.digits, b.digits);
  return sa * magnitude;
}

const signOf = (p: DecimalParts): number => (p.digits === '' ? 0 : p.negative ? -1 : 1);

function compareDigits(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  const da = a.padEnd(len, '0'), db = b.padEnd(len, '0');
  return da < db ? -1 : da > db ? 1 : 0;
}
