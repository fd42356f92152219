import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp, useBusy, useFlash } from '../../app/context.js';
import { describeError } from '../../dynamo/errors.js';
import { readPage } from '../../dynamo/read/pages.js';
import { firstPage as firstPageOf } from '../../state/paging.js';
import { loadedPage } from '../table/useBrowse.js';
import { serverErrorField } from './serverErrorField.js';
import { Form } from '../../components/Form.js';
import { buildReadInput, type ReadForm } from '../../dynamo/read/form.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { browseOf } from '../../state/app.js';
import { readFormFields } from './fields.js';
import { requestLabel } from './label.js';

/** `s` / `Q`: the scan or query form. enter builds the request (errors stay next to their
 * fields, nothing is sent) and goes back to the grid, which runs it. */
export function ReadFormView({ table, info, mode }: { table: string; info: TableInfo; mode: 'scan' | 'query' }) {
  const { state, dispatch, gateway, region } = useApp();
  const say = useFlash();
  const [form, setForm] = useState<ReadForm>(() => browseOf(state, table).forms[mode]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const fields = readFormFields(info, form);
  const [running, setRunning] = useState(false);
  useBusy(running, `running the ${mode}`);
  // The form reads the first page itself: a ValidationException from the service is shown
  // next to its field, the inputs stay, and the grid keeps its previous results.
  const submit = () => {
    if (running) return;
    const built = buildReadInput(info, form);
    if (!built.ok) return setErrors(built.errors);
    setRunning(true);
    readPage(gateway, built.operation, built.input).then((page) => {
      const request = { operation: built.operation, input: built.input as unknown as Record<string, unknown>, label: requestLabel(form) };
      const firstPage = loadedPage(info, form.index, page, firstPageOf());
      dispatch({ type: 'browse', table, action: { type: 'browse/request', form, request, firstPage } });
      dispatch({ type: 'pop' });
    }, (err) => {
      setRunning(false);
      const problem = describeError(err, { ...gateway.options, region, table });
      const field = serverErrorField(problem.detail);
      if (field && fields.some((f) => f.key === field)) setErrors({ [field]: problem.detail });
      else say('error', `${problem.title}: ${problem.detail}`);
    });
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
