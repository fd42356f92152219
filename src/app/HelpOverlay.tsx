import { Box, Text } from 'ink';
import { useState } from 'react';
import { helpRows } from '../keys/table.js';
import { LEVEL, useApp, useKeys } from './context.js';

/** `?`: the key table, made from the same bindings as the footer and the README. */
export function HelpOverlay({ height }: { height: number }) {
  const { state, dispatch } = useApp();
  const rows = helpRows(state.connection.readOnly ?? false);
  const [top, setTop] = useState(0);
  const visible = Math.max(1, height - 2);
  const maxTop = Math.max(0, rows.length - visible);
  useKeys({
    scopes: ['help'],
    capture: true,
    handlers: {
      'help.close': () => dispatch({ type: 'modal', modal: null }),
      'scroll.down': () => setTop((t) => Math.min(maxTop, t + 1)),
      'scroll.up': () => setTop((t) => Math.max(0, t - 1)),
    },
  }, LEVEL.modal);
  const keysWidth = Math.max(...rows.map((r) => r.keys.length)) + 2;
  const whereWidth = Math.max(...rows.map((r) => r.where.length)) + 2;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Keys <Text dimColor>(esc closes, ↑↓ scroll{maxTop ? `, ${top + 1}-${Math.min(rows.length, top + visible)} of ${rows.length}` : ''})</Text></Text>
      {rows.slice(top, top + visible).map((r, i) => (
        <Text key={i} wrap="truncate-end">
          <Text color="cyan">{r.keys.padEnd(keysWidth)}</Text><Text dimColor>{r.where.padEnd(whereWidth)}</Text>{r.description}
        </Text>
      ))}
    </Box>
  );
}
