// The create-table form as data -> the exact CreateTable request. The spec holds what was
// typed (capacities are text); validateCreateTable (createTableRules.ts) checks it against
// DynamoDB's own rules first, so a request built here is never refused for a reason that
// could have been shown under a field.
import type {
  AttributeDefinition, CreateTableCommandInput, GlobalSecondaryIndex, KeySchemaElement, LocalSecondaryIndex, Projection,
} from '@aws-sdk/client-dynamodb';
import { hasKey, includeNames, validateCreateTable, wholeNumber } from './createTableRules.js';

export { validateCreateTable, includeNames, CREATE_TABLE_LIMITS } from './createTableRules.js';

export type KeyType = 'S' | 'N' | 'B';
export interface KeySpec { name: string; type: KeyType }

export interface IndexSpec {
  kind: 'GSI' | 'LSI';
  name: string;
  /** For an LSI the UI passes the table's partition key. */
  partitionKey: KeySpec;
  /** undefined or name '' = none (an LSI requires one). */
  sortKey?: KeySpec;
  projection: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  /** INCLUDE: attribute names as typed, comma separated. */
  include?: string;
  /** GSI throughput as typed (PROVISIONED only; ignored on demand). */
  read?: string;
  write?: string;
}

export interface CreateTableSpec {
  name: string;
  partitionKey: KeySpec;
  /** undefined or name '' = no sort key. */
  sortKey?: KeySpec;
  billing: 'PAY_PER_REQUEST' | 'PROVISIONED';
  /** As typed. */
  read?: string;
  write?: string;
  indexes: IndexSpec[];
  deletionProtection?: boolean;
}

/**
 * field paths: 'name', 'partitionKey.name', 'sortKey.name', 'read', 'write', 'indexes', and per index
 * 'indexes.<i>.name', 'indexes.<i>.partitionKey.name', 'indexes.<i>.sortKey.name', 'indexes.<i>.include',
 * 'indexes.<i>.read', 'indexes.<i>.write' (the UI shows each message under that field). At most one
 * problem per field: the first one found.
 */
export interface SpecProblem { field: string; message: string }

export function buildCreateTableInput(spec: CreateTableSpec):
  { ok: true; input: CreateTableCommandInput } | { ok: false; problems: SpecProblem[] } {
  const problems = validateCreateTable(spec);
  return problems.length ? { ok: false, problems } : { ok: true, input: createTableInputUnchecked(spec) };
}

/**
 * The request for a spec WITHOUT validation. Never send it unchecked: buildCreateTableInput is
 * the way. Exported for the test that sends refused specs to the engine to see it refuse them
 * too. Total for any spec: capacities that are not whole numbers are left out.
 */
export function createTableInputUnchecked(spec: CreateTableSpec): CreateTableCommandInput {
  const provisioned = spec.billing === 'PROVISIONED';
  const gsis = spec.indexes.filter((ix) => ix.kind === 'GSI');
  const lsis = spec.indexes.filter((ix) => ix.kind === 'LSI');
  const lsiInputs: LocalSecondaryIndex[] = lsis.map((ix) => ({
    IndexName: ix.name, KeySchema: keySchema(ix.partitionKey, ix.sortKey), Projection: projection(ix),
  }));
  const gsiInputs: GlobalSecondaryIndex[] = gsis.map((ix) => ({
    IndexName: ix.name,
    KeySchema: keySchema(ix.partitionKey, ix.sortKey),
    Projection: projection(ix),
    // On demand, DynamoDB refuses any index throughput, so whatever was typed is dropped.
    ...(provisioned ? { ProvisionedThroughput: throughput(ix.read, ix.write) } : {}),
  }));
  // TableName first: the same order reads best in the aws command built from this input.
  return {
    TableName: spec.name,
    AttributeDefinitions: attributeDefinitions(spec),
    KeySchema: keySchema(spec.partitionKey, spec.sortKey),
    ...(lsiInputs.length ? { LocalSecondaryIndexes: lsiInputs } : {}),
    ...(gsiInputs.length ? { GlobalSecondaryIndexes: gsiInputs } : {}),
    BillingMode: spec.billing,
    ...(provisioned ? { ProvisionedThroughput: throughput(spec.read, spec.write) } : {}),
    // Only when asked: `false` is the default, and leaving it out keeps the aws command
    // usable with CLI versions older than the option (2.10, March 2023).
    ...(spec.deletionProtection ? { DeletionProtectionEnabled: true } : {}),
  };
}

function keySchema(pk: KeySpec, sk: KeySpec | undefined): KeySchemaElement[] {
  return [{ AttributeName: pk.name, KeyType: 'HASH' }, ...(hasKey(sk) ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : [])];
}

/**
 * Exactly the distinct key attributes of the table and its indexes, table keys first:
 * DynamoDB refuses definitions no key uses ("Some AttributeDefinitions are not used") and
 * a name defined twice ("Attribute Name is duplicated").
 */
function attributeDefinitions(spec: CreateTableSpec): AttributeDefinition[] {
  const defs = new Map<string, KeyType>();
  const keys = [spec.partitionKey, spec.sortKey, ...spec.indexes.flatMap((ix) => [ix.partitionKey, ix.sortKey])];
  for (const k of keys) if (hasKey(k) && !defs.has(k.name)) defs.set(k.name, k.type);
  return [...defs].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
}

function projection(ix: IndexSpec): Projection {
  // KEYS_ONLY and ALL ignore the include text: DynamoDB refuses NonKeyAttributes with them.
  if (ix.projection !== 'INCLUDE') return { ProjectionType: ix.projection };
  return { ProjectionType: 'INCLUDE', NonKeyAttributes: includeNames(ix.include) };
}

function throughput(read: string | undefined, write: string | undefined) {
  return { ReadCapacityUnits: wholeNumber(read), WriteCapacityUnits: wholeNumber(write) };
}
