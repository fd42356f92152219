// An item's primary key, from the table's key schema: what GetItem, UpdateItem and
// DeleteItem address it by.
import type { AttributeValue, GetItemCommandInput } from '@aws-sdk/client-dynamodb';
import type { TableInfo } from './tableInfo.js';

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
