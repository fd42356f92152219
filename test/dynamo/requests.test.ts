import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSegmentInput, describeTableInput, describeTtlInput, listTablesInput } from '../../src/dynamo/requests.js';

test('request builders give the exact CommandInput', () => {
  const cases: [unknown, unknown][] = [
    [listTablesInput(), { Limit: 100 }],
    [listTablesInput('Movies'), { ExclusiveStartTableName: 'Movies', Limit: 100 }],
    [describeTableInput('Movies'), { TableName: 'Movies' }],
    [describeTtlInput('Movies'), { TableName: 'Movies' }],
    [countSegmentInput({ table: 'T', segments: 1 }, 0), { TableName: 'T', Select: 'COUNT', ReturnConsumedCapacity: 'TOTAL' }],
    [countSegmentInput({ table: 'T', segments: 1, capacity: false }, 0), { TableName: 'T', Select: 'COUNT' }],
    [countSegmentInput({ table: 'T', segments: 4 }, 2, { pk: { S: 'a' } }),
      { TableName: 'T', Select: 'COUNT', Segment: 2, TotalSegments: 4, ExclusiveStartKey: { pk: { S: 'a' } }, ReturnConsumedCapacity: 'TOTAL' }],
    [countSegmentInput({ table: 'T', index: 'GSI1', segments: 2, filter: { FilterExpression: '#y = :v', ExpressionAttributeNames: { '#y': 'year' }, ExpressionAttributeValues: { ':v': { N: '1999' } } } }, 1),
      { TableName: 'T', IndexName: 'GSI1', Select: 'COUNT', Segment: 1, TotalSegments: 2, FilterExpression: '#y = :v', ExpressionAttributeNames: { '#y': 'year' }, ExpressionAttributeValues: { ':v': { N: '1999' } }, ReturnConsumedCapacity: 'TOTAL' }],
  ];
  for (const [got, want] of cases) assert.deepEqual(got, want);
});
