import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { buildReadInput, type ReadForm } from '../../dynamo/read/form.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { browseOf } from '../../state/app.js';
import { readFormFields } from './fields.js';
import { requestLabel } from './label.js';

/** `s` / `Q`: the scan or query form. enter builds the request (errors stay next to their
 * fields, nothing is sent) and goes back to the grid, which runs it. */
export function ReadFormView({ table, info, mode }: { table: string; info: TableInfo; mode: 'scan' | 'query' }) {
  const { state, dispatch } = useApp();
  const [form, setForm] = useState<ReadForm>(() => browseOf(state, table).forms[mode]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const fields = readFormFields(info, form);
  const submit = () => {
    const built = buildReadInput(info, form);
    if (!built.ok) return setErrors(built.errors);
    dispatch({ type: 'browse', table, action: { type: 'browse/request', form, request: { operation: built.operation, input: built.input as unknown as Record<string, unknown>, label: requestLabel(form) } } });
    dispatch({ type: 'pop' });
  };
  return (
    <Box flexDirection="column">
      <Form
        title={`${mode === 'scan' ? 'Scan' : 'Query'} ${table}`}
        fields={fields}
        values={{ ...(form as unknown as Record<string, string | boolean>), index: form.index ?? '', sortOp: form.sortOp ?? '' }}
        errors={errors}
        onChange={(key, value) => {
          setForm((f) => ({ ...f, [key]: key === 'index' || key === 'sortOp' ? (value || undefined) : value }));
          setErrors((e) => ({ ...e, [key]: undefined }));
        }}
        onSubmit={submit}
        onCancel={() => { dispatch({ type: 'browse', table, action: { type: 'browse/saveForm', form } }); dispatch({ type: 'pop' }); }}
      />
      <Text dimColor>Names that are reserved words or odd are escaped for you; 1999, "text", true, null become :values.</Text>
    </Box>
  );
}
