// `X` on the items grid: every page of the grid's Scan or Query to a file.
import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { formatCount } from '../../format/numbers.js';
import type { EntryOf } from '../../state/screens.js';
import { KeyHint } from './BulkParts.js';
import { ExportDone, ExportRunning, ReadLines } from './ExportParts.js';
import { exportFields, jobValues } from './importForm.js';
import { describeRead } from './readDescription.js';

/** A bar needs a total: the live count of the table, for a Scan of the table itself. */
export function exportTotal(entry: EntryOf<'export'>, counts: ReturnType<typeof useAppState>['counts']): number | undefined {
  const count = counts[entry.table];
  return entry.operation === 'Scan' && !entry.input.IndexName && count?.done && !count.done.cancelled && !count.error ? count.progress?.count : undefined;
}

export function ExportView({ entry, width }: { entry: EntryOf<'export'>; width: number }) {
  const state = useAppState();
  const { table, label, operation, job: s } = entry;
  const total = exportTotal(entry, state.counts);
  if (s.step === 'running' && s.plan) {
    return <ExportRunning label={label} table={table} plan={s.plan} p={s.progress} total={total} readItems={s.readItems} cancelling={s.cancelling} width={width} />;
  }
  if (s.step === 'done' && s.plan && s.outcome) return <ExportDone label={label} table={table} plan={s.plan} outcome={s.outcome} p={s.progress} />;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">Export the {label} of {table}</Text>
      <ReadLines lines={describeRead(operation, entry.input)} />
      <Text> </Text>
      <Form title="To a file" fields={exportFields(table, operation)} values={jobValues(s)} errors={s.errors} ui={entry.ui} />
      <Text> </Text>
      <KeyHint>A relative path starts at {process.cwd()}.</KeyHint>
      <KeyHint>The items go to a temporary file beside it, renamed when complete: a cancelled or failed export leaves no partial file.</KeyHint>
      {total !== undefined ? <KeyHint>The live count ({formatCount(total)} items) gives the progress bar its total.</KeyHint> : null}
      {s.step === 'checking' ? <Text color="cyan">checking the path…</Text> : null}
    </Box>
  );
}
