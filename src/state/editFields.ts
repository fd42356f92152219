// The edit form's fields: one per attribute, then the new-attribute row, the condition.
import type { FieldSpec } from './form.js';
import { ATTR_TYPES } from '../dynamo/codec/index.js';
import type { EditDraft } from './editDraft.js';

export function editFields(draft: EditDraft, mode: 'edit' | 'new'): FieldSpec[] {
  const fields: FieldSpec[] = draft.rows.map((r, i) => ({
    kind: 'text', key: `row:${i}`,
    label: `${r.name} ${r.type}${r.key ? ' key' : ''}${r.removed ? ' (removed)' : ''}`,
    readOnly: (r.key && mode === 'edit') || r.removed,
    hint: r.key && mode === 'edit' ? 'to change the key, E edits the JSON: it saves as a new item' : undefined,
  }));
  fields.push(
    { kind: 'text', key: 'newName', label: '+ name', placeholder: 'a new attribute (ctrl+n adds it)' },
    { kind: 'choice', key: 'newType', label: '+ type', options: ATTR_TYPES.map((t) => ({ value: t, label: t })) },
    { kind: 'text', key: 'newText', label: '+ value', placeholder: 'JSON: "text", 42, true, null, ["a","b"], {"k": 1}' },
    { kind: 'text', key: 'condition', label: 'condition', placeholder: 'optional, e.g. attribute_exists(title) AND info.rating < 9' },
    { kind: 'text', key: 'values', label: 'values', placeholder: 'for explicit :values, e.g. {":r": 7.5}' },
    { kind: 'text', key: 'names', label: 'names', placeholder: 'for explicit #names, e.g. {"#t": "title"}' },
  );
  return fields;
}

export function draftValues(draft: EditDraft): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {
    newName: draft.newName, newType: draft.newType, newText: draft.newText, condition: draft.condition, values: draft.values, names: draft.names ?? '',
  };
  draft.rows.forEach((r, i) => { values[`row:${i}`] = r.text; });
  return values;
}
