import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { JsonView } from '../../components/JsonView.js';
import { codeContext } from '../../format/code/index.js';
import type { EntryOf } from '../../state/screens.js';
import { codeHint, shownCode } from './requestText.js';

/** `x`: the exact request, placeholders and all, and the same call as an AWS CLI command,
 * boto3 or JavaScript SDK v3 code (tab steps through them). */
export function RequestView({ entry, height }: { entry: EntryOf<'request'>; height: number }) {
  const state = useAppState();
  const calls = [{ operation: entry.operation, input: entry.input }];
  const position = entry.code ?? 0;
  const { lines } = shownCode(calls, position, codeContext(state.connection, state.region), state.size.columns);
  const bodyHeight = Math.max(1, height - 2);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">{entry.operation} <Text dimColor>({entry.title})</Text></Text>
      <Text color="cyan" wrap="truncate-end">{codeHint(calls, position)}</Text>
      <JsonView lines={lines} top={Math.min(entry.top, Math.max(0, lines.length - bodyHeight))} height={bodyHeight - 1} />
    </Box>
  );
}
