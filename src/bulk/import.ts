// Import: a file of items -> BatchWriteItem, streaming. Every line ends up counted once:
// written (DynamoDB confirmed it, or a re-read found it after its answer was lost),
// skipped (a bad line, never sent), failed (DynamoDB refused it, or it was not written
// after every retry), unsent (not written because of a cancel or a stop) or unknown (sent,
// no answer, and the re-read failed too). A cancel ends in bounded time: nothing more is
// read or sent, requests in flight get CANCEL_GRACE_MS to answer and are then aborted,
// and their items are re-read within CONFIRM_MS.
import { redactSecrets } from '../format/redact.js';
import type { Readable } from 'node:stream';
import type { DynamoGateway } from '../dynamo/client.js';
import { BatchWriter, type WriteEntry } from './batchWriter.js';
import type { BulkFormat } from './formats.js';
import { FileSyntaxError } from './jsonSplit.js';
import { describeKeys, keyProblem, type KeyInfo } from './keys.js';
import { headDecides, readEntries } from './readEntries.js';
import { DEFAULT_RETRY, reportRetries, type RetryNote, type RetryPolicy } from './retry.js';
import { openText } from './textChunks.js';

export interface ImportOptions {
  table: string;
  input: Readable;
  format: BulkFormat;
  /** skip: report a bad line and go on; stop: report it and stop (lines before it are written). */
  onError?: 'skip' | 'stop';
  /** File size, for progress as a fraction. */
  totalBytes?: number;
  /** The table's keys; read with DescribeTable when not given. */
  keys?: KeyInfo;
}

export interface LineProblem { line: number; message: string; kind: 'skipped' | 'failed' | 'unknown'; error?: unknown }

export interface ImportProgress {
  read: number; written: number; skipped: number; failed: number; unsent: number;
  /** Sent, but neither an answer nor a re-read says whether they were written. */
  unknown: number;
  bytesRead: number; totalBytes?: number; elapsedMs: number;
  /** The latest retry, if any: "retrying: throttled ×12". */
  retry?: RetryNote;
}

export interface ImportSummary extends ImportProgress {
  cancelled: boolean;
  /** Why the import ended early: a bad line with --on-error stop, a broken file, or an error no retry fixes. */
  stopped?: { line?: number; message: string; error?: unknown };
  /** The first problems (all of them go to onProblem). */
  problems: LineProblem[];
}

export interface ImportHooks {
  onProgress?: (p: ImportProgress) => void;
  onProblem?: (p: LineProblem) => void;
  /** Items DynamoDB confirmed written (for the undo journal). */
  onWritten?: (items: WriteEntry['item'][]) => void;
  signal?: AbortSignal;
  retry?: RetryPolicy;
  /** BatchWriteItem requests in flight (default 8). */
  concurrency?: number;
  /** After a cancel, how long requests in flight may take to answer (default CANCEL_GRACE_MS). */
  graceMs?: number;
}

const KEPT_PROBLEMS = 100;

export async function importItems(gateway: DynamoGateway, options: ImportOptions, hooks: ImportHooks = {}): Promise<ImportSummary> {
  const started = Date.now();
  const keys = options.keys ?? await describeKeys(gateway, options.table, hooks.signal, hooks.retry);
  const source = await openText(options.input, undefined, { decided: headDecides, signal: hooks.signal });
  const s: ImportSummary = {
    read: 0, written: 0, skipped: 0, failed: 0, unsent: 0, unknown: 0, bytesRead: 0, totalBytes: options.totalBytes,
    elapsedMs: 0, cancelled: false, problems: [],
  };
  const progress = () => hooks.onProgress?.({ ...progressOf(s), bytesRead: source.bytesRead(), elapsedMs: Date.now() - started });
  const problem = (p: LineProblem) => {
    s[p.kind]++;
    if (s.problems.length < KEPT_PROBLEMS) s.problems.push(p);
    hooks.onProblem?.(p);
    if (options.onError === 'stop') s.stopped ??= { line: p.line, message: p.message, error: p.error };
  };
  const writer = new BatchWriter(gateway, options.table, keys, {
    written: (entries) => { s.written += entries.length; hooks.onWritten?.(entries.map((e) => e.item)); progress(); },
    failed: (entries, error) => entries.forEach((e) => problem({ line: e.line, message: messageOf(error), kind: 'failed', error })),
    unsent: (entries: WriteEntry[]) => { s.unsent += entries.length; },
    unknown: (entries, error) => entries.forEach((e) => problem({ line: e.line, message: `sent, but no answer came and re-reading it failed (${messageOf(error)})`, kind: 'unknown', error })),
    retried: reportRetries(s, progress),
  }, { concurrency: hooks.concurrency ?? 8, retry: hooks.retry ?? DEFAULT_RETRY, signal: hooks.signal, graceMs: hooks.graceMs });

  try {
    for await (const entry of untilAborted(readEntries(source, options.format), hooks.signal)) {
      if (hooks.signal?.aborted || s.stopped || writer.fatal) break;
      s.read++;
      const bad = 'problem' in entry ? entry.problem : keyProblem(keys, entry.item);
      if (bad !== undefined) {
        problem({ line: entry.line, message: bad, kind: 'skipped' });
        continue;
      }
      await writer.put({ line: entry.line, item: (entry as { item: WriteEntry['item'] }).item });
    }
  } catch (err) {
    if (!(err instanceof FileSyntaxError)) {
      await writer.settle(false);
      throw err;
    }
    s.stopped ??= { line: err.line, message: err.message };
  }
  s.cancelled = hooks.signal?.aborted ?? false;
  // Lines read before a stop are still written; a cancel sends nothing more.
  await writer.settle(!s.cancelled && !writer.fatal);
  // A cancel can also come while the last batches are on their way, after the file is read.
  s.cancelled ||= hooks.signal?.aborted ?? false;
  if (writer.fatal !== undefined && !s.stopped) s.stopped = { message: messageOf(writer.fatal), error: writer.fatal };
  progress();
  return { ...s, bytesRead: source.bytesRead(), elapsedMs: Date.now() - started };
}

function progressOf(s: ImportSummary): ImportProgress {
  const { read, written, skipped, failed, unsent, unknown, totalBytes, retry } = s;
  return { read, written, skipped, failed, unsent, unknown, bytesRead: 0, totalBytes, elapsedMs: 0, ...(retry ? { retry } : {}) };
}

/** The entries until a cancel, which also ends a wait for input that may never come (stdin). */
async function* untilAborted<T>(entries: AsyncGenerator<T>, signal?: AbortSignal): AsyncGenerator<T> {
  if (!signal) return yield* entries;
  let onAbort = () => {};
  const aborted = new Promise<IteratorResult<T>>((resolve) => {
    onAbort = () => resolve({ done: true, value: undefined });
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    for (;;) {
      const next = await Promise.race([entries.next(), aborted]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Closing a generator blocked in a read would wait for that read: not awaited.
    if (signal.aborted) void entries.return(undefined).catch(() => {});
    else await entries.return(undefined);
  }
}

/** A server's words, which can quote a signed request: never with its credentials. */
function messageOf(err: unknown): string {
  const e = err as { name?: string; message?: string };
  return redactSecrets(e?.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : String(e?.message ?? err));
}
