// Consistent reads of many items by key (BatchGetItem, 100 keys a request, unprocessed keys
// sent again), for the undo journal's images of a batch delete and an import. Each key's
// item, or undefined when there is none; a key still unprocessed after a few rounds, or a
// failed request, throws: the caller then journals without the images it could not read.
import type { DynamoGateway } from '../client.js';
import type { Item } from '../codec/index.js';
import { sameValue } from '../write/equality.js';

const PER_REQUEST = 100;
const ROUNDS = 5;

export async function batchGetItems(
  gateway: Pick<DynamoGateway, 'call'>, table: string, keys: readonly Item[], opts: { signal?: AbortSignal } = {},
): Promise<(Item | undefined)[]> {
  const found: Item[] = [];
  for (let at = 0; at < keys.length; at += PER_REQUEST) {
    let pending: Item[] = keys.slice(at, at + PER_REQUEST);
    for (let round = 0; pending.length; round++) {
      if (round === ROUNDS) throw new Error(`${pending.length} keys were still unprocessed after ${ROUNDS} BatchGetItem requests`);
      if (round) await new Promise((r) => setTimeout(r, 50 * 2 ** round));
      const out = await gateway.call('BatchGetItem', { RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }, opts);
      found.push(...(out.Responses?.[table] ?? []));
      pending = out.UnprocessedKeys?.[table]?.Keys ?? [];
    }
  }
  // Matched by value: a number key comes back in DynamoDB's spelling ("1.0" is "1").
  return keys.map((key) => found.find((item) => Object.entries(key).every(([n, v]) => item[n] !== undefined && Object.hasOwn(item, n) && sameValue(v, item[n]!))));
}
