import { Box, Text } from 'ink';
import { valueToPlainJson } from '../../dynamo/codec/index.js';
import { formatIsoDateTime } from '../../format/time.js';
import type { EntryOf } from '../../state/screens.js';
import { shortDiff, type UndoChoice } from '../../state/undoList.js';
import { describeKey } from '../../state/writePending.js';

const rowText = (c: UndoChoice) => `${formatIsoDateTime(new Date(c.time))}  ${c.operation.padEnd(11)} ${describeKey(c.key)}  ${shortDiff(c)}`;
const show = (v: unknown) => (v === undefined ? '(absent)' : valueToPlainJson(v as never, { compact: true }));

/** `U` / `:undo`: this table's journaled writes, newest first; the refusal of the last choice under them. */
export function UndoListView({ entry, height }: { entry: EntryOf<'undoList'>; height: number }) {
  const { list, table } = entry;
  const refusedLines = list.refused ? Math.min(list.refused.diff.length, 6) + 2 : 0;
  const rows = Math.max(1, height - 2 - refusedLines);
  const first = Math.max(0, Math.min(list.cursor - Math.floor(rows / 2), list.choices.length - rows));
  const shown = list.choices.slice(first, first + rows);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Undo: the last writes to {table} <Text dimColor>(newest first · enter undoes one, after a review · esc goes back)</Text></Text>
      {list.loading ? <Text dimColor>reading the journal…</Text> : null}
      {!list.loading && !list.choices.length ? <Text dimColor>{list.problem ?? `the journal has no writes to ${table} on this connection`}</Text> : null}
      {shown.map((c, i) => (
        <Text key={first + i} inverse={first + i === list.cursor} wrap="truncate-end">{rowText(c)}</Text>
      ))}
      {list.checking ? <Text dimColor>checking the item…</Text> : null}
      {list.refused ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold color="red" wrap="truncate-end">✗ Not undone: the item changed since that write; nothing was written.</Text>
          {list.refused.diff.slice(0, 6).map((d) => (
            <Text key={d.name} wrap="truncate-end">  <Text color="yellow">{d.name}</Text>: after that write <Text color="gray">{show(d.loaded)}</Text> → now <Text color="cyan">{show(d.now)}</Text></Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
