import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { useApp, useBusy, useFlash } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import { typedNameMatches } from '../../dynamo/tables/index.js';
import { deleteMany, type DeleteManyProgress, type DeleteManyReport } from '../../dynamo/write/index.js';

/** `d` with marked rows: BatchWriteItem deletes after the table's name is typed. */
export function DeleteManyView({ table, keys }: { table: string; keys: Item[] }) {
  const { gateway, dispatch } = useApp();
  const say = useFlash();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const [progress, setProgress] = useState<DeleteManyProgress>();
  const [report, setReport] = useState<DeleteManyReport>();
  const stop = useRef<AbortController | null>(null);
  useBusy(!!progress && !report, `deleting ${keys.length} items from ${table}`);

  const run = () => {
    if (progress) return;
    if (!typedNameMatches(typed, table)) return setError(`type the table name, ${table}, to confirm`);
    const controller = new AbortController();
    stop.current = controller;
    setProgress({ deleted: 0, failed: 0, total: keys.length });
    deleteMany(gateway, table, keys, { onProgress: setProgress, signal: controller.signal }).then((r) => {
      setReport(r);
      for (const key of keys) {
        if (!r.failed.some((f) => itemToPlainJson(f.key) === itemToPlainJson(key))) {
          dispatch({ type: 'browse', table, action: { type: 'browse/written', key } });
        }
      }
      dispatch({ type: 'browse', table, action: { type: 'browse/clearMarks' } });
      say(r.failed.length ? 'warn' : 'info', `deleted ${r.deleted} of ${keys.length} items${r.failed.length ? `; ${r.failed.length} not deleted` : ''}`);
    });
  };
  if (report) {
    return (
      <Box flexDirection="column">
        <Text bold color={report.failed.length ? 'yellow' : 'green'}>Deleted {report.deleted} of {keys.length} items from {table}.</Text>
        {report.failed.slice(0, 10).map((f, i) => <Text key={i} color="red" wrap="truncate-end">✗ {itemToPlainJson(f.key, { compact: true })}: {f.reason}</Text>)}
        <Text dimColor>esc goes back to the items</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Form
        title={`Delete ${keys.length} marked items from ${table}`}
        fields={[{ kind: 'text', key: 'confirm', label: 'type the table name', placeholder: table }]}
        values={{ confirm: typed }}
        errors={{ confirm: error }}
        onChange={(_k, v) => { setTyped(String(v)); setError(undefined); }}
        onSubmit={run}
        onCancel={() => { stop.current?.abort(); dispatch({ type: 'pop' }); }}
      />
      {keys.slice(0, 8).map((k, i) => <Text key={i} dimColor wrap="truncate-end">  {itemToPlainJson(k, { compact: true })}</Text>)}
      {keys.length > 8 ? <Text dimColor>  … and {keys.length - 8} more</Text> : null}
      {progress ? <Text color="cyan">deleted {progress.deleted} / {progress.total}{progress.failed ? ` · ${progress.failed} failed` : ''}</Text> : null}
    </Box>
  );
}
