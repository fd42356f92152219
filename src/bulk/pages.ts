// Reads a Scan (in parallel segments) or a Query page by page and hands each page to
// `onPage`, waiting for it before asking for more: a slow consumer (a full pipe, a slow
// disk) holds every segment back, so memory stays at one page per segment in flight (two
// when there is one segment, which reads ahead); segments run through a bounded pool.
import type { AttributeValue, QueryCommandInput, ScanCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoGateway } from '../dynamo/client.js';
import type { Item } from '../dynamo/codec/index.js';
import { runPool, SEGMENTS_IN_FLIGHT } from './pool.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy, type RetryReason } from './retry.js';

export type PageSource =
  | { operation: 'Scan'; input: ScanCommandInput; segments?: number }
  | { operation: 'Query'; input: QueryCommandInput };

export interface PageInfo { count: number; scanned: number; capacity: number }

export interface ReadOptions {
  signal?: AbortSignal;
  retry?: RetryPolicy;
  /** Each retry as it is decided, for progress ("retrying: throttled ×12"). */
  onRetry?: (reason: RetryReason) => void;
}

type Key = Record<string, AttributeValue>;

export async function readPages(
  gateway: DynamoGateway,
  source: PageSource,
  onPage: (items: Item[], page: PageInfo) => Promise<void>,
  opts: ReadOptions = {},
): Promise<void> {
  const retry = opts.retry ?? DEFAULT_RETRY;
  const segments = source.operation === 'Scan' ? Math.max(1, source.segments ?? 1) : 1;
  const fetch = (signal: AbortSignal, segment: number, startKey?: Key) => {
    const base = source.operation === 'Scan' && segments > 1
      ? { ...source.input, Segment: segment, TotalSegments: segments }
      : source.input;
    const input = { ...base, ...(startKey ? { ExclusiveStartKey: startKey } : {}), ReturnConsumedCapacity: 'TOTAL' as const };
    return withRetry(() => gateway.call(source.operation, input as never, { signal, once: true }), retry, signal, opts.onRetry);
  };
  // One segment alone asks for its next page while this one is written, so reading and
  // writing overlap; with several, the other segments provide that overlap, and asking
  // ahead would only double the pages held in memory.
  const ahead = segments === 1;
  const run = async (segment: number, signal: AbortSignal): Promise<void> => {
    let next: ReturnType<typeof fetch> | undefined = fetch(signal, segment);
    try {
      while (next) {
        const out = await next;
        next = undefined;
        const startKey = out.LastEvaluatedKey;
        if (startKey && ahead) next = fetch(signal, segment, startKey);
        await onPage((out.Items ?? []) as Item[], {
          count: out.Count ?? 0, scanned: out.ScannedCount ?? 0, capacity: out.ConsumedCapacity?.CapacityUnits ?? 0,
        });
        if (startKey && !ahead) next = fetch(signal, segment, startKey);
      }
    } finally {
      // A page fetched ahead for a read that stopped: its outcome no longer matters.
      next?.catch(() => {});
    }
  };
  // One failing segment stops the others; the caller's signal stops all of them.
  await runPool(segments, SEGMENTS_IN_FLIGHT, run, opts.signal);
}
