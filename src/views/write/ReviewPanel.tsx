import { Box, Text } from 'ink';
import { useApp, useKeys } from '../../app/context.js';
import { JsonView } from '../../components/JsonView.js';
import { useScroll } from '../../components/useScroll.js';
import { awsCliCommand, cliContext } from '../../dynamo/read/awsCli.js';
import { requestJson } from '../../dynamo/requestJson.js';
import { wrapLine } from '../../format/wrap.js';

import type { WriteGuard } from '../../dynamo/write/index.js';

/** A built write waiting for review; the guard tells a failed condition's cause apart. */
export interface PendingWrite { operation: string; input: Record<string, unknown>; summary: string; guard?: WriteGuard }

/** Every write is shown before it is sent: the exact request and the same call as an AWS
 * CLI command. enter sends, esc goes back to the form with the edits kept. */
export function ReviewPanel({ pending, height, sending, onSend, onBack }: {
  pending: PendingWrite; height: number; sending: boolean; onSend: () => void; onBack: () => void;
}) {
  const { state, region, size } = useApp();
  const command = awsCliCommand(pending.operation, pending.input, cliContext(state.connection, region));
  // The command first: it is short and it is what people paste; the JSON follows.
  const lines = [...wrapLine(command, size.columns - 1), '', ...requestJson(pending.operation, pending.input).split('\n')];
  const bodyHeight = Math.max(1, height - 3);
  const top = useScroll(['review'], lines.length, bodyHeight, {});
  useKeys({ scopes: ['review'], handlers: { 'review.send': () => { if (!sending) onSend(); }, 'review.back': onBack, back: onBack } });
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color="yellow">Review: {pending.summary}</Text>
      <JsonView lines={lines} top={top} height={bodyHeight} />
      <Text>{sending ? <Text color="cyan">sending…</Text> : <Text><Text bold color="cyan">enter</Text> sends this request · <Text bold color="cyan">esc</Text> back to the form</Text>}</Text>
    </Box>
  );
}
