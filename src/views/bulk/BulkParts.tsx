// Pieces shared by the import and export screens.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Problem } from '../../dynamo/errors.js';

/** `label   value` with the labels of one panel lined up. */
export function Row({ label, width = 10, children, color }: { label: string; width?: number; children: ReactNode; color?: string }) {
  return (
    <Box>
      <Text color="gray">{`  ${label.padEnd(width)}`}</Text>
      <Box flexShrink={1}><Text color={color} wrap="wrap">{children}</Text></Box>
    </Box>
  );
}

/** An error that ended the job, as a person reads it, and what esc does now. */
export function ProblemBox({ problem, after }: { problem: Problem; after?: string }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
      <Text bold color="red">{problem.title}</Text>
      <Text wrap="wrap">{problem.detail}</Text>
      {problem.hint ? <Text color="yellow" wrap="wrap">{problem.hint}</Text> : null}
      {after ? <Text wrap="wrap">{after}</Text> : null}
    </Box>
  );
}

export function KeyHint({ children }: { children: ReactNode }) {
  return <Text dimColor>{children}</Text>;
}

/** Cells for a progress bar on a screen this wide: room for the counts beside it. */
export function barWidth(width: number): number {
  return Math.max(10, Math.min(50, width - 16));
}
