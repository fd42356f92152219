import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { JsonView } from '../../components/JsonView.js';
import { cliContext } from '../../dynamo/read/awsCli.js';
import type { EntryOf } from '../../state/screens.js';
import { requestLines } from './requestText.js';

/** `x`: the exact request, placeholders and all, and the same call as an AWS CLI command. */
export function RequestView({ entry, height }: { entry: EntryOf<'request'>; height: number }) {
  const state = useAppState();
  const { lines } = requestLines(entry.operation, entry.input, cliContext(state.connection, state.region), state.size.columns);
  const bodyHeight = Math.max(1, height - 2);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>{entry.operation} <Text dimColor>({entry.title}) · y copies the command</Text></Text>
      <JsonView lines={lines} top={Math.min(entry.top, Math.max(0, lines.length - bodyHeight))} height={bodyHeight} />
    </Box>
  );
}
