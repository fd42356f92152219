import chalk from 'chalk';
import { Box, Text } from 'ink';
import { memo } from 'react';
import { formatRowCell, type CellKind } from '../../format/cells.js';
import { suggestColumnWidths } from '../../format/columns.js';
import { formatCount } from '../../format/numbers.js';
import { fitText } from '../../format/width.js';
import { itemKey } from '../../dynamo/itemKey.js';
import { LOAD_ALL_MAX_ROWS } from '../../dynamo/read/pages.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { keyId, shownRows, type BrowseState, type Item } from '../../state/browse.js';
import { visibleRange, windowAt } from '../../state/window.js';

const kindColour: Partial<Record<CellKind, 'cyan' | 'magenta' | 'yellow' | 'gray' | 'green' | 'blue'>> = {
  number: 'cyan', binary: 'magenta', bool: 'yellow', null: 'gray', set: 'green', map: 'blue', list: 'blue', empty: 'gray',
};

/** Which columns fit from `offset` on, and how wide each is drawn. */
export function fitColumns(columns: string[], widths: number[], offset: number, width: number) {
  const out: { name: string; width: number }[] = [];
  let used = 0;
  for (let i = offset; i < columns.length; i++) {
    const w = Math.min(widths[i - offset], Math.max(4, width - used - 1));
    if (used + w > width && out.length) break;
    out.push({ name: columns[i], width: w });
    used += w + 1;
  }
  return out;
}

/** The items grid: only the rows in the window are formatted and drawn. */
export function ItemsGrid({ browse, info, width, height, keyCount, seeding }: { browse: BrowseState; info: TableInfo; width: number; height: number; keyCount: number; seeding?: boolean }) {
  const marked = (row: Item) => Object.keys(browse.marks).length > 0 && !!browse.marks[keyId(itemKey(info, row))];
  const rows = shownRows(browse);
  const window = windowAt(browse.window, Math.max(1, height - 2));
  const [from, to] = visibleRange(window);
  const visible = rows.slice(from, to);
  const columns = browse.columns.slice(browse.colOffset);
  const cols = fitColumns(browse.columns, suggestColumnWidths(columns, visible, { max: 40, min: 3 }), browse.colOffset, width);
  const hidden = browse.columns.length - browse.colOffset - cols.length;
  const colsKey = cols.map((c) => `${c.name}:${c.width}`).join('\u0000');
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        {browse.colOffset > 0 ? <Text dimColor>‹ </Text> : null}
        {cols.map((c, i) => (
          <Text key={c.name} color={browse.colOffset + i < keyCount ? 'yellow' : undefined}>{fitText(c.name, c.width)} </Text>
        ))}
        {hidden > 0 ? <Text dimColor>› {hidden} more</Text> : null}
      </Text>
      {visible.map((row, i) => (
        <GridRow key={from + i} row={row} cols={cols} colsKey={colsKey} selected={from + i === window.cursor} mark={marked(row)} />
      ))}
      <Box flexGrow={1} />
      <Text dimColor wrap="truncate-end">{statusLine(browse, rows.length, seeding)}</Text>
    </Box>
  );
}

interface RowProps { row: Item; cols: { name: string; width: number }[]; colsKey: string; selected: boolean; mark: boolean }

/** One row as one styled string: a cursor move redraws two rows, not every cell of every
 * row (each cell as its own <Text> made Ink's frame assembly most of a key's time). */
const GridRow = memo(function GridRow({ row, cols, colsKey, selected, mark }: RowProps) {
  return <Text inverse={selected} bold={mark} wrap="truncate-end">{rowText(row, cols, colsKey, selected, mark)}</Text>;
}, (a, b) => a.row === b.row && a.colsKey === b.colsKey && a.selected === b.selected && a.mark === b.mark);

// Row texts by item and layout: scrolling back finds the rows already built.
const rowTexts = new WeakMap<Item, Map<string, string>>();

function rowText(row: Item, cols: RowProps['cols'], colsKey: string, selected: boolean, mark: boolean): string {
  const key = `${colsKey}|${selected ? 's' : ''}${mark ? 'm' : ''}`;
  let byLayout = rowTexts.get(row);
  const hit = byLayout?.get(key);
  if (hit !== undefined) return hit;
  const text = cols.map((c) => {
    const cell = formatRowCell(row, c.name, c.width);
    const colour = mark ? 'yellow' : selected ? undefined : kindColour[cell.kind];
    const fitted = `${fitText(cell.text, c.width, cell.align === 'right')} `;
    return colour ? chalk[colour](fitted) : fitted;
  }).join('');
  if (!byLayout) rowTexts.set(row, byLayout = new Map());
  // A few layouts per row at most (column scroll, cursor, mark); start over past that.
  if (byLayout.size > 16) byLayout.clear();
  byLayout.set(key, text);
  return text;
}

export function statusLine(b: BrowseState, shown: number, seeding?: boolean): string {
  const parts: string[] = [];
  // The client-side filter leads: it changes what the rows mean.
  const marks = Object.keys(b.marks).length;
  if (marks) parts.push(`${marks} marked (d deletes them, esc unmarks)`);
  if (b.quickFilter) parts.push(`quick filter "${b.quickFilter}" on loaded rows: ${formatCount(shown)} of ${formatCount(b.rows.length)} (esc clears)`);
  parts.push(b.request?.label ?? 'scan');
  if (b.all) {
    const a = b.all;
    parts.push(a.running ? `loading all: ${a.pages} pages so far`
      : a.failed ? `loading all stopped after ${a.pages} ${a.pages === 1 ? 'page' : 'pages'}: ${a.failed.title}`
        : a.truncated ? `first ${a.pages} pages (stopped at the ${formatCount(LOAD_ALL_MAX_ROWS)}-row cap)`
          : `${a.cancelled ? 'cancelled after' : 'all'} ${a.pages} pages`);
    parts.push(`${formatCount(b.rows.length)} items (scanned ${formatCount(a.scanned)})`, `${a.capacity.toFixed(1)} RCU`);
  } else if (b.meta) {
    // A filter runs after the read: an empty page can still have more pages behind it.
    const empty = b.meta.count === 0 && b.meta.scanned > 0 ? ' (nothing matched on this page)' : '';
    parts.push(`page ${b.paging.page + 1}`, `Count ${formatCount(b.meta.count)} / ScannedCount ${formatCount(b.meta.scanned)}${empty}`);
    // While the demo writes its data, no page is the last one yet.
    parts.push(b.paging.nextKey ? 'more pages: ]' : seeding ? 'more rows are being written (the page reloads when they are in)' : 'last page', `${b.meta.capacity.toFixed(1)} RCU`);
  } else if (!b.reading) {
    parts.push('no page read yet (R reads it)');
  }
  if (b.reading) parts.push(`reading page ${b.reading.page + 1}…`);
  return parts.join(' · ');
}
