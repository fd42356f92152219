// One export to a file: every page into a hidden temporary file beside the target, then a
// rename. A cancel or a failure removes the temporary file, so the target is either the
// whole export or as it was before. No React here.
import { createWriteStream, rmSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { exportItems, type ExportProgress } from './export.js';
import type { BulkFormat } from './formats.js';
import type { PageSource } from './pages.js';
import type { DynamoGateway } from '../dynamo/client.js';
import { describeError, type Problem, type ProblemContext } from '../dynamo/errors.js';
import { exists } from './files.js';
import type { RetryPolicy } from './retry.js';

export interface ExportPlan {
  target: string;
  temp: string;
  format: BulkFormat;
  source: PageSource;
  overwrite: boolean;
  /** The target existed when the export was checked (and overwrite was on). */
  existed: boolean;
}

export type ExportOutcome =
  | { kind: 'done'; progress: ExportProgress; size: number }
  | { kind: 'cancelled' | 'failed'; problem?: Problem; tempRemoved: boolean };

export async function runExport(
  gateway: DynamoGateway, plan: ExportPlan, signal: AbortSignal, onProgress: (p: ExportProgress) => void, ctx: ProblemContext,
  retry?: RetryPolicy,
): Promise<ExportOutcome> {
  const out = createWriteStream(plan.temp, { flags: 'wx' });
  // Quitting the app mid-export ends the process before the cleanup below can run.
  const onExit = () => rmSync(plan.temp, { force: true });
  process.once('exit', onExit);
  try {
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    const progress = await exportItems(gateway, { source: plan.source, format: plan.format, output: out }, { signal, onProgress, retry });
    out.end();
    await finished(out);
    signal.throwIfAborted();
    if (!plan.overwrite && await exists(plan.target)) {
      throw Object.assign(new Error(`${plan.target} was created by something else during the export; it was left as it is`), { code: 'EEXIST' });
    }
    await rename(plan.temp, plan.target);
    return { kind: 'done', progress, size: (await stat(plan.target)).size };
  } catch (err) {
    out.destroy();
    await finished(out).catch(() => {});
    const tempRemoved = await rm(plan.temp, { force: true }).then(() => true, () => false);
    if (signal.aborted) return { kind: 'cancelled', tempRemoved };
    return { kind: 'failed', problem: problemOf(err, ctx), tempRemoved };
  } finally {
    process.off('exit', onExit);
  }
}

/** A file system error in its own words; anything else as the AWS errors are shown. */
function problemOf(err: unknown, ctx: ProblemContext): Problem {
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code) && (e.syscall || e.code === 'EEXIST')) {
    const hint = e.code === 'ENOSPC' ? 'The disk is full: free some space or choose another folder.'
      : e.code === 'EACCES' || e.code === 'EPERM' ? 'Choose a folder you can write to.' : undefined;
    return { title: 'Cannot write the file', detail: e.message, ...(hint ? { hint } : {}) };
  }
  return describeError(err, ctx);
}

export function sourceOf(operation: 'Scan' | 'Query', input: Record<string, unknown>, segments: number): PageSource {
  return operation === 'Scan'
    ? { operation, input: input as never, segments }
    : { operation, input: input as never };
}
