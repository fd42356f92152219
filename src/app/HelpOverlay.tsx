import { Box, Text } from 'ink';
import { useAppState, useCtx } from './context.js';
import { helpLines } from './help.js';

/** `?`: the keys of the screen below, then every key (the README's table), scrollable. */
export function HelpOverlay({ height, top }: { height: number; top: number }) {
  useAppState();
  const lines = helpLines(useCtx());
  const rows = lines.flatMap((l) => ('row' in l ? [l.row] : []));
  const visible = Math.max(1, height - 2);
  const keysWidth = Math.max(...rows.map((r) => r.keys.length)) + 2;
  const whereWidth = Math.max(...rows.map((r) => r.where.length)) + 2;
  const more = lines.length > visible;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Keys <Text dimColor>(esc closes, ↑↓ scroll{more ? `, ${top + 1}-${Math.min(lines.length, top + visible)} of ${lines.length}` : ''})</Text></Text>
      {lines.slice(top, top + visible).map((l, i) => ('heading' in l
        ? <Text key={i} bold color="yellow">{l.heading}</Text>
        : (
          <Text key={i} wrap="truncate-end">
            <Text color="cyan">{l.row.keys.padEnd(keysWidth)}</Text><Text dimColor>{l.row.where.padEnd(whereWidth)}</Text>{l.row.description}
          </Text>
        )))}
    </Box>
  );
}
