// Counting a table the way the live count does: every page of a Select COUNT scan.
import type { DynamoGateway } from '../../src/dynamo/client.js';

export async function countItems(gateway: DynamoGateway, table: string, index?: string): Promise<number> {
  let total = 0;
  let start: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
  do {
    const out = await gateway.call('Scan', { TableName: table, IndexName: index, Select: 'COUNT', ExclusiveStartKey: start });
    total += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return total;
}
