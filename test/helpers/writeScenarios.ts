// The item writes of the app, each as a scenario over a pk-keyed table on the embedded
// engine: how the item is set up and loaded, the write built from it, what the store holds
// after exactly one application, an identical change made by someone else, and a
// conflicting one. Shared by the write-truth tests (lost answers, conflicts).
import assert from 'node:assert/strict';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../../src/dynamo/client.js';
import type { TableInfo } from '../../src/dynamo/tableInfo.js';
import {
  buildCounterInput, buildDeleteInput, buildEditInput, buildPutInput, buildUpdateExpressionInput,
  type Built, type ConditionFailure, type Item, type WriteOperation,
} from '../../src/dynamo/write/index.js';

export const S = (S: string): AttributeValue => ({ S });
export const N = (N: string): AttributeValue => ({ N });

export interface Scenario {
  name: string;
  /** the item as stored before the write (none: no item) */
  before(pk: string): Item | undefined;
  /** the write, built from the item as loaded */
  build(info: TableInfo, table: string, loaded: Item | undefined, pk: string): Built<WriteOperation>;
  /** the item after exactly one application (none: no item) */
  once(pk: string): Item | undefined;
  /** someone else's request that leaves the item exactly as `once` */
  identical(pk: string): { operation: 'PutItem' | 'UpdateItem' | 'DeleteItem'; input: object };
  /** someone else's request that changes what the write's guard checks */
  conflict(pk: string): { operation: 'PutItem' | 'UpdateItem'; input: object };
  /** how the conflict is reported */
  failed: ConditionFailure;
}

const built = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true; input: unknown }> => {
  assert.ok(r.ok && 'input' in r, JSON.stringify(r));
  return r as Extract<T, { ok: true; input: unknown }>;
};
const key = (pk: string) => ({ pk: S(pk) });
const set = (table: string, pk: string, expression: string, values: Item) => ({
  operation: 'UpdateItem' as const,
  input: {
    TableName: table, Key: key(pk), UpdateExpression: expression, ExpressionAttributeValues: values,
    // `views` is a reserved word.
    ...(expression.includes('#v') ? { ExpressionAttributeNames: { '#v': 'views' } } : {}),
  },
});

export function scenarios(table: string): Scenario[] {
  return [
    {
      name: 'edit', failed: 'unchanged-guard',
      before: (pk) => ({ pk: S(pk), x: S('a'), other: S('keep') }),
      build: (info, t, loaded) => built(buildEditInput(info, t, loaded!, { ...loaded!, x: S('b') })),
      once: (pk) => ({ pk: S(pk), x: S('b'), other: S('keep') }),
      identical: (pk) => set(table, pk, 'SET x = :x', { ':x': S('b') }),
      conflict: (pk) => set(table, pk, 'SET x = :x', { ':x': S('theirs') }),
    },
    {
      name: 'new item', failed: 'item-exists',
      before: () => undefined,
      build: (info, t, _loaded, pk) => built(buildPutInput(info, t, { pk: S(pk), x: S('new') })),
      once: (pk) => ({ pk: S(pk), x: S('new') }),
      identical: (pk) => ({ operation: 'PutItem', input: { TableName: table, Item: { pk: S(pk), x: S('new') } } }),
      conflict: (pk) => ({ operation: 'PutItem', input: { TableName: table, Item: { pk: S(pk), x: S('theirs') } } }),
    },
    {
      name: 'delete', failed: 'unchanged-guard',
      before: (pk) => ({ pk: S(pk), x: S('a') }),
      build: (info, t, loaded) => built(buildDeleteInput(info, t, loaded!)),
      once: () => undefined,
      identical: (pk) => ({ operation: 'DeleteItem', input: { TableName: table, Key: key(pk) } }),
      conflict: (pk) => set(table, pk, 'SET x = :x', { ':x': S('theirs') }),
    },
    {
      name: 'counter +1', failed: 'unchanged-guard',
      before: (pk) => ({ pk: S(pk), n: N('5') }),
      build: (info, t, loaded) => built(buildCounterInput(info, t, loaded!, 'n', '1')),
      once: (pk) => ({ pk: S(pk), n: N('6') }),
      identical: (pk) => set(table, pk, 'ADD n :one', { ':one': N('1') }),
      conflict: (pk) => set(table, pk, 'SET n = :n', { ':n': N('7') }),
    },
    {
      name: 'update form: add views :one', failed: 'unchanged-guard',
      before: (pk) => ({ pk: S(pk), views: N('10'), other: S('keep') }),
      build: (info, t, loaded) => built(buildUpdateExpressionInput(info, t, loaded!, 'add views :one', '', '{":one": 1}')),
      once: (pk) => ({ pk: S(pk), views: N('11'), other: S('keep') }),
      identical: (pk) => set(table, pk, 'SET #v = :v', { ':v': N('11') }),
      conflict: (pk) => set(table, pk, 'SET #v = :v', { ':v': N('20') }),
    },
    {
      name: 'update form: set l = list_append(l, :x)', failed: 'unchanged-guard',
      before: (pk) => ({ pk: S(pk), l: { L: [S('a')] } }),
      build: (info, t, loaded) => built(buildUpdateExpressionInput(info, t, loaded!, 'set l = list_append(l, :x)', '', '{":x": ["b"]}')),
      once: (pk) => ({ pk: S(pk), l: { L: [S('a'), S('b')] } }),
      identical: (pk) => set(table, pk, 'SET l = :l', { ':l': { L: [S('a'), S('b')] } }),
      conflict: (pk) => set(table, pk, 'SET l = :l', { ':l': { L: [S('a'), S('z')] } }),
    },
  ];
}

/** Sends one of a scenario's own requests straight to the engine. */
export function sendRaw(gateway: DynamoGateway, r: { operation: 'PutItem' | 'UpdateItem' | 'DeleteItem'; input: object }) {
  return gateway.call(r.operation, r.input as never);
}
