import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { buildUpdateExpressionInput } from '../../dynamo/write/index.js';
import { FailurePanel } from './FailurePanel.js';
import { ReviewPanel, type PendingWrite } from './ReviewPanel.js';
import { useWrite } from './useWrite.js';

/** `u`: a free UpdateExpression with an optional condition, literals made placeholders. */
export function UpdateView({ table, info, item, review, height }: { table: string; info: TableInfo; item: Item; review: boolean; height: number }) {
  const { dispatch } = useApp();
  const write = useWrite(table, info);
  const key = write.keyOf(item);
  const [form, setForm] = useState({ update: '', condition: '', values: '' });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [pending, setPending] = useState<PendingWrite>();
  const keyText = itemToPlainJson(key, { compact: true });

  const submit = () => {
    const built = buildUpdateExpressionInput(info, table, key, form.update, form.condition, form.values);
    if (!built.ok) return setErrors(Object.fromEntries(built.errors.map((e) => [e.field, e.message])));
    setPending({ operation: 'UpdateItem', input: built.input as unknown as Record<string, unknown>, summary: `UpdateItem ${keyText}: ${form.update}`, guard: built.guard });
    dispatch({ type: 'review', review: true });
  };
  if (review && pending) {
    return (
      <ReviewPanel pending={pending} height={height} sending={write.sending}
        onBack={() => dispatch({ type: 'review', review: false })}
        onSend={() => write.send(pending, { key, written: (attributes) => attributes, done: `updated ${keyText}` })} />
    );
  }
  return (
    <Box flexDirection="column">
      {write.failure ? <FailurePanel failure={write.failure} /> : null}
      <Form
        title={`Update ${keyText} in ${table}`}
        fields={[
          { kind: 'text', key: 'update', label: 'update', placeholder: 'e.g. set info.rating = 7.5, info.plot = "…"  /  remove info.actors[0]  /  add views 1' },
          { kind: 'text', key: 'condition', label: 'condition', placeholder: 'optional, e.g. size(info.actors) > 3' },
          { kind: 'text', key: 'values', label: 'values', placeholder: 'for explicit :names, e.g. {":r": 7.5}' },
        ]}
        values={form}
        errors={errors}
        onChange={(k, v) => { setForm((f) => ({ ...f, [k]: String(v) })); setErrors((e) => ({ ...e, [k]: undefined })); }}
        onSubmit={submit}
        onCancel={() => dispatch({ type: 'pop' })}
      />
      <Text dimColor>Reserved words are escaped and literals (7.5, "text", true) become :values for you.</Text>
    </Box>
  );
}
