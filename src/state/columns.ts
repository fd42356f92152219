// Which columns the grid shows and in what order, and how the loaded rows are sorted: the
// user's choice, kept by name in the table's stack entry, so it outlives pages, new
// requests, an opened item and `?`. The key columns are pinned at the left and are never
// hidden or moved: without them a row cannot be told apart.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { checkDynamoNumber, type DecimalParts } from '../dynamo/codec/index.js';
import { MAX_DIGITS } from '../dynamo/codec/number.js';
import { formatCell } from '../format/cells.js';

type Item = Record<string, AttributeValue>;

/** The user's arrangement of the non-key columns: an order (names not in it follow, as
 * inferred) and the hidden ones. */
export interface ColumnChoice { order: string[]; hidden: string[] }
export const noChoice: ColumnChoice = { order: [], hidden: [] };

export interface SortBy { column: string; descending: boolean }

export interface Arranged {
  /** The key columns, at the left whatever the scroll. */
  pinned: string[];
  /** The shown non-key columns in the chosen order; the grid scrolls over these. */
  scroll: string[];
  /** Every non-key column in the chosen order, hidden ones included (the picker's list). */
  others: string[];
}

/** `columns` as inferred (keys first), arranged by the choice. */
export function arrangeColumns(columns: readonly string[], keys: readonly string[], choice: ColumnChoice): Arranged {
  const isKey = new Set(keys);
  const pinned = columns.filter((c) => isKey.has(c));
  const rest = columns.filter((c) => !isKey.has(c));
  const present = new Set(rest);
  const chosen = choice.order.filter((c) => present.has(c));
  const placed = new Set(chosen);
  const others = [...chosen, ...rest.filter((c) => !placed.has(c))];
  const hidden = new Set(choice.hidden);
  return { pinned, scroll: others.filter((c) => !hidden.has(c)), others };
}

/** The column scroll kept within the shown non-key columns. */
export const clampScroll = (offset: number, scrollCount: number): number => Math.max(0, Math.min(scrollCount - 1, offset));

// Sorting: numbers by exact decimal value, strings by code point, binary bytewise, then the
// other types by their cell text; a type's values stay together (numbers, strings, binary,
// bool, the rest). Rows without the attribute come last in either direction. Equal values
// keep the order they were read in.
interface SortKey { rank: number; text?: string; bytes?: Uint8Array }
const MISSING = 9;
const NUMBER = 0;

/**
 * A number as ASCII text whose plain string order is its numeric order, so a sort compares
 * each pair once, cheaply: a sign class, then the exponent, then the 38 digits, the last two
 * complemented for negatives (a larger magnitude is a smaller number).
 */
export function numberSortText(p: DecimalParts): string {
  if (p.digits === '') return '1';
  const exponent = String(p.exponent + 500).padStart(4, '0');
  const digits = p.digits.padEnd(MAX_DIGITS, '0');
  if (!p.negative) return `2${exponent}${digits}`;
  return `0${nines(exponent)}${nines(digits)}`;
}

/** Each digit d as 9 - d. */
function nines(t: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) out += String.fromCharCode(105 - t.charCodeAt(i));
  return out;
}

function sortKeyOf(v: AttributeValue | undefined): SortKey {
  if (!v) return { rank: MISSING };
  if (v.N !== undefined) {
    const c = checkDynamoNumber(v.N);
    return c.ok ? { rank: NUMBER, text: numberSortText(c.parts) } : { rank: 4, text: v.N };
  }
  if (v.S !== undefined) return { rank: 1, text: v.S };
  if (v.B !== undefined) return { rank: 2, bytes: v.B };
  if (v.BOOL !== undefined) return { rank: 3, text: v.BOOL ? '1' : '0' };
  return { rank: 4, text: formatCell(v, 200).text };
}

/** Code point order (UTF-16 code units differ from it only for surrogates against
 * U+E000..U+FFFF). Equals DynamoDB's UTF-8 byte order for strings. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.rank === NUMBER) return a.text! < b.text! ? -1 : a.text! > b.text! ? 1 : 0;
  if (a.bytes && b.bytes) return compareBytes(a.bytes, b.bytes);
  return compareCodePoints(a.text ?? '', b.text ?? '');
}

/** The rows sorted by one attribute; a new array, the input is not touched. */
export function sortRows<T extends Item>(rows: readonly T[], by: SortBy): T[] {
  const keyed = rows.map((row, i) => ({ row, i, key: sortKeyOf(row[by.column]) }));
  const sign = by.descending ? -1 : 1;
  keyed.sort((x, y) => {
    const xm = x.key.rank === MISSING, ym = y.key.rank === MISSING;
    if (xm || ym) return xm && ym ? x.i - y.i : xm ? 1 : -1;
    return sign * compareKeys(x.key, y.key) || x.i - y.i;
  });
  return keyed.map((k) => k.row);
}

/** `year ↓` */
export const sortLabel = (by: SortBy): string => `${by.column} ${by.descending ? '↓' : '↑'}`;
