// DescribeTable (+ DescribeTimeToLive) output -> the model both table screens show.
// Pure: the SDK's shapes stay here, views see only TableInfo.
import type { TableDescription, TimeToLiveDescription, KeySchemaElement, AttributeDefinition, Projection } from '@aws-sdk/client-dynamodb';

export interface KeyAttr { name: string; type: string }

export interface IndexInfo {
  kind: 'GSI' | 'LSI';
  name: string;
  partitionKey?: KeyAttr;
  sortKey?: KeyAttr;
  projection: string;
  status?: string;
  itemCount?: number;
  sizeBytes?: number;
  read?: number;
  write?: number;
}

export interface TableInfo {
  name: string;
  status: string;
  arn?: string;
  created?: Date;
  itemCount?: number;
  sizeBytes?: number;
  billing: 'PAY_PER_REQUEST' | 'PROVISIONED';
  read?: number;
  write?: number;
  partitionKey?: KeyAttr;
  sortKey?: KeyAttr;
  gsis: IndexInfo[];
  lsis: IndexInfo[];
  stream: { enabled: boolean; viewType?: string; arn?: string };
  deletionProtection: boolean;
  tableClass: string;
  ttl?: { status: string; attribute?: string };
}

function keyAttrs(schema: KeySchemaElement[] | undefined, defs: AttributeDefinition[] | undefined) {
  const typeOf = (name: string) => defs?.find((d) => d.AttributeName === name)?.AttributeType ?? '?';
  const pick = (role: 'HASH' | 'RANGE') => {
    const el = schema?.find((k) => k.KeyType === role);
    return el?.AttributeName ? { name: el.AttributeName, type: typeOf(el.AttributeName) } : undefined;
  };
  return { partitionKey: pick('HASH'), sortKey: pick('RANGE') };
}

export function projectionText(p: Projection | undefined): string {
  if (!p?.ProjectionType) return '?';
  if (p.ProjectionType === 'INCLUDE') return `INCLUDE(${(p.NonKeyAttributes ?? []).join(', ')})`;
  return p.ProjectionType;
}

export function toTableInfo(t: TableDescription, ttl?: TimeToLiveDescription): TableInfo {
  const defs = t.AttributeDefinitions;
  // A table created on demand keeps ProvisionedThroughput of 0/0; the summary decides.
  const billing = t.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' ? 'PAY_PER_REQUEST' : 'PROVISIONED';
  const provisioned = billing === 'PROVISIONED';
  return {
    name: t.TableName ?? '?',
    status: t.TableStatus ?? '?',
    arn: t.TableArn,
    created: t.CreationDateTime,
    itemCount: t.ItemCount,
    sizeBytes: t.TableSizeBytes,
    billing,
    read: provisioned ? t.ProvisionedThroughput?.ReadCapacityUnits : undefined,
    write: provisioned ? t.ProvisionedThroughput?.WriteCapacityUnits : undefined,
    ...keyAttrs(t.KeySchema, defs),
    gsis: (t.GlobalSecondaryIndexes ?? []).map((g) => ({
      kind: 'GSI' as const,
      name: g.IndexName ?? '?',
      ...keyAttrs(g.KeySchema, defs),
      projection: projectionText(g.Projection),
      status: g.IndexStatus,
      itemCount: g.ItemCount,
      sizeBytes: g.IndexSizeBytes,
      read: provisioned ? g.ProvisionedThroughput?.ReadCapacityUnits : undefined,
      write: provisioned ? g.ProvisionedThroughput?.WriteCapacityUnits : undefined,
    })),
    lsis: (t.LocalSecondaryIndexes ?? []).map((l) => ({
      kind: 'LSI' as const,
      name: l.IndexName ?? '?',
      ...keyAttrs(l.KeySchema, defs),
      projection: projectionText(l.Projection),
      itemCount: l.ItemCount,
      sizeBytes: l.IndexSizeBytes,
    })),
    stream: {
      enabled: t.StreamSpecification?.StreamEnabled ?? false,
      viewType: t.StreamSpecification?.StreamViewType,
      arn: t.LatestStreamArn,
    },
    deletionProtection: t.DeletionProtectionEnabled ?? false,
    tableClass: t.TableClassSummary?.TableClass ?? 'STANDARD',
    ttl: ttl ? { status: ttl.TimeToLiveStatus ?? '?', attribute: ttl.AttributeName } : undefined,
  };
}

/** `year N · title S`: the key schema on one line. */
export function keySchemaText(k: { partitionKey?: KeyAttr; sortKey?: KeyAttr }): string {
  return [k.partitionKey, k.sortKey].filter((x): x is KeyAttr => !!x).map((x) => `${x.name} ${x.type}`).join(' · ');
}
