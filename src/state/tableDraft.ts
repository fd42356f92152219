// The create-table form as data: a draft of plain strings (what was typed), its fields for
// <Form>, and the spec the request builder validates. Field keys are the validator's
// field paths, so each problem shows under the field it is about.
import type { FieldSpec, FormValues } from './form.js';
import type { CreateTableSpec, IndexSpec, KeyType } from '../dynamo/tables/index.js';

export interface IndexDraft {
  kind: 'GSI' | 'LSI';
  name: string;
  pkName: string; pkType: KeyType;
  skName: string; skType: KeyType;
  projection: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  include: string;
  read: string; write: string;
}

export interface TableDraft {
  name: string;
  pkName: string; pkType: KeyType;
  skName: string; skType: KeyType;
  billing: 'PAY_PER_REQUEST' | 'PROVISIONED';
  read: string; write: string;
  deletionProtection: boolean;
  indexes: IndexDraft[];
}

export const emptyTableDraft = (): TableDraft => ({
  name: '', pkName: '', pkType: 'S', skName: '', skType: 'S', billing: 'PAY_PER_REQUEST',
  read: '5', write: '5', deletionProtection: false, indexes: [],
});

export const newIndex = (): IndexDraft => ({
  kind: 'GSI', name: '', pkName: '', pkType: 'S', skName: '', skType: 'S', projection: 'ALL', include: '', read: '5', write: '5',
});

const TYPES = [
  { value: 'S', label: 'S  string' },
  { value: 'N', label: 'N  number' },
  { value: 'B', label: 'B  binary' },
];
const BILLING = [
  { value: 'PAY_PER_REQUEST', label: 'on demand (pay per request)' },
  { value: 'PROVISIONED', label: 'provisioned (read/write capacity)' },
];
const PROJECTIONS = [
  { value: 'ALL', label: 'ALL attributes' },
  { value: 'KEYS_ONLY', label: 'KEYS_ONLY' },
  { value: 'INCLUDE', label: 'INCLUDE (keys + listed attributes)' },
];
const KINDS = [
  { value: 'GSI', label: 'GSI  global secondary index' },
  { value: 'LSI', label: 'LSI  local secondary index' },
];

const NAME_HINT = '3-255 characters: a-z A-Z 0-9 _ . -';

export function draftFields(d: TableDraft): FieldSpec[] {
  const provisioned = d.billing === 'PROVISIONED';
  const fields: FieldSpec[] = [
    { kind: 'text', key: 'name', label: 'table name', hint: NAME_HINT },
    { kind: 'text', key: 'partitionKey.name', label: 'partition key', placeholder: 'attribute name, e.g. pk' },
    { kind: 'choice', key: 'partitionKey.type', label: '  type', options: TYPES },
    { kind: 'text', key: 'sortKey.name', label: 'sort key', placeholder: 'optional: empty for none' },
    { kind: 'choice', key: 'sortKey.type', label: '  type', options: TYPES },
    { kind: 'choice', key: 'billing', label: 'billing', options: BILLING },
  ];
  if (provisioned) {
    fields.push(
      { kind: 'text', key: 'read', label: 'read capacity', hint: 'units, whole number >= 1' },
      { kind: 'text', key: 'write', label: 'write capacity', hint: 'units, whole number >= 1' },
    );
  }
  fields.push({ kind: 'toggle', key: 'deletionProtection', label: 'deletion protection', hint: 'DeleteTable is refused until it is turned off' });
  d.indexes.forEach((ix, i) => {
    const p = `indexes.${i}`;
    const tag = `${ix.kind} ${i + 1}`;
    fields.push(
      { kind: 'choice', key: `${p}.kind`, label: `index ${i + 1}`, options: KINDS },
      { kind: 'text', key: `${p}.name`, label: `${tag} name`, hint: NAME_HINT },
    );
    if (ix.kind === 'LSI') {
      fields.push({ kind: 'text', key: `${p}.partitionKey.name`, label: `${tag} partition key`, readOnly: true });
    } else {
      fields.push(
        { kind: 'text', key: `${p}.partitionKey.name`, label: `${tag} partition key`, placeholder: 'attribute name' },
        { kind: 'choice', key: `${p}.partitionKey.type`, label: '  type', options: TYPES },
      );
    }
    fields.push(
      { kind: 'text', key: `${p}.sortKey.name`, label: `${tag} sort key`, placeholder: ix.kind === 'LSI' ? 'attribute name (required)' : 'optional: empty for none' },
      { kind: 'choice', key: `${p}.sortKey.type`, label: '  type', options: TYPES },
      { kind: 'choice', key: `${p}.projection`, label: `${tag} projection`, options: PROJECTIONS },
    );
    if (ix.projection === 'INCLUDE') {
      fields.push({ kind: 'text', key: `${p}.include`, label: `${tag} attributes`, placeholder: 'comma separated, e.g. title, rating' });
    }
    if (ix.kind === 'GSI' && provisioned) {
      fields.push(
        { kind: 'text', key: `${p}.read`, label: `${tag} read capacity` },
        { kind: 'text', key: `${p}.write`, label: `${tag} write capacity` },
      );
    }
  });
  return fields;
}

