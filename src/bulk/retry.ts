// When and how long to wait before sending a request again: the one policy of all bulk
// work (import, export, count, the app's live count). They send each request once
// (`gateway.call(..., { once: true })`) and retry here, so throttling, 5xx answers,
// timeouts and a partial BatchWriteItem follow one policy whatever gateway the caller
// passes, and every retry can be counted and shown.
import { setMaxListeners } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface RetryPolicy {
  /** Attempts in a row without progress before giving up (the first one included). */
  attempts: number;
  /** Backoff before retry n is random in [0, min(capMs, baseMs * 2^n)) ("full jitter"). */
  baseMs: number;
  capMs: number;
  random?: () => number;
}

/**
 * 10 attempts with full jitter under a ceiling doubling from 50 ms to 5 s: about 8 s of
 * waiting on average before giving up (16 s at most), enough for DynamoDB's adaptive capacity to lift a
 * throttle; the jitter keeps parallel segments and batches from retrying in step.
 */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 10, baseMs: 50, capMs: 5000 };

const THROTTLED = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded']);
const SERVER = new Set(['InternalServerError', 'ServiceUnavailable', 'InternalFailure']);
// A refused connection means nothing listens there: waiting will not help. (The SDK names
// a reset connection a TimeoutError too; its code tells them apart.)
const CUT_OFF = /ECONNRESET|EPIPE|EAI_AGAIN|socket hang up/;

interface ErrorLike { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } }

export type RetryReason = 'throttled' | 'server error' | 'timed out' | 'connection lost';

/** Why a retry helps, or undefined when it does not. */
export function retryReason(err: unknown): RetryReason | undefined {
  const e = (err ?? {}) as ErrorLike;
  if (e.name === 'AbortError') return undefined;
  if (THROTTLED.has(e.name ?? '')) return 'throttled';
  if (SERVER.has(e.name ?? '') || (e.$metadata?.httpStatusCode ?? 0) >= 500) return 'server error';
  if (CUT_OFF.test(`${e.code ?? ''} ${e.message ?? ''}`)) return 'connection lost';
  return e.name === 'TimeoutError' || e.code === 'ETIMEDOUT' ? 'timed out' : undefined;
}

export function isRetryable(err: unknown): boolean {
  return retryReason(err) !== undefined;
}

export function backoffMs(retry: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retry);
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal });
}

/**
 * A signal of the job's own that aborts with `signal` (`ms` later if given; the timer does
 * not keep the process up). Every request and backoff in flight listens to it, more than
 * the 10 listeners after which Node prints a warning on stderr (behind Ink's back), so it
 * has no limit; the caller's signal gets one listener.
 */
export function follow(signal: AbortSignal | undefined, ms = 0): AbortSignal {
  const ac = unlimited(new AbortController());
  if (!signal) return ac.signal;
  const abort = () => (ms ? setTimeout(() => ac.abort(signal.reason), ms).unref() : ac.abort(signal.reason));
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return ac.signal;
}

export function unlimited<T extends AbortController | AbortSignal>(target: T): T {
  setMaxListeners(0, 'signal' in target ? target.signal : target);
  return target;
}

/** Runs `fn` until it succeeds, throws a non-retryable error, or runs out of attempts. */
export async function withRetry<T>(
  fn: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal, onRetry?: (reason: RetryReason) => void,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const reason = retryReason(err);
      if (signal?.aborted || !reason || attempt + 1 >= policy.attempts) throw err;
      onRetry?.(reason);
      await sleep(backoffMs(attempt, policy), signal);
    }
  }
}

/** What progress shows: "retrying: throttled ×12". */
export interface RetryNote {
  /** The reason of the latest retry, and how many retries had it so far. */
  reason: RetryReason;
  times: number;
  /** Retries of any reason so far. */
  total: number;
  /** When the latest retry was decided (Date.now()). */
  at: number;
}

/** Counts the retries of one job, by reason. */
export class RetryTally {
  private readonly byReason = new Map<RetryReason, number>();
  private latest?: RetryNote;

  note(reason: RetryReason): RetryNote {
    const times = (this.byReason.get(reason) ?? 0) + 1;
    this.byReason.set(reason, times);
    this.latest = { reason, times, total: (this.latest?.total ?? 0) + 1, at: Date.now() };
    return this.latest;
  }

  get current(): RetryNote | undefined {
    return this.latest;
  }
}

/** A retry is progress too: the counts stand still, and `p.retry` says why. */
export function reportRetries<P extends { retry?: RetryNote }>(p: P, emit: () => void): (reason: RetryReason) => void {
  const tally = new RetryTally();
  return (reason) => {
    p.retry = tally.note(reason);
    emit();
  };
}
