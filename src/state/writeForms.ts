// The forms of the write screens as data: their fields, their values, and a value typed
// into one, for each kind of write. Keys and views use the same three functions, so what
// is drawn is what a key changes.
import type { TableInfo } from '../dynamo/tableInfo.js';
import { editFields, draftValues } from './editFields.js';
import type { FieldSpec, FormValues } from './form.js';
import type { WriteEntry, WriteScreen } from './screens.js';
import { valueToPlainJson } from '../dynamo/codec/index.js';
import { draftFields, draftValues as tableDraftValues, setDraftField } from './tableDraft.js';

/** Edit only: `E` changed a key attribute, which is "save as a new item". */
export function keyChanged(e: Extract<WriteScreen, { kind: 'edit' }>): boolean {
  const item = e.item;
  return e.mode === 'edit' && !!item && e.draft.rows.some((r) => r.key && item[r.name] !== undefined && r.text !== valueToPlainJson(item[r.name]!, { compact: true }));
}

export function writeFields(e: WriteScreen, info?: TableInfo): FieldSpec[] {
  switch (e.kind) {
    case 'edit':
      return [
        ...editFields(e.draft, e.mode),
        ...(keyChanged(e) ? [{ kind: 'toggle' as const, key: 'deleteOld', label: 'key changed: delete the old item after saving the new one' }] : []),
        ...(e.mode === 'new' ? [{ kind: 'toggle' as const, key: 'overwrite', label: 'overwrite an existing item with this key' }] : []),
      ];
    case 'delete':
      return [
        { kind: 'toggle', key: 'onlyIfUnchanged', label: 'only if unchanged since loaded' },
        { kind: 'text', key: 'condition', label: 'condition', placeholder: 'optional, e.g. info.rating <= 5' },
        { kind: 'text', key: 'values', label: 'values', placeholder: 'for explicit :values, e.g. {":val": 5}' },
        { kind: 'text', key: 'names', label: 'names', placeholder: 'for explicit #names, e.g. {"#t": "title"}' },
      ];
    case 'update':
      return [
        { kind: 'text', key: 'update', label: 'update', placeholder: 'e.g. set info.rating = 7.5, info.plot = "…"  /  remove info.actors[0]  /  add views 1' },
        { kind: 'text', key: 'condition', label: 'condition', placeholder: 'optional, e.g. size(info.actors) > 3' },
        { kind: 'text', key: 'values', label: 'values', placeholder: 'for explicit :values, e.g. {":r": 7.5}' },
        { kind: 'text', key: 'names', label: 'names', placeholder: 'for explicit #names, e.g. {"#t": "title"}' },
        { kind: 'toggle', key: 'onlyIfUnchanged', label: 'only if unchanged since loaded', hint: 'the attributes it reads or writes still hold their loaded values' },
      ];
    case 'counter': case 'undo': return [];
    case 'deleteMany': return [{ kind: 'text', key: 'confirm', label: 'type the table name', placeholder: e.table }];
    case 'createTable': return draftFields(e.draft);
    case 'deleteTable':
      return info ? [{ kind: 'text', key: 'confirm', label: 'type the table name to delete it', placeholder: e.table }] : [];
  }
}

export function writeValues(e: WriteScreen): FormValues {
  switch (e.kind) {
    case 'edit': return { ...draftValues(e.draft), deleteOld: e.deleteOld, overwrite: e.overwrite };
    case 'delete': case 'update': return { names: '', ...e.draft };
    case 'counter': case 'undo': return {};
    case 'deleteMany': case 'deleteTable': return { confirm: e.confirm };
    case 'createTable': return tableDraftValues(e.draft);
  }
}

const rowIndex = (key: string) => (key.startsWith('row:') ? Number(key.slice(4)) : -1);

/** The entry with `value` typed or chosen in field `key`; that field's error goes. */
export function setWriteValue(e: WriteEntry, key: string, value: string | boolean): WriteEntry {
  const flow = { ...e.flow, errors: { ...e.flow.errors, [key]: undefined } };
  switch (e.kind) {
    case 'edit': {
      if (key === 'deleteOld' || key === 'overwrite') return { ...e, flow, [key]: Boolean(value) };
      const i = rowIndex(key);
      const draft = i >= 0
        ? { ...e.draft, rows: e.draft.rows.map((r, j) => (j === i ? { ...r, text: String(value) } : r)) }
        : { ...e.draft, [key]: value };
      return { ...e, flow, draft };
    }
    case 'delete': case 'update': return { ...e, flow, draft: { ...e.draft, [key]: value } } as WriteEntry;
    case 'deleteMany': case 'deleteTable': return { ...e, flow, confirm: String(value) };
    case 'createTable': return { ...e, flow, draft: setDraftField(e.draft, key, value) };
    case 'counter': case 'undo': return e;
  }
}
