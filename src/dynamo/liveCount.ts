// The live count: a parallel `Select: COUNT` scan. DescribeTable's ItemCount is refreshed
// by DynamoDB only about every six hours, so this is the number to trust. Shared by the
// table screen (`c`) and `dynoscope count`.
import type { DynamoGateway } from './client.js';
import { countSegmentInput, type CountOptions } from './requests.js';

export interface CountProgress {
  count: number;
  scanned: number;
  pages: number;
  segmentsDone: number;
  segments: number;
  capacity: number;
}

export interface CountResult extends CountProgress { cancelled: boolean }

export async function liveCount(
  gateway: DynamoGateway,
  options: CountOptions,
  onProgress: (p: CountProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<CountResult> {
  const p: CountProgress = { count: 0, scanned: 0, pages: 0, segmentsDone: 0, segments: options.segments, capacity: 0 };
  const segment = async (n: number) => {
    let startKey: Record<string, unknown> | undefined;
    do {
      if (signal?.aborted) return;
      const out = await gateway.call('Scan', countSegmentInput(options, n, startKey as never), { signal });
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
    await Promise.all(Array.from({ length: options.segments }, (_, n) => segment(n)));
  } catch (err) {
    if (!signal?.aborted) throw err;
  }
  return { ...p, cancelled: signal?.aborted ?? false };
}
