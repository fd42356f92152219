// The scan and query forms as field specs, from the table's key schema and indexes.
import type { FieldSpec } from './form.js';
import type { ReadForm } from '../dynamo/read/form.js';
import { keySchemaText, type TableInfo } from '../dynamo/tableInfo.js';

const SORT_OPS = ['=', '<', '<=', '>', '>=', 'between', 'begins_with'] as const;

function keysOf(table: TableInfo, index?: string) {
  return [...table.gsis, ...table.lsis].find((i) => i.name === index) ?? table;
}

export function readFormFields(table: TableInfo, form: ReadForm): FieldSpec[] {
  const indexes = [
    { value: '', label: `table (${keySchemaText(table)})` },
    ...table.gsis.map((g) => ({ value: g.name, label: `GSI ${g.name} (${keySchemaText(g)})` })),
    ...table.lsis.map((l) => ({ value: l.name, label: `LSI ${l.name} (${keySchemaText(l)})` })),
  ];
  const keys = keysOf(table, form.index);
  const onGsi = table.gsis.some((g) => g.name === form.index);
  const fields: FieldSpec[] = [{ kind: 'choice', key: 'index', label: 'index', options: indexes }];
  if (form.mode === 'query') {
    const pk = keys.partitionKey;
    fields.push({ kind: 'text', key: 'partitionValue', label: `${pk?.name ?? '?'} (${pk?.type ?? '?'}) =`, placeholder: typeHint(pk?.type) });
    if (keys.sortKey) {
      const sk = keys.sortKey;
      fields.push({
        kind: 'choice', key: 'sortOp', label: `${sk.name} (${sk.type})`,
        options: [{ value: '', label: 'any' }, ...SORT_OPS.filter((o) => o !== 'begins_with' || sk.type !== 'N').map((o) => ({ value: o, label: o }))],
      });
      if (form.sortOp) fields.push({ kind: 'text', key: 'sortValue', label: form.sortOp === 'between' ? `${sk.name} from` : `${sk.name} value`, placeholder: typeHint(sk.type) });
      if (form.sortOp === 'between') fields.push({ kind: 'text', key: 'sortValue2', label: `${sk.name} to`, placeholder: typeHint(sk.type) });
    }
  }
  fields.push(
    { kind: 'text', key: 'filter', label: 'filter', placeholder: 'e.g. info.rating >= 7.5 AND begins_with(title, "The")', hint: 'runs after the read' },
    { kind: 'text', key: 'projection', label: 'projection', placeholder: 'e.g. year, title, info.actors[0]' },
    { kind: 'text', key: 'values', label: 'values', placeholder: 'for explicit :values, e.g. {":r": 7.5} or {":t": {"$SS": ["a"]}}' },
    { kind: 'text', key: 'names', label: 'names', placeholder: 'for explicit #names, e.g. {"#t": "title"}' },
    { kind: 'text', key: 'pageSize', label: 'page size', placeholder: 'items read per page' },
  );
  if (form.mode === 'query') fields.push({ kind: 'toggle', key: 'descending', label: 'descending' });
  fields.push({ kind: 'toggle', key: 'consistent', label: 'consistent read', disabled: onGsi ? '(not on a GSI)' : undefined });
  return fields;
}

type KeyAttr = { name: string; type: string } | undefined;
const sameKey = (a: KeyAttr, b: KeyAttr) => !!a && !!b && a.name === b.name && a.type === b.type;

/** The form on another index. A value typed for a key stays only where the new index has
 * the same attribute in the same role (the table and an LSI share the partition key);
 * any other would be read as a value of a different attribute, so it is cleared. */
export function withIndex(table: TableInfo, form: ReadForm, index: string | undefined): ReadForm {
  const before = keysOf(table, form.index);
  const after = keysOf(table, index);
  const next: ReadForm = { ...form, index };
  if (!sameKey(before.partitionKey, after.partitionKey)) next.partitionValue = '';
  if (!sameKey(before.sortKey, after.sortKey)) Object.assign(next, { sortOp: undefined, sortValue: '', sortValue2: '' });
  return next;
}

function typeHint(type?: string): string {
  return type === 'N' ? 'a number, e.g. 1999' : type === 'B' ? 'base64, e.g. AAEC' : 'text';
}
