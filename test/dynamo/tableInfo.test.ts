import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keySchemaText, toTableInfo } from '../../src/dynamo/tableInfo.js';

const described = {
  TableName: 'Movies', TableStatus: 'ACTIVE', TableArn: 'arn:aws:dynamodb:us-east-1:1:table/Movies',
  CreationDateTime: new Date('2026-01-02T03:04:05Z'), ItemCount: 10, TableSizeBytes: 2048,
  AttributeDefinitions: [
    { AttributeName: 'year', AttributeType: 'N' }, { AttributeName: 'title', AttributeType: 'S' },
    { AttributeName: 'genre', AttributeType: 'S' }, { AttributeName: 'rating', AttributeType: 'N' },
  ],
  KeySchema: [{ AttributeName: 'year', KeyType: 'HASH' }, { AttributeName: 'title', KeyType: 'RANGE' }],
  ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 3 },
  GlobalSecondaryIndexes: [{
    IndexName: 'G', KeySchema: [{ AttributeName: 'genre', KeyType: 'HASH' }, { AttributeName: 'rating', KeyType: 'RANGE' }],
    Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['plot', 'info'] }, IndexStatus: 'ACTIVE', ItemCount: 4, IndexSizeBytes: 100,
    ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 2 },
  }],
  LocalSecondaryIndexes: [{
    IndexName: 'L', KeySchema: [{ AttributeName: 'year', KeyType: 'HASH' }, { AttributeName: 'rating', KeyType: 'RANGE' }],
    Projection: { ProjectionType: 'KEYS_ONLY' }, ItemCount: 3, IndexSizeBytes: 50,
  }],
  StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' as const }, LatestStreamArn: 'arn:stream',
  DeletionProtectionEnabled: true,
} as const;

test('DescribeTable becomes the metadata model, provisioned', () => {
  const info = toTableInfo(described as never, { TimeToLiveStatus: 'ENABLED', AttributeName: 'expires' });
  assert.equal(info.billing, 'PROVISIONED');
  assert.deepEqual([info.read, info.write], [5, 3]);
  assert.deepEqual(info.partitionKey, { name: 'year', type: 'N' });
  assert.deepEqual(info.sortKey, { name: 'title', type: 'S' });
  assert.equal(keySchemaText(info), 'year N · title S');
  assert.deepEqual(info.gsis[0], {
    kind: 'GSI', name: 'G', partitionKey: { name: 'genre', type: 'S' }, sortKey: { name: 'rating', type: 'N' },
    projection: 'INCLUDE(plot, info)', status: 'ACTIVE', itemCount: 4, sizeBytes: 100, read: 1, write: 2,
  });
  assert.equal(info.lsis[0].projection, 'KEYS_ONLY');
  assert.deepEqual(info.stream, { enabled: true, viewType: 'NEW_AND_OLD_IMAGES', arn: 'arn:stream' });
  assert.equal(info.deletionProtection, true);
  assert.equal(info.tableClass, 'STANDARD');
  assert.deepEqual(info.ttl, { status: 'ENABLED', attribute: 'expires' });
});

test('on-demand tables show no throughput, and missing parts stay honest', () => {
  const info = toTableInfo({ TableName: 'X', BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' }, ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0 } });
  assert.equal(info.billing, 'PAY_PER_REQUEST');
  assert.equal(info.read, undefined);
  assert.equal(info.ttl, undefined);
  assert.deepEqual(info.gsis, []);
  assert.equal(info.partitionKey, undefined);
});
