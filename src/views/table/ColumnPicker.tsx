import { Box, Text } from 'ink';
import { TextView } from '../../components/TextView.js';
import { pickerMatches, type ColumnPicker, type PickerEntry } from '../../state/picker.js';

/** The column picker (`o`) or the sort chooser (`S`), drawn where the grid was. */
export function ColumnPickerView({ picker: p, table, height }: { picker: ColumnPicker; table: string; height: number }) {
  const matches = pickerMatches(p);
  const rows = Math.max(1, height - 2);
  // The cursor kept mid-list where it can be.
  const offset = Math.max(0, Math.min(p.cursor - Math.floor(rows / 2), matches.length - rows));
  const shown = matches.slice(offset, offset + rows);
  const hidden = new Set(p.hidden);
  const title = p.mode === 'columns'
    ? `columns of ${table}: ${p.names.length - p.hidden.filter((h) => p.names.includes(h)).length} shown, ${p.hidden.filter((h) => p.names.includes(h)).length} hidden, ${p.pinned.length} keys pinned at the left`
    : `sort the loaded rows of ${table} (not the table) by a column, ${p.descending ? '↓ descending' : '↑ ascending'} (space turns it)`;
  const line = (e: PickerEntry) => {
    if (p.mode === 'sort') return e.name === '' ? '(as read: no sort)' : `${e.name}${e.pinned ? '  (key)' : ''}`;
    if (e.pinned) return `key ${e.name}  (pinned at the left)`;
    return `${hidden.has(e.name) ? '[ ]' : '[x]'} ${e.name}`;
  };
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">{title}</Text>
      <Box><Text color="cyan">name: </Text><TextView value={p.filter} cursor={p.filterCursor} placeholder="type to find a column" /></Box>
      {matches.length === 0 ? <Text dimColor>no column matches "{p.filter}" (esc clears)</Text> : null}
      {shown.map((e, i) => {
        const at = offset + i === p.cursor;
        return (
          <Text key={`${e.pinned ? 'k' : 'c'}:${e.name}`} inverse={at} dimColor={!at && (e.pinned || hidden.has(e.name))} wrap="truncate-end">
            {at ? '› ' : '  '}{line(e)}
          </Text>
        );
      })}
    </Box>
  );
}
