// Deletes the marked rows: BatchWriteItem with up to 25 DeleteRequests each, what the
// service leaves unprocessed (throttling) sent again with growing pauses, and a report of
// every key that was not deleted and why. BatchWriteItem takes no conditions, and deleting
// an absent key succeeds, so "deleted" means DynamoDB accepted the delete. That also makes
// it safe to apply twice: a batch the SDK resends after a lost answer deletes nothing more.
import { setTimeout as sleep } from 'node:timers/promises';
import type { BatchWriteItemCommandInput, WriteRequest } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../client.js';
import { toBase64, type Item } from '../codec/index.js';
import { describeError, problemLine } from '../errors.js';

export const BATCH_SIZE = 25;

export interface DeleteManyProgress { deleted: number; failed: number; total: number }
export interface DeleteManyReport { deleted: number; failed: { key: Item; reason: string }[] }
export interface DeleteManyOptions {
  onProgress?: (p: DeleteManyProgress) => void;
  /** stops between requests; a request already sent is awaited, so its outcome is known */
  signal?: AbortSignal;
  /** rounds without progress before giving up on a batch, and the first pause */
  retry?: { attempts?: number; baseMs?: number; maxMs?: number };
}

const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded',
  'InternalServerError', 'ServiceUnavailable', 'TimeoutError',
]);

/** One BatchWriteItem of a batch delete, to review (requestJson, awsCliCommand) and send. */
export interface BatchDeleteRequest { operation: 'BatchWriteItem'; input: BatchWriteItemCommandInput; keys: Item[] }

/**
 * The exact requests deleteMany sends first, in order: the keys once each (a batch naming
 * a key twice is refused whole, and marking a row twice means once), 25 to a request.
 * Keys the service leaves unprocessed are sent again in smaller requests of their own.
 */
export function buildBatchDeleteInputs(table: string, keys: readonly Item[]): BatchDeleteRequest[] {
  const unique = [...new Map(keys.map((k) => [keyString(k), k])).values()];
  const out: BatchDeleteRequest[] = [];
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    const group = unique.slice(start, start + BATCH_SIZE);
    out.push({ operation: 'BatchWriteItem', input: { RequestItems: { [table]: group.map(toRequest) } }, keys: group });
  }
  return out;
}

export async function deleteMany(
  gateway: Pick<DynamoGateway, 'call'>, table: string, keys: readonly Item[], opts: DeleteManyOptions = {},
): Promise<DeleteManyReport> {
  const attempts = opts.retry?.attempts ?? 8;
  const pause = (round: number) => Math.min((opts.retry?.baseMs ?? 50) * 2 ** round, opts.retry?.maxMs ?? 2000);
  const batches = buildBatchDeleteInputs(table, keys);
  const unique = batches.flatMap((b) => b.keys);
  const report: DeleteManyReport = { deleted: 0, failed: [] };
  const progress = () => opts.onProgress?.({ deleted: report.deleted, failed: report.failed.length, total: unique.length });
  const giveUp = (from: number, reason: string) => {
    for (const key of unique.slice(from)) report.failed.push({ key, reason });
  };

  for (const [i, batch] of batches.entries()) {
    const start = i * BATCH_SIZE;
    let pending = batch.keys;
    for (let stalled = 0; pending.length > 0;) {
      if (opts.signal?.aborted) {
        report.failed.push(...pending.map((key) => ({ key, reason: 'cancelled before it was sent' })));
        giveUp(start + BATCH_SIZE, 'cancelled before it was sent');
        progress();
        return report;
      }
      let left: Item[];
      try {
        const input = pending === batch.keys ? batch.input : { RequestItems: { [table]: pending.map(toRequest) } };
        const out = await gateway.call('BatchWriteItem', input);
        left = (out.UnprocessedItems?.[table] ?? []).map((r) => r.DeleteRequest?.Key ?? {});
      } catch (err) {
        const name = (err as Error)?.name ?? '';
        if (name === 'ValidationException') {
          await oneByOne(gateway, table, pending, report);
          progress();
          break;
        }
        const reason = problemLine(describeError(err, { table }));
        if (!RETRYABLE.has(name)) {
          // No retry fixes this (table gone, access denied, read-only): it would fail every batch.
          report.failed.push(...pending.map((key) => ({ key, reason })));
          giveUp(start + BATCH_SIZE, `not sent: ${reason}`);
          progress();
          return report;
        }
        if (++stalled >= attempts) {
          report.failed.push(...pending.map((key) => ({ key, reason })));
          progress();
          break;
        }
        await wait(pause(stalled - 1), opts.signal); // a cancel is reported at the loop's top
        continue;
      }
      const leftKeys = new Set(left.map(keyString));
      report.deleted += pending.length - leftKeys.size;
      const madeProgress = leftKeys.size < pending.length;
      pending = pending.filter((k) => leftKeys.has(keyString(k)));
      progress();
      if (!pending.length) break;
      // Progress resets the count; a batch that makes none waits longer each round.
      stalled = madeProgress ? 1 : stalled + 1;
      if (stalled >= attempts) {
        report.failed.push(...pending.map((key) => ({ key, reason: `still unprocessed after ${attempts} attempts (throttled)` })));
        progress();
        break;
      }
      await wait(pause(stalled - 1), opts.signal);
    }
  }
  return report;
}

/** A batch refused as a whole (a key of the wrong type): each key alone finds the bad ones. */
async function oneByOne(gateway: Pick<DynamoGateway, 'call'>, table: string, keys: Item[], report: DeleteManyReport): Promise<void> {
  for (const key of keys) {
    try {
      await gateway.call('DeleteItem', { TableName: table, Key: key });
      report.deleted++;
    } catch (err) {
      report.failed.push({ key, reason: problemLine(describeError(err, { table })) });
    }
  }
}

/** Resolves false when cancelled during the pause. */
async function wait(ms: number, signal?: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

const toRequest = (Key: Item): WriteRequest => ({ DeleteRequest: { Key } });

/** Equal for equal keys, whatever the attribute order; binary as base64. */
export function keyString(key: Item): string {
  return JSON.stringify(Object.keys(key).sort().map((k) => [k, key[k]]), (_k, v: unknown) =>
    v instanceof Uint8Array ? { B64: toBase64(v) } : v,
  );
}
