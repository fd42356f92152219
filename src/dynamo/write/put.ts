// New item = PutItem of the whole item, refused if an item with its key exists (unless
// overwriting was asked for), AND the user's condition. Everything DynamoDB would refuse in
// the item is found first, on its attribute.
import type { PutItemCommandInput } from '@aws-sdk/client-dynamodb';
import type { Item } from '../codec/index.js';
import { itemKey } from '../itemKey.js';
import type { TableInfo } from '../tableInfo.js';
import { compose } from './compose.js';
import { attributeNotExists } from './guard.js';
import { indexKeyErrors, keyErrors, schemaError } from './keys.js';
import type { Built, Failed, UserCondition } from './types.js';
import { attributeErrors, sizeError } from './validate.js';

export interface PutOptions {
  /** replace an existing item with the same key; off by default */
  overwrite?: boolean;
  userCondition?: UserCondition;
}

/** Like an edit's result, `changed` lists what is written (every attribute) and `removed` is empty. */
export type PutResult = (Built<'PutItem'> & { changed: string[]; removed: string[] }) | Failed;

export function buildPutInput(info: TableInfo, table: string, item: Item, options: PutOptions = {}): PutResult {
  const noSchema = schemaError(info);
  if (noSchema) return { ok: false, errors: [noSchema] };
  const names = Object.keys(item);
  const keyProblems = keyErrors(info, item);
  const badKeys = new Set(keyProblems.map((e) => e.field));
  const errors = [
    ...keyProblems,
    ...attributeErrors(item, names.filter((n) => !badKeys.has(n))),
    ...indexKeyErrors(info, item, names),
  ];
  const tooBig = sizeError(item);
  if (tooBig) errors.push(tooBig);
  if (errors.length) return { ok: false, errors };

  const composed = compose({
    // attribute_not_exists on the partition key: true only when no item has this key.
    pre: options.overwrite ? [] : [attributeNotExists([info.partitionKey!.name])],
    unchanged: [],
    user: options.userCondition,
    limitField: 'condition',
  });
  if (!composed.ok) return composed;
  const input: PutItemCommandInput = {
    TableName: table,
    Item: item,
    ...composed.parts,
    // When replacing, the old item comes back, so the user can see what was overwritten.
    ...(options.overwrite ? { ReturnValues: 'ALL_OLD' as const } : {}),
  };
  return {
    ok: true,
    operation: 'PutItem',
    input,
    guard: {
      key: itemKey(info, item),
      item: options.overwrite ? 'any' : 'absent',
      unchanged: [],
      userCondition: !!options.userCondition?.text.trim(),
    },
    expect: { kind: 'item', item },
    changed: names,
    removed: [],
  };
}
