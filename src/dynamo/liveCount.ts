// The live count: a parallel `Select: COUNT` scan. DescribeTable's ItemCount is refreshed
// by DynamoDB only about every six hours, so this is the number to trust. Shared by the
// table screen (`c`) and `dynoscope count`. It retries as export and import do (one
// policy, src/bulk/retry.ts), and runs its segments through a bounded pool.
import type { DynamoGateway } from './client.js';
import { countSegmentInput, type CountOptions } from './requests.js';
import { runPool, SEGMENTS_IN_FLIGHT } from '../bulk/pool.js';
import { DEFAULT_RETRY, reportRetries, withRetry, type RetryNote, type RetryPolicy } from '../bulk/retry.js';

export interface CountProgress {
  count: number;
  scanned: number;
  pages: number;
  segmentsDone: number;
  segments: number;
  capacity: number;
  /** The latest retry, if any (its reason, how many of that reason, when). */
  retry?: RetryNote;
}

export interface CountResult extends CountProgress { cancelled: boolean }

export async function liveCount(
  gateway: DynamoGateway,
  options: CountOptions,
  onProgress: (p: CountProgress) => void = () => {},
  signal?: AbortSignal,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<CountResult> {
  const p: CountProgress = { count: 0, scanned: 0, pages: 0, segmentsDone: 0, segments: options.segments, capacity: 0 };
  const onRetry = reportRetries(p, () => onProgress({ ...p }));
  const segment = async (n: number, stop: AbortSignal) => {
    let startKey: Record<string, unknown> | undefined;
    do {
      const input = countSegmentInput(options, n, startKey as never);
      const out = await withRetry(() => gateway.call('Scan', input, { signal: stop, once: true }), retry, stop, onRetry);
      p.count += out.Count ?? 0;
      p.scanned += out.ScannedCount ?? 0;
      p.capacity += out.ConsumedCapacity?.CapacityUnits ?? 0;
      p.pages += 1;
      startKey = out.LastEvaluatedKey;
      onProgress({ ...p });
    } while (startKey);
    p.segmentsDone += 1;
    onProgress({ ...p });
  };
  try {
    await runPool(options.segments, SEGMENTS_IN_FLIGHT, segment, signal);
  } catch (err) {
    if (!signal?.aborted) throw err;
  }
  return { ...p, cancelled: signal?.aborted ?? false };
}
