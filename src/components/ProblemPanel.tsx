import { Box, Text } from 'ink';
import type { Problem } from '../dynamo/errors.js';

/** A failure as a person reads it: what went wrong, the details, what to do. */
export function ProblemPanel({ problem }: { problem: Problem }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
      <Text bold color="red">{problem.title}</Text>
      <Text wrap="wrap">{problem.detail}</Text>
      {problem.hint ? <Text color="yellow" wrap="wrap">{problem.hint}</Text> : null}
      <Text dimColor>R retries · : opens the command line · q quits</Text>
    </Box>
  );
}
