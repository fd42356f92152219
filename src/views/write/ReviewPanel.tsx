import { Box, Text } from 'ink';
import { JsonView } from '../../components/JsonView.js';
import type { WriteFlow } from '../../state/writeFlow.js';

/** Every write is shown before it is sent: the exact request and the same call as an AWS
 * CLI command (or boto3, JavaScript SDK v3 code: tab). enter sends, esc goes back to the form with the edits kept. */
export function ReviewPanel({ flow, lines, hint, height }: { flow: WriteFlow; lines: string[]; hint: string; height: number }) {
  const bodyHeight = Math.max(1, height - 4);
  const top = Math.min(flow.top, Math.max(0, lines.length - bodyHeight));
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color="yellow" wrap="truncate-end">Review: {flow.pending?.summary}</Text>
      <Text color="cyan" wrap="truncate-end">{hint}</Text>
      <JsonView lines={lines} top={top} height={bodyHeight} />
      <Text>{flow.step === 'sending'
        ? <Text color="cyan">{flow.status ?? 'sending…'} (its result will show here)</Text>
        : <Text><Text bold color="cyan">enter</Text> sends this request · <Text bold color="cyan">esc</Text> back to the form</Text>}</Text>
    </Box>
  );
}
