// When and how long to wait before sending a request again. Import and export retry
// themselves (the CLI's gateway has maxAttempts 1), so throttling, 5xx answers and a
// partial BatchWriteItem all follow one policy whatever gateway the caller passes.
import { setTimeout as delay } from 'node:timers/promises';

export interface RetryPolicy {
  /** Attempts in a row without progress before giving up (the first one included). */
  attempts: number;
  /** Backoff before retry n is random in [0, min(capMs, baseMs * 2^n)) ("full jitter"). */
  baseMs: number;
  capMs: number;
  random?: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 10, baseMs: 50, capMs: 5000 };

const RETRYABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded',
  'InternalServerError', 'ServiceUnavailable', 'InternalFailure', 'TimeoutError',
]);
// A refused connection means nothing listens there: waiting will not help.
const RETRYABLE_CODES = /ECONNRESET|EPIPE|ETIMEDOUT|EAI_AGAIN|socket hang up/;

interface ErrorLike { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } }

export function isRetryable(err: unknown): boolean {
  const e = (err ?? {}) as ErrorLike;
  if (e.name === 'AbortError') return false;
  if (RETRYABLE_NAMES.has(e.name ?? '')) return true;
  const status = e.$metadata?.httpStatusCode ?? 0;
  if (status >= 500) return true;
  return RETRYABLE_CODES.test(`${e.code ?? ''} ${e.message ?? ''}`);
}

export function backoffMs(retry: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retry);
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal });
}

/** Runs `fn` until it succeeds, throws a non-retryable error, or runs out of attempts. */
export async function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (signal?.aborted || !isRetryable(err) || attempt + 1 >= policy.attempts) throw err;
      await sleep(backoffMs(attempt, policy), signal);
    }
  }
}
