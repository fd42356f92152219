// Waiting for CreateTable and DeleteTable to finish: both return at once while DynamoDB
// works on (CREATING, DELETING), so DescribeTable is polled through the gateway, first at
// once, then with a doubling pause (250 ms to 2 s by default), until the goal, a
// cancellation, or the timeout.
import type { DynamoGateway } from '../client.js';
import { toTableInfo, type TableInfo } from '../tableInfo.js';

export interface WaitOptions {
  signal?: AbortSignal;
  /** First pause between polls, doubled after each up to maxIntervalMs. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /** Default 10 minutes. */
  timeoutMs?: number;
  /** After every poll that did not reach the goal: what is being waited on, and the table as described. */
  onStatus?: (status: string, info?: TableInfo) => void;
}

/** The wait gave up: `status` is what the table was still in. */
export class WaitTimeoutError extends Error {
  constructor(readonly table: string, readonly status: string, message: string) {
    super(message);
    this.name = 'WaitTimeoutError';
  }
}

/** Statuses a table never leaves for ACTIVE by itself. */
const NEVER_ACTIVE = new Set(['DELETING', 'ARCHIVING', 'ARCHIVED']);

/**
 * Until the table is ACTIVE and every GSI is ACTIVE (a GSI is queryable only then). The
 * status passed to onStatus is the table's, or, once the table is ACTIVE, the index still
 * pending ("ACTIVE, index GSI1 CREATING"). A table not found yet is polled again, reported
 * as NOT_FOUND: right after CreateTable, DescribeTable may not see it yet (the SDK's own
 * waiter retries this too).
 */
export async function waitForActive(gateway: DynamoGateway, table: string, opts: WaitOptions = {}): Promise<TableInfo> {
  return poll<TableInfo>(gateway, table, opts, 'become ACTIVE', (info) => {
    if (!info) return { status: 'NOT_FOUND' };
    if (NEVER_ACTIVE.has(info.status)) throw new Error(`Table ${table} is ${info.status}: it will not become ACTIVE.`);
    const pending = info.gsis.find((g) => g.status !== undefined && g.status !== 'ACTIVE');
    if (info.status === 'ACTIVE' && !pending) return { done: info };
    return { status: info.status === 'ACTIVE' ? `ACTIVE, index ${pending!.name} ${pending!.status}` : info.status };
  });
}

/** Until DescribeTable answers ResourceNotFoundException. */
export async function waitForGone(gateway: DynamoGateway, table: string, opts: WaitOptions = {}): Promise<void> {
  return poll(gateway, table, opts, 'disappear', (info) => (info ? { status: info.status } : { done: undefined }));
}

type Step<T> = { done: T } | { status: string };

async function poll<T>(
  gateway: DynamoGateway, table: string, opts: WaitOptions, goal: string, step: (info: TableInfo | undefined) => Step<T>,
): Promise<T> {
  const { signal, intervalMs = 250, maxIntervalMs = 2000, timeoutMs = 10 * 60_000 } = opts;
  if (signal?.aborted) throw abortReason(signal);
  // One internal signal for both endings, so a DescribeTable in flight is cancelled too.
  const stop = new AbortController();
  let last = 'not described yet';
  const onAbort = () => stop.abort(abortReason(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => stop.abort(new WaitTimeoutError(table, last,
    `Table ${table} did not ${goal} within ${duration(timeoutMs)}: it is still ${last}.`)), timeoutMs);
  try {
    for (let pause = intervalMs; ; pause = Math.min(pause * 2, maxIntervalMs)) {
      const info = await describe(gateway, table, stop.signal);
      const next = step(info);
      if ('done' in next) return next.done;
      last = next.status;
      opts.onStatus?.(next.status, info);
      await sleep(pause, stop.signal);
    }
  } catch (err) {
    // The SDK reports its own AbortError; the caller gets the reason it aborted with.
    if (stop.signal.aborted) throw stop.signal.reason;
    throw err;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

async function describe(gateway: DynamoGateway, table: string, signal: AbortSignal): Promise<TableInfo | undefined> {
  try {
    const out = await gateway.call('DescribeTable', { TableName: table }, { signal });
    return out.Table ? toTableInfo(out.Table) : undefined;
  } catch (err) {
    if ((err as { name?: string }).name === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? Object.assign(new Error('The wait was cancelled.'), { name: 'AbortError' });
}

function duration(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
