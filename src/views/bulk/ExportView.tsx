// `X` on the items grid: every page of the grid's Scan or Query to a file.
import { Box, Text } from 'ink';
import { useApp, useFooterScopes, useKeys } from '../../app/context.js';
import type { Scope } from '../../keys/bindings.js';
import { Form, type FieldSpec } from '../../components/Form.js';
import { FORMATS } from '../../bulk/index.js';
import { formatCount } from '../../format/numbers.js';
import { KeyHint } from './BulkParts.js';
import { ExportDone, ExportRunning, ReadLines } from './ExportParts.js';
import { describeRead } from './readDescription.js';
import { useExport, type ExportScreen, type ExportValues } from './useExport.js';

export function ExportView({ screen, height: _height, width }: { screen: ExportScreen; height: number; width: number }) {
  const { state, dispatch } = useApp();
  const { s, store, set, submit, cancel } = useExport(screen);
  const { table, label, operation } = screen;
  const back = () => dispatch({ type: 'pop' });
  const count = state.counts[table];
  // A bar needs a total: the live count of the table, for a Scan of the table itself.
  const total = operation === 'Scan' && !screen.input.IndexName && count?.done && !count.done.cancelled && !count.error
    ? count.progress?.count : undefined;

  // The form has its own keys; these take over once it is gone (false passes the key on).
  // The footer shows the keys of the step on screen.
  const scopes: Scope[] | undefined = s.step === 'running' ? ['running'] : s.step === 'done' ? [] : undefined;
  useFooterScopes(scopes);
  useKeys({
    scopes: scopes ?? [],
    handlers: {
      'job.cancel': () => { cancel(); },
      back: () => escape(),
    },
  });
  function escape(): boolean {
    const { step, outcome } = store.get();
    if (step === 'form' || step === 'checking') return false;
    if (step === 'running') cancel();
    else if (outcome?.kind === 'failed') store.set({ step: 'form', outcome: undefined });
    else back();
    return true;
  }

  const title = <Text bold wrap="truncate-end">Export the {label} of {table}</Text>;
  if (s.step === 'running' && s.plan) {
    return <ExportRunning label={label} table={table} plan={s.plan} p={s.progress} total={total} readItems={s.readItems} cancelling={s.cancelling} width={width} />;
  }
  if (s.step === 'done' && s.plan && s.outcome) return <ExportDone label={label} table={table} plan={s.plan} outcome={s.outcome} p={s.progress} />;

  const fields: FieldSpec[] = [
    { kind: 'text', key: 'path', label: 'file', placeholder: `${table}.jsonl`, hint: '~ is your home folder' },
    { kind: 'choice', key: 'format', label: 'format', options: FORMATS.map((f) => ({ value: f, label: f })) },
    ...(operation === 'Scan' ? [{ kind: 'text', key: 'segments', label: 'segments', hint: 'parallel Scan requests' } as FieldSpec] : []),
    { kind: 'toggle', key: 'overwrite', label: 'overwrite', hint: 'replace a file that exists' },
  ];
  return (
    <Box flexDirection="column">
      {title}
      <ReadLines lines={describeRead(operation, screen.input)} />
      <Text> </Text>
      <Form
        title="To a file"
        fields={fields}
        values={{ ...s.values }}
        errors={s.errors}
        onChange={(k, v) => set(k as keyof ExportValues, v)}
        onSubmit={submit}
        onCancel={back}
      />
      <Text> </Text>
      <KeyHint>A relative path starts at {process.cwd()}.</KeyHint>
      <KeyHint>The items go to a temporary file beside it, renamed when complete: a cancelled or failed export leaves no partial file.</KeyHint>
      {total !== undefined ? <KeyHint>The live count ({formatCount(total)} items) gives the progress bar its total.</KeyHint> : null}
      {s.step === 'checking' ? <Text color="cyan">checking the path…</Text> : null}
    </Box>
  );
}
