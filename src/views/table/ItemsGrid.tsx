import chalk from 'chalk';
import { Box, Text } from 'ink';
import { memo } from 'react';
import { formatRowCell, type CellKind } from '../../format/cells.js';
import { suggestColumnWidths } from '../../format/columns.js';
import { displayWidth, fitText } from '../../format/width.js';
import { itemKey } from '../../dynamo/itemKey.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { arranged, keyId, shownRows, type BrowseState, type Item } from '../../state/browse.js';
import { layoutGrid, rightLabel, type Col, type GridColumns } from './gridColumns.js';
import { statusLine } from './statusLine.js';
import { visibleRange, windowAt } from '../../state/window.js';

const kindColour: Partial<Record<CellKind, 'cyan' | 'magenta' | 'yellow' | 'gray' | 'green' | 'blue'>> = {
  number: 'cyan', binary: 'magenta', bool: 'yellow', null: 'gray', set: 'green', map: 'blue', list: 'blue', empty: 'gray',
};

/** The items grid: only the rows in the window are formatted and drawn; the key columns
 * stay at the left while the others scroll. */
export function ItemsGrid({ browse, info, width, height, seeding }: { browse: BrowseState; info: TableInfo; width: number; height: number; seeding?: boolean }) {
  const marked = (row: Item) => Object.keys(browse.marks).length > 0 && !!browse.marks[keyId(itemKey(info, row))];
  const rows = shownRows(browse);
  const window = windowAt(browse.window, Math.max(1, height - 2));
  const [from, to] = visibleRange(window);
  const visible = rows.slice(from, to);
  const { pinned, scroll } = arranged(browse);
  const offset = Math.min(browse.colOffset, Math.max(0, scroll.length - 1));
  const later = scroll.slice(offset);
  // The sorted column's header has room for its arrow.
  const widths = (names: string[]) => suggestColumnWidths(names, visible, { max: 40, min: 3 })
    .map((w, i) => (names[i] === browse.sort?.column ? Math.min(40, Math.max(w, displayWidth(names[i]!) + 2)) : w));
  const grid = layoutGrid(pinned, widths(pinned), later, widths(later), offset, scroll.length, width);
  const colsKey = `${grid.pinned.map(colKey).join('\u0000')}|${grid.rowGutter}|${grid.scroll.map(colKey).join('\u0000')}`;
  const title = (c: Col) => {
    const s = browse.sort?.column === c.name ? browse.sort : undefined;
    if (!s || c.width < 4) return fitText(c.name, c.width);
    const arrow = s.descending ? '↓' : '↑';
    return displayWidth(c.name) + 2 <= c.width ? fitText(`${c.name} ${arrow}`, c.width) : `${fitText(c.name, c.width - 2)} ${arrow}`;
  };
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        {grid.pinned.map((c) => <Text key={c.name} color="yellow">{title(c)} </Text>)}
        {grid.gutter ? <Text dimColor>{grid.gutter}</Text> : null}
        {grid.scroll.map((c) => <Text key={c.name}>{title(c)} </Text>)}
        {grid.right > 0 ? <Text dimColor>{rightLabel(grid.right).trimStart()}</Text> : null}
      </Text>
      {visible.map((row, i) => (
        <GridRow key={from + i} row={row} grid={grid} colsKey={colsKey} selected={from + i === window.cursor} mark={marked(row)} />
      ))}
      <Box flexGrow={1} />
      <Text dimColor wrap="truncate-end">{statusLine(browse, rows.length, window.cursor, seeding)}</Text>
    </Box>
  );
}

const colKey = (c: Col) => `${c.name}:${c.width}`;
interface RowProps { row: Item; grid: GridColumns; colsKey: string; selected: boolean; mark: boolean }

/** One row as one styled string: a cursor move redraws two rows, not every cell of every
 * row (each cell as its own <Text> made Ink's frame assembly most of a key's time). */
const GridRow = memo(function GridRow({ row, grid, colsKey, selected, mark }: RowProps) {
  return <Text inverse={selected} bold={mark} wrap="truncate-end">{rowText(row, grid, colsKey, selected, mark)}</Text>;
}, (a, b) => a.row === b.row && a.colsKey === b.colsKey && a.selected === b.selected && a.mark === b.mark);

// Row texts by item and layout: scrolling back finds the rows already built.
const rowTexts = new WeakMap<Item, Map<string, string>>();

function rowText(row: Item, grid: GridColumns, colsKey: string, selected: boolean, mark: boolean): string {
  const key = `${colsKey}|${selected ? 's' : ''}${mark ? 'm' : ''}`;
  let byLayout = rowTexts.get(row);
  const hit = byLayout?.get(key);
  if (hit !== undefined) return hit;
  const cells = (cols: Col[]) => cols.map((c) => {
    const cell = formatRowCell(row, c.name, c.width);
    const colour = mark ? 'yellow' : selected ? undefined : kindColour[cell.kind];
    const fitted = `${fitText(cell.text, c.width, cell.align === 'right')} `;
    return colour ? chalk[colour](fitted) : fitted;
  }).join('');
  const gutter = grid.rowGutter && !selected && !mark ? chalk.dim(grid.rowGutter) : grid.rowGutter;
  const text = cells(grid.pinned) + gutter + cells(grid.scroll);
  if (!byLayout) rowTexts.set(row, byLayout = new Map());
  // A few layouts per row at most (column scroll, cursor, mark); start over past that.
  if (byLayout.size > 16) byLayout.clear();
  byLayout.set(key, text);
  return text;
}
