// An item's primary key, from the table's key schema: what GetItem, UpdateItem and
// DeleteItem address it by.
import type { AttributeValue, GetItemCommandInput } from '@aws-sdk/client-dynamodb';
import type { TableInfo } from './tableInfo.js';
import { sameValue } from './write/equality.js';

export function itemKey(info: TableInfo, item: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const key: Record<string, AttributeValue> = {};
  for (const k of [info.partitionKey, info.sortKey]) {
    if (k && Object.hasOwn(item, k.name)) key[k.name] = item[k.name];
  }
  return key;
}

export function getItemInput(info: TableInfo, table: string, item: Record<string, AttributeValue>): GetItemCommandInput {
  return { TableName: table, Key: itemKey(info, item) };
}

/** Whether `item` holds exactly these key attribute values (DynamoDB equality: binary by bytes). */
export function sameKey(item: Record<string, AttributeValue>, key: Record<string, AttributeValue>): boolean {
  return Object.entries(key).every(([k, v]) => Object.hasOwn(item, k) && sameValue(item[k]!, v));
}
