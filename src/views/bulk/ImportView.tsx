// `I` on a table: items from a file into the table. Form -> confirm -> progress -> summary.
import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { formatCount } from '../../format/numbers.js';
import type { EntryOf } from '../../state/screens.js';
import { KeyHint, ProblemBox } from './BulkParts.js';
import { ImportConfirm, ImportDone, ImportRunning } from './ImportParts.js';
import { importFields, jobValues } from './importForm.js';

export function ImportView({ entry, height, width }: { entry: EntryOf<'import'>; height: number; width: number }) {
  const state = useAppState();
  const { table, job: s } = entry;
  const summary = state.tables.summaries[table];
  const info = summary?.state === 'ok' ? summary.info : undefined;
  if (state.connection.readOnly) {
    return <Text color="yellow">Read-only: import writes items, and --read-only allows no writes. esc goes back.</Text>;
  }
  if (s.step === 'running' && s.plan) {
    return <ImportRunning table={table} plan={s.plan} p={s.progress} problems={s.problems} problemCount={s.problemCount} cancelling={s.cancelling} width={width} />;
  }
  if (s.step === 'done' && s.plan) {
    if (s.failure) {
      const sent = s.progress?.written ? `Before it stopped, ${formatCount(s.progress.written)} items were written (they stay).` : 'Nothing was written.';
      return (
        <Box flexDirection="column">
          <Text bold>Import into {table} failed</Text>
          <ProblemBox problem={s.failure} after={`${sent} esc goes back to the form, inputs kept.`} />
        </Box>
      );
    }
    if (s.summary) return <ImportDone table={table} plan={s.plan} s={s.summary} problems={s.problems} height={height} />;
  }
  if (s.step === 'confirm' && s.plan) return <ImportConfirm table={table} plan={s.plan} info={info} />;
  return (
    <Box flexDirection="column">
      <Form title={`Import items into ${table}`} fields={importFields(s)} values={jobValues(s)} errors={s.errors} ui={entry.ui} />
      <Text> </Text>
      <KeyHint>A relative path starts at {process.cwd()}.</KeyHint>
      <KeyHint>enter checks the file and shows what will be written; nothing is written before you confirm.</KeyHint>
      {s.step === 'checking' ? <Text color="cyan">checking the file…</Text> : null}
    </Box>
  );
}
