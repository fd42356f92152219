import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp, useFlash } from '../../app/context.js';
import { Form } from '../../components/Form.js';
import { valueToPlainJson, type AttrType, type Item } from '../../dynamo/codec/index.js';
import type { TableInfo } from '../../dynamo/tableInfo.js';
import { buildEditInput, buildPutInput, buildSaveAsNewInputs, type SaveAsNew } from '../../dynamo/write/index.js';
import { blankText, draftFromItem, draftToItem, nextType, type EditDraft } from '../../state/editDraft.js';
import { FailurePanel } from '../write/FailurePanel.js';
import { ReviewPanel, type PendingWrite } from '../write/ReviewPanel.js';
import { useWrite } from '../write/useWrite.js';
import { draftValues, editFields } from './fields.js';

/** `e` edits an item (a minimal, guarded UpdateItem); `n` makes a new one (PutItem that
 * refuses to overwrite). Both are reviewed before they are sent. */
export function EditView({ table, info, mode, item, initial, review, height }: {
  table: string; info: TableInfo; mode: 'edit' | 'new'; item?: Item; initial?: Item; review: boolean; height: number;
}) {
  const { dispatch } = useApp();
  const say = useFlash();
  const keys = [info.partitionKey, info.sortKey].filter((k): k is { name: string; type: string } => !!k);
  const [draft, setDraft] = useState<EditDraft>(() => draftFromItem(initial ?? item, keys));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [pending, setPending] = useState<PendingWrite>();
  const [saveAsNew, setSaveAsNew] = useState<SaveAsNew>();
  const [deleteOld, setDeleteOld] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const write = useWrite(table, info);
  // Keys are read-only in the form, but `E` can change them: that is "save as new item".
  const keyChanged = mode === 'edit' && !!item && draft.rows.some((r) => r.key && item[r.name] !== undefined && r.text !== valueToPlainJson(item[r.name], { compact: true }));

  const rowIndex = (fieldKey: string) => (fieldKey.startsWith('row:') ? Number(fieldKey.slice(4)) : -1);
  const setRow = (i: number, patch: Partial<EditDraft['rows'][number]>) =>
    setDraft((d) => ({ ...d, rows: d.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  const submit = () => {
    const read = draftToItem(draft);
    if (!read.ok) {
      return setErrors(Object.fromEntries(Object.entries(read.errors).map(([name, m]) => [`row:${draft.rows.findIndex((r) => r.name === name)}`, m])));
    }
    const condition = draft.condition.trim() ? { text: draft.condition, values: draft.values } : undefined;
    if (keyChanged && item) {
      const both = buildSaveAsNewInputs(info, table, item, read.item, { deleteOld });
      if (!both.ok) return setErrors(Object.fromEntries(both.errors.map((e) => [e.field, e.message])));
      setSaveAsNew(both);
      setPending({
        operation: 'PutItem', input: both.put.input as unknown as Record<string, unknown>, guard: both.put.guard,
        summary: `save as a new item ${describeKey(write.keyOf(read.item))}${deleteOld ? `, then delete ${describeKey(write.keyOf(item))} if unchanged` : '; the old item stays'}`,
      });
      return dispatch({ type: 'review', review: true });
    }
    setSaveAsNew(undefined);
    const built = mode === 'edit' && item
      ? buildEditInput(info, table, item, read.item, condition)
      : buildPutInput(info, table, read.item, { userCondition: condition, overwrite });
    if (!built.ok) {
      const byField: Record<string, string> = {};
      for (const e of built.errors) {
        const at = draft.rows.findIndex((r) => r.name === e.field);
        byField[at >= 0 ? `row:${at}` : e.field === 'item' ? 'newName' : e.field] = e.message;
      }
      return setErrors(byField);
    }
    if ('noChange' in built) return say('info', 'nothing changed, so nothing was sent');
    setErrors({});
    const summary = mode === 'edit'
      ? `UpdateItem of ${describeKey(write.keyOf(item!))}: ${[...built.changed.map((c) => `set ${c}`), ...built.removed.map((r) => `remove ${r}`)].join(', ')}`
      : `PutItem of a new item ${describeKey(write.keyOf(read.item))}, ${overwrite ? 'REPLACING any item with that key' : 'refused if that key exists'}`;
    setPending({ operation: mode === 'edit' ? 'UpdateItem' : 'PutItem', input: built.input as unknown as Record<string, unknown>, summary, guard: built.guard });
    dispatch({ type: 'review', review: true });
  };

  if (review && pending) {
    const read = draftToItem(draft);
    const key = write.keyOf(mode === 'edit' && item ? item : read.ok ? read.item : {});
    return (
      <ReviewPanel pending={pending} height={height} sending={write.sending}
        onBack={() => dispatch({ type: 'review', review: false })}
        onSend={() => saveAsNew && item && read.ok ? write.saveAsNew(saveAsNew, write.keyOf(item), read.item) : write.send(pending, {
          key,
          written: (attributes) => attributes ?? (read.ok ? read.item : undefined),
          done: mode === 'edit' ? `saved ${describeKey(key)}` : `created ${describeKey(key)}`,
        })} />
    );
  }
  return (
    <Box flexDirection="column">
      {write.failure ? <FailurePanel failure={write.failure} /> : null}
      <Form
        title={mode === 'edit' ? `Edit ${table} ${describeKey(write.keyOf(item ?? {}))}` : `New item in ${table}`}
        fields={[
          ...editFields(draft, mode),
          ...(keyChanged ? [{ kind: 'toggle' as const, key: 'deleteOld', label: 'key changed: delete the old item after saving the new one' }] : []),
          ...(mode === 'new' ? [{ kind: 'toggle' as const, key: 'overwrite', label: 'overwrite an existing item with this key' }] : []),
        ]}
        values={{ ...draftValues(draft), deleteOld, overwrite }}
        errors={errors}
        onChange={(key, value) => {
          const i = rowIndex(key);
          if (key === 'deleteOld') setDeleteOld(Boolean(value));
          else if (key === 'overwrite') setOverwrite(Boolean(value));
          else if (i >= 0) setRow(i, { text: String(value) });
          else setDraft((d) => ({ ...d, [key]: value }));
          setErrors((e) => ({ ...e, [key]: undefined }));
        }}
        onSubmit={submit}
        onCancel={() => dispatch({ type: 'pop' })}
        scopes={['attributes', 'form']}
        fieldCommands={{
          'attribute.add': () => {
            const name = draft.newName.trim();
            if (!name) return setErrors((e) => ({ ...e, newName: 'type the new attribute\'s name first' }));
            if (draft.rows.some((r) => r.name === name && !r.removed)) return setErrors((e) => ({ ...e, newName: `"${name}" is already an attribute` }));
            const text = draft.newText.trim() || blankText[draft.newType];
            setDraft((d) => ({ ...d, newName: '', newText: '', rows: [...d.rows, { name, type: d.newType, text, removed: false, key: false }] }));
          },
          'attribute.remove': (fieldKey) => {
            const i = rowIndex(fieldKey);
            const row = draft.rows[i];
            if (!row) return;
            if (row.key) return say('warn', 'key attributes cannot be removed');
            setRow(i, { removed: !row.removed });
          },
          'attribute.type': (fieldKey) => {
            const i = rowIndex(fieldKey);
            const row = draft.rows[i];
            if (!row || (row.key && mode === 'edit')) return;
            const type: AttrType = nextType(row.type);
            setRow(i, { type, text: row.text });
          },
        }}
      />
      <Text dimColor>Values are JSON (strings in quotes); sets are arrays, binary is base64. Only changed attributes are sent, each guarded to be as loaded.</Text>
    </Box>
  );
}

function describeKey(key: Item): string {
  return Object.entries(key).map(([k, v]) => `${k}=${Object.values(v)[0] instanceof Uint8Array ? 'b64…' : String(Object.values(v)[0])}`).join(' ');
}
