// Parallel scan segments through a bounded pool. DynamoDB takes up to 1,000,000 segments;
// holding a promise, a request and a page for each at once grew memory with the count
// (2.5 GB for a million before one request was sent). Here memory depends on the pool.
import { unlimited } from './retry.js';

/**
 * The most segments the subcommands accept. AWS's rule of thumb is one segment per 2 GB
 * of table, so 1000 suits a table of about 2 TB; more only add requests (each segment
 * costs at least one Scan, even when empty) without reading faster, since at most
 * SEGMENTS_IN_FLIGHT run at once.
 */
export const MAX_SEGMENTS = 1000;

/**
 * Segments read at the same time. One process gains little beyond this (its CPU parses
 * the pages, and the SDK's connection pool has 50 sockets), and memory holds a page
 * (up to 1 MB of JSON) per segment in flight.
 */
export const SEGMENTS_IN_FLIGHT = 16;

/**
 * Runs `fn(0)` .. `fn(count - 1)`, at most `limit` at a time, in order. The first failure
 * stops the rest: nothing new starts, the signal given to those running aborts, and that
 * failure is thrown once all have ended. The caller's abort wins over it.
 */
export async function runPool(
  count: number, limit: number, fn: (n: number, signal: AbortSignal) => Promise<void>, signal?: AbortSignal,
): Promise<void> {
  // Each segment's request and backoff listen to it: no listener limit (see retry.ts).
  const stop = new AbortController();
  const all = unlimited(signal ? AbortSignal.any([signal, stop.signal]) : stop.signal);
  let next = 0;
  let cause: { error: unknown } | undefined;
  const worker = async () => {
    while (next < count && !all.aborted) {
      const n = next++;
      try {
        await fn(n, all);
      } catch (error) {
        // The first failure is the cause; the others are the aborts it set off.
        cause ??= { error };
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(0, Math.min(limit, count)) }, worker));
  signal?.throwIfAborted();
  if (cause) throw cause.error;
}
