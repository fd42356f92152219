import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { itemToPlainJson, type Item } from '../../dynamo/codec/index.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { buildDeleteInput } from '../../dynamo/write/index.js';
import { FailurePanel } from './FailurePanel.js';
import { ReviewPanel, type PendingWrite } from './ReviewPanel.js';
import { useWrite } from './useWrite.js';

/** `d`: the key, an optional condition, and "only if unchanged since loaded" (on by default). */
export function DeleteView({ table, info, item, review, height }: { table: string; info: TableInfo; item: Item; review: boolean; height: number }) {
  const { dispatch } = useApp();
  const write = useWrite(table, info);
  const key = write.keyOf(item);
  const [form, setForm] = useState({ condition: '', values: '', onlyIfUnchanged: true });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [pending, setPending] = useState<PendingWrite>();
  const keyText = itemToPlainJson(key, { compact: true });

  const submit = () => {
    const condition = form.condition.trim() ? { text: form.condition, values: form.values } : undefined;
    const built = buildDeleteInput(info, table, item, { onlyIfUnchanged: form.onlyIfUnchanged, userCondition: condition });
    if (!built.ok) return setErrors(Object.fromEntries(built.errors.map((e) => [e.field, e.message])));
    setPending({ operation: 'DeleteItem', input: built.input as unknown as Record<string, unknown>, summary: `DeleteItem ${keyText} from ${table}`, guard: built.guard });
    dispatch({ type: 'review', review: true });
  };
  if (review && pending) {
    return (
      <ReviewPanel pending={pending} height={height} sending={write.sending}
        onBack={() => dispatch({ type: 'review', review: false })}
        onSend={() => write.send(pending, { key, done: `deleted ${keyText}` })} />
    );
  }
  return (
    <Box flexDirection="column">
      {write.failure ? <FailurePanel failure={write.failure} /> : null}
      <Form
        title={`Delete ${keyText} from ${table}`}
        fields={[
          { kind: 'toggle', key: 'onlyIfUnchanged', label: 'only if unchanged since loaded' },
          { kind: 'text', key: 'condition', label: 'condition', placeholder: 'optional, e.g. info.rating <= 5' },
          { kind: 'text', key: 'values', label: 'values', placeholder: 'for explicit :names, e.g. {":val": 5}' },
        ]}
        values={form}
        errors={errors}
        onChange={(k, v) => { setForm((f) => ({ ...f, [k]: v })); setErrors((e) => ({ ...e, [k]: undefined })); }}
        onSubmit={submit}
        onCancel={() => dispatch({ type: 'pop' })}
      />
      <Text dimColor>enter reviews the DeleteItem request; nothing is sent before you confirm it.</Text>
    </Box>
  );
}
