import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { useApp, useFooterScopes, useKeys } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { ProblemPanel } from '../../components/ProblemPanel.js';
import { awsCliCommand, cliContext } from '../../dynamo/read/awsCli.js';
import { planDeleteTable, typedNameMatches } from '../../dynamo/tables/index.js';
import { formatBytes } from '../../format/bytes.js';
import { formatCount } from '../../format/numbers.js';
import { liveText } from '../table/metadataLines.js';
import { useLiveCount } from '../table/useLiveCount.js';
import { useTableInfo } from '../table/useTableInfo.js';
import { useDeleteTable } from './useDeleteTable.js';

/** Counting a table this small costs little (a COUNT scan reads it all): it is done
 * without asking, so the confirm screen says what is about to go. */
const AUTO_COUNT_BYTES = 100_000_000;

/** `d` on the tables screen: what the table holds, then its name typed to confirm. */
export function DeleteTableView({ table }: { table: string; height: number }) {
  const { state, region, dispatch } = useApp();
  const { info, problem } = useTableInfo(table, 0);
  const count = useLiveCount(table);
  const del = useDeleteTable(table);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const ctx = cliContext(state.connection, region);

  useEffect(() => {
    if (info && (info.sizeBytes ?? 0) < AUTO_COUNT_BYTES && !count.state.running && !count.state.progress) count.start();
  }, [info]);
  const plan = info ? planDeleteTable(info, ctx) : undefined;
  // The footer: the form's keys while the name is typed; esc alone otherwise.
  useFooterScopes(del.phase !== 'confirm' ? ['running'] : plan?.ok ? undefined : []);
  useKeys({ scopes: del.phase !== 'confirm' ? ['running'] : [], handlers: { 'job.cancel': del.stopWaiting, back: del.stopWaiting } });

  if (problem) return <ProblemPanel problem={problem} />;
  if (!info || !plan) return <Text dimColor>describing {table}…</Text>;
  const indexes = [...info.gsis, ...info.lsis].map((i) => `${i.kind} ${i.name}`);
  const facts = (
    <>
      <Text bold color="red">Delete table {table}</Text>
      <Text wrap="truncate-end"><Text color="gray">{'reported'.padEnd(10)}</Text>{formatCount(info.itemCount ?? 0)} items · {formatBytes(info.sizeBytes ?? 0)}  <Text dimColor>(DynamoDB refreshes these about every six hours)</Text></Text>
      <Text wrap="truncate-end"><Text color="gray">{'live'.padEnd(10)}</Text>{liveText(count.state)}</Text>
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
  if (del.phase !== 'confirm') {
    return (
      <Box flexDirection="column">
        {facts}
        <Text color="cyan">{del.phase === 'waiting' ? `status DELETING: waiting until ${table} is gone… (esc stops waiting)` : 'sending DeleteTable…'}</Text>
      </Box>
    );
  }
  const submit = () => {
    if (!typedNameMatches(typed, table)) return setError(`type the table name exactly, ${table}, to delete it`);
    count.cancel();
    del.send(plan.input);
  };
  return (
    <Box flexDirection="column">
      {facts}
      {del.problem ? <Text color="red" wrap="wrap">✗ {del.problem} (nothing was deleted)</Text> : null}
      <Form
        title=" "
        fields={[{ kind: 'text', key: 'confirm', label: 'type the table name to delete it', placeholder: table }]}
        values={{ confirm: typed }}
        errors={{ confirm: error }}
        onChange={(_k, v) => { setTyped(String(v)); setError(undefined); }}
        onSubmit={submit}
        onCancel={() => dispatch({ type: 'pop' })}
      />
      <Text dimColor wrap="truncate-end">request: {awsCliCommand('DeleteTable', plan.input, ctx)}</Text>
    </Box>
  );
}
