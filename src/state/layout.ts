// How many lines each part of the screen gets, from the terminal size and the state alone.
// Keys that move by a page or keep the cursor in view need the same numbers the views
// draw with, at the moment the key arrives; computing them here, not in a render, gives
// both the same answer.
import type { TableInfo } from '../dynamo/tableInfo.js';

export interface Size { columns: number; rows: number }

/** Below this the screens cannot be drawn legibly: the app asks for a larger terminal. */
export const MIN_SIZE: Size = { columns: 60, rows: 15 };
export const tooSmall = (size: Size): boolean => size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;

/** Header, crumbs, flash and footer take a line each. */
export const bodyHeight = (size: Size): number => Math.max(3, size.rows - 4);

/** The table list: its header row and count line, and the filter line when there is one. */
export const tablesListHeight = (size: Size, filterLine: boolean): number => Math.max(1, bodyHeight(size) - 2 - (filterLine ? 1 : 0));

/** The grid keeps at least this many rows; the metadata shrinks to its compact form first. */
export const MIN_GRID = 8;

/** Lines of the table's metadata panel, full or compact (see views/table/metadataLines). */
export function metadataLineCount(info: TableInfo, compact: boolean): number {
  if (compact) return 5;
  return 8 + (info.stream.enabled && info.stream.arn ? 1 : 0) + info.gsis.length + info.lsis.length;
}

export interface TableLayout { compact: boolean; gridHeight: number; rows: number }

/** The table screen: its title line, the metadata, the filter line, then the grid (a header
 * row, the rows, a status line). */
export function tableLayout(size: Size, info: TableInfo, filterLine: boolean, errorLine: boolean): TableLayout {
  const height = bodyHeight(size);
  const compact = metadataLineCount(info, false) + 1 + MIN_GRID > height;
  const gridHeight = Math.max(3, height - metadataLineCount(info, compact) - 1 - (filterLine ? 1 : 0) - (errorLine ? 1 : 0));
  return { compact, gridHeight, rows: Math.max(1, gridHeight - 2) };
}

/** Views of a long text with a title line and a hint line (item, request, help). */
export const textViewHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 2);

/** The review of a write: title, the code hint, the request, the send line. */
export const reviewHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 4);

/** The table screen's layout as drawn now: the filter line while `/` is open over it, one
 * line for a failed read. */
export function tableLayoutOf(s: { size: Size; modal: { kind: string } | null }, e: { described: { info?: TableInfo; problem?: unknown }; browse: { problem?: unknown } }): TableLayout | undefined {
  const info = e.described.info;
  return info && tableLayout(s.size, info, s.modal?.kind === 'filter', !!e.browse.problem || !!e.described.problem);
}
