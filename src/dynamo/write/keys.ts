// Key rules from the table's schema: the table key must be present, of its declared type,
// not empty and not too long; an attribute that is an index key, if present, must have
// the index's type and cannot be empty. DynamoDB refuses all of these; here each is found
// on its attribute before sending.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { attributeOf, typeOf, type Item } from '../codec/index.js';
import type { KeyAttr, TableInfo } from '../tableInfo.js';
import type { FieldError } from './types.js';
import { utf8Bytes, valueSize } from './size.js';

const TYPE_NAMES: Record<string, string> = { S: 'a string (S)', N: 'a number (N)', B: 'binary (B)' };
/** Key value limits from the DynamoDB constraints page. */
const MAX_PARTITION_BYTES = 2048;
const MAX_SORT_BYTES = 1024;

export function tableKeys(info: TableInfo): KeyAttr[] {
  return [info.partitionKey, info.sortKey].filter((k): k is KeyAttr => k !== undefined);
}

export function isTableKey(info: TableInfo, name: string): boolean {
  return tableKeys(info).some((k) => k.name === name);
}

/** The table's key is needed to address an item; without it (no DescribeTable) nothing is written. */
export function schemaError(info: TableInfo): FieldError | undefined {
  if (info.partitionKey) return undefined;
  return { field: 'item', message: `the key schema of ${info.name} is not known (DescribeTable has not answered), so no item can be addressed` };
}

/** Problems with the table key attributes of an item that is about to be written whole. */
export function keyErrors(info: TableInfo, item: Item): FieldError[] {
  const errors: FieldError[] = [];
  for (const [i, key] of tableKeys(info).entries()) {
    const role = i === 0 ? 'the partition key' : 'the sort key';
    const err = (message: string) => errors.push({ field: key.name, attribute: key.name, message: `${key.name} is ${role}: ${message}` });
    const v = attributeOf(item, key.name);
    if (v === undefined) {
      err(`enter ${TYPE_NAMES[key.type] ?? `a value of type ${key.type}`}`);
      continue;
    }
    const problem = typeProblem(key, v);
    if (problem) {
      err(problem);
      continue;
    }
    const limit = i === 0 ? MAX_PARTITION_BYTES : MAX_SORT_BYTES;
    const bytes = v.S !== undefined ? utf8Bytes(v.S) : valueSize(v);
    if (bytes > limit) err(`${bytes.toLocaleString('en-US')} bytes; a key value is at most ${limit.toLocaleString('en-US')} bytes`);
  }
  return errors;
}

/** Index key attributes among `names` whose value no index of the table would accept. */
export function indexKeyErrors(info: TableInfo, item: Item, names: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const reported = new Set<string>();
  for (const index of [...info.gsis, ...info.lsis]) {
    for (const key of [index.partitionKey, index.sortKey]) {
      if (!key || reported.has(key.name) || isTableKey(info, key.name) || !names.includes(key.name)) continue;
      const v = attributeOf(item, key.name);
      const problem = v && typeProblem(key, v);
      if (!problem) continue;
      reported.add(key.name);
      errors.push({ field: key.name, attribute: key.name, message: `${key.name} is a key of index ${index.name}: ${problem}` });
    }
  }
  return errors;
}

function typeProblem(key: KeyAttr, v: AttributeValue): string | undefined {
  let type: string;
  try {
    type = typeOf(v);
  } catch {
    return 'not a DynamoDB value';
  }
  if (type !== key.type) return `it is ${TYPE_NAMES[key.type] ?? key.type}, not ${type}`;
  if ((v.S !== undefined && v.S === '') || (v.B !== undefined && v.B.length === 0)) {
    return 'a key value cannot be empty';
  }
  return undefined;
}
