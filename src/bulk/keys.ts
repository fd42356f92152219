// The table's key attributes: for CSV column order, for telling items apart inside one
// BatchWriteItem (DynamoDB rejects a batch that names one key twice), and for checking
// an item's keys before it is sent (one bad item fails its whole batch).
import type { AttributeValue, TableDescription } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../dynamo/client.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { checkDynamoNumber, numberKey, toBase64, typeOf, attributeOf, type Item } from '../dynamo/codec/index.js';

type KeyType = 'S' | 'N' | 'B';

export interface KeyInfo {
  /** The table's partition key, then its sort key if any. */
  table: string[];
  /** Every index key attribute (GSI and LSI) that is not a table key. */
  indexes: string[];
  /** Scalar type of every key attribute above. */
  types: Record<string, KeyType>;
}

export function keyInfoOf(description: TableDescription): KeyInfo {
  const ordered = (schema: { AttributeName?: string; KeyType?: string }[] = []) =>
    [...schema].sort((a, b) => (a.KeyType === b.KeyType ? 0 : a.KeyType === 'HASH' ? -1 : 1)).map((k) => k.AttributeName!);
  const table = ordered(description.KeySchema);
  const indexSchemas = [...(description.GlobalSecondaryIndexes ?? []), ...(description.LocalSecondaryIndexes ?? [])];
  const indexes = [...new Set(indexSchemas.flatMap((i) => ordered(i.KeySchema)))].filter((n) => !table.includes(n));
  const types = Object.fromEntries((description.AttributeDefinitions ?? []).map((d) => [d.AttributeName!, d.AttributeType as KeyType]));
  return { table, indexes, types };
}

export async function describeKeys(
  gateway: DynamoGateway, table: string, signal?: AbortSignal, retry: RetryPolicy = DEFAULT_RETRY,
): Promise<KeyInfo & { description: TableDescription }> {
  const out = await withRetry(() => gateway.call('DescribeTable', { TableName: table }, { signal, once: true }), retry, signal);
  if (!out.Table) throw new Error(`DescribeTable returned no description for ${table}`);
  return { ...keyInfoOf(out.Table), description: out.Table };
}

/** The key attributes of an index first (its keys, then the table's), for column order. */
export function keyColumns(description: TableDescription, index?: string): string[] {
  const info = keyInfoOf(description);
  if (!index) return info.table;
  const all = [...(description.GlobalSecondaryIndexes ?? []), ...(description.LocalSecondaryIndexes ?? [])];
  const schema = all.find((i) => i.IndexName === index)?.KeySchema ?? [];
  const own = keyInfoOf({ KeySchema: schema }).table;
  return [...own, ...info.table.filter((n) => !own.includes(n))];
}

function valueKey(av: AttributeValue): string {
  if (av.N !== undefined) {
    // 1, 1.0 and 10E-1 are one key to DynamoDB.
    const check = checkDynamoNumber(av.N);
    return check.ok ? `N${numberKey(check.parts)}` : `N${av.N}`;
  }
  if (av.B !== undefined) return `B${toBase64(av.B)}`;
  return `S${av.S}`;
}

/** A string equal for two items exactly when DynamoDB sees the same primary key. */
export function itemKey(info: KeyInfo, item: Item): string {
  return info.table.map((name) => valueKey(attributeOf(item, name) ?? { S: '' })).join('\u0000');
}

/** Why DynamoDB would refuse this item's keys, or undefined when they are fine. */
export function keyProblem(info: KeyInfo, item: Item): string | undefined {
  for (const name of info.table) {
    const av = attributeOf(item, name);
    if (!av) return `the key attribute "${name}" is missing`;
    const problem = keyValueProblem(name, av, info.types[name]);
    if (problem) return problem;
  }
  for (const name of info.indexes) {
    const av = attributeOf(item, name);
    const problem = av && keyValueProblem(name, av, info.types[name], ' (an index key)');
    if (problem) return problem;
  }
  return undefined;
}

function keyValueProblem(name: string, av: AttributeValue, want: KeyType | undefined, what = ''): string | undefined {
  const got = typeOf(av);
  if (want && got !== want) return `"${name}"${what} must be of type ${want}, got ${got}`;
  if ((got === 'S' && av.S === '') || (got === 'B' && av.B!.length === 0)) return `"${name}"${what} cannot be empty`;
  return undefined;
}
