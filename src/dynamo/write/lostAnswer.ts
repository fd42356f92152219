// Whether a failed write may still have been applied. DynamoDB commits a write before it
// answers, so a failure after the request left (a 5xx, a reset or timed-out connection, a
// 2xx answer that could not be read) says nothing about the store, and neither does any
// failure after the SDK resent the request: an earlier attempt may have been the one that
// was applied (the SDK resends 5xx, throttling, timeouts and resets, up to its maxAttempts).
// A 4xx answer to the only attempt, or a failure before anything was sent (read-only mode,
// no credentials, connection refused), means the service never applied it. The SDK keeps
// no errors of earlier attempts, so an endpoint refusing every attempt also counts as
// "may have been applied" after the first resend; the re-read then fails too, and the
// outcome is reported unknown rather than guessed.
import type { Problem } from '../errors.js';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  cause?: { code?: string };
  $metadata?: { attempts?: number; httpStatusCode?: number };
}

/** How many times the SDK sent the request (1 when it says nothing). */
export function attemptsOf(error: unknown): number {
  return (error as SdkError | undefined)?.$metadata?.attempts ?? 1;
}

const IN_FLIGHT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError']);
const CUT_OFF = /ECONNRESET|EPIPE|ETIMEDOUT|ECONNABORTED|socket hang up/i;

export function mayHaveBeenApplied(error: unknown): boolean {
  const e = (error ?? {}) as SdkError;
  if (attemptsOf(e) > 1) return true;
  if (IN_FLIGHT_NAMES.has(e.name ?? '')) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined) return status >= 500 || (status >= 200 && status < 300);
  return CUT_OFF.test(`${e.code ?? ''} ${e.cause?.code ?? ''} ${e.message ?? ''}`);
}

/**
 * A request the client gave up waiting for (a timeout) may still be on its way and land
 * after the re-read; being guarded, it can land once at most.
 */
export function mayStillArrive(error: unknown): boolean {
  const e = (error ?? {}) as SdkError;
  return e.name === 'RequestTimeout' || e.name === 'RequestTimeoutException' || e.code === 'ETIMEDOUT' || /timed? ?out/i.test(e.message ?? '');
}

export function outcomeUnknown(why: Problem, what: string): Problem {
  return {
    title: 'Outcome unknown',
    detail: `The write failed after it may have reached DynamoDB (${why.title}: ${why.detail}), and ${what}.`,
    hint: 'Reload the item and compare before writing again: it may hold this write, someone else\'s, or both.',
  };
}

export function rereadFailed(why: Problem, reread: Problem): Problem {
  return {
    title: 'Outcome unknown',
    detail: `The write failed after it may have reached DynamoDB (${why.title}: ${why.detail}), and re-reading the item to find out failed too (${reread.title}: ${reread.detail}).`,
    hint: 'Reload the item to see whether the write was applied before writing again.',
  };
}
