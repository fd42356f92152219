// A table wider than any terminal: keys `id` (S) and `n` (N), 58 more attributes `c01`..`c58`
// on every item, and `score` (N) with 38-digit, negative and missing values to sort by.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { TestEngine } from './engine.js';

export const WIDE = 'Wide';
export const WIDE_ATTRS = Array.from({ length: 58 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);

/** score per item, in read order of ids: exact decimals DynamoDB keeps, some missing. */
export const WIDE_SCORES: (string | undefined)[] = [
  '12345678901234567890123456789012345678', '-5', undefined, '12345678901234567890123456789012345677',
  '0.000001', '-12345678901234567890123456789012345678', '7', undefined, '1E+3', '999.5',
];

export function wideItems(count = 30): Record<string, AttributeValue>[] {
  return Array.from({ length: count }, (_, i) => {
    const item: Record<string, AttributeValue> = { id: { S: `row-${String(i).padStart(2, '0')}` }, n: { N: String(i) } };
    for (const a of WIDE_ATTRS) item[a] = { S: `${a}-v${i}` };
    const score = WIDE_SCORES[i % WIDE_SCORES.length];
    if (score !== undefined) item.score = { N: score };
    return item;
  });
}

export async function createWideTable(engine: TestEngine, count = 30): Promise<void> {
  await engine.createTable({
    TableName: WIDE, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }, { AttributeName: 'n', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }, { AttributeName: 'n', KeyType: 'RANGE' }],
  });
  for (const item of wideItems(count)) await engine.gateway.call('PutItem', { TableName: WIDE, Item: item });
}
