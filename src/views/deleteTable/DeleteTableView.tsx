import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { ProblemPanel } from '../../components/ProblemPanel.js';
import { awsCliCommand, cliContext } from '../../dynamo/read/awsCli.js';
import { planDeleteTable } from '../../dynamo/tables/index.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import type { EntryOf } from '../../state/screens.js';
import { writeFields, writeValues } from '../../state/writeForms.js';
import { liveText } from '../table/metadataLines.js';
import { FailurePanel } from '../write/FailurePanel.js';

/** `d` on the tables screen: what the table holds, then its name typed to confirm. */
export function DeleteTableView({ entry }: { entry: EntryOf<'deleteTable'> }) {
  const state = useAppState();
  const { table, flow } = entry;
  const { info, problem } = entry.described;
  const cli = cliContext(state.connection, state.region);
  if (problem) return <ProblemPanel problem={problem} />;
  if (!info) return <Text dimColor>describing {table}…</Text>;
  const plan = planDeleteTable(info, cli);
  const indexes = [...info.gsis, ...info.lsis].map((i) => `${i.kind} ${i.name}`);
  const facts = (
    <>
      <Text bold color="red">Delete table {table}</Text>
      <Text wrap="truncate-end"><Text color="gray">{'reported'.padEnd(10)}</Text>{formatCount(info.itemCount ?? 0)} items · {formatBytes(info.sizeBytes ?? 0)}  <Text dimColor>(DynamoDB refreshes these about every six hours)</Text></Text>
      <Text wrap="truncate-end"><Text color="gray">{'live'.padEnd(10)}</Text>{liveText(state.counts[table] ?? { running: false })}</Text>
      <Text wrap="truncate-end"><Text color="gray">{'indexes'.padEnd(10)}</Text>{indexes.length ? `${indexes.join(', ')} (deleted with it)` : 'none'}</Text>
      <Text dimColor wrap="wrap">Every item goes and DeleteTable makes no backup; create one first (aws dynamodb create-backup) if you may need the data.</Text>
    </>
  );
  if (!plan.ok) {
    return (
      <Box flexDirection="column">
        {facts}
        <Text color="yellow" bold wrap="wrap">{plan.message}</Text>
        {plan.hint ? <Text wrap="wrap">{plan.hint}</Text> : null}
        <Text dimColor>esc goes back; nothing was sent</Text>
      </Box>
    );
  }
  if (flow.step === 'sending') {
    return <Box flexDirection="column">{facts}<Text color="cyan">{flow.status ?? 'sending DeleteTable…'}</Text></Box>;
  }
  return (
    <Box flexDirection="column">
      {facts}
      {flow.failure ? <FailurePanel failure={flow.failure} /> : null}
      {flow.failure ? <Text dimColor>nothing was deleted</Text> : null}
      <Form title=" " fields={writeFields(entry, info)} values={writeValues(entry)} errors={flow.errors} ui={flow.ui} />
      <Text dimColor wrap="truncate-end">request: {awsCliCommand('DeleteTable', plan.input, cli)}</Text>
    </Box>
  );
}
