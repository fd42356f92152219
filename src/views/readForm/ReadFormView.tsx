import { Box, Text } from 'ink';
import { useAppState } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { readFormFields } from '../../state/readFormFields.js';
import type { EntryOf } from '../../state/screens.js';
import { readFormValues } from './values.js';

/** `s` / `Q`: the scan or query form. enter builds the request (errors stay next to their
 * fields, nothing is sent), reads its first page and shows it in the grid. */
export function ReadFormView({ entry }: { entry: EntryOf<'readForm'> }) {
  const state = useAppState();
  const summary = state.tables.summaries[entry.table];
  if (summary?.state !== 'ok') return <Text dimColor>describing {entry.table}…</Text>;
  return (
    <Box flexDirection="column">
      <Form
        title={`${entry.mode === 'scan' ? 'Scan' : 'Query'} ${entry.table}`}
        fields={readFormFields(summary.info, entry.form)}
        values={readFormValues(entry.form)}
        errors={entry.errors}
        ui={entry.ui}
      />
      {entry.running ? <Text color="cyan">reading the first page… (esc stops)</Text> : null}
      <Text dimColor>Names that are reserved words or odd are escaped for you; 1999, "text", true, null become :values.</Text>
    </Box>
  );
}
