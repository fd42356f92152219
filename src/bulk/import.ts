// Import: a file of items -> BatchWriteItem, streaming. Every line ends up counted once:
// written (DynamoDB confirmed it), skipped (a bad line, never sent), failed (DynamoDB
// refused it or it was still throttled after every retry) or unsent (cancelled/stopped
// before it was sent).
import type { Readable } from 'node:stream';
import type { DynamoGateway } from '../dynamo/client.js';
import { BatchWriter, type WriteEntry } from './batchWriter.js';
import type { BulkFormat } from './formats.js';
import { FileSyntaxError } from './jsonSplit.js';
import { describeKeys, keyProblem, type KeyInfo } from './keys.js';
import { readEntries } from './readEntries.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
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

export interface LineProblem { line: number; message: string; kind: 'skipped' | 'failed'; error?: unknown }

export interface ImportProgress {
  read: number; written: number; skipped: number; failed: number; unsent: number;
  bytesRead: number; totalBytes?: number; elapsedMs: number;
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
  signal?: AbortSignal;
  retry?: RetryPolicy;
  /** BatchWriteItem requests in flight (default 8). */
  concurrency?: number;
}

const KEPT_PROBLEMS = 100;

export async function importItems(gateway: DynamoGateway, options: ImportOptions, hooks: ImportHooks = {}): Promise<ImportSummary> {
  const started = Date.now();
  const keys = options.keys ?? await describeKeys(gateway, options.table, hooks.signal, hooks.retry);
  const source = await openText(options.input);
  const s: ImportSummary = {
    read: 0, written: 0, skipped: 0, failed: 0, unsent: 0, bytesRead: 0, totalBytes: options.totalBytes,
    elapsedMs: 0, cancelled: false, problems: [],
  };
  const progress = () => hooks.onProgress?.({ ...progressOf(s), bytesRead: source.bytesRead(), elapsedMs: Date.now() - started });
  const problem = (p: LineProblem) => {
    if (p.kind === 'skipped') s.skipped++; else s.failed++;
    if (s.problems.length < KEPT_PROBLEMS) s.problems.push(p);
    hooks.onProblem?.(p);
    if (options.onError === 'stop') s.stopped ??= { line: p.line, message: p.message, error: p.error };
  };
  const writer = new BatchWriter(gateway, options.table, keys, {
    written: (entries) => { s.written += entries.length; progress(); },
    failed: (entries, error) => entries.forEach((e) => problem({ line: e.line, message: messageOf(error), kind: 'failed', error })),
    unsent: (entries: WriteEntry[]) => { s.unsent += entries.length; },
  }, { concurrency: hooks.concurrency ?? 8, retry: hooks.retry ?? DEFAULT_RETRY, signal: hooks.signal });

  try {
    for await (const entry of readEntries(source, options.format)) {
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
  if (writer.fatal !== undefined && !s.stopped) s.stopped = { message: messageOf(writer.fatal), error: writer.fatal };
  progress();
  return { ...s, bytesRead: source.bytesRead(), elapsedMs: Date.now() - started };
}

function progressOf(s: ImportSummary): ImportProgress {
  const { read, written, skipped, failed, unsent, totalBytes } = s;
  return { read, written, skipped, failed, unsent, bytesRead: 0, totalBytes, elapsedMs: 0 };
}

function messageOf(err: unknown): string {
  const e = err as { name?: string; message?: string };
  return e?.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : String(e?.message ?? err);
}
