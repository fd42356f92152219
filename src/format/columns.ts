import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { formatRowCell } from './cells.js';
import { displayWidth } from './width.js';

type Row = Record<string, AttributeValue>;

/**
 * Grid columns: the key attributes first, in the order given (table partition and
 * sort key, then the index's keys; repeats and undefined dropped), shown even when
 * a projection left them out; then every other attribute by how many loaded rows
 * have it, most first, ties by name (code-unit order, so the result does not
 * depend on the locale).
 */
export function inferColumns(keyNames: readonly (string | undefined)[], rows: readonly Row[]): string[] {
  const keys = [...new Set(keyNames.filter((k): k is string => k !== undefined && k !== ''))];
  const isKey = new Set(keys);
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const name of Object.keys(row)) {
      if (!isKey.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const others = [...counts.entries()]
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name]) => name);
  return [...keys, ...others];
}

export interface WidthOptions {
  /** no column is suggested wider than this (default 40) */
  max?: number;
  /** nor narrower than this, header permitting (default 1) */
  min?: number;
}

/**
 * A width per column from the rows on screen: the widest formatted cell or the
 * header, whichever is wider, within [min, max]. Pass only the visible rows; the
 * cost is one formatCell per cell.
 */
export function suggestColumnWidths(columns: readonly string[], rows: readonly Row[], options: WidthOptions = {}): number[] {
  const max = options.max ?? 40;
  const min = Math.min(options.min ?? 1, max);
  return columns.map((name) => {
    let widest = displayWidth(name);
    for (const row of rows) {
      if (widest >= max) break;
      widest = Math.max(widest, displayWidth(formatRowCell(row, name, max).text));
    }
    return Math.min(max, Math.max(min, widest));
  });
}
