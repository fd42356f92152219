// `I`: check the file, confirm, run importItems with progress into the screen's entry,
// cancel. The job reports into the store, so `?` over a running import, or the screen
// coming back, shows it as it is.
import { createReadStream } from 'node:fs';
import { importItems, type ImportProgress, type ImportSummary } from '../../bulk/index.js';
import { checkImportFile, resolveFormat } from '../../bulk/files.js';
import { describeError, problemLine } from '../../dynamo/errors.js';
import { formatCount } from '../../format/numbers.js';
import type { ImportJob } from '../bulkJobs.js';
import type { Item } from '../../dynamo/codec/index.js';
import { problemContext, say, whileBusy, type Ctx } from './context.js';
import { entry, update } from './navigation.js';
import { readPageAgain } from './browse.js';
import { throttled } from './throttle.js';
import { journalImported } from './undoRecord.js';
import { tableInfoOf } from './writes.js';

/** The first bad lines kept for the summary; all are counted. */
const KEPT = 100;
/** Items of one import recorded in the undo journal. */
export const IMPORT_JOURNAL_MAX = 1000;

const job = (ctx: Ctx, id: number) => entry(ctx, id, 'import')?.job;
const patch = (ctx: Ctx, id: number, p: Partial<ImportJob> | ((j: ImportJob) => Partial<ImportJob>)) =>
  update(ctx, id, 'import', (e) => ({ ...e, job: { ...e.job, ...(typeof p === 'function' ? p(e.job) : p) } }));

/** enter on the form: the file is checked and the confirm step shows what will happen. */
export async function checkImport(ctx: Ctx, id: number): Promise<void> {
  const j = job(ctx, id);
  if (j?.step !== 'form') return;
  patch(ctx, id, { step: 'checking', errors: {} });
  const file = await checkImportFile(j.values.path);
  if (!file.ok) return patch(ctx, id, { step: 'form', errors: { path: file.message } });
  const format = resolveFormat(j.values.format, file.path);
  if (!format.ok) return patch(ctx, id, { step: 'form', errors: { format: format.message } });
  patch(ctx, id, { step: 'confirm', plan: { path: file.path, size: file.size, format: format.format, auto: format.auto, onError: j.values.onError } });
}

export function startImport(ctx: Ctx, id: number): void {
  const e = entry(ctx, id, 'import');
  const plan = e?.job.plan;
  if (!e || !plan || e.job.step !== 'confirm') return;
  const { table } = e;
  const name = `${id}/job`;
  const signal = ctx.jobs.start(name);
  patch(ctx, id, { step: 'running', progress: undefined, summary: undefined, failure: undefined, problems: [], problemCount: 0, cancelling: false });
  const progress = throttled((p: ImportProgress) => patch(ctx, id, { progress: p }));
  const end = (p: Partial<ImportJob>, level: 'info' | 'warn' | 'error', text: string) => {
    progress.flush();
    patch(ctx, id, { ...p, step: 'done', cancelling: false });
    // The grids of this table read their page again.
    for (const t of ctx.store.getState().stack.entries) if (t.kind === 'table' && t.name === table) readPageAgain(ctx, t.id);
    const beyond = journaled > IMPORT_JOURNAL_MAX ? ` (the undo journal holds its first ${formatCount(IMPORT_JOURNAL_MAX)} items)` : '';
    say(ctx, level, text + beyond);
  };
  const input = createReadStream(plan.path);
  const info = tableInfoOf(ctx, table);
  const keyNames = [info?.partitionKey?.name, info?.sortKey?.name].filter((n): n is string => !!n);
  // The journal keeps the first items of an import: a big one would push every other write
  // out of it, and their images would all be held until read back.
  let journaled = 0;
  const onWritten = keyNames.length && ctx.journal ? (items: Item[]) => {
    const take = items.slice(0, Math.max(0, IMPORT_JOURNAL_MAX - journaled));
    journaled += items.length;
    if (take.length) journalImported(ctx, table, keyNames, take);
  } : undefined;
  void whileBusy(ctx, name, `importing ${plan.path} into ${table}`, () => importItems(ctx.gateway(), {
    table, format: plan.format, onError: plan.onError, totalBytes: plan.size, input,
  }, {
    signal,
    onProgress: (p) => progress.push(p),
    onWritten,
    onProblem: (p) => patch(ctx, id, (x) => ({ problemCount: x.problemCount + 1, problems: x.problems.length < KEPT ? [...x.problems, p] : x.problems })),
  })).then(
    (summary) => end({ summary, progress: summary }, summary.stopped || summary.failed || summary.cancelled ? 'warn' : 'info', importLine(table, summary)),
    (err) => {
      const problem = describeError(err, problemContext(ctx, table));
      end({ failure: problem }, 'error', `import into ${table} failed: ${problemLine(problem)}`);
    },
  ).finally(() => { input.destroy(); ctx.jobs.end(name, signal); });
}

/** esc while it runs: nothing more is sent; the import reports what it did and did not do. */
export function cancelImport(ctx: Ctx, id: number): boolean {
  if (job(ctx, id)?.step !== 'running' || !ctx.jobs.cancel(`${id}/job`)) return false;
  patch(ctx, id, { cancelling: true });
  return true;
}

/** One line for the flash: what the import did. */
export function importLine(table: string, s: ImportSummary): string {
  const parts = [`${formatCount(s.written)} written`];
  if (s.skipped) parts.push(`${formatCount(s.skipped)} skipped`);
  if (s.failed) parts.push(`${formatCount(s.failed)} failed`);
  if (s.unsent) parts.push(`${formatCount(s.unsent)} not written (cancelled)`);
  if (s.unknown) parts.push(`${formatCount(s.unknown)} unknown`);
  const how = s.cancelled ? 'cancelled' : s.stopped ? 'stopped' : 'done';
  return `import into ${table} ${how}: ${parts.join(', ')}`;
}

export { patch as patchImport };
