// Pure request builders: each returns the exact *CommandInput that client.ts sends.
import type {
  ListTablesCommandInput, DescribeTableCommandInput, DescribeTimeToLiveCommandInput, ScanCommandInput,
} from '@aws-sdk/client-dynamodb';

export function listTablesInput(startAfter?: string): ListTablesCommandInput {
  return startAfter ? { ExclusiveStartTableName: startAfter, Limit: 100 } : { Limit: 100 };
}

export function describeTableInput(name: string): DescribeTableCommandInput {
  return { TableName: name };
}

export function describeTtlInput(name: string): DescribeTimeToLiveCommandInput {
  return { TableName: name };
}

export interface CountOptions {
  table: string;
  index?: string;
  segments: number;
  /** A filter already compiled into expression + placeholders. */
  filter?: Pick<ScanCommandInput, 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>;
  /** Ask for the capacity used (the table screen shows it). `dynoscope count` prints the
   * count alone and leaves it out: some engines (dynalite: about 15% of a COUNT scan's
   * time) work it out item by item. Default true. */
  capacity?: boolean;
}

/** One segment's page of a parallel `Select: COUNT` scan. */
export function countSegmentInput(o: CountOptions, segment: number, startKey?: ScanCommandInput['ExclusiveStartKey']): ScanCommandInput {
  return {
    TableName: o.table,
    ...(o.index ? { IndexName: o.index } : {}),
    Select: 'COUNT',
    ...(o.segments > 1 ? { Segment: segment, TotalSegments: o.segments } : {}),
    ...(o.filter ?? {}),
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    ...(o.capacity === false ? {} : { ReturnConsumedCapacity: 'TOTAL' as const }),
  };
}
