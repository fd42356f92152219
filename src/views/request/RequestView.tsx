import { Box, Text, useStdout } from 'ink';
import { copyToClipboard } from '../../app/clipboard.js';
import { useApp, useFlash } from '../../app/context.js';
import { JsonView } from '../../components/JsonView.js';
import { useScroll } from '../../components/useScroll.js';
import { awsCliCommand, cliContext } from '../../dynamo/read/awsCli.js';
import { requestJson } from '../../dynamo/requestJson.js';
import { wrapLine } from '../../format/wrap.js';

/** `x`: the exact request, placeholders and all, and the same call as an AWS CLI command. */
export function RequestView({ title, operation, input, height }: { title: string; operation: string; input: Record<string, unknown>; height: number }) {
  const { state, region, size } = useApp();
  const say = useFlash();
  const { stdout } = useStdout();
  const command = awsCliCommand(operation, input, cliContext(state.connection, region));
  const lines = [...wrapLine(command, size.columns - 1), '', ...requestJson(operation, input).split('\n')];
  const bodyHeight = Math.max(1, height - 2);
  const top = useScroll(['request'], lines.length, bodyHeight, {
    'request.copy': () => { copyToClipboard(stdout, command); say('info', 'copied the aws dynamodb command'); },
  });
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>{operation} <Text dimColor>({title}) · y copies the command</Text></Text>
      <JsonView lines={lines} top={top} height={bodyHeight} />
    </Box>
  );
}