/** The draft as the form's flat values. An LSI's partition key is the table's. */
export function draftValues(d: TableDraft): FormValues {
  const v: FormValues = {
    name: d.name, 'partitionKey.name': d.pkName, 'partitionKey.type': d.pkType, 'sortKey.name': d.skName,
    'sortKey.type': d.skType, billing: d.billing, read: d.read, write: d.write, deletionProtection: d.deletionProtection,
  };
  d.indexes.forEach((ix, i) => {
    const p = `indexes.${i}`;
    Object.assign(v, {
      [`${p}.kind`]: ix.kind, [`${p}.name`]: ix.name,
      [`${p}.partitionKey.name`]: ix.kind === 'LSI' ? d.pkName || '(the table\'s partition key)' : ix.pkName,
      [`${p}.partitionKey.type`]: ix.pkType, [`${p}.sortKey.name`]: ix.skName, [`${p}.sortKey.type`]: ix.skType,
      [`${p}.projection`]: ix.projection, [`${p}.include`]: ix.include, [`${p}.read`]: ix.read, [`${p}.write`]: ix.write,
    });
  });
  return v;
}

const TABLE_FIELDS: Record<string, keyof TableDraft> = {
  name: 'name', 'partitionKey.name': 'pkName', 'partitionKey.type': 'pkType', 'sortKey.name': 'skName',
  'sortKey.type': 'skType', billing: 'billing', read: 'read', write: 'write', deletionProtection: 'deletionProtection',
};
const INDEX_FIELDS: Record<string, keyof IndexDraft> = {
  kind: 'kind', name: 'name', 'partitionKey.name': 'pkName', 'partitionKey.type': 'pkType', 'sortKey.name': 'skName',
  'sortKey.type': 'skType', projection: 'projection', include: 'include', read: 'read', write: 'write',
};

/** One field of the form changed. */
export function setDraftField(d: TableDraft, key: string, value: string | boolean): TableDraft {
  const m = /^indexes\.(\d+)\.(.+)$/.exec(key);
  if (!m) return TABLE_FIELDS[key] ? { ...d, [TABLE_FIELDS[key]]: value } : d;
  const i = Number(m[1]);
  const field = INDEX_FIELDS[m[2]];
  if (!field || !d.indexes[i]) return d;
  return { ...d, indexes: d.indexes.map((ix, j) => (j === i ? { ...ix, [field]: value } : ix)) };
}

/** Which index a field belongs to, if any. */
export function indexOfField(key: string): number | undefined {
  const m = /^indexes\.(\d+)\./.exec(key);
  return m ? Number(m[1]) : undefined;
}

export function draftSpec(d: TableDraft): CreateTableSpec {
  const partitionKey = { name: d.pkName, type: d.pkType };
  return {
    name: d.name,
    partitionKey,
    sortKey: d.skName ? { name: d.skName, type: d.skType } : undefined,
    billing: d.billing,
    read: d.read,
    write: d.write,
    deletionProtection: d.deletionProtection,
    indexes: d.indexes.map((ix): IndexSpec => ({
      kind: ix.kind,
      name: ix.name,
      partitionKey: ix.kind === 'LSI' ? partitionKey : { name: ix.pkName, type: ix.pkType },
      sortKey: ix.skName ? { name: ix.skName, type: ix.skType } : undefined,
      projection: ix.projection,
      include: ix.include,
      read: ix.read,
      write: ix.write,
    })),
  };
}
