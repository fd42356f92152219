// Whether puts whose answer never came were written, found by reading them back. An
// import puts whole items, so the stored item equals the line exactly when the put landed
// (the batch writer keeps one key in one batch at a time, so no later line of the same key
// can have overwritten it yet). Used for a request aborted by a cancel, and for one whose
// last answer was a 5xx, a reset or a timeout when no more retries follow.
//
// A re-read can only say what the table holds when it runs: a request cut off by a
// timeout could in principle still be applied afterwards (DynamoDB commits within
// milliseconds of receiving it, so it is very unlikely seconds later).
import type { DynamoGateway } from '../dynamo/client.js';
import { attributeOf, type Item } from '../dynamo/codec/index.js';
import { sameItem } from '../dynamo/write/equality.js';
import type { KeyInfo } from './keys.js';
import { unlimited, withRetry, type RetryPolicy } from './retry.js';

/**
 * How long the re-reads of one batch may take in all. A consistent GetItem answers in
 * milliseconds; 5 s allows several retries of a throttled or failed read, and bounds a
 * cancel when DynamoDB answers nothing at all.
 */
export const CONFIRM_MS = 5_000;

export interface Confirmed<T> {
  /** In the table exactly as sent. */
  written: T[];
  /** Not in the table, or different from what was sent. */
  absent: T[];
  /** The re-read failed too: may or may not be written. */
  unknown: T[];
  /** Why the re-read failed (the first failure). */
  error?: unknown;
}

export async function confirmPuts<T extends { item: Item }>(
  gateway: DynamoGateway, table: string, keys: KeyInfo, entries: T[], retry: RetryPolicy, ms = CONFIRM_MS,
): Promise<Confirmed<T>> {
  const signal = unlimited(AbortSignal.timeout(ms));
  const r: Confirmed<T> = { written: [], absent: [], unknown: [] };
  await Promise.all(entries.map(async (entry) => {
    const Key = Object.fromEntries(keys.table.map((name) => [name, attributeOf(entry.item, name)!]));
    try {
      const out = await withRetry(
        () => gateway.call('GetItem', { TableName: table, Key, ConsistentRead: true }, { signal, once: true }), retry, signal,
      );
      (out.Item && sameItem(out.Item, entry.item) ? r.written : r.absent).push(entry);
    } catch (err) {
      r.error ??= err;
      r.unknown.push(entry);
    }
  }));
  return r;
}
